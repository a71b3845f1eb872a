/**
 * What was sent travels to the confirmation page in a sealed cookie, not the URL: a complaint's
 * tracking code must never sit in the history, logs or referrers. The cookie is limited to the
 * journey's own address, lasts 15 minutes and goes as soon as the page is shown.
 */
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { JourneyId } from '../journeys/journey.js';
import type { PortalContext } from './context.js';
import { parseCookies, serializeCookie } from './sealed-cookie.js';

/** The confirmation can be seen for 15 minutes after sending, and only once. */
export const confirmationLifetimeSeconds = 15 * 60;
const cookieName = 'heard_confirmation';

const providerSchema = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
});

const base = { authorityCode: z.string(), idempotencyKey: z.string() };

export const confirmationSchema = z.discriminatedUnion('journey', [
  z.object({
    journey: z.literal('complaint'),
    ...base,
    reference: z.string(),
    trackingCode: z.string(),
    replyByText: z.string().nullable(),
    advocate: z.object({ provider: providerSchema.nullable() }).nullable(),
  }),
  z.object({ journey: z.literal('compliment'), ...base }),
  z.object({ journey: z.literal('comment'), ...base, replyByText: z.string().nullable() }),
]);
export type Confirmation = z.infer<typeof confirmationSchema>;

const purpose = (journey: JourneyId) => `${journey}-confirmation`;

export function createConfirmations(ctx: PortalContext) {
  const cookieOptions = (path: string, maxAgeSeconds: number) => ({
    // The form's own address is included, so a repeated post can find the first one's cookie.
    path,
    maxAgeSeconds,
    secure: ctx.secureCookies,
  });

  return {
    seal(confirmation: Confirmation): string {
      const at = ctx.now();
      return ctx.sealer.seal(
        purpose(confirmation.journey),
        confirmation,
        new Date(at.getTime() + confirmationLifetimeSeconds * 1000),
      );
    },

    /** Sets the cookie for the journey at `journeyPath` and sends the browser to its page. */
    redirect(res: Response, journeyPath: string, sealed: string): void {
      res.setHeader(
        'Set-Cookie',
        serializeCookie(
          cookieName,
          sealed,
          cookieOptions(journeyPath, confirmationLifetimeSeconds),
        ),
      );
      res.redirect(303, `${journeyPath}/confirmation`);
    },

    /** Reads the confirmation and deletes the cookie, whatever it held: it is shown once. */
    take(
      req: Request,
      res: Response,
      journey: JourneyId,
      journeyPath: string,
      authorityCode: string,
    ): Confirmation | undefined {
      res.setHeader('Set-Cookie', serializeCookie(cookieName, '', cookieOptions(journeyPath, 0)));
      const token = parseCookies(req.get('cookie')).get(cookieName);
      if (token === undefined) return undefined;
      const parsed = confirmationSchema.safeParse(
        ctx.sealer.unseal(purpose(journey), token, ctx.now()),
      );
      if (
        !parsed.success ||
        parsed.data.journey !== journey ||
        parsed.data.authorityCode !== authorityCode
      ) {
        return undefined;
      }
      return parsed.data;
    },
  };
}
