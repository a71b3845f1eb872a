/**
 * The reminder worker. Two loops: a scan that writes due reminders to the outbox, and a delivery
 * loop that sends what is in the outbox (docs/decisions/0008).
 *
 * On PostgreSQL the scan is a pg-boss cron job: the schedule is kept in the database, so with
 * several API processes it runs once per tick, and a scan that fails is retried. On the embedded
 * engine (PGlite), which only this process can open, a timer in this process runs the same scan.
 * Either way the outbox table is the one queue of mail, and delivery works the same.
 */
import { nextOutboxAttemptAt, type Database } from '@heard/db';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Env } from '../env.js';
import { deliverDueMail } from './deliver.js';
import { createMailAdapter, type MailAdapter } from './mail.js';
import { enqueueDueReminders } from './scan.js';

export const scanQueue = 'heard-reminders-scan';

export interface ReminderWorker {
  /** Runs a scan now, then delivers: for tests and the first run at start. */
  runOnce(): Promise<void>;
  /** Finishes the message in hand and stops. */
  stop(): Promise<void>;
}

export interface ReminderWorkerDeps {
  db: Database;
  env: Env;
  log: Logger;
  now?: () => Date;
  adapter?: MailAdapter;
}

export async function startReminderWorker(deps: ReminderWorkerDeps): Promise<ReminderWorker> {
  const { db, env, log } = deps;
  const now = deps.now ?? (() => new Date());
  const adapter = deps.adapter ?? createMailAdapter(env, log);
  const stopping = new AbortController();

  const scan = async () => {
    const result = await enqueueDueReminders(db, {
      now: now(),
      leadWorkingDays: env.REMINDER_LEAD_WORKING_DAYS,
      adminBaseUrl: env.ADMIN_BASE_URL,
    });
    log.info({ ...result, event: 'reminders.scanned' }, 'reminders scanned');
    wake();
  };

  // The delivery loop: deliver what is due, then sleep until the poll interval passes, the next
  // retry or lease falls due, or a scan wakes it.
  let wakeUp: (() => void) | null = null;
  const wake = () => {
    wakeUp?.();
  };
  const delivering = (async () => {
    while (!stopping.signal.aborted) {
      let waitMs = env.OUTBOX_POLL_SECONDS * 1000;
      try {
        const result = await deliverDueMail(db, adapter, {
          leaseSeconds: env.OUTBOX_LEASE_SECONDS,
          minIntervalMs: env.MAIL_MIN_INTERVAL_MS,
          signal: stopping.signal,
          log,
        });
        if (result.sent + result.failed + result.settled > 0)
          log.info({ ...result, event: 'outbox.delivered' }, 'outbox delivered');
        const next = await nextOutboxAttemptAt(db);
        if (next) waitMs = Math.min(waitMs, Math.max(50, next.getTime() - Date.now()));
      } catch (error) {
        // The database may be down: mail waits in the outbox, and the loop tries again.
        log.error({ err: error }, 'outbox delivery stopped; will try again');
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          stopping.signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, waitMs);
        wakeUp = done;
        stopping.signal.addEventListener('abort', done, { once: true });
      });
      wakeUp = null;
    }
  })();

  let boss: PgBoss | null = null;
  let timer: NodeJS.Timeout | null = null;
  if (env.DATABASE_URL) {
    boss = new PgBoss({
      connectionString: env.DATABASE_URL,
      schema: 'pgboss',
      application_name: 'heard-reminders',
      max: 3,
    });
    boss.on('error', (error) => {
      log.error({ err: error }, 'pg-boss reported an error');
    });
    await boss.start();
    // A scan killed mid-run is expired after 15 minutes and retried; it is safe to repeat.
    await boss.createQueue(scanQueue, {
      name: scanQueue,
      retryLimit: 5,
      retryDelay: 60,
      retryBackoff: true,
      expireInSeconds: 900,
    });
    await boss.schedule(
      scanQueue,
      `*/${String(env.REMINDERS_SCAN_MINUTES)} * * * *`,
      {},
      { tz: 'Europe/London' },
    );
    await boss.work(scanQueue, async () => {
      await scan();
    });
    // Catch up at once rather than at the next tick: reminders missed while stopped go now.
    await boss.send(scanQueue, {});
    log.info(
      { scheduler: 'pg-boss', everyMinutes: env.REMINDERS_SCAN_MINUTES },
      'reminder worker started',
    );
  } else {
    const tick = () => {
      void scan().catch((error: unknown) => {
        log.error({ err: error }, 'reminder scan failed; the next one will try again');
      });
    };
    timer = setInterval(tick, env.REMINDERS_SCAN_MINUTES * 60_000);
    tick();
    log.info(
      { scheduler: 'in-process', everyMinutes: env.REMINDERS_SCAN_MINUTES },
      'reminder worker started',
    );
  }

  return {
    async runOnce() {
      await scan();
      await deliverDueMail(db, adapter, {
        leaseSeconds: env.OUTBOX_LEASE_SECONDS,
        minIntervalMs: env.MAIL_MIN_INTERVAL_MS,
        log,
      });
    },
    async stop() {
      stopping.abort();
      if (timer) clearInterval(timer);
      if (boss) await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      await delivering;
      adapter.close?.();
    },
  };
}
