/**
 * Sign-in and second-factor attempts, counted in the database before they are evaluated. Each
 * count is one atomic upsert (`hitRateLimit`), so a tRPC batch, concurrent requests and several
 * API processes cannot get more attempts than the limit. The account key is the SHA-256 of the
 * normalised email, so an unknown email is counted and refused exactly like a known one.
 */
import { hitRateLimit, resetRateLimit, schema, type Database } from '@heard/db';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { authenticator } from 'otplib';
import { sha256 } from './tokens.js';

/** Attempts allowed per account in `accountWindowMs`; the next ones are refused unevaluated. */
export const accountLimit = 5;
export const accountWindowMs = 15 * 60_000;
/** Attempts allowed per client address in `addressWindowMs`, across all accounts. */
export const addressLimit = 30;
export const addressWindowMs = 15 * 60_000;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function accountKey(kind: 'sign-in' | 'totp', email: string): string {
  return `staff-${kind}:${sha256(normaliseEmail(email))}`;
}

/** Counts one attempt against the account and the address; false when either is over its limit. */
export async function countAttempt(
  db: Database,
  input: { kind: 'sign-in' | 'totp'; email: string; address: string; now: Date },
): Promise<boolean> {
  const account = await hitRateLimit(db, {
    key: accountKey(input.kind, input.email),
    limit: accountLimit,
    windowMs: accountWindowMs,
    now: input.now,
  });
  const address = await hitRateLimit(db, {
    key: addressKey(input.address),
    limit: addressLimit,
    windowMs: addressWindowMs,
    now: input.now,
  });
  return account.allowed && address.allowed;
}

function addressKey(address: string): string {
  return `staff-auth-address:${sha256(address)}`;
}

/**
 * After a good sign-in the account's failures are forgotten, and the address gets back the attempts
 * this sign-in counted (one for the password, one for a code), so that a shared office address is
 * limited by its failures only. Attempts are still counted before they are evaluated.
 */
export async function forgetAttempts(
  db: Database,
  email: string,
  address: string,
  attempts: number,
): Promise<void> {
  await resetRateLimit(db, accountKey('sign-in', email));
  await resetRateLimit(db, accountKey('totp', email));
  await db
    .update(schema.rateLimits)
    .set({ count: sql`greatest(${schema.rateLimits.count} - ${attempts}, 0)` })
    .where(eq(schema.rateLimits.key, addressKey(address)));
}

/**
 * Accepts a TOTP code once: the code's time-step must be later than the last accepted one, and
 * the step is claimed by one conditional UPDATE, so two concurrent uses of a code cannot both win.
 */
export async function useTotpCode(
  db: Database,
  staffId: string,
  secret: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const step = matchingStep(secret, code, now);
  if (step === undefined) return false;
  const claimed = await db
    .update(schema.staffUsers)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(schema.staffUsers.id, staffId),
        or(isNull(schema.staffUsers.totpLastStep), lt(schema.staffUsers.totpLastStep, step)),
      ),
    )
    .returning({ id: schema.staffUsers.id });
  return claimed.length === 1;
}

/** The time-step (within the allowed window of one step either side) whose code is `code`. */
export function matchingStep(secret: string, code: string, now: Date): number | undefined {
  const period = authenticator.options.step ?? 30;
  const current = Math.floor(now.getTime() / 1000 / period);
  for (const step of [current - 1, current, current + 1]) {
    const expected = authenticator.clone({ epoch: step * period * 1000 }).generate(secret);
    if (expected === code) return step;
  }
  return undefined;
}
