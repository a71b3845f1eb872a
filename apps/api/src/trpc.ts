/**
 * tRPC's one set-up: the error format the clients read, and the procedure builders that check who
 * is calling. Procedures build on these; none checks a session or a role by hand.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { StaffRole } from '@heard/db';
import type { Context } from './context.js';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // A failure of ours says nothing about its cause (SQL, stack, data) to the caller.
      message:
        error.code === 'INTERNAL_SERVER_ERROR'
          ? 'Something went wrong. Please try again.'
          : shape.message,
      data: {
        ...shape.data,
        // Field-level messages for forms: { fieldName: ['message', ...] }.
        fieldErrors: cause instanceof z.ZodError ? z.flattenError(cause).fieldErrors : undefined,
        // The reason code of a refusal (see errors.ts), for the client to put into words.
        reason: error.cause instanceof RefusalCause ? error.cause.reason : undefined,
        stack: undefined,
      },
    };
  },
});

/** Carries a domain reason code inside a TRPCError. */
export class RefusalCause extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Called by the portal server only: the request must carry the shared secret in
 * `x-heard-portal-secret` (compared in constant time), or it is refused with 403 before the
 * procedure runs. The admin app's proxy and any other caller hold no secret. The portal passes
 * the visitor's address in `x-heard-visitor-address`, which the limits that protect people count
 * by; it is believed only from the portal.
 */
export const portalProcedure = t.procedure.use(({ ctx, next }) => {
  const given = ctx.req.get('x-heard-portal-secret') ?? '';
  if (!timingSafeEqual(digest(given), digest(ctx.env.PORTAL_API_SECRET))) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only the portal may call this.',
      cause: new RefusalCause('portal_only'),
    });
  }
  const visitor = ctx.req.get('x-heard-visitor-address')?.trim() ?? '';
  const visitorAddress = isIP(visitor) !== 0 ? visitor : (ctx.req.ip ?? 'unknown');
  return next({ ctx: { ...ctx, visitorAddress } });
});

/** Signed-in staff only (401 otherwise); state-changing calls must carry the CSRF token (403). */
export const staffProcedure = t.procedure.use(({ ctx, type, next }) => {
  const session = ctx.session;
  if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  if (type === 'mutation' && ctx.req.get('x-csrf-token') !== session.csrfToken) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This request could not be verified.' });
  }
  return next({ ctx: { ...ctx, session } });
});

/**
 * Staff acting for one authority named in the input. A caller who does not serve it, or lacks
 * every role in `roles`, is refused with 403 before the procedure runs.
 */
export function authorityProcedure(roles: readonly StaffRole[]) {
  return staffProcedure.input(z.object({ authorityId: z.uuid() })).use(({ ctx, input, next }) => {
    const held = ctx.session.memberships
      .filter((m) => m.authorityId === input.authorityId)
      .map((m) => m.role);
    if (!held.some((role) => roles.includes(role))) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'You do not have access to this.',
      });
    }
    return next({ ctx: { ...ctx, authorityId: input.authorityId, roles: held } });
  });
}
