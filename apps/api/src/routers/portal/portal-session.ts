/**
 * Portal sessions (docs/decisions/0011): a person signed in by a one-time email link, either as
 * the contact who made complaints or as an advocate of the council's advocacy provider. The
 * portal's server keeps the session token in the visitor's cookie and passes it with each call;
 * only its SHA-256 is stored. A session ends after PORTAL_SESSION_IDLE_SECONDS without a call or
 * PORTAL_SESSION_ABSOLUTE_MINUTES after sign-in, whichever comes first, and on sign-out.
 */
import {
  deletePortalSession,
  findActiveAdvocateById,
  findAuthorityById,
  findLivePortalSession,
  touchPortalSession,
  type Advocate,
  type Authority,
  type Database,
} from '@heard/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sha256 } from '../../auth/tokens.js';
import type { Env } from '../../env.js';
import { portalProcedure } from '../../trpc.js';

/** The token as the portal passes it: 256 random bits in base64url. */
export const portalSessionInput = z.object({ sessionToken: z.string().min(20).max(100) });

export const hashPortalToken = (token: string) => sha256(`portal:${token}`);

export type PortalSessionContext =
  | {
      kind: 'contact';
      tokenHash: string;
      authority: Authority;
      contactEmail: string;
      expiresAt: Date;
    }
  | {
      kind: 'advocate';
      tokenHash: string;
      authority: Authority;
      advocate: Advocate;
      expiresAt: Date;
    };

/** The live session behind a token, touched so its idle time starts again; or null. */
export async function loadPortalSession(
  db: Database,
  env: Env,
  token: string,
  now: Date,
): Promise<PortalSessionContext | null> {
  const tokenHash = hashPortalToken(token);
  const session = await findLivePortalSession(db, tokenHash, now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > env.PORTAL_SESSION_IDLE_SECONDS * 1000) {
    await deletePortalSession(db, tokenHash);
    return null;
  }
  const authority = await findAuthorityById(db, session.authorityId);
  if (!authority) return null;
  let found: PortalSessionContext | null = null;
  if (session.kind === 'contact' && session.contactEmail !== null) {
    found = {
      kind: 'contact',
      tokenHash,
      authority,
      contactEmail: session.contactEmail,
      expiresAt: session.expiresAt,
    };
  } else if (session.kind === 'advocate' && session.advocateId !== null) {
    const advocate = await findActiveAdvocateById(db, authority.id, session.advocateId);
    if (advocate) {
      found = { kind: 'advocate', tokenHash, authority, advocate, expiresAt: session.expiresAt };
    }
  }
  if (found === null) {
    await deletePortalSession(db, tokenHash);
    return null;
  }
  await touchPortalSession(db, tokenHash, now);
  return found;
}

const signInAgain = () =>
  new TRPCError({ code: 'UNAUTHORIZED', message: 'You have been signed out. Sign in again.' });

/** A call made for a signed-in portal visitor (401 without a live session). */
export const portalSessionProcedure = portalProcedure
  .input(portalSessionInput)
  .use(async ({ ctx, input, next }) => {
    const portal = await loadPortalSession(ctx.db, ctx.env, input.sessionToken, ctx.now());
    if (!portal) throw signInAgain();
    return next({ ctx: { ...ctx, portal } });
  });

/** Signed in as the contact who made complaints (403 for an advocate). */
export const contactProcedure = portalSessionProcedure.use(({ ctx, next }) => {
  if (ctx.portal.kind !== 'contact') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for the person who complained.' });
  }
  return next({ ctx: { ...ctx, portal: ctx.portal } });
});

/** Signed in as an advocate (403 for a contact). */
export const advocateProcedure = portalSessionProcedure.use(({ ctx, next }) => {
  if (ctx.portal.kind !== 'advocate') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for advocates.' });
  }
  return next({ ctx: { ...ctx, portal: ctx.portal } });
});
