/**
 * Imports historic complaints from a CSV file (docs/import-format.md). All or nothing: every row is
 * checked first, and a file with any problem imports nothing and lists every problem with its line.
 * Each complaint is evaluated by the procedure engine and stored by `recordNewComplaints`, which
 * writes the same rows as the one casework path (`recordNewComplaint`) in chunks of multi-row
 * statements, so its projection and stage facts come from the procedure engine. Importing the
 * same file again changes nothing:
 * a complaint is known by its `case_ref` (`complaints.external_reference`).
 */
import { parse } from 'csv-parse/sync';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database, Executor } from '../client.js';
import { contextFor, recordNewComplaints } from '../casework.js';
import { insertRowsInBulk } from '../repositories/complaints-batch.js';
import {
  createAuthority,
  findAuthorityByCode,
  type Authority,
} from '../repositories/authorities.js';
import { caseEvents, complaintChildren, complaints, type AuthoritySettings } from '../schema.js';
import { IMPORTED_WHAT_HAPPENED, buildCases, type HistoricCase } from './cases.js';
import { checkRecordRows, storeRecordRows } from './record-rows.js';
import {
  ALL_COLUMNS,
  REQUIRED_COLUMNS,
  parseRow,
  type ChildRow,
  type Column,
  type RecordRow,
  type RowError,
  type StageRow,
} from './format.js';

/** Authority codes as used in references and on the command line: `WBC`, `IOW-2`. */
export const AUTHORITY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

export interface ImportOptions {
  readonly authority: {
    readonly code: string;
    /** Display name, used when the authority does not exist yet and is created. */
    readonly name?: string;
    /** Settings of an authority created by the import (its corporate policy, closure days). */
    readonly settings?: AuthoritySettings;
  };
  /** Today's date in England: nothing dated after it is accepted. */
  readonly today: string;
  /** Called as complaints are stored: rows of the file done so far, of all its data rows. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly authority: {
        readonly code: string;
        readonly name: string;
        readonly created: boolean;
      };
      /** Data rows in the file. */
      readonly rows: number;
      readonly complaintsCreated: number;
      /** Already imported with the same details: left as they were. */
      readonly complaintsUnchanged: number;
      readonly childrenCreated: number;
      /** Compliments and Ombudsman cases, when the file has such rows. */
      readonly recordsCreated?: number;
      readonly recordsUnchanged?: number;
    }
  | { readonly ok: false; readonly rows: number; readonly errors: readonly RowError[] };

/**
 * Complaints given to `recordNewComplaints` at once, and so how often progress is reported: it
 * writes them a thousand at a time in multi-row statements, evaluating the next thousand while the
 * database stores the last, instead of several round trips for each complaint.
 */
const CASES_PER_CHUNK = 4000;

function decode(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return null;
  }
}

interface ParsedFile {
  stageRows: StageRow[];
  childRows: ChildRow[];
  recordRows: RecordRow[];
  rows: number;
  errors: RowError[];
}

