/**
 * The one way to open the database. PostgreSQL through node-postgres (`pg`) when a URL is given
 * (from `DATABASE_URL`); otherwise PGlite, the same PostgreSQL engine embedded in the process, in
 * a data folder or in memory. Migrations are applied on open, so every caller sees the current
 * schema. A pooled connection that PostgreSQL drops (a restart, a failover) is discarded by the
 * pool and the next query opens a new one; the process never exits for it (docs/decisions/0013).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** Anything that runs queries: the database or a transaction inside it. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  /** `postgres` for a PostgreSQL server, `pglite` for the embedded engine. */
  engine: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export type OpenDatabaseOptions =
  | {
      url: string;
      maxConnections?: number;
      /**
       * Told about a connection the server dropped while idle in the pool (a restart, a
       * failover). The pool has already discarded it; the default ignores it.
       */
      onConnectionError?: (error: Error) => void;
    }
  | { dataDir: string }
  | { memory: true };

/** How long a query waits for a pooled connection before it fails, rather than hanging. */
const CONNECT_TIMEOUT_MS = 5_000;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
    });
    // Without a listener, an idle connection that the server closes would crash the process.
    const onConnectionError = options.onConnectionError ?? (() => undefined);
    pool.on('error', onConnectionError);
    const db = drizzlePostgres(pool, { schema });
    try {
      await migratePostgres(db, { migrationsFolder });
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return {
      db: db as unknown as Database,
      engine: 'postgres',
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('dataDir' in options) {
    await mkdir(path.dirname(path.resolve(options.dataDir)), { recursive: true });
    client = new PGlite(options.dataDir);
  } else {
    client = new PGlite();
  }
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    engine: 'pglite',
    close: () => client.close(),
  };
}

/** Rows of a raw query, from either driver (both give `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Asks the database for `select 1`: true when it answers. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

export interface OpenWhenReachableOptions {
  /** Told about each failed attempt and how long until the next. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Gives up when aborted (the process is stopping). */
  signal?: AbortSignal;
  /** The longest wait between attempts; they start at half a second and double. */
  maxDelayMs?: number;
}

/**
 * Opens the database, trying again with growing pauses for as long as PostgreSQL cannot be
 * reached, so a process started before its database (or during a restart) waits for it rather
 * than exiting. The embedded engine is opened once: its failures are not transient.
 */
export async function openDatabaseWhenReachable(
  options: OpenDatabaseOptions,
  { onRetry, signal, maxDelayMs = 10_000 }: OpenWhenReachableOptions = {},
): Promise<DatabaseHandle> {
  if (!('url' in options)) return openDatabase(options);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await openDatabase(options);
    } catch (error) {
      if (signal?.aborted) throw error;
      const delayMs = Math.min(maxDelayMs, 500 * 2 ** (attempt - 1));
      onRetry?.(error, attempt, delayMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayMs);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
      if (signal?.aborted) throw error;
    }
  }
}
