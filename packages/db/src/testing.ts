/**
 * Real databases for tests: the embedded engine in memory, and, when `DATABASE_URL` points at a
 * PostgreSQL server, a freshly created database on it that is dropped afterwards. Integration
 * suites run once per engine in `testEngines()`, so both are held to the same behaviour.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from './client.js';

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
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
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