/** Reads the CSV and checks every row on its own. */
export function parseHistoricCasesCsv(text: string): ParsedFile {
  const result: ParsedFile = {
    stageRows: [],
    childRows: [],
    recordRows: [],
    rows: 0,
    errors: [],
  };
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 1;
    const reason = error instanceof Error ? error.message : String(error);
    result.errors.push({ line: lines, message: `The file is not valid CSV: ${reason}` });
    return result;
  }
  const [header, ...data] = records;
  if (header === undefined) {
    result.errors.push({
      line: 1,
      message: 'The file is empty: it needs a header row and a row for each stage',
    });
    return result;
  }
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const known = new Set<string>(ALL_COLUMNS);
  const seen = new Set<string>();
  for (const column of columns) {
    if (!known.has(column)) {
      result.errors.push({
        line: header.info.lines,
        message: `The header has an unknown column "${column}"`,
      });
    } else if (seen.has(column)) {
      result.errors.push({
        line: header.info.lines,
        message: `The header has the column ${column} twice`,
      });
    }
    seen.add(column);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column))
      result.errors.push({
        line: header.info.lines,
        message: `The header has no ${column} column`,
      });
  }
  if (result.errors.length > 0) return result;

  for (const { record, info, raw } of data) {
    // The line a record starts on: csv-parse counts to its end, and a quoted field may span lines.
    const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const line = info.lines - (body.match(/\n/g)?.length ?? 0);
    result.rows += 1;
    if (record.length !== columns.length) {
      result.errors.push({
        line,
        message: `The row has ${String(record.length)} fields; the header has ${String(columns.length)}`,
      });
      continue;
    }
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      cells[column as Column] = record[i] ?? '';
    });
    const parsed = parseRow(line, cells);
    if (Array.isArray(parsed)) result.errors.push(...parsed);
    else if (parsed.kind === 'stage') result.stageRows.push(parsed);
    else if (parsed.kind === 'child') result.childRows.push(parsed);
    else result.recordRows.push(parsed);
  }
  if (result.rows === 0) {
    result.errors.push({
      line: header.info.lines,
      message: 'The file has a header row but no data rows',
    });
  }
  return result;
}

/** JSON with sorted keys: `jsonb` does not keep the order keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cases already imported, and those among them whose details the file now gives differently. */
async function alreadyImported(
  db: Executor,
  authority: Authority,
  cases: readonly HistoricCase[],
): Promise<{ unchanged: Set<string>; errors: RowError[] }> {
  const unchanged = new Set<string>();
  const errors: RowError[] = [];
  const refs = cases.map((c) => c.caseRef);
  if (refs.length === 0) return { unchanged, errors };
  const existing = new Map<string, string>();
  for (let i = 0; i < refs.length; i += 5000) {
    const rows = await db
      .select({ id: complaints.id, ref: complaints.externalReference })
      .from(complaints)
      .where(
        and(
          eq(complaints.authorityId, authority.id),
          isNotNull(complaints.externalReference),
          inArray(complaints.externalReference, refs.slice(i, i + 5000)),
        ),
      );
    for (const row of rows) if (row.ref !== null) existing.set(row.ref, row.id);
  }
  if (existing.size === 0) return { unchanged, errors };
  const ids = [...existing.values()];
  const stored = new Map<string, unknown[]>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db
      .select({ complaintId: caseEvents.complaintId, payload: caseEvents.payload })
      .from(caseEvents)
      .where(inArray(caseEvents.complaintId, ids.slice(i, i + 5000)))
      .orderBy(asc(caseEvents.complaintId), asc(caseEvents.sequence));
    for (const row of rows) {
      const list = stored.get(row.complaintId) ?? [];
      list.push(row.payload);
      stored.set(row.complaintId, list);
    }
  }
  for (const c of cases) {
    const id = existing.get(c.caseRef);
    if (id === undefined) continue;
    if (canonical(stored.get(id) ?? []) === canonical(c.events)) unchanged.add(c.caseRef);
    else {
      errors.push({
        line: c.line,
        message: `case ${c.caseRef} was imported before with different details; change it in Heard rather than importing it again`,
      });
    }
  }
  return { unchanged, errors };
}

const byLine = (a: RowError, b: RowError) => a.line - b.line;

/**
 * Checks the whole file, then stores every complaint in one transaction. An authority with the
 * given code is created when there is none.
 */
