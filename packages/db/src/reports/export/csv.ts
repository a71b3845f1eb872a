/** The report's tables as CSV files (RFC 4180), one per table, with an index of them. */
import { reportTables, type AnnualReport, type Cell } from '@heard/domain';

export interface CsvFile {
  readonly name: string;
  readonly content: string;
}

/**
 * A text cell made safe to open in a spreadsheet. Excel, LibreOffice and Google Sheets run a cell
 * that begins with `=`, `+`, `-` or `@` as a formula (and some also after a leading tab or carriage
 * return), so a team name such as `=HYPERLINK("http://x","y")` typed into Heard could otherwise run
 * on the computer of whoever opens the export. Following OWASP's "CSV Injection" guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection), such a cell is prefixed with a single
 * quote, which spreadsheets show as text. Only text is changed: a figure such as -3 is written as a
 * number by {@link toCsv} and stays one.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One cell: numbers as they are, text made formula-safe, then quoted as RFC 4180 needs. */
function field(value: Cell): string {
  const text =
    value === null ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as a CSV file. Every CSV Heard writes goes through here, so every text cell is passed
 * through {@link neutraliseFormula}.
 */
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
