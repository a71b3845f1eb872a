/**
 * Signing in to the portal by a one-time email link (docs/decisions/0011). Asking for a link gets
 * the same answer whether or not the address is known, so nobody can find out who complained; a
 * link works once, for SIGN_IN_LINK_MINUTES, and starts a short session.
 */
import {
  createPortalSession,
  deletePortalSession,
  enqueueMessages,
  findActiveAdvocateByEmail,
  hasComplaintsWithContactEmail,
  insertSignInLink,
  normaliseEmail,
  recentSignInLinkCount,
  redactSpentSignInMail,
  useSignInLink,
  type Authority,
} from '@heard/db';
import { SIGN_IN_LINK_MINUTES, signInLinkRequestSchema } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { newSecret } from '../../auth/tokens.js';
import { portalProcedure } from '../../trpc.js';
import { hashPortalToken, loadPortalSession, portalSessionInput } from './portal-session.js';
import { limitVisitor } from './limits.js';
import { authorityCodeSchema, requireAuthority } from './shared.js';

/** Links asked for one address within a link's lifetime; past this, no more mail is sent. */
export const SIGN_IN_LINKS_PER_EMAIL = 5;

/** The mail that carries a sign-in link. It says nothing about any complaint. */
export function signInMessage(
  authority: Pick<Authority, 'id' | 'code' | 'name'>,
  portalBaseUrl: string,
  to: string,
  token: string,
  tokenHash: string,
) {
  const link = `${portalBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(authority.code.toLowerCase())}/sign-in/link?token=${token}`;
  return {
    authorityId: authority.id,
    dedupeKey: `portal.sign_in_link:${tokenHash}`,
    kind: 'portal.sign_in_link',
    recipientStaffId: null,
    toAddress: to,
    subject: `Your link to sign in to ${authority.name}`,
    body: [
      `You asked for a link to sign in to ${authority.name}'s complaints website.`,
      '',
      'Open this link to sign in:',
      link,
      '',
      `The link works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
      'If you did not ask for it, you do not need to do anything.',
    ].join('\n'),
  };
}

export const requestSignInLink = portalProcedure
  .input(
    signInLinkRequestSchema.extend({
      authorityCode: authorityCodeSchema,
      /** `contact`: the person who complained; `advocate`: the advocates' area. */
      kind: z.enum(['contact', 'advocate']),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    await limitVisitor(ctx, ['signInLinksPerAddress']);
    const authority = await requireAuthority(ctx.db, input.authorityCode);
    const now = ctx.now();
    const email = normaliseEmail(input.email);
    const advocate =
      input.kind === 'advocate'
        ? await findActiveAdvocateByEmail(ctx.db, authority.id, email)
        : undefined;
    const known =
      input.kind === 'advocate'
        ? advocate !== undefined
        : await hasComplaintsWithContactEmail(ctx.db, authority.id, email);
    const since = new Date(now.getTime() - SIGN_IN_LINK_MINUTES * 60_000);
    await redactSpentSignInMail(ctx.db, now);
    if (
      known &&
      (await recentSignInLinkCount(ctx.db, authority.id, email, since)) < SIGN_IN_LINKS_PER_EMAIL
    ) {
      const token = newSecret();
      const tokenHash = hashPortalToken(token);
      await ctx.db.transaction(async (tx) => {
        await insertSignInLink(tx, {
          tokenHash,
          authorityId: authority.id,
          kind: input.kind,
          contactEmail: email,
          advocateId: advocate?.id ?? null,
          now,
          expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
        });
        await enqueueMessages(tx, [
          signInMessage(authority, ctx.env.PORTAL_BASE_URL, email, token, tokenHash),
        ]);
      });
      ctx.log.info({ authority: authority.code, event: 'portal.sign_in_link_sent' }, 'link sent');
    }
    // The same answer for a known address, an unknown one and one asked too often.
    return { sent: true as const, minutes: SIGN_IN_LINK_MINUTES };
  });

export const signIn = portalProcedure
  .input(z.object({ authorityCode: authorityCodeSchema, token: z.string().min(20).max(100) }))
  .mutation(async ({ ctx, input }) => {
    const authority = await requireAuthority(ctx.db, input.authorityCode);
    const now = ctx.now();
    const sessionToken = newSecret();
    const started = await ctx.db.transaction(async (tx) => {
      const link = await useSignInLink(tx, authority.id, hashPortalToken(input.token), now);
      if (!link) return undefined;
      await createPortalSession(tx, {
        tokenHash: hashPortalToken(sessionToken),
        authorityId: authority.id,
        kind: link.kind,
        contactEmail: link.contactEmail,
        advocateId: link.advocateId,
        now,
        expiresAt: new Date(now.getTime() + ctx.env.PORTAL_SESSION_ABSOLUTE_MINUTES * 60_000),
      });
      return link;
    });
    if (!started) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: 'This link has been used or is too old. Ask for a new one.',
      });
    }
    await redactSpentSignInMail(ctx.db, now);
    ctx.log.info({ authority: authority.code, event: 'portal.signed_in' }, 'signed in');
    return {
      sessionToken,
      kind: started.kind,
      idleSeconds: ctx.env.PORTAL_SESSION_IDLE_SECONDS,
    };
  });

/** Who is signed in, and for how long; calling it counts as activity. */
export const portalSession = portalProcedure
  .input(portalSessionInput)
  .query(async ({ ctx, input }) => {
    const session = await loadPortalSession(ctx.db, ctx.env, input.sessionToken, ctx.now());
    if (!session) return null;
    return {
      kind: session.kind,
      authorityCode: session.authority.code,
      name: session.kind === 'advocate' ? session.advocate.name : null,
      idleSeconds: ctx.env.PORTAL_SESSION_IDLE_SECONDS,
      expiresAt: session.expiresAt.toISOString(),
    };
  });

/** "Stay signed in": the idle time starts again, up to the session's absolute end. */
export const extendSession = portalProcedure
  .input(portalSessionInput)
  .mutation(async ({ ctx, input }) => {
    const session = await loadPortalSession(ctx.db, ctx.env, input.sessionToken, ctx.now());
    if (!session) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'You have been signed out.' });
    }
    return { idleSeconds: ctx.env.PORTAL_SESSION_IDLE_SECONDS };
  });

/** Ends the session; ending one that has already ended is not an error. */
export const signOut = portalProcedure
  .input(portalSessionInput)
  .mutation(async ({ ctx, input }) => {
    await deletePortalSession(ctx.db, hashPortalToken(input.sessionToken));
    return { signedOut: true as const };
  });
