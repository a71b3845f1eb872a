/**
 * Delivers the outbox: one message at a time, each claimed with a lease, sent through the mail
 * adapter, then marked sent. A failure is recorded with the error and retried after a backoff;
 * a message left "in doubt" by a worker that died mid-delivery is settled by asking the adapter
 * whether it went, where the adapter can say (docs/decisions/0008).
 */
import { claimNextMessage, markMessageFailed, markMessageSent, type Database } from '@heard/db';
import type { Logger } from 'pino';
import type { MailAdapter } from './mail.js';

export interface DeliveryOptions {
  leaseSeconds: number;
  /** The least time between two messages. */
  minIntervalMs: number;
  signal?: AbortSignal;
  log: Logger;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Delivers every message that is due now; returns how many went and how many failed. */
export async function deliverDueMail(
  db: Database,
  adapter: MailAdapter,
  options: DeliveryOptions,
): Promise<{ sent: number; failed: number; settled: number }> {
  const result = { sent: 0, failed: 0, settled: 0 };
  while (!options.signal?.aborted) {
    const claimed = await claimNextMessage(db, options.leaseSeconds);
    if (!claimed) break;
    const { message, inDoubt } = claimed;
    if (inDoubt && adapter.wasDelivered && (await adapter.wasDelivered(message.id))) {
      // The last worker sent it and died before saying so.
      await markMessageSent(db, message.id);
      result.settled++;
      continue;
    }
    try {
      await adapter.deliver({
        id: message.id,
        to: message.toAddress,
        subject: message.subject,
        text: message.body,
      });
    } catch (error) {
      await markMessageFailed(db, message.id, message.attempts, describe(error));
      options.log.warn(
        { outboxId: message.id, attempts: message.attempts, err: describe(error) },
        'mail delivery failed; will retry',
      );
      result.failed++;
      continue;
    }
    // If this fails the lease runs out and the next worker settles the message as in doubt.
    await markMessageSent(db, message.id);
    result.sent++;
    await sleep(options.minIntervalMs, options.signal);
  }
  return result;
}
