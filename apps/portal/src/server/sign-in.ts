/**
 * Signing in by a one-time email link, "Your complaints" and the advocates' area
 * (docs/decisions/0011). The session token lives in an HttpOnly, Secure, SameSite=Strict cookie
 * and is passed to the API, which keeps only its hash and ends the session after a while idle.
 * Every signed-in page is `no-store` (as every portal page is); signing out also asks the browser
 * to clear this site's cache, so Back shows nothing that was on screen.
 */
import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import { advocateReferralSchema, signInLinkRequestSchema } from '@heard/domain';
import { z } from 'zod';
import type { ReferField, ReferFormValues } from '../pages/SignInPages.js';
import { describeApiError } from './api.js';
import type { Authority } from './api.js';
import { authorityView, withAuthority } from './context.js';
import type { PortalContext } from './context.js';
import type { ApiTarget } from './api.js';
import type { Limiters } from './limits.js';
import {
  advocateHomeView,
  checkEmailView,
  followLinkView,
  linkSpentView,
  referSentView,
  referView,
  signedInNextStageSentView,
  signedInNextStageView,
  signedInStatusView,
  signedOutView,
  signInPaths,
  signInView,
  yourComplaintsView,
} from './sign-in-views.js';
import { createSignedInApi } from './signed-in-api.js';
import type { PortalSessionInfo, SignedInApi } from './signed-in-api.js';
import { safeFileName } from './tracking.js';

/** The kinds of file staff can attach that a browser may be handed as they are. */
const letterTypes = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'text/plain',
]);

export const portalSessionCookie = 'heard_portal_session';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

const cookieOptions = {
  httpOnly: true,
  // Browsers keep Secure cookies on http://localhost too, so the portal works on a developer's
  // machine without TLS.
  secure: true,
  sameSite: 'strict' as const,
  path: '/',
};

/** Ends the session here and at the API; used by sign out, the timeout and "Leave this page". */
export async function endPortalSession(
  req: Request,
  res: Response,
  api: Pick<SignedInApi, 'signOut'>,
): Promise<void> {
  const token = readCookie(req, portalSessionCookie);
  res.clearCookie(portalSessionCookie, cookieOptions);
  // Nothing shown while signed in stays in the browser's cache for Back to find.
  res.setHeader('Clear-Site-Data', '"cache"');
  if (token !== undefined && token !== '') {
    try {
      await api.signOut(token);
    } catch {
      // The session ends at the API after its idle time anyway.
    }
  }
}

/**
 * The "Stay signed in" button sends its post with fetch, so a page with typing in it is not
 * reloaded: signed-in pages may connect to this site, and only this site.
 */
function allowSameSiteFetch(res: Response) {
  const csp = res.getHeader('Content-Security-Policy');
  if (typeof csp === 'string') {
    res.setHeader(
      'Content-Security-Policy',
      csp.replace("connect-src 'none'", "connect-src 'self'"),
    );
  }
}

type Session = PortalSessionInfo & { token: string };

