import {
  findStaffByEmail,
  listAuthorities,
  recordAudit,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  setTotpSecret,
} from '@heard/db';
import { TRPCError } from '@trpc/server';
import { authenticator } from 'otplib';
import { z } from 'zod';
import { decoyHash, verifyPassword } from '../../auth/passwords.js';
import { endSession, startSession } from '../../auth/session.js';
import { refusal } from '../../errors.js';
import { publicProcedure, router, staffProcedure } from '../../trpc.js';

/** After this many failed sign-ins in a row an account is locked for `lockMinutes`. */
const lockAfter = 5;
const lockMinutes = 15;

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
  /** The six-digit code from an authenticator app, for accounts that use a second factor. */
  totpCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app')
    .optional(),
});

const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app');

const wrongCredentials = 'Email or password is not right';

export const authRouter = router({
  signIn: publicProcedure.input(signInSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const staff = await findStaffByEmail(ctx.db, input.email);
    if (!staff) {
      await verifyPassword(await decoyHash, input.password);
      throw new TRPCError({ code: 'UNAUTHORIZED', message: wrongCredentials });
    }
    if (staff.lockedUntil && staff.lockedUntil > now) {
      throw new TRPCError({
        code: 'TOO_MANY_REQUESTS',
        message: 'This account is locked for a short time after too many tries. Try again later.',
      });
    }
    const ok = !staff.disabledAt && (await verifyPassword(staff.passwordHash, input.password));
    if (!ok) {
      await recordFailedSignIn(
        ctx.db,
        staff.id,
        lockAfter,
        new Date(now.getTime() + lockMinutes * 60_000),
      );
      // Each failure in a row waits a little longer, which slows guessing without locking out.
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** staff.failedSignIns, 3_000)));
      throw new TRPCError({ code: 'UNAUTHORIZED', message: wrongCredentials });
    }
    if (staff.totpSecret) {
      if (!input.totpCode) {
        throw refusal(
          'totp_required',
          'Enter the 6-digit code from your authenticator app.',
          'UNAUTHORIZED',
        );
      }
      if (!authenticator.check(input.totpCode, staff.totpSecret)) {
        await recordFailedSignIn(
          ctx.db,
          staff.id,
          lockAfter,
          new Date(now.getTime() + lockMinutes * 60_000),
        );
        throw refusal(
          'totp_wrong',
          'That code is not right. Check your authenticator app.',
          'UNAUTHORIZED',
        );
      }
    }
    await recordSuccessfulSignIn(ctx.db, staff.id);
    await recordAudit(ctx.db, { staffId: staff.id, action: 'staff.signed_in' });
    return startSession(ctx.db, ctx.env, ctx.res, staff.id, now);
  }),

  signOut: staffProcedure.mutation(async ({ ctx }) => {
    await endSession(ctx.db, ctx.env, ctx.res, ctx.session.tokenHash);
    await recordAudit(ctx.db, { staffId: ctx.session.staff.id, action: 'staff.signed_out' });
    return { ok: true as const };
  }),

  /** A new secret for an authenticator app; it takes effect once a code from it is confirmed. */
  startTotpSetup: staffProcedure.mutation(({ ctx }) => {
    const secret = authenticator.generateSecret();
    return { secret, otpauthUrl: authenticator.keyuri(ctx.session.staff.email, 'Heard', secret) };
  }),

  enableTotp: staffProcedure
    .input(z.object({ secret: z.string().min(16).max(64), code: totpCodeSchema }))
    .mutation(async ({ ctx, input }) => {
      if (!authenticator.check(input.code, input.secret)) {
        throw refusal(
          'totp_wrong',
          'That code is not right. Check your authenticator app.',
          'BAD_REQUEST',
        );
      }
      await setTotpSecret(ctx.db, ctx.session.staff.id, input.secret);
      await recordAudit(ctx.db, { staffId: ctx.session.staff.id, action: 'staff.totp_enabled' });
      return { ok: true as const };
    }),

  me: publicProcedure.query(async ({ ctx }) => {
    const session = ctx.session;
    if (!session) return null;
    const served = new Set(session.memberships.map((m) => m.authorityId));
    const authorities = (await listAuthorities(ctx.db))
      .filter((a) => served.has(a.id))
      .map((a) => ({
        id: a.id,
        code: a.code,
        name: a.name,
        roles: session.memberships.filter((m) => m.authorityId === a.id).map((m) => m.role),
      }));
    return {
      staff: { id: session.staff.id, name: session.staff.name, email: session.staff.email },
      authorities,
      csrfToken: session.csrfToken,
    };
  }),
});
