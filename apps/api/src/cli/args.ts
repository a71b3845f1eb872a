/**
 * The command line's arguments, checked before anything opens the database, so a mistake gets a
 * clear message and exit code 2 at once.
 */
import { parseArgs } from 'node:util';
import { AUTHORITY_CODE_PATTERN } from '@heard/db';
import { CORPORATE_POLICY_PRESETS } from '@heard/domain';

export const USAGE = `Usage:
  pnpm heard import <file.csv> --authority <CODE> [--name "Display name"] [--corporate-policy <preset>]
      Imports historic complaints (docs/import-format.md). All or nothing: a file with any problem
      imports nothing and every problem is listed with its line. An authority that does not exist
      is created, with --name as its display name and --corporate-policy as its corporate timescales.

  pnpm heard report --authority <CODE> --year <YYYY> --format json|docx|csv|xlsx --out <path>
      Writes the annual complaints report for the financial year starting 1 April <YYYY>.
      For csv, <path> is a folder: one file per table.

The database is PostgreSQL when DATABASE_URL is set, otherwise the embedded database in .data/pglite.`;

export const REPORT_FORMATS = ['json', 'docx', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | {
      kind: 'import';
      file: string;
      authority: string;
      name: string | null;
      corporatePolicy: string | null;
    }
  | { kind: 'report'; authority: string; year: number; format: ReportFormat; out: string };

export class UsageError extends Error {}

function authorityCode(value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(
      '--authority is missing: give the authority’s code, for example --authority WBC',
    );
  const code = value.trim().toUpperCase();
  if (!AUTHORITY_CODE_PATTERN.test(code)) {
    throw new UsageError(
      `--authority "${value}" is not an authority code: use 2 to 20 letters, digits or hyphens, for example WBC`,
    );
  }
  return code;
}

/** Parses `argv` (without `node` and the script). Throws `UsageError` with the reason. */
export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { kind: 'help' };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        authority: { type: 'string' },
        name: { type: 'string' },
        'corporate-policy': { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (command === 'import') {
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError(
        'import needs the CSV file to read: pnpm heard import <file.csv> --authority <CODE>',
      );
    if (extra.length > 0)
      throw new UsageError(`import reads one file; also given: ${extra.join(' ')}`);
    for (const option of ['year', 'format', 'out'] as const) {
      if (values[option] !== undefined)
        throw new UsageError(`--${option} is for report, not import`);
    }
    const policy = values['corporate-policy'] ?? null;
    if (policy !== null && !Object.hasOwn(CORPORATE_POLICY_PRESETS, policy)) {
      throw new UsageError(
        `--corporate-policy "${policy}" is not a preset: use one of ${Object.keys(CORPORATE_POLICY_PRESETS).join(', ')}`,
      );
    }
    const name = values.name?.trim() ?? null;
    if (name === '') throw new UsageError('--name is empty');
    return {
      kind: 'import',
      file,
      authority: authorityCode(values.authority),
      name,
      corporatePolicy: policy,
    };
  }
  if (command === 'report') {
    if (positionals.length > 0)
      throw new UsageError(`report takes no file name; given: ${positionals.join(' ')}`);
    for (const option of ['name', 'corporate-policy'] as const) {
      if (values[option] !== undefined)
        throw new UsageError(`--${option} is for import, not report`);
    }
    const yearText = values.year;
    if (yearText === undefined)
      throw new UsageError(
        '--year is missing: give the year the financial year starts in, for example --year 2021 for 2021-22',
      );
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2010 || Number(yearText) > 2096) {
      throw new UsageError(
        `--year "${yearText}" is not a year from 2010 to 2096: give the year the financial year starts in, for example 2021`,
      );
    }
    const format = values.format;
    if (format === undefined)
      throw new UsageError(`--format is missing: use one of ${REPORT_FORMATS.join(', ')}`);
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format "${format}" is not one of ${REPORT_FORMATS.join(', ')}`);
    }
    const out = values.out;
    if (out === undefined || out === '')
      throw new UsageError('--out is missing: give the file (or, for csv, the folder) to write');
    return {
      kind: 'report',
      authority: authorityCode(values.authority),
      year: Number(yearText),
      format: format as ReportFormat,
      out,
    };
  }
  throw new UsageError(`Unknown command "${command}": use import or report`);
}
