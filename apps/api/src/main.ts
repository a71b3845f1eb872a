/** Starts the API: opens the database (migrating it), seeds demo data if asked, and listens. */
import { openDatabase } from '@heard/db';
import { createApp } from './app.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';
import { startReminderWorker, type ReminderWorker } from './reminders/worker.js';
import { seedDemoDataIfEmpty } from './seed.js';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);

const handle = await openDatabase(
  env.DATABASE_URL
    ? { url: env.DATABASE_URL }
    : env.PGLITE_MODE === 'memory'
      ? { memory: true }
      : { dataDir: env.PGLITE_DATA_DIR },
);
log.info({ engine: handle.engine }, 'database ready');

if (env.SEED_DEMO_DATA) {
  const seeded = await seedDemoDataIfEmpty(handle.db);
  if (seeded) log.info(seeded, 'demo data created');
}

// Reminders of deadlines and delivery of the outbox (docs/decisions/0008).
const reminders: ReminderWorker | null = env.REMINDERS_ENABLED
  ? await startReminderWorker({ db: handle.db, env, log })
  : null;

const app = createApp({ db: handle.db, env, log });
const server = app.listen(env.API_PORT, (error?: Error) => {
  if (error) {
    log.fatal({ err: error }, `cannot listen on port ${env.API_PORT}`);
    process.exit(1);
  }
  log.info(`api listening on http://localhost:${env.API_PORT}`);
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(() => {
    // The worker finishes the message in hand before the database closes under it.
    void (reminders?.stop() ?? Promise.resolve())
      .catch((error: unknown) => {
        log.error({ err: error }, 'reminder worker did not stop cleanly');
      })
      .then(() => handle.close())
      .then(() => {
        log.info('stopped');
        process.exit(0);
      });
  });
  server.closeIdleConnections();
}
process.on('SIGINT', () => {
  shutdown('SIGINT');
});
process.on('SIGTERM', () => {
  shutdown('SIGTERM');
});
