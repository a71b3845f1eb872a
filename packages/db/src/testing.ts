/**
 * Real databases for tests: the embedded engine in memory, and, when `DATABASE_URL` points at a
 * PostgreSQL server, a freshly created database on it that is dropped afterwards. Integration
 * suites run once per engine in `testEngines()`, so both are held to the same behaviour.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseHandle } from './client.js';

export type TestEngine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when `DATABASE_URL` is set. */
export function testEngines(): TestEngine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** Creates an empty database on the server named by `serverUrl` and returns its URL. */
export async function createFreshPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `heard_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** Runs one statement on its own connection to the server, and closes it. */
async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Opens a new, migrated, empty database on the given engine. `close()` also removes it. */
export async function openTestDatabase(engine: TestEngine): Promise<DatabaseHandle> {
  if (engine === 'pglite') return openDatabase({ memory: true });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL must be set to test on PostgreSQL');
  const fresh = await createFreshPostgresDatabase(serverUrl);
  const handle = await openDatabase({ url: fresh.url, maxConnections: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await fresh.drop();
    },
  };
}

/**
 * Fills an authority with `count` synthetic complaints in one statement, spread over ten years,
 * every state and 25 teams: for benchmarks of the case lists and workload views.
 */
export async function loadSyntheticComplaints(
  db: Database,
  authorityId: string,
  count: number,
  today: string,
): Promise<void> {
  await db.execute(sql`
    insert into complaints (authority_id, reference, received_on, received_via, complainant_type,
      what_happened, procedure, stage, state, next_due_on, team, created_at, triaged_at)
    select ${authorityId}, 'SYN-' || g, ${today}::date - (g % 3650),
      (array['online','email','letter','telephone'])[1 + g % 4], 'young_person', 'Synthetic case',
      (array['statutory','corporate'])[1 + g % 2], 1 + g % 3,
      (array['stage1_awaiting_response','stage1_responded','stage2_investigation','on_hold',
             'closed','withdrawn','stage3_awaiting_panel','stage2_responded'])[1 + g % 8],
      ${today}::date + ((g % 60) - 30), 'Team ' || (g % 25),
      now() - (g || ' minutes')::interval, case when g % 10 = 0 then null else now() end
    from generate_series(1, ${count}) g`);
  await db.execute(sql`vacuum analyze complaints`);
}
export * from './testing-cluster.js';
