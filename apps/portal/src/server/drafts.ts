/**
 * "Save and come back later" (docs/decisions/0010). A journey's answers so far are sealed here, in
 * the portal, with a key only the return code can make (drafts-crypto.ts), and stored by the API
 * for 28 days. The code is shown once, on a page reached by Post/Redirect/Get with the code in a
 * sealed one-time cookie (as the confirmations are), so Back and refresh cannot show it again.
 * "Come back to something you saved" opens the journey again, or deletes what was saved.
 *
 * Lookups are limited per address and per code, as the tracking lookups are per reference; a
 * wrong, expired or deleted code gets the same kind words.
 */
import { createHash } from 'node:crypto';
import type express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import {
  DRAFT_JOURNEYS,
  draftMessages,
  emailDraftCodeSchema,
  normaliseReturnCode,
  returnCodeSchema,
} from '@heard/domain';
import type { DraftJourney } from '@heard/domain';
import type { JourneyId } from '../journeys/journey.js';
import { describeApiError } from './api.js';
import type { Authority } from './api.js';
import { authorityView, withAuthority } from './context.js';
import type { PortalContext } from './context.js';
import type { ApiTarget } from './api.js';
import { createDraftsApi } from './drafts-api.js';
import type { DraftsApi } from './drafts-api.js';
import { createDraftCrypto, newReturnCode } from './drafts-crypto.js';
import type { DraftCrypto } from './drafts-crypto.js';
import { parseCookies, serializeCookie } from './sealed-cookie.js';
import {
  codeEmailedView,
  comeBackView,
  draftDeletedView,
  journeyPath,
  journeySlugs,
  problemView,
  savedGoneView,
  savedView,
} from './views.js';

export interface DraftRateLimits {
  /** Journeys saved, per address. */
  draftSavesPerAddress: number;
  /** Codes tried (to carry on, delete, or mail), per address. */
  draftLookupsPerAddress: number;
  /** Tries of one code, from anywhere. */
  draftLookupsPerCode: number;
  windowMs: number;
}

export const defaultDraftRateLimits: DraftRateLimits = {
  draftSavesPerAddress: 20,
  draftLookupsPerAddress: 40,
  draftLookupsPerCode: 10,
  windowMs: 15 * 60 * 1000,
};

/** What a saved journey holds, sealed: the page saved from and every answer as typed. */
export const draftPayloadSchema = z.object({
  step: z.string().max(40),
  values: z.record(z.string(), z.string()),
});
export type DraftPayload = z.infer<typeof draftPayloadSchema>;

/** The code page can be seen for 15 minutes after saving, and only once. */
const savedLifetimeSeconds = 15 * 60;
const savedCookieName = 'heard_draft_saved';
const savedPurpose = (journey: JourneyId) => `${journey}-draft-saved`;

const savedSchema = z.object({
  journey: z.enum(DRAFT_JOURNEYS),
  authorityCode: z.string(),
  returnCode: z.string(),
  expiresOnText: z.string(),
});

export interface Drafts {
  crypto: DraftCrypto;
  apiFor(req: Request): DraftsApi;
  /** Counts saves per address; other posts pass. */
  saves: RequestHandler;
  /** Counts tries of a code, per address and per code. */
  lookups: RequestHandler;
  /**
   * Seals the answers, stores them, and sends the browser to the page with the code. Throws
   * when the API refuses or cannot be reached; nothing has been saved then.
   */
  save(
    req: Request,
    res: Response,
    authority: Authority,
    journey: DraftJourney,
    payload: DraftPayload,
    replaces: string | undefined,
  ): Promise<void>;
  /** Deletes a saved journey once it has been sent; a failure leaves it to expire. */
  discard(req: Request, authority: Authority, lookupId: string): Promise<void>;
}

/** Opens a saved journey at the page it carries on from, with its answers in the form. */
export type ResumeJourney = (
  res: Response,
  authority: Authority,
  journey: DraftJourney,
  payload: DraftPayload,
  lookupId: string,
) => void;

