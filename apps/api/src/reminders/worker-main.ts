/**
 * Runs the reminder worker on its own, without the API: `pnpm --filter @heard/api reminders`.
 * For a council that runs the API on several machines and wants mail sent from one, or none.
 * Needs DATABASE_URL: the embedded engine can be opened by one process only, the API.
 */
import { openDatabaseWhenReachable } from '@heard/db';
import { loadEnv } from '../env.js';
import { createLogger } from '../logger.js';
import { startReminderWorker } from './worker.js';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);
if (!env.DATABASE_URL) {
  log.fatal(
    'the reminder worker runs on its own only with DATABASE_URL; on the embedded engine the API runs it',
  );
  process.exit(1);
}
// Waits for PostgreSQL when it is not up yet, as the API does (docs/decisions/0013).
const handle = await openDatabaseWhenReachable(
  {
    url: env.DATABASE_URL,
    maxConnections: 4,
    onConnectionError: (error) => {
      log.warn({ err: error }, 'the database closed a pooled connection; it will reconnect');
    },
  },
  {
    onRetry: (error, attempt, delayMs) => {
      log.warn({ err: error, attempt, delayMs }, 'database not reachable yet; trying again');
    },
  },
);
const worker = await startReminderWorker({ db: handle.db, env, log });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'reminder worker stopping');
  await worker.stop();
  await handle.close();
  log.info('reminder worker stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
