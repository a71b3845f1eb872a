/**
 * Many new complaints written at once: the same rows as `nextReference`, `insertComplaint` and
 * `appendEvents` write one complaint at a time, in a few multi-row statements. For bulk work such
 * as the historic import (decision 0007); a test holds the rows to those of the one-at-a-time path.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../client.js';
import { caseEvents, complaints, referenceCounters } from '../schema.js';
import type { Complaint, ComplaintProjection, NewCaseEvent, NewComplaint } from './complaints.js';

/**
 * PostgreSQL takes at most 65,535 parameters in one statement; rows are sent in chunks that stay
 * well under it.
 */
const MAX_PARAMETERS = 30_000;

/** Rows in one JSON parameter: a few hundred kilobytes. */
const ROWS_PER_STATEMENT = 2000;

/** Splits rows into chunks of at most `MAX_PARAMETERS / columns` rows. */
export function chunksFor<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/**
 * Inserts rows of a table, keyed by the table's properties as in `db.insert(table).values(rows)`,
 * as one JSON parameter per statement read back by `json_populate_recordset`. Building a multi-row
 * `values` list costs drizzle far more time than the database takes to store it (a profile of the
 * historic import: most of its time went on building statements); JSON costs neither. A property
 * left undefined takes the column's default, as with drizzle: rows are grouped by the properties
 * they give. Values are JSON as the column expects it: dates as ISO strings, `jsonb` as objects.
 *
 * Every statement is sent before this returns, in order, so statements sent after it on the same
 * transaction run after them (a row that refers to these can follow without waiting).
 */
export function insertRowsInBulk(
  db: Executor,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
): Promise<unknown> {
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const given = Object.keys(row)
      .filter((key) => row[key] !== undefined)
      .sort();
    const signature = given.join(',');
    const group = groups.get(signature) ?? [];
    group.push(row);
    groups.set(signature, group);
  }
  const statements: SQL[] = [];
  for (const [signature, group] of groups) {
    const keys = signature === '' ? [] : signature.split(',');
    const names = keys.map((key) => {
      const column = columns[key];
      if (!column) throw new Error(`${key} is not a column`);
      return column.name;
    });
    const list = sql.join(
      names.map((name) => sql.identifier(name)),
      sql`, `,
    );
    for (let i = 0; i < group.length; i += ROWS_PER_STATEMENT) {
      const chunk = group.slice(i, i + ROWS_PER_STATEMENT).map((row) => {
        const record: Record<string, unknown> = {};
        keys.forEach((key, k) => {
          record[names[k] ?? key] = row[key] ?? null;
        });
        return record;
      });
      statements.push(
        sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::json)`,
      );
    }
  }
  return Promise.all(statements.map((statement) => db.execute(statement)));
}

/** The reference `nextReference` gives for the `number`th complaint of a year. */
export function referenceFor(authority: { code: string }, year: number, number: number): string {
  return `${authority.code}-${String(year % 100).padStart(2, '0')}-${String(number).padStart(5, '0')}`;
}

/**
 * Takes `count` references of one year at once: the counter moves on by `count` in one upsert,
 * which locks its row as `nextReference` does, and the numbers it passed over are returned in order.
 */
export async function nextReferences(
  db: Executor,
  authority: { id: string; code: string },
  year: number,
  count: number,
): Promise<string[]> {
  if (count === 0) return [];
  const [row] = await db
    .insert(referenceCounters)
    .values({ authorityId: authority.id, year, last: count })
    .onConflictDoUpdate({
      target: [referenceCounters.authorityId, referenceCounters.year],
      set: { last: sql`${referenceCounters.last} + ${count}` },
    })
    .returning({ last: referenceCounters.last });
  if (!row) throw new Error('counter upsert returned no row');
  const first = row.last - count + 1;
  return Array.from({ length: count }, (_, i) => referenceFor(authority, year, first + i));
}

/** A new complaint's row, with the id it will have, and its first events. */
export interface NewComplaintRow {
  readonly id: string;
  readonly values: NewComplaint & ComplaintProjection & { id: string };
  readonly events: readonly NewCaseEvent[];
}

/**
 * The row `insertComplaint` would insert. The id is made here, as the column's default would make
 * it (random, version 4), so that the complaint's events and stages can name it before it is stored.
 */
export function newComplaintRow(
  complaint: NewComplaint,
  projection: ComplaintProjection,
  events: readonly NewCaseEvent[],
): NewComplaintRow {
  const id = randomUUID();
  return { id, values: { id, ...complaint, ...projection }, events };
}

/**
 * Inserts complaints and their first events, the rows `insertComplaint` and `appendEvents` write
 * for each. Every statement is sent before this returns (see `insertRowsInBulk`).
 */
export function insertComplaintRows(
  db: Executor,
  rows: readonly NewComplaintRow[],
  recordedBy: string | null,
): Promise<unknown> {
  const eventRows = rows.flatMap((complaint) =>
    complaint.events.map(({ type, on, ...payload }, i) => ({
      authorityId: complaint.values.authorityId,
      complaintId: complaint.id,
      sequence: i + 1,
      type,
      occurredOn: on,
      payload: { type, on, ...payload },
      recordedBy,
      requestId: null,
    })),
  );
  return Promise.all([
    insertRowsInBulk(
      db,
      complaints,
      rows.map((row) => ({ ...row.values })),
    ),
    insertRowsInBulk(db, caseEvents, eventRows),
  ]);
}

/** Complaints by id. */
export async function findComplaintsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, Complaint>> {
  const found = new Map<string, Complaint>();
  for (const chunk of chunksFor(ids, 1)) {
    const rows = await db.select().from(complaints).where(inArray(complaints.id, chunk));
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/** The complaints of an authority with any of the idempotency keys, by key. */
export async function findComplaintsByIdempotencyKeys(
  db: Executor,
  authorityId: string,
  keys: readonly string[],
): Promise<Map<string, Complaint>> {
  const found = new Map<string, Complaint>();
  for (const chunk of chunksFor(keys, 1)) {
    const rows = await db
      .select()
      .from(complaints)
      .where(
        and(eq(complaints.authorityId, authorityId), inArray(complaints.idempotencyKey, chunk)),
      );
    for (const row of rows) if (row.idempotencyKey !== null) found.set(row.idempotencyKey, row);
  }
  return found;
}