export async function importHistoricCases(
  db: Database,
  input: string | Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  const text = decode(input);
  if (text === null) {
    return {
      ok: false,
      rows: 0,
      errors: [{ line: 1, message: 'The file is not UTF-8 text: save it as CSV UTF-8' }],
    };
  }
  const code = options.authority.code;
  if (!AUTHORITY_CODE_PATTERN.test(code)) {
    return {
      ok: false,
      rows: 0,
      errors: [
        {
          line: 0,
          message: `The authority code "${code}" is not valid: use 2 to 20 capital letters, digits or hyphens`,
        },
      ],
    };
  }
  const parsed = parseHistoricCasesCsv(text);
  if (
    parsed.errors.length > 0 &&
    parsed.stageRows.length === 0 &&
    parsed.childRows.length === 0 &&
    parsed.recordRows.length === 0
  ) {
    return { ok: false, rows: parsed.rows, errors: parsed.errors.sort(byLine) };
  }
  const existingAuthority = await findAuthorityByCode(db, code);
  const settings = existingAuthority?.settings ?? options.authority.settings ?? {};
  let ctx;
  try {
    ctx = contextFor({ settings }, options.today);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, rows: parsed.rows, errors: [{ line: 0, message: reason }] };
  }
  const { cases, errors } = buildCases(parsed.stageRows, parsed.childRows, ctx);
  const allErrors = [...parsed.errors, ...errors];
  let unchanged = new Set<string>();
  if (existingAuthority !== undefined && allErrors.length === 0) {
    const known = await alreadyImported(db, existingAuthority, cases);
    unchanged = known.unchanged;
    allErrors.push(...known.errors);
  }
  const records = await checkRecordRows(
    db,
    existingAuthority,
    parsed.recordRows,
    new Set(parsed.stageRows.map((row) => row.caseRef)),
    options.today,
  );
  allErrors.push(...records.errors);
  if (allErrors.length > 0) return { ok: false, rows: parsed.rows, errors: allErrors.sort(byLine) };

  const total = parsed.rows;
  let done = 0;
  const toCreate = cases.filter((c) => !unchanged.has(c.caseRef));
  for (const c of cases) if (unchanged.has(c.caseRef)) done += c.lines.length + c.children.length;
  options.onProgress?.(done, total);

  const outcome = await db.transaction(async (tx) => {
    const authority =
      existingAuthority ??
      (await createAuthority(tx, {
        code,
        name: options.authority.name ?? code,
        settings: options.authority.settings ?? {},
      }));
    let childrenCreated = 0;
    const storeChunk = async (chunk: readonly HistoricCase[]) => {
      const stored = await recordNewComplaints(
        tx,
        authority,
        chunk.map((c) => ({
          input: {
            trackingCodeHash: null,
            idempotencyKey: null,
            complainantName: null,
            contactEmail: null,
            contactPhone: null,
            whatHappened: IMPORTED_WHAT_HAPPENED,
            desiredOutcome: null,
            ...c.complaint,
            externalReference: c.caseRef,
          },
          events: c.events,
        })),
        { today: options.today, recordedBy: null },
      );
      const childRows = chunk.flatMap((c, index) => {
        const complaint = stored[index]?.complaint;
        if (complaint === undefined) return [];
        return c.children.map((child) => ({
          authorityId: authority.id,
          complaintId: complaint.id,
          age: child.age,
          gender: child.gender,
          ethnicity: child.ethnicity,
          disability: child.disability,
          categoryOfSupport: child.categoryOfSupport,
        }));
      });
      await insertRowsInBulk(tx, complaintChildren, childRows);
      childrenCreated += childRows.length;
      for (const c of chunk) done += c.lines.length + c.children.length;
      options.onProgress?.(done, total);
    };
    for (let i = 0; i < toCreate.length; i += CASES_PER_CHUNK) {
      await storeChunk(toCreate.slice(i, i + CASES_PER_CHUNK));
    }
    const stored = await storeRecordRows(tx, authority, records.plan);
    done += parsed.recordRows.length;
    if (parsed.recordRows.length > 0) options.onProgress?.(done, total);
    return { authority, childrenCreated, recordsCreated: stored.created };
  });
  return {
    ok: true,
    authority: {
      code: outcome.authority.code,
      name: outcome.authority.name,
      created: existingAuthority === undefined,
    },
    rows: parsed.rows,
    complaintsCreated: toCreate.length,
    complaintsUnchanged: unchanged.size,
    childrenCreated: outcome.childrenCreated,
    ...(parsed.recordRows.length === 0
      ? {}
      : { recordsCreated: outcome.recordsCreated, recordsUnchanged: records.plan.unchanged }),
  };
}
