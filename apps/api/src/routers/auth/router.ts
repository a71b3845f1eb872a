import {
  findStaffByEmail,
  listAuthorities,
  recordAudit,
  findStaffById,
  setTotpSecret,
} from '@heard/db';
import { TRPCError } from '@trpc/server';
import { authenticator } from 'otplib';
import { singleLineText } from '@heard/domain';
import { z } from 'zod';
import { countAttempt, forgetAttempts, useTotpCode } from '../../auth/attempts.js';
import { decoyHash, verifyPassword } from '../../auth/passwords.js';
import { endSession, startSession } from '../../auth/session.js';
import { refusal } from '../../errors.js';
import { publicProcedure, router, staffProcedure } from '../../trpc.js';

export const signInSchema = z.object({
  email: singleLineText().min(1, 'Enter your email address').max(254),
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
const tooManyAttempts =
  'There have been too many tries to sign in. Wait 15 minutes, then try again.';

export const authRouter = router({
  signIn: publicProcedure.input(signInSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const address = ctx.req.ip ?? 'unknown';
    // Counted before the password is looked at: attempts beyond the limit are never evaluated,
    // and an unknown email is counted and refused with the same words as a known one.
    if (!(await countAttempt(ctx.db, { kind: 'sign-in', email: input.email, address, now }))) {
      throw refusal('too_many_attempts', tooManyAttempts, 'TOO_MANY_REQUESTS');
    }
    const staff = await findStaffByEmail(ctx.db, input.email);
    // Unknown and disabled accounts verify against a decoy hash, so they take as long.
    const usable = staff && !staff.disabledAt ? staff : undefined;
    const ok = await verifyPassword(usable?.passwordHash ?? (await decoyHash), input.password);
    if (!usable || !ok) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: wrongCredentials });
    }
    if (usable.totpSecret) {
      if (!input.totpCode) {
        throw refusal(
          'totp_required',
          'Enter the 6-digit code from your authenticator app.',
          'UNAUTHORIZED',
        );
      }
      if (!(await countAttempt(ctx.db, { kind: 'totp', email: input.email, address, now }))) {
        throw refusal('too_many_attempts', tooManyAttempts, 'TOO_MANY_REQUESTS');
      }
      if (!(await useTotpCode(ctx.db, usable.id, usable.totpSecret, input.totpCode, now))) {
        throw refusal(
          'totp_wrong',
          'That code is not right. Check your authenticator app.',
          'UNAUTHORIZED',
        );
      }
    }
    await forgetAttempts(ctx.db, input.email, address, usable.totpSecret ? 2 : 1);
    await recordAudit(ctx.db, { staffId: usable.id, action: 'staff.signed_in' });
    return startSession(ctx.db, ctx.env, ctx.res, usable.id, now);
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
    .input(
      z.object({
        secret: singleLineText().min(16).max(64),
        code: totpCodeSchema,
        /** A code from the authenticator app in use now, needed to replace its secret. */
        currentCode: totpCodeSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const staff = await findStaffById(ctx.db, ctx.session.staff.id);
      if (staff?.totpSecret) {
        const now = ctx.now();
        const address = ctx.req.ip ?? 'unknown';
        if (!(await countAttempt(ctx.db, { kind: 'totp', email: staff.email, address, now }))) {
          throw refusal('too_many_attempts', tooManyAttempts, 'TOO_MANY_REQUESTS');
        }
        if (
          !input.currentCode ||
          !(await useTotpCode(ctx.db, staff.id, staff.totpSecret, input.currentCode, now))
        ) {
          throw refusal(
            'totp_current_required',
            'Enter the 6-digit code from the authenticator app you use now.',
            'FORBIDDEN',
          );
        }
      }
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