export function registerSignIn(
  app: express.Express,
  ctx: PortalContext,
  limiters: Limiters,
  formBody: RequestHandler,
  api: ApiTarget,
): void {
  const apiFor = (req: Request) => createSignedInApi(api, req.ip ?? '');

  /**
   * The live session of the visitor, or undefined after answering: to sign in when there was no
   * session, to "You've been signed out" when it ended, or 403 when it is the other kind.
   */
  async function requireSession(
    req: Request,
    res: Response,
    authority: Authority,
    kind: 'contact' | 'advocate' | 'any',
  ): Promise<Session | undefined> {
    const paths = signInPaths(authorityView(authority));
    const token = readCookie(req, portalSessionCookie);
    if (token === undefined || token === '') {
      res.redirect(303, kind === 'advocate' ? paths.advocates : paths.signIn);
      return undefined;
    }
    const session = await apiFor(req).session(token);
    if (session === null || session.authorityCode !== authority.code) {
      res.clearCookie(portalSessionCookie, cookieOptions);
      res.setHeader('Clear-Site-Data', '"cache"');
      res.redirect(303, `${paths.signedOut}?timeout=1`);
      return undefined;
    }
    if (kind !== 'any' && session.kind !== kind) {
      res.redirect(303, session.kind === 'advocate' ? paths.advocates : paths.complaints);
      return undefined;
    }
    allowSameSiteFetch(res);
    return { ...session, token };
  }

  /** An API refusal of a signed-in call: a session that ended mid-way is sent to sign in again. */
  function failed(res: Response, authority: Authority, error: unknown) {
    const paths = signInPaths(authorityView(authority));
    if (isUnauthorised(error)) {
      res.clearCookie(portalSessionCookie, cookieOptions);
      res.redirect(303, `${paths.signedOut}?timeout=1`);
      return;
    }
    throw error;
  }

  // Asking for a link: the contact from the tracking page, advocates from their area.
  for (const kind of ['contact', 'advocate'] as const) {
    const path =
      kind === 'contact' ? '/:authorityCode/sign-in' : '/:authorityCode/advocates/sign-in';
    if (kind === 'contact') {
      app.get(
        path,
        withAuthority(ctx.directory, (_req, res, authority) => {
          ctx.send(res, signInView(authorityView(authority), { email: '', kind }));
        }),
      );
    }
    app.post(
      path,
      limiters.posts,
      formBody,
      limiters.signInLinks,
      withAuthority(ctx.directory, async (req, res, authority) => {
        const body = req.body as Record<string, unknown>;
        const email = typeof body.email === 'string' ? body.email : '';
        const view = authorityView(authority);
        const parsed = signInLinkRequestSchema.safeParse({ email });
        if (!parsed.success) {
          const error = parsed.error.issues[0]?.message;
          ctx.send(res, signInView(view, { email, kind, error }), 400);
          return;
        }
        try {
          const sent = await apiFor(req).requestSignInLink({
            authorityCode: authority.code,
            email: parsed.data.email,
            kind,
          });
          ctx.send(res, checkEmailView(view, kind, sent.minutes));
        } catch (error) {
          if (describeApiError(error)?.kind === 'too-many-requests') {
            ctx.send(res, checkEmailView(view, kind, 20));
            return;
          }
          throw error;
        }
      }),
    );
  }

  // The link from the email shows a button; pressing it signs in.
  app.get(
    '/:authorityCode/sign-in/link',
    withAuthority(ctx.directory, (req, res, authority) => {
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const view = authorityView(authority);
      if (token.length < 20 || token.length > 100) {
        ctx.send(res, linkSpentView(view), 404);
        return;
      }
      ctx.send(res, followLinkView(view, token));
    }),
  );

  app.post(
    '/:authorityCode/sign-in/link',
    limiters.posts,
    formBody,
    limiters.lookups,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const body = req.body as Record<string, unknown>;
      const token = typeof body.token === 'string' ? body.token : '';
      const view = authorityView(authority);
      const paths = signInPaths(view);
      try {
        const started = await apiFor(req).signIn({ authorityCode: authority.code, token });
        // A session already open in this browser is ended: one person at a time.
        const previous = readCookie(req, portalSessionCookie);
        if (previous !== undefined && previous !== '') {
          await apiFor(req)
            .signOut(previous)
            .catch(() => undefined);
        }
        res.cookie(portalSessionCookie, started.sessionToken, cookieOptions);
        res.redirect(303, started.kind === 'advocate' ? paths.advocates : paths.complaints);
      } catch (error) {
        const refusal = describeApiError(error);
        if (refusal?.kind === 'not-found' || refusal?.kind === 'bad-request') {
          ctx.send(res, linkSpentView(view), 404);
          return;
        }
        throw error;
      }
    }),
  );

  app.post(
    '/:authorityCode/sign-out',
    limiters.posts,
    withAuthority(ctx.directory, async (req, res, authority) => {
      await endPortalSession(req, res, apiFor(req));
      res.redirect(303, signInPaths(authorityView(authority)).signedOut);
    }),
  );

  app.get(
    '/:authorityCode/signed-out',
    withAuthority(ctx.directory, async (req, res, authority) => {
      await endPortalSession(req, res, apiFor(req));
      ctx.send(res, signedOutView(authorityView(authority), req.query.timeout === '1'));
    }),
  );

  // "Stay signed in": with a script, a fetch answered with 204; without one, back to the area.
  app.post(
    '/:authorityCode/session/extend',
    limiters.posts,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const paths = signInPaths(authorityView(authority));
      const token = readCookie(req, portalSessionCookie) ?? '';
      const byScript = req.get('x-heard-fetch') === 'extend';
      try {
        const extended = await apiFor(req).extendSession(token);
        if (byScript) {
          res.status(200).json({ idleSeconds: extended.idleSeconds });
          return;
        }
        res.redirect(303, paths.complaints);
      } catch (error) {
        if (!isUnauthorised(error) && describeApiError(error) === undefined) throw error;
        res.clearCookie(portalSessionCookie, cookieOptions);
        if (byScript) {
          res.status(401).json({ signedOut: true });
          return;
        }
        res.redirect(303, `${paths.signedOut}?timeout=1`);
      }
    }),
  );

  app.get(
    '/:authorityCode/your-complaints',
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'contact');
      if (session === undefined) return;
      try {
        const complaints = await apiFor(req).myComplaints(session.token);
        ctx.send(
          res,
          yourComplaintsView(authorityView(authority), session.idleSeconds, complaints),
        );
      } catch (error) {
        failed(res, authority, error);
      }
    }),
  );

  const listPathFor = (authority: Authority, session: Session) => {
    const paths = signInPaths(authorityView(authority));
    return session.kind === 'advocate' ? paths.advocates : paths.complaints;
  };

  app.get(
    '/:authorityCode/your-complaints/:reference',
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'any');
      if (session === undefined) return;
      const view = authorityView(authority);
      try {
        const complaint = await apiFor(req).myComplaint(
          session.token,
          String(req.params.reference),
        );
        ctx.send(
          res,
          signedInStatusView(view, session, complaint, listPathFor(authority, session)),
        );
      } catch (error) {
        if (describeApiError(error)?.kind === 'not-found') {
          res.redirect(303, listPathFor(authority, session));
          return;
        }
        failed(res, authority, error);
      }
    }),
  );

  app.post(
    '/:authorityCode/your-complaints/letter',
    limiters.posts,
    formBody,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'any');
      if (session === undefined) return;
      const reference = textOf((req.body as Record<string, unknown>).reference);
      try {
        const letter = await apiFor(req).myLetter(session.token, reference);
        const type = letterTypes.has(letter.contentType)
          ? letter.contentType
          : 'application/octet-stream';
        const body = Buffer.from(letter.contentBase64, 'base64');
        res.status(200);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Length', String(body.length));
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${safeFileName(letter.fileName)}"`,
        );
        res.end(body);
      } catch (error) {
        if (describeApiError(error)?.kind === 'not-found') {
          res.redirect(303, listPathFor(authority, session));
          return;
        }
        failed(res, authority, error);
      }
    }),
  );

  app.post(
    '/:authorityCode/your-complaints/next-stage',
    limiters.posts,
    formBody,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'any');
      if (session === undefined) return;
      const body = req.body as Record<string, unknown>;
      const reference = textOf(body.reference);
      const view = authorityView(authority);
      const api = apiFor(req);
      const listPath = listPathFor(authority, session);
      try {
        if (body.confirm === 'yes') {
          const requestId = textOf(body.requestId);
          const asked = await api.myNextStage({
            sessionToken: session.token,
            reference,
            requestId: z.uuid().safeParse(requestId).success ? requestId : randomUUID(),
          });
          ctx.send(res, signedInNextStageSentView(view, session, asked.stageName, listPath));
          return;
        }
        const complaint = await api.myComplaint(session.token, reference);
        const next = complaint.nextStage;
        if (next === null || next.to === 'ombudsman') {
          ctx.send(res, signedInStatusView(view, session, complaint, listPath));
          return;
        }
        ctx.send(
          res,
          signedInNextStageView(view, session, {
            to: next.to,
            late: next.late,
            askByText: next.askByText,
            codes: { reference: complaint.reference, trackingCode: '' },
            requestId: randomUUID(),
          }),
        );
      } catch (error) {
        const refusal = describeApiError(error);
        if (refusal?.kind === 'conflict' || refusal?.kind === 'not-found') {
          res.redirect(303, signInPaths(view).complaint(reference));
          return;
        }
        failed(res, authority, error);
      }
    }),
  );

  // The advocates' area: signed in, the referrals and cases; otherwise the sign-in form.
  async function showAdvocateHome(
    req: Request,
    res: Response,
    authority: Authority,
    session: Session,
    notice?: string,
  ) {
    const api = apiFor(req);
    const [profile, referrals, cases] = await Promise.all([
      api.advocateProfile(session.token),
      api.advocateReferrals(session.token),
      api.advocateCases(session.token),
    ]);
    ctx.send(
      res,
      advocateHomeView(authorityView(authority), session.idleSeconds, {
        name: profile.name,
        providerName: profile.providerName,
        referrals,
        cases,
        notice,
      }),
    );
  }

  app.get(
    '/:authorityCode/advocates',
    withAuthority(ctx.directory, async (req, res, authority) => {
      const token = readCookie(req, portalSessionCookie);
      if (token === undefined || token === '') {
        ctx.send(res, signInView(authorityView(authority), { email: '', kind: 'advocate' }));
        return;
      }
      const session = await requireSession(req, res, authority, 'advocate');
      if (session === undefined) return;
      try {
        await showAdvocateHome(
          req,
          res,
          authority,
          session,
          req.query.supported === '1'
            ? 'You now support this young person. Their case is in your list.'
            : undefined,
        );
      } catch (error) {
        failed(res, authority, error);
      }
    }),
  );

  app.post(
    '/:authorityCode/advocates/referrals/:complaintId/support',
    limiters.posts,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'advocate');
      if (session === undefined) return;
      const paths = signInPaths(authorityView(authority));
      try {
        await apiFor(req).supportReferral(session.token, String(req.params.complaintId));
        res.redirect(303, `${paths.advocates}?supported=1#cases`);
      } catch (error) {
        const refusal = describeApiError(error);
        if (refusal?.kind === 'not-found' || refusal?.kind === 'bad-request') {
          res.redirect(303, paths.advocates);
          return;
        }
        failed(res, authority, error);
      }
    }),
  );

  const emptyRefer: ReferFormValues = {
    onBehalfOf: '',
    consent: false,
    whatHappened: '',
    desiredOutcome: '',
  };

  app.get(
    '/:authorityCode/advocates/refer',
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'advocate');
      if (session === undefined) return;
      try {
        const advocate = await apiFor(req).advocateProfile(session.token);
        ctx.send(
          res,
          referView(authorityView(authority), session.idleSeconds, {
            advocate,
            values: emptyRefer,
            errors: {},
            idempotencyKey: randomUUID(),
          }),
        );
      } catch (error) {
        failed(res, authority, error);
      }
    }),
  );

  app.post(
    '/:authorityCode/advocates/refer',
    limiters.posts,
    formBody,
    limiters.sends,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const session = await requireSession(req, res, authority, 'advocate');
      if (session === undefined) return;
      const body = req.body as Record<string, unknown>;
      const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
      const values: ReferFormValues = {
        onBehalfOf: text('onBehalfOf'),
        consent: body.consentGiven === 'yes',
        whatHappened: text('whatHappened'),
        desiredOutcome: text('desiredOutcome'),
      };
      const idempotencyKey = z.uuid().safeParse(body.idempotencyKey).success
        ? text('idempotencyKey')
        : randomUUID();
      const view = authorityView(authority);
      const api = apiFor(req);
      try {
        const advocate = await api.advocateProfile(session.token);
        const parsed = advocateReferralSchema.safeParse({
          ...values,
          consentGiven: values.consent,
        });
        if (!parsed.success) {
          const errors: Partial<Record<ReferField, string>> = {};
          for (const issue of parsed.error.issues) {
            const field = issue.path[0] as ReferField;
            errors[field] ??= issue.message;
          }
          ctx.send(
            res,
            referView(view, session.idleSeconds, { advocate, values, errors, idempotencyKey }),
            400,
          );
          return;
        }
        try {
          const sent = await api.referCase({
            ...parsed.data,
            sessionToken: session.token,
            idempotencyKey,
          });
          ctx.send(res, referSentView(view, session.idleSeconds, advocate.name, sent));
        } catch (error) {
          const refusal = describeApiError(error);
          if (refusal?.kind === 'conflict') {
            res.redirect(303, `${signInPaths(view).advocates}#cases`);
            return;
          }
          if (isUnauthorised(error)) throw error;
          ctx.send(
            res,
            referView(view, session.idleSeconds, {
              advocate,
              values,
              errors: {},
              idempotencyKey,
              formError:
                'Sorry, we could not send the complaint just now. Nothing you typed has been lost. Wait a few minutes, then try again.',
            }),
            503,
          );
        }
      } catch (error) {
        failed(res, authority, error);
      }
    }),
  );
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function isUnauthorised(error: unknown): boolean {
  const data = (error as { data?: { code?: unknown } } | undefined)?.data;
  return data?.code === 'UNAUTHORIZED';
}
