/**
 * The three journeys' routes: the first page, each page's post (which decides the next page from
 * the answers carried in the form), saving to finish later, sending, and the confirmation shown
 * once.
 */
import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { fieldErrorsFromApi, readControls } from '../forms.js';
import type { FieldErrors } from '../forms.js';
import { commentJourney } from '../journeys/comment.js';
import type { CommentField, CommentValues } from '../journeys/comment.js';
import { complaintJourney } from '../journeys/complaint.js';
import type { ComplaintField, ComplaintValues } from '../journeys/complaint.js';
import { complimentJourney } from '../journeys/compliment.js';
import type { ComplimentField, ComplimentValues } from '../journeys/compliment.js';
import {
  askedValues,
  checkStepId,
  emptyValues,
  nextOutcome,
  readNav,
  readValues,
  resumeOutcome,
  stepOrFirst,
} from '../journeys/journey.js';
import type { Journey, JourneyId, Step, Values } from '../journeys/journey.js';
import { describeApiError } from './api.js';
import type { Authority, PortalApi } from './api.js';
import { createConfirmations } from './confirmations.js';
import type { Confirmation } from './confirmations.js';
import { authorityView, waitFor, withAuthority } from './context.js';
import type { PortalContext } from './context.js';
import { readDraftField } from './drafts.js';
import type { DraftPayload, Drafts, ResumeJourney } from './drafts.js';
import type { Limiters } from './limits.js';
import type { PageSpec } from './render.js';
import {
  alreadySentView,
  commentCheckView,
  commentStepView,
  complaintCheckView,
  complaintSentView,
  complaintStepView,
  complimentCheckView,
  complimentStepView,
  easyReadView,
  journeyPath,
  journeySlugs,
  messageSentView,
  sentGoneView,
  thankYouSentView,
} from './views.js';
import type { AuthorityView, CheckForm } from './views.js';

/** A step page's props, less what each view adds itself. */
interface StepForm<F extends string> {
  step: string;
  values: Values<F>;
  errors: FieldErrors<F>;
  idempotencyKey: string;
  returnTo?: 'check' | undefined;
  draft?: string | undefined;
  formError?: string | undefined;
}

/** The result of sending: what the confirmation page shows. */
interface Sent {
  confirmation: Confirmation;
}

interface JourneyRoute<F extends string> {
  id: JourneyId;
  journey: Journey<F>;
  stepView(authority: AuthorityView, form: StepForm<F>): PageSpec;
  checkView(authority: AuthorityView, form: CheckForm<F>): PageSpec;
  sentView(authority: AuthorityView, confirmation: Confirmation): PageSpec;
  /** Sends the answers of the pages asked to the API. */
  send(
    api: PortalApi,
    authority: Authority,
    values: Values<F>,
    idempotencyKey: string,
  ): Promise<Sent>;
  /** What the visitor reads when sending failed, by why. */
  failed: { tooMany: string; unavailable: string };
}

/** What the visitor reads when saving failed; the answers are still in the page. */
const saveFailed =
  'Sorry, we could not save your answers just now. Nothing you typed has been lost. Wait a few minutes, then try again.';

const blankToUndefined = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value;

