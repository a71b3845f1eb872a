/** The report's tables as CSV files (RFC 4180), one per table, with an index of them. */
import { reportTables, type AnnualReport, type Cell } from '@heard/domain';

export interface CsvFile {
  readonly name: string;
  readonly content: string;
}

function field(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

export function reportToCsvFiles(report: AnnualReport): CsvFile[] {
  const tables = reportTables(report);
  const name = (i: number, id: string) => `${String(i + 1).padStart(2, '0')}-${id}.csv`;
  return [
    {
      name: '00-index.csv',
      content: toCsv([
        ['File', 'Table', 'Note'],
        ...tables.map((t, i) => [name(i, t.id), t.title, t.note ?? '']),
        [
          '',
          `${report.authority.name} (${report.authority.code}), ${report.label}, figures as at ${report.asOf}`,
          '',
        ],
      ]),
    },
    ...tables.map((t, i) => ({ name: name(i, t.id), content: toCsv([t.columns, ...t.rows]) })),
  ];
}
