/**
 * Serves the built admin app (`pnpm --filter @heard/admin build` first; `pnpm start` does) with
 * the environment's settings, and stops cleanly on a signal. Run with tsx:
 * `node --import tsx server/main.ts`.
 */
import pino from 'pino';
import { startAdminServer } from './app.js';
import { loadEnv } from './env.js';

const env = loadEnv();
const log = pino({ level: env.LOG_LEVEL, base: { service: 'heard-admin' } });
const admin = await startAdminServer(env, { log });

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  admin.close().then(
    () => {
      log.info('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      log.error({ err: error }, 'stopping failed');
      process.exit(1);
    },
  );
}
process.on('SIGINT', () => {
  shutdown('SIGINT');
});
process.on('SIGTERM', () => {
  shutdown('SIGTERM');
});