export function createDrafts(
  ctx: PortalContext,
  options: {
    secret: string;
    api: ApiTarget;
    limits: DraftRateLimits;
    tooMany: (req: Request, res: Response) => void;
  },
): Drafts {
  const crypto = createDraftCrypto(options.secret);
  const common = {
    windowMs: options.limits.windowMs,
    standardHeaders: 'draft-7' as const,
    legacyHeaders: false,
    handler: options.tooMany,
  };
  const addressKey = (req: Request) => ipKeyGenerator(req.ip ?? '');
  /** The code as typed, tidied and turned into its lookup id, then hashed: no code is kept. */
  const codeKey = (req: Request) => {
    const raw = (req.body as Record<string, unknown> | undefined)?.returnCode;
    const code = normaliseReturnCode(typeof raw === 'string' ? raw : '');
    return createHash('sha256')
      .update(`draft:${crypto.lookupId(code)}`)
      .digest('hex');
  };
  const saves = rateLimit({
    ...common,
    limit: options.limits.draftSavesPerAddress,
    keyGenerator: addressKey,
    skip: (req) => (req.body as Record<string, unknown> | undefined)?.nav !== 'save',
  });
  const byAddress = rateLimit({
    ...common,
    limit: options.limits.draftLookupsPerAddress,
    keyGenerator: addressKey,
  });
  const byCode = rateLimit({
    ...common,
    limit: options.limits.draftLookupsPerCode,
    keyGenerator: codeKey,
  });
  const apiFor = (req: Request) => createDraftsApi(options.api, req.ip ?? '');

  return {
    crypto,
    apiFor,
    saves,
    lookups: (req, res, next) => {
      void byAddress(req, res, (error?: unknown) => {
        if (error !== undefined) {
          next(error);
          return;
        }
        void byCode(req, res, next);
      });
    },

    async save(req, res, authority, journey, payload, replaces) {
      const returnCode = newReturnCode();
      const code = normaliseReturnCode(returnCode);
      const lookupId = crypto.lookupId(code);
      const sealed = await crypto.seal(code, { journey, authorityCode: authority.code }, payload);
      const saved = await apiFor(req).saveDraft({
        authorityCode: authority.code,
        journey,
        lookupId,
        ...sealed,
        replacesLookupId: replaces,
      });
      const path = journeyPath(authorityView(authority), journey);
      const token = ctx.sealer.seal(
        savedPurpose(journey),
        { journey, authorityCode: authority.code, returnCode, expiresOnText: saved.expiresOnText },
        new Date(ctx.now().getTime() + savedLifetimeSeconds * 1000),
      );
      res.setHeader(
        'Set-Cookie',
        serializeCookie(savedCookieName, token, {
          path,
          maxAgeSeconds: savedLifetimeSeconds,
          secure: ctx.secureCookies,
        }),
      );
      res.redirect(303, `${path}/saved`);
    },

    async discard(req, authority, lookupId) {
      try {
        await apiFor(req).deleteDraft({ authorityCode: authority.code, lookupId });
      } catch (error) {
        // Already gone (deleted, or sent twice) is fine; anything else expires in 28 days.
        if (describeApiError(error)?.kind !== 'not-found')
          ctx.log.warn({ err: error, event: 'draft.discard_failed' }, 'saved journey not deleted');
      }
    },
  };
}

/** The lookup id a form carries, when it is one. */
export function readDraftField(body: unknown): string | undefined {
  const raw = typeof body === 'object' && body !== null ? (body as { draft?: unknown }).draft : '';
  return typeof raw === 'string' && /^[0-9a-f]{64}$/.test(raw) ? raw : undefined;
}

function bodyText(body: unknown, name: string): string {
  const raw =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : '';
  const first: unknown = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === 'string' ? first : '';
}