const complaintRoute: JourneyRoute<ComplaintField> = {
  id: 'complaint',
  journey: complaintJourney,
  stepView: complaintStepView,
  checkView: complaintCheckView,
  sentView: (authority, c) =>
    c.journey === 'complaint'
      ? complaintSentView(authority, c)
      : sentGoneView(authority, c.journey),
  async send(api, authority, values: ComplaintValues, idempotencyKey) {
    const asked = askedValues(complaintJourney, values);
    const helper = values.complainantType === 'advocate';
    const sent = await api.submitComplaint({
      authorityCode: authority.code,
      idempotencyKey,
      complainantType: values.complainantType as 'young_person' | 'parent_carer' | 'advocate',
      whatHappened: values.whatHappened,
      desiredOutcome: asked.desiredOutcome,
      contactName: asked.contactName,
      contactEmail: asked.contactEmail,
      contactPhone: asked.contactPhone,
      onBehalfOf: helper ? blankToUndefined(asked.onBehalfOf) : undefined,
      consentGiven: helper ? asked.consent === 'yes' : undefined,
      advocateWanted: asked.advocate === undefined ? undefined : asked.advocate === 'yes',
    });
    return {
      confirmation: {
        journey: 'complaint',
        authorityCode: authority.code,
        idempotencyKey,
        reference: sent.reference,
        trackingCode: sent.trackingCode,
        replyByText: sent.replyByText,
        advocate: sent.advocacy,
      },
    };
  },
  failed: {
    tooMany:
      'Too many complaints have been sent from here just now. Wait a few minutes, then press Send complaint again.',
    unavailable:
      'Sorry, we could not send your complaint just now. Nothing you typed has been lost. Wait a few minutes, then press Send complaint again.',
  },
};

const complimentRoute: JourneyRoute<ComplimentField> = {
  id: 'compliment',
  journey: complimentJourney,
  stepView: complimentStepView,
  checkView: complimentCheckView,
  sentView: (authority) => thankYouSentView(authority),
  async send(api, authority, values: ComplimentValues, idempotencyKey) {
    await api.submitCompliment({
      authorityCode: authority.code,
      idempotencyKey,
      fromType: values.fromType as 'young_person' | 'parent_carer' | 'professional',
      words: values.words,
      teamHint: values.teamHint,
    });
    return {
      confirmation: { journey: 'compliment', authorityCode: authority.code, idempotencyKey },
    };
  },
  failed: {
    tooMany: 'Too much has been sent from here just now. Wait a few minutes, then try again.',
    unavailable:
      'Sorry, we could not send your thank you just now. Nothing you typed has been lost. Wait a few minutes, then try again.',
  },
};

const commentRoute: JourneyRoute<CommentField> = {
  id: 'comment',
  journey: commentJourney,
  stepView: commentStepView,
  checkView: commentCheckView,
  sentView: (authority, c) =>
    messageSentView(authority, c.journey === 'comment' ? c.replyByText : null),
  async send(api, authority, values: CommentValues, idempotencyKey) {
    const asked = askedValues(commentJourney, values);
    const helper = values.fromType === 'professional';
    const sent = await api.submitComment({
      authorityCode: authority.code,
      idempotencyKey,
      fromType: values.fromType as 'young_person' | 'parent_carer' | 'professional',
      summary: values.words,
      contactName: asked.contactName,
      contactEmail: asked.contactEmail,
      contactPhone: asked.contactPhone,
      consentGiven: helper ? asked.consent === 'yes' : undefined,
    });
    return {
      confirmation: {
        journey: 'comment',
        authorityCode: authority.code,
        idempotencyKey,
        replyByText: sent.replyByText,
      },
    };
  },
  failed: {
    tooMany: 'Too much has been sent from here just now. Wait a few minutes, then try again.',
    unavailable:
      'Sorry, we could not send your message just now. Nothing you typed has been lost. Wait a few minutes, then try again.',
  },
};

/** The API's names for fields, where they differ from the form's. */
const apiFieldNames: Record<string, string> = {
  consentGiven: 'consent',
  summary: 'words',
  advocateWanted: 'advocate',
};

