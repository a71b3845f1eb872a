/**
 * The limits that protect people on the portal, counted by the API in the database
 * (`hitRateLimit`), so they hold however many portal processes there are and whoever calls.
 * Keys are hashes: no address, reference or email is stored.
 *
 * Looking at a complaint is limited per reference *and* address, and per address: the person
 * holding the right tracking code is never locked out by wrong guesses made elsewhere, while one
 * address guessing at many references is stopped by its own count.
 */
import { hitRateLimit, type Database } from '@heard/db';
import { TRPCError } from '@trpc/server';
import { sha256 } from '../../auth/tokens.js';
import { RefusalCause } from '../../trpc.js';

const window15 = 15 * 60_000;

export const PORTAL_LIMITS = {
  /** Looks at one complaint (tracking, its letter, its next stage) from one address. */
  lookupsPerReferenceAndAddress: { limit: 10, windowMs: window15 },
  /** Looks at complaints and saved answers from one address, whatever the reference. */
  lookupsPerAddress: { limit: 40, windowMs: window15 },
  /** Complaints, thank yous, comments and referrals sent from one address. */
  sendsPerAddress: { limit: 20, windowMs: window15 },
  /** Journeys saved to come back to, from one address. */
  draftsPerAddress: { limit: 20, windowMs: window15 },
  /** Return codes mailed, from one address. */
  draftMailsPerAddress: { limit: 5, windowMs: window15 },
  /** Sign-in links asked for, from one address (each email has its own limit too). */
  signInLinksPerAddress: { limit: 10, windowMs: window15 },
} as const;

export type PortalLimit = keyof typeof PORTAL_LIMITS;

/**
 * Counts one use against each named limit, keyed by the visitor's address and, when given, a
 * subject (a reference); refuses with 429 when any is over. Every limit is counted, so a refused
 * burst still counts.
 */
export async function limitVisitor(
  ctx: { db: Database; now: () => Date; visitorAddress: string },
  limits: readonly PortalLimit[],
  subject?: string,
): Promise<void> {
  let allowed = true;
  for (const name of limits) {
    const { limit, windowMs } = PORTAL_LIMITS[name];
    const parts = name === 'lookupsPerReferenceAndAddress' ? [subject ?? ''] : [];
    const hit = await hitRateLimit(ctx.db, {
      key: `portal-${name}:${sha256([ctx.visitorAddress, ...parts].join('\n'))}`,
      limit,
      windowMs,
      now: ctx.now(),
    });
    allowed &&= hit.allowed;
  }
  if (!allowed) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many tries. Please wait a few minutes and try again.',
      cause: new RefusalCause('too_many_requests'),
    });
  }
}

/** A reference as the API tidies it, so `wbc-26-00061 ` and `WBC-26-00061` count together. */
export const referenceSubject = (reference: string) => reference.trim().toUpperCase();
