/**
 * `pnpm heard`: import historic cases and write the annual report, on the same database the API
 * uses (PostgreSQL with DATABASE_URL, otherwise the embedded engine in .data/pglite). Exit codes:
 * 0 done, 1 refused or failed, 2 bad arguments, 3 the embedded database is in use.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildAnnualReport,
  findAuthorityByCode,
  importHistoricCases,
  openDatabase,
  reportToCsvFiles,
  reportToDocx,
  reportToXlsx,
  type DatabaseHandle,
} from '@heard/db';
import { formatCount, isoDateInLondon, type AnnualReport } from '@heard/domain';
import { z } from 'zod';
import { loadEnv } from '../env.js';
import { USAGE, UsageError, parseCommand, type Command, type ReportFormat } from './args.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, databaseInUse: 3 } as const;

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Progress on one line, rewritten; only when the output is a terminal. */
  readonly progress?: (line: string) => void;
  readonly now: () => Date;
}

/**
 * pnpm runs root scripts at the repository root and records where the user was in INIT_CWD, so a
 * relative path means what the user typed.
 */
const cliEnvSchema = z.object({ INIT_CWD: z.string().min(1).optional() });

class DatabaseInUse extends Error {}

async function open(io: CliIo): Promise<DatabaseHandle> {
  const env = loadEnv(io.env);
  if (env.DATABASE_URL) return openDatabase({ url: env.DATABASE_URL, maxConnections: 4 });
  if (env.PGLITE_MODE === 'memory') return openDatabase({ memory: true });
  // PGlite writes postmaster.pid while a program has the folder open and removes it on close; two
  // programs writing the same folder would corrupt it.
  if (existsSync(path.join(env.PGLITE_DATA_DIR, 'postmaster.pid'))) {
    throw new DatabaseInUse(
      `The embedded database in ${env.PGLITE_DATA_DIR} is in use by another program (for example the API started with pnpm start). ` +
        'Stop that program and try again, or set DATABASE_URL to use a PostgreSQL server. ' +
        `If nothing is using it, a program stopped without closing it: remove ${path.join(env.PGLITE_DATA_DIR, 'postmaster.pid')}.`,
    );
  }
  return openDatabase({ dataDir: env.PGLITE_DATA_DIR });
}

async function runImport(
  io: CliIo,
  command: Extract<Command, { kind: 'import' }>,
  base: string,
): Promise<number> {
  const file = path.resolve(base, command.file);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    io.err(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
    return EXIT.usage;
  }
  const handle = await open(io);
  try {
    const started = performance.now();
    const result = await importHistoricCases(handle.db, content, {
      authority: {
        code: command.authority,
        ...(command.name === null ? {} : { name: command.name }),
        ...(command.corporatePolicy === null
          ? {}
          : { settings: { corporatePolicy: command.corporatePolicy } }),
      },
      today: isoDateInLondon(io.now()),
      onProgress: (done, total) =>
        io.progress?.(`Imported ${formatCount(done)} of ${formatCount(total)} rows`),
    });
    if (!result.ok) {
      for (const error of result.errors) {
        io.err(error.line > 0 ? `line ${String(error.line)}: ${error.message}` : error.message);
      }
      const lines = new Set(result.errors.map((e) => e.line)).size;
      io.err(
        `Nothing was imported from ${file}: ${formatCount(result.errors.length)} ${result.errors.length === 1 ? 'problem' : 'problems'} on ${formatCount(lines)} ${lines === 1 ? 'line' : 'lines'}.`,
      );
      return EXIT.failed;
    }
    const seconds = (performance.now() - started) / 1000;
    io.out(
      `Imported ${file} for ${result.authority.code} (${result.authority.name}${result.authority.created ? ', created' : ''}): ` +
        `${formatCount(result.rows)} rows, ${formatCount(result.complaintsCreated)} complaints added, ` +
        `${formatCount(result.complaintsUnchanged)} already imported and left as they were, ` +
        `${formatCount(result.childrenCreated)} children recorded` +
        (result.recordsCreated === undefined
          ? ''
          : `, ${formatCount(result.recordsCreated)} compliments and Ombudsman cases added ` +
            `(${formatCount(result.recordsUnchanged ?? 0)} already imported)`) +
        `, in ${seconds.toFixed(1)} s.`,
    );
    return EXIT.ok;
  } finally {
    await handle.close();
  }
}

async function writeReport(
  report: AnnualReport,
  format: ReportFormat,
  out: string,
): Promise<string> {
  switch (format) {
    case 'json':
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
      return out;
    case 'docx':
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, await reportToDocx(report));
      return out;
    case 'xlsx':
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, await reportToXlsx(report));
      return out;
    case 'csv': {
      await mkdir(out, { recursive: true });
      const files = reportToCsvFiles(report);
      for (const file of files) await writeFile(path.join(out, file.name), file.content);
      return `${out} (${String(files.length)} files)`;
    }
  }
}

async function runReport(
  io: CliIo,
  command: Extract<Command, { kind: 'report' }>,
  base: string,
): Promise<number> {
  const out = path.resolve(base, command.out);
  if (command.format === 'csv' && path.extname(out) === '.csv') {
    io.err(`For csv, --out is a folder to write one file per table into, not a file: ${out}`);
    return EXIT.usage;
  }
  const handle = await open(io);
  try {
    const authority = await findAuthorityByCode(handle.db, command.authority);
    if (authority === undefined) {
      io.err(
        `There is no authority with the code ${command.authority}. Import its cases first: pnpm heard import <file.csv> --authority ${command.authority}`,
      );
      return EXIT.failed;
    }
    const report = await buildAnnualReport(
      handle.db,
      authority,
      command.year,
      isoDateInLondon(io.now()),
    );
    const written = await writeReport(report, command.format, out);
    io.out(
      `Wrote the ${report.label} report for ${authority.code} (${authority.name}) to ${written}.`,
    );
    return EXIT.ok;
  } finally {
    await handle.close();
  }
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err('');
      io.err(USAGE);
      return EXIT.usage;
    }
    throw error;
  }
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const base = cliEnvSchema.parse(io.env).INIT_CWD ?? io.cwd;
  try {
    return command.kind === 'import'
      ? await runImport(io, command, base)
      : await runReport(io, command, base);
  } catch (error) {
    if (error instanceof DatabaseInUse) {
      io.err(error.message);
      return EXIT.databaseInUse;
    }
    throw error;
  }
}