function registerJourney<F extends string>(
  app: express.Express,
  ctx: PortalContext,
  limiters: Limiters,
  formBody: RequestHandler,
  drafts: Drafts,
  route: JourneyRoute<F>,
): (res: Response, authority: Authority, payload: DraftPayload, draft: string) => void {
  const confirmations = createConfirmations(ctx);
  const slug = journeySlugs[route.id];
  const { journey } = route;

  function showStep(res: Response, authority: Authority, form: StepForm<F>) {
    const status = Object.keys(form.errors).length > 0 ? 400 : 200;
    ctx.send(res, route.stepView(authorityView(authority), form), status);
  }

  app.get(
    `/:authorityCode/${slug}`,
    withAuthority(ctx.directory, (_req, res, authority) => {
      showStep(res, authority, {
        step: journey.steps[0]?.id ?? '',
        values: emptyValues(journey),
        errors: {},
        idempotencyKey: randomUUID(),
      });
    }),
  );

  app.post(
    `/:authorityCode/${slug}`,
    // Counted before the body is read, so a flood of posts costs little.
    limiters.posts,
    formBody,
    limiters.sends,
    drafts.saves,
    withAuthority(ctx.directory, async (req, res, authority) => {
      const values = readValues(journey, req.body);
      const controls = readControls(req.body);
      const idempotencyKey = z.uuid().safeParse(controls.idempotencyKey).success
        ? controls.idempotencyKey
        : randomUUID();
      const returnTo = controls.returnTo === checkStepId ? checkStepId : undefined;
      const draft = readDraftField(req.body);
      if (controls.nav === 'save') {
        await save(req, res, authority, values, controls.step, { idempotencyKey, returnTo, draft });
        return;
      }
      const outcome = nextOutcome(journey, values, controls.step, readNav(controls.nav), returnTo);
      const view = authorityView(authority);
      switch (outcome.show) {
        case 'start':
          res.redirect(303, view.path);
          return;
        case 'step':
          showStep(res, authority, {
            step: outcome.step.id,
            values,
            errors: outcome.errors,
            idempotencyKey,
            returnTo: outcome.returnTo,
            draft,
          });
          return;
        case 'check':
          ctx.send(res, route.checkView(view, { values, idempotencyKey, draft }));
          return;
        case 'send':
          await send(req, res, authority, values, idempotencyKey, draft);
          return;
      }
    }),
  );

  /**
   * Saves the answers as typed, finished or not, with the page they were on, and shows the code.
   * If saving fails, the same page comes back with everything typed still in it.
   */
  async function save(
    req: Request,
    res: Response,
    authority: Authority,
    values: Values<F>,
    step: string,
    form: { idempotencyKey: string; returnTo: 'check' | undefined; draft: string | undefined },
  ) {
    const onCheck = step === checkStepId;
    try {
      await drafts.save(
        req,
        res,
        authority,
        route.id,
        { step: onCheck ? checkStepId : stepOrFirst(journey, step).id, values },
        form.draft,
      );
    } catch (error) {
      const refusal = describeApiError(error);
      if (refusal === undefined)
        ctx.log.error({ err: error, event: `${route.id}.save_failed` }, 'saving failed');
      const status = refusal === undefined ? 503 : 429;
      if (onCheck) {
        ctx.send(
          res,
          route.checkView(authorityView(authority), { values, ...form, formError: saveFailed }),
          status,
        );
        return;
      }
      ctx.send(
        res,
        route.stepView(authorityView(authority), {
          step: stepOrFirst(journey, step).id,
          values,
          errors: {},
          ...form,
          formError: saveFailed,
        }),
        status,
      );
    }
  }

  async function send(
    req: Request,
    res: Response,
    authority: Authority,
    values: Values<F>,
    idempotencyKey: string,
    draft: string | undefined,
  ) {
    const view = authorityView(authority);
    const path = journeyPath(view, route.id);
    try {
      const sent = await route.send(ctx.apiFor(req), authority, values, idempotencyKey);
      // Sent, so what was saved to finish later is no longer needed.
      if (draft !== undefined) await drafts.discard(req, authority, draft);
      const sealed = confirmations.seal(sent.confirmation);
      ctx.recent.remember(`${route.id}:${idempotencyKey}`, authority.code, sealed, ctx.now());
      confirmations.redirect(res, path, sealed);
    } catch (error) {
      const refusal = describeApiError(error);
      if (refusal?.kind === 'bad-request') {
        // The pages' own checks passed, so this is rare: show the first page with a problem.
        const renamed: Record<string, string[]> = {};
        for (const [field, messages] of Object.entries(refusal.fieldErrors))
          renamed[apiFieldNames[field] ?? field] = messages;
        const errors = fieldErrorsFromApi(journey.fields, renamed);
        const step: Step<F> | undefined = journey.steps.find((s) =>
          s.fields.some((f) => errors[f] !== undefined),
        );
        if (step !== undefined) {
          showStep(res, authority, { step: step.id, values, errors, idempotencyKey, draft });
          return;
        }
      }
      if (refusal?.kind === 'conflict') {
        // This form was sent before. Show the first sending's confirmation if this browser has
        // not seen it yet; the first request may still be finishing, so wait a moment for it.
        const sealed = await waitFor(
          () => ctx.recent.take(`${route.id}:${idempotencyKey}`, authority.code, ctx.now()),
          3000,
        );
        if (sealed !== undefined) {
          confirmations.redirect(res, path, sealed);
          return;
        }
        ctx.send(res, alreadySentView(view));
        return;
      }
      if (refusal === undefined)
        ctx.log.error({ err: error, event: `${route.id}.submit_failed` }, 'sending failed');
      ctx.send(
        res,
        route.checkView(view, {
          values,
          idempotencyKey,
          draft,
          formError:
            refusal?.kind === 'too-many-requests' ? route.failed.tooMany : route.failed.unavailable,
        }),
        refusal === undefined ? 503 : 429,
      );
    }
  }

  app.get(
    `/:authorityCode/${slug}/confirmation`,
    withAuthority(ctx.directory, (req, res, authority) => {
      const view = authorityView(authority);
      const confirmation = confirmations.take(
        req,
        res,
        route.id,
        journeyPath(view, route.id),
        authority.code,
      );
      if (confirmation === undefined) {
        ctx.send(res, sentGoneView(view, route.id));
        return;
      }
      ctx.recent.forget(`${route.id}:${confirmation.idempotencyKey}`);
      ctx.send(res, route.sentView(view, confirmation));
    }),
  );

  /** Opens a saved journey where it carries on, with a new repeat key. */
  return (res, authority, payload, draft) => {
    const values = readValues(journey, payload.values);
    const outcome = resumeOutcome(journey, values, payload.step);
    const idempotencyKey = randomUUID();
    if (outcome.show === 'check') {
      ctx.send(res, route.checkView(authorityView(authority), { values, idempotencyKey, draft }));
      return;
    }
    showStep(res, authority, {
      step: outcome.step.id,
      values,
      errors: {},
      idempotencyKey,
      draft,
    });
  };
}

/** Registers the journeys; returns how to open a saved one again. */
export function registerJourneys(
  app: express.Express,
  ctx: PortalContext,
  limiters: Limiters,
  formBody: RequestHandler,
  drafts: Drafts,
): ResumeJourney {
  const resume = {
    complaint: registerJourney(app, ctx, limiters, formBody, drafts, complaintRoute),
    compliment: registerJourney(app, ctx, limiters, formBody, drafts, complimentRoute),
    comment: registerJourney(app, ctx, limiters, formBody, drafts, commentRoute),
  };

  app.get(
    '/:authorityCode/easy-read',
    withAuthority(ctx.directory, (_req, res, authority) => {
      ctx.send(res, easyReadView(authorityView(authority), 'start'));
    }),
  );
  app.get(
    `/:authorityCode/${journeySlugs.complaint}/easy-read`,
    withAuthority(ctx.directory, (_req, res, authority) => {
      ctx.send(res, easyReadView(authorityView(authority), 'complain'));
    }),
  );

  return (res, authority, journey, payload, draft) => {
    resume[journey](res, authority, payload, draft);
  };
}
