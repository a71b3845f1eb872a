/**
 * How often one address, and one complaint reference from one address, may use the portal's
 * forms. Past a limit the visitor gets a kind page asking them to wait, never a bare error. These
 * counts are kept in this process's memory and only spare the API work: the limits that protect
 * people are the API's, counted in the database, so they hold with several portal processes
 * (apps/api/src/routers/portal/limits.ts).
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

export interface RateLimits {
  /** Form posts of any kind, per address. */
  postsPerAddress: number;
  /** Complaints, thank yous and messages sent, per address. */
  sendsPerAddress: number;
  /** Looks at a complaint (checking, the letter, the next stage), per address. */
  lookupsPerAddress: number;
  /**
   * Looks at one complaint reference from one address: slows guessing its tracking code, and never
   * locks out the person holding the right code, who is somewhere else.
   */
  lookupsPerReference: number;
  /** Sign-in links asked for one email address, from anywhere (docs/decisions/0011). */
  linksPerEmail: number;
  windowMs: number;
}

export const defaultRateLimits: RateLimits = {
  postsPerAddress: 300,
  sendsPerAddress: 20,
  lookupsPerAddress: 40,
  lookupsPerReference: 15,
  linksPerEmail: 5,
  windowMs: 15 * 60 * 1000,
};

export interface Limiters {
  posts: RequestHandler;
  sends: RequestHandler;
  lookups: RequestHandler;
  /** Asking for a sign-in link: per address, as lookups, and per email address (hashed). */
  signInLinks: RequestHandler;
}

const addressKey = (req: Request) => ipKeyGenerator(req.ip ?? '');

/** The reference as typed, tidied as the API tidies it, with the address, hashed: neither is kept. */
function referenceKey(req: Request): string {
  const body = req.body as Record<string, unknown> | undefined;
  const raw = body?.reference;
  const reference = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  return createHash('sha256')
    .update(`reference:${reference}\n${addressKey(req)}`)
    .digest('hex');
}

/** The email address as typed, tidied as the API tidies it, and hashed: no address is kept. */
function emailKey(req: Request): string {
  const body = req.body as Record<string, unknown> | undefined;
  const raw = body?.email;
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return createHash('sha256').update(`email:${email}`).digest('hex');
}

export function createLimiters(
  limits: RateLimits,
  tooMany: (req: Request, res: Response) => void,
): Limiters {
  const common = {
    windowMs: limits.windowMs,
    standardHeaders: 'draft-7' as const,
    legacyHeaders: false,
    handler: (req: Request, res: Response) => {
      tooMany(req, res);
    },
  };
  const perAddress = (limit: number) => rateLimit({ ...common, limit, keyGenerator: addressKey });
  const sends = rateLimit({
    ...common,
    limit: limits.sendsPerAddress,
    keyGenerator: addressKey,
    // Only posts that send something count: the pages before sending are free to go back and forth.
    skip: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      return body?.nav !== 'send';
    },
  });
  const byAddress = perAddress(limits.lookupsPerAddress);
  const byReference = rateLimit({
    ...common,
    limit: limits.lookupsPerReference,
    keyGenerator: referenceKey,
  });
  const byEmail = rateLimit({
    ...common,
    limit: limits.linksPerEmail,
    keyGenerator: emailKey,
  });
  return {
    signInLinks: (req, res, next) => {
      void byAddress(req, res, (error?: unknown) => {
        if (error !== undefined) {
          next(error);
          return;
        }
        void byEmail(req, res, next);
      });
    },
    posts: perAddress(limits.postsPerAddress),
    sends,
    lookups: (req, res, next) => {
      void byAddress(req, res, (error?: unknown) => {
        if (error !== undefined) {
          next(error);
          return;
        }
        void byReference(req, res, next);
      });
    },
  };
}