export function registerDrafts(
  app: express.Express,
  ctx: PortalContext,
  formBody: RequestHandler,
  posts: RequestHandler,
  drafts: Drafts,
  resume: ResumeJourney,
): void {
  for (const journey of DRAFT_JOURNEYS) {
    const slug = journeySlugs[journey];

    app.get(
      `/:authorityCode/${slug}/saved`,
      withAuthority(ctx.directory, (req, res, authority) => {
        const view = authorityView(authority);
        const path = journeyPath(view, journey);
        // Shown once: the cookie goes whatever it held.
        res.setHeader(
          'Set-Cookie',
          serializeCookie(savedCookieName, '', {
            path,
            maxAgeSeconds: 0,
            secure: ctx.secureCookies,
          }),
        );
        const token = parseCookies(req.get('cookie')).get(savedCookieName);
        const saved = savedSchema.safeParse(
          token === undefined
            ? undefined
            : ctx.sealer.unseal(savedPurpose(journey), token, ctx.now()),
        );
        if (
          !saved.success ||
          saved.data.journey !== journey ||
          saved.data.authorityCode !== authority.code
        ) {
          ctx.send(res, savedGoneView(view));
          return;
        }
        ctx.send(res, savedView(view, journey, saved.data));
      }),
    );

    // "Email me the code": the form holds the code it was shown with, and the address typed.
    app.post(
      `/:authorityCode/${slug}/saved/email`,
      posts,
      formBody,
      drafts.lookups,
      withAuthority(ctx.directory, async (req, res, authority) => {
        const view = authorityView(authority);
        const typedCode = bodyText(req.body, 'returnCode');
        const email = bodyText(req.body, 'email');
        const code = returnCodeSchema.safeParse(typedCode);
        if (!code.success) {
          ctx.send(res, savedGoneView(view), 400);
          return;
        }
        const input = emailDraftCodeSchema.safeParse({
          lookupId: drafts.crypto.lookupId(code.data),
          returnCode: code.data,
          email,
        });
        const showAgain = (emailError: string, status: number) => {
          ctx.send(
            res,
            savedView(view, journey, {
              returnCode: typedCode,
              expiresOnText: bodyText(req.body, 'expiresOnText').slice(0, 40),
              email,
              emailError,
            }),
            status,
          );
        };
        if (!input.success) {
          showAgain(
            input.error.issues.find((i) => i.path[0] === 'email')?.message ??
              draftMessages.emailInvalid,
            400,
          );
          return;
        }
        try {
          const sent = await drafts
            .apiFor(req)
            .emailDraftCode({ ...input.data, authorityCode: authority.code });
          ctx.send(res, codeEmailedView(view, !sent.sent));
        } catch (error) {
          const refusal = describeApiError(error);
          if (refusal?.kind === 'not-found') {
            ctx.send(res, savedGoneView(view), 404);
            return;
          }
          if (refusal?.kind === 'bad-request') {
            showAgain(refusal.fieldErrors.email?.[0] ?? draftMessages.emailInvalid, 400);
            return;
          }
          ctx.log.error({ err: error, event: 'draft.email_failed' }, 'code not mailed');
          ctx.send(res, problemView('unavailable'), 503);
        }
      }),
    );
  }

  app.get(
    '/:authorityCode/come-back',
    withAuthority(ctx.directory, (_req, res, authority) => {
      ctx.send(res, comeBackView(authorityView(authority), { returnCode: '' }));
    }),
  );

  app.post(
    '/:authorityCode/come-back',
    // Counted before the body is read, so a flood of posts costs little.
    posts,
    formBody,
    drafts.lookups,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const view = authorityView(authority);
      const typed = bodyText(req.body, 'returnCode');
      const wantsDelete = bodyText(req.body, 'nav') === 'delete';
      const problem = (error: string, status: number) => {
        ctx.send(res, comeBackView(view, { returnCode: typed, error }), status);
      };
      const code = returnCodeSchema.safeParse(typed);
      if (!code.success) {
        problem(code.error.issues[0]?.message ?? draftMessages.codeInvalid, 400);
        return;
      }
      const lookupId = drafts.crypto.lookupId(code.data);
      const api = drafts.apiFor(req);
      try {
        const stored = await api.resumeDraft({ authorityCode: authority.code, lookupId });
        const opened = draftPayloadSchema.safeParse(
          await drafts.crypto.open(
            code.data,
            { journey: stored.journey, authorityCode: authority.code },
            stored,
          ),
        );
        if (!opened.success) {
          problem(draftMessages.notFound, 404);
          return;
        }
        if (wantsDelete) {
          await api.deleteDraft({ authorityCode: authority.code, lookupId });
          ctx.send(res, draftDeletedView(view));
          return;
        }
        resume(res, authority, stored.journey, opened.data, lookupId);
      } catch (error) {
        const refusal = describeApiError(error);
        if (refusal?.kind === 'not-found') {
          problem(draftMessages.notFound, 404);
          return;
        }
        if (refusal === undefined)
          ctx.log.error({ err: error, event: 'draft.resume_failed' }, 'saved journey not opened');
        problem(
          refusal?.kind === 'too-many-requests'
            ? 'Too many codes have been tried from here just now. Wait a few minutes, then try again.'
            : 'Sorry, we could not open what you saved just now. Wait a few minutes, then try again.',
          refusal === undefined ? 503 : 429,
        );
      }
    }),
  );
}
