/** The report as a spreadsheet: a summary sheet, then one sheet per table (exceljs). */
import { reportTables, type AnnualReport } from '@heard/domain';
import ExcelJS from 'exceljs';

/** Sheet names: at most 31 characters, unique, none of \ / ? * [ ] : (Excel's rules). */
function sheetName(id: string, index: number): string {
  return `${String(index + 1).padStart(2, '0')} ${id}`.replace(/[\\/?*[\]:]/g, '-').slice(0, 31);
}

export async function reportToXlsx(report: AnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Heard';
  workbook.created = new Date(`${report.asOf}T00:00:00Z`);
  const summary = workbook.addWorksheet('Summary');
  summary.getColumn(1).width = 120;
  summary.addRow([`Annual complaints report ${report.label}: ${report.authority.name}`]).font = {
    bold: true,
    size: 14,
  };
  summary.addRow([
    `1 April to 31 March (${report.period.from} to ${report.period.to}); figures as at ${report.asOf}`,
  ]);
  summary.addRow([]);
  for (const sentence of report.summary) summary.addRow([sentence]);

  reportTables(report).forEach((table, index) => {
    const sheet = workbook.addWorksheet(sheetName(table.id, index));
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    if (table.note !== undefined) sheet.addRow([table.note]).font = { italic: true };
    sheet.addRow([]);
    const header = sheet.addRow([...table.columns]);
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
    table.columns.forEach((column, i) => {
      const widest = Math.max(
        column.length,
        ...table.rows.map((row) => String(row[i] ?? '').length),
      );
      sheet.getColumn(i + 1).width = Math.min(Math.max(widest + 2, 10), 60);
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
