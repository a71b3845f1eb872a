/**
 * Following a complaint: the reference and tracking code are posted, and the answer comes straight
 * back, with no redirect: carrying the codes to a second page would mean keeping them in the
 * browser, and nothing about the complaint should outlive this one response on a shared device.
 * The letter and the next stage are asked for the same way, with the codes sent again in the form.
 */
import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import { trackingLookupSchema } from '@heard/domain';
import { z } from 'zod';
import {
  emptyTrackForm,
  fieldErrorsFromApi,
  fieldErrorsFromZod,
  readControls,
  readTrackForm,
  trackFields,
} from '../forms.js';
import type { FieldErrors, TrackField, TrackFormValues } from '../forms.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { describeApiError } from './api.js';
import type { Authority } from './api.js';
import { authorityView, withAuthority } from './context.js';
import type { PortalContext } from './context.js';
import type { Limiters } from './limits.js';
import {
  easyReadView,
  nextStageSentView,
  nextStageView,
  trackStatusView,
  trackView,
} from './views.js';

/** The kinds of file staff can attach that a browser may be handed as they are. */
const letterTypes = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'text/plain',
]);

/** A file name safe for a header: letters, digits and a few marks, never a path. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[/\\]/g, '-')
    .replace(/[^\w .()-]/g, '')
    .trim();
  return cleaned === '' ? 'letter' : cleaned.slice(0, 120);
}

export function registerTracking(
  app: express.Express,
  ctx: PortalContext,
  limiters: Limiters,
  formBody: RequestHandler,
): void {
  function sendTrackForm(
    res: Response,
    authority: Authority,
    form: {
      values: TrackFormValues;
      errors: FieldErrors<TrackField>;
      formError?: TrackFormProps['formError'];
    },
    status = 200,
  ) {
    ctx.send(res, trackView({ ...authorityView(authority), code: authority.code }, form), status);
  }

  /** Checks the posted codes; on a problem, answers with the form and returns undefined. */
  function readCodes(req: Request, res: Response, authority: Authority) {
    const values = readTrackForm(req.body);
    const parsed = trackingLookupSchema.safeParse(values);
    if (!parsed.success) {
      sendTrackForm(
        res,
        authority,
        { values, errors: fieldErrorsFromZod(trackFields, parsed.error) },
        400,
      );
      return undefined;
    }
    return { values, codes: parsed.data };
  }

  /** An API refusal or failure, answered with the form and the codes as typed. */
  function refused(
    res: Response,
    authority: Authority,
    values: TrackFormValues,
    error: unknown,
    notFoundText: string,
  ) {
    const refusal = describeApiError(error);
    if (refusal?.kind === 'bad-request') {
      sendTrackForm(
        res,
        authority,
        { values, errors: fieldErrorsFromApi(trackFields, refusal.fieldErrors) },
        400,
      );
      return;
    }
    if (refusal === undefined)
      ctx.log.error({ err: error, event: 'complaint.track_failed' }, 'checking a complaint failed');
    const formError =
      refusal?.kind === 'not-found'
        ? { text: notFoundText, fieldId: 'reference' as const }
        : refusal?.kind === 'too-many-requests'
          ? { text: 'You have tried too many times. Wait a few minutes, then try again.' }
          : {
              text: 'Sorry, we could not check your complaint just now. Wait a few minutes, then try again.',
            };
    const status = refusal?.kind === 'not-found' ? 404 : refusal === undefined ? 503 : 429;
    sendTrackForm(res, authority, { values, errors: {}, formError }, status);
  }

  const notFoundText =
    'We could not find a complaint with that reference and tracking code. Check them and try again.';

  app.get(
    '/:authorityCode/track',
    withAuthority(ctx.directory, (_req, res, authority) => {
      sendTrackForm(res, authority, { values: emptyTrackForm, errors: {} });
    }),
  );

  app.get(
    '/:authorityCode/track/easy-read',
    withAuthority(ctx.directory, (_req, res, authority) => {
      ctx.send(res, easyReadView(authorityView(authority), 'track'));
    }),
  );

  app.post(
    '/:authorityCode/track',
    // Counted before the body is read, so a flood of posts costs little.
    limiters.posts,
    formBody,
    limiters.lookups,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const read = readCodes(req, res, authority);
      if (read === undefined) return;
      try {
        const complaint = await ctx.apiFor(req).track({
          ...read.codes,
          authorityCode: authority.code,
        });
        ctx.send(
          res,
          trackStatusView(authorityView(authority), complaint, {
            reference: complaint.reference,
            trackingCode: read.values.trackingCode,
          }),
        );
      } catch (error) {
        refused(res, authority, read.values, error, notFoundText);
      }
    }),
  );

  // The response letter, handed over by this server: the browser never calls the API.
  app.post(
    '/:authorityCode/track/letter',
    // Counted before the body is read, so a flood of posts costs little.
    limiters.posts,
    formBody,
    limiters.lookups,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const read = readCodes(req, res, authority);
      if (read === undefined) return;
      try {
        const letter = await ctx.apiFor(req).letter({
          ...read.codes,
          authorityCode: authority.code,
        });
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
        refused(
          res,
          authority,
          read.values,
          error,
          'We could not find a letter for that reference and tracking code. Check them and try again.',
        );
      }
    }),
  );

  // "I'm still not happy": first what it means, then (with confirm=yes) the request itself.
  app.post(
    '/:authorityCode/track/next-stage',
    // Counted before the body is read, so a flood of posts costs little.
    limiters.posts,
    formBody,
    limiters.lookups,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const read = readCodes(req, res, authority);
      if (read === undefined) return;
      const body = req.body as Record<string, unknown>;
      const view = authorityView(authority);
      const api = ctx.apiFor(req);
      const lookup = { ...read.codes, authorityCode: authority.code };
      try {
        if (body.confirm === 'yes') {
          const { requestId } = readControls(req.body);
          const asked = await api.requestNextStage({
            ...lookup,
            requestId: z.uuid().safeParse(requestId).success ? requestId : randomUUID(),
          });
          ctx.send(res, nextStageSentView(view, asked.stageName));
          return;
        }
        const complaint = await api.track(lookup);
        const codes = { reference: complaint.reference, trackingCode: read.values.trackingCode };
        const next = complaint.nextStage;
        if (next === null || next.to === 'ombudsman') {
          ctx.send(res, trackStatusView(view, complaint, codes));
          return;
        }
        ctx.send(
          res,
          nextStageView(view, {
            to: next.to,
            late: next.late,
            askByText: next.askByText,
            codes,
            requestId: randomUUID(),
          }),
        );
      } catch (error) {
        if (describeApiError(error)?.kind === 'conflict') {
          // Asked already, or no longer possible: show where the complaint is now.
          try {
            const complaint = await api.track(lookup);
            ctx.send(
              res,
              trackStatusView(view, complaint, {
                reference: complaint.reference,
                trackingCode: read.values.trackingCode,
              }),
            );
            return;
          } catch (again) {
            refused(res, authority, read.values, again, notFoundText);
            return;
          }
        }
        refused(res, authority, read.values, error, notFoundText);
      }
    }),
  );
}
