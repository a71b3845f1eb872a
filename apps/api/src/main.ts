/**
 * Starts the API. It listens at once and answers `/health/live`; it opens the database (migrating
 * it), waiting for PostgreSQL for as long as it cannot be reached, and only then answers
 * `/health/ready` and everything else. Until then every other request gets 503 with Retry-After,
 * so a load balancer sends no traffic to it and a client knows to try again (docs/decisions/0013).
 */
import { openDatabaseWhenReachable, type DatabaseHandle } from '@heard/db';
import express from 'express';
import helmet from 'helmet';
import { createApp } from './app.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';
import { startReminderWorker, type ReminderWorker } from './reminders/worker.js';
import { seedDemoDataIfEmpty } from './seed.js';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);
const starting = new AbortController();

let handle: DatabaseHandle | null = null;
let reminders: ReminderWorker | null = null;
let ready: express.Express | null = null;

const front = express();
front.disable('x-powered-by');
front.use(helmet());
front.get('/health/live', (_req, res) => {
  res.json({ status: 'live' });
});
front.use((req, res, next) => {
  if (ready) {
    ready(req, res, next);
    return;
  }
  res.set('retry-after', '2');
  res
    .status(503)
    .json(
      req.path.startsWith('/health')
        ? { status: 'starting', database: 'waiting' }
        : { error: 'Heard is starting. Please try again in a moment.' },
    );
});

const server = front.listen(env.API_PORT, env.API_HOST, (error?: Error) => {
  if (error) {
    log.fatal({ err: error }, `cannot listen on ${env.API_HOST}:${env.API_PORT}`);
    process.exit(1);
  }
  log.info(`api listening on http://${env.API_HOST}:${env.API_PORT}`);
});

async function start(): Promise<void> {
  handle = await openDatabaseWhenReachable(
    env.DATABASE_URL
      ? {
          url: env.DATABASE_URL,
          onConnectionError: (error) => {
            log.warn({ err: error }, 'the database closed a pooled connection; it will reconnect');
          },
        }
      : env.PGLITE_MODE === 'memory'
        ? { memory: true }
        : { dataDir: env.PGLITE_DATA_DIR },
    {
      signal: starting.signal,
      onRetry: (error, attempt, delayMs) => {
        log.warn({ err: error, attempt, delayMs }, 'database not reachable yet; trying again');
      },
    },
  );
  log.info({ engine: handle.engine }, 'database ready');

  if (env.SEED_DEMO_DATA) {
    const seeded = await seedDemoDataIfEmpty(handle.db);
    if (seeded) log.info(seeded, 'demo data created');
  }

  // Reminders of deadlines and delivery of the outbox (docs/decisions/0008).
  if (env.REMINDERS_ENABLED) reminders = await startReminderWorker({ db: handle.db, env, log });

  ready = createApp({ db: handle.db, env, log });
  log.info('api ready');
}

start().catch((error: unknown) => {
  if (stopping) return;
  log.fatal({ err: error }, 'the API could not start');
  process.exit(1);
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  starting.abort();
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(() => {
    // The worker finishes the message in hand before the database closes under it.
    void (reminders?.stop() ?? Promise.resolve())
      .catch((error: unknown) => {
        log.error({ err: error }, 'reminder worker did not stop cleanly');
      })
      .then(() => handle?.close())
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
