/** Every page of the portal in the states that matter, as the server would render them. */
import { draftMessages, submissionMessages, trackingLookupMessages } from '@heard/domain';
import { emptyTrackForm } from '../src/forms.js';
import { commentJourney } from '../src/journeys/comment.js';
import type { CommentValues } from '../src/journeys/comment.js';
import { complaintJourney } from '../src/journeys/complaint.js';
import type { ComplaintValues } from '../src/journeys/complaint.js';
import { complimentJourney } from '../src/journeys/compliment.js';
import type { ComplimentValues } from '../src/journeys/compliment.js';
import { emptyValues } from '../src/journeys/journey.js';
import { journeyMessages } from '../src/journeys/shared.js';
import type { PageSpec } from '../src/server/render.js';
import { signInPages } from './sign-in-fixtures.js';
import {
  accessibilityView,
  alreadySentView,
  codeEmailedView,
  comeBackView,
  draftDeletedView,
  savedGoneView,
  savedView,
  commentCheckView,
  commentStepView,
  complaintCheckView,
  complaintSentView,
  complaintStepView,
  complimentCheckView,
  complimentStepView,
  easyReadView,
  homeView,
  leaveView,
  messageSentView,
  nextStageSentView,
  nextStageView,
  notFoundView,
  privacyView,
  problemView,
  sentGoneView,
  startView,
  thankYouSentView,
  trackStatusView,
  trackView,
} from '../src/server/views.js';

export const authority = { name: 'Westshire Council', path: '/wsc' };
export const idempotencyKey = '4b7e2f3a-8a0e-4f55-9a57-7a1e3f2b9c10';
const codes = { reference: 'WSC-26-00042', trackingCode: 'K7QM-3XPD-99TW-B2LC' };

export const complaintAnswers: ComplaintValues = {
  ...emptyValues(complaintJourney),
  complainantType: 'young_person',
  whatHappened: 'Nobody told me my social worker left.\nI found out from my foster carer.',
  desiredOutcome: 'I want to meet my new social worker.',
  advocate: 'yes',
  contactEmail: 'sam@example.com',
};
const helperAnswers: ComplaintValues = {
  ...complaintAnswers,
  complainantType: 'advocate',
  onBehalfOf: 'Sam',
  consent: 'yes',
  advocate: 'no',
};
const thankYouAnswers: ComplimentValues = {
  ...emptyValues(complimentJourney),
  fromType: 'young_person',
  words: 'My social worker always listens to me.',
  teamHint: 'Aisha',
};
const messageAnswers: CommentValues = {
  ...emptyValues(commentJourney),
  fromType: 'parent_carer',
  words: 'The youth club should open on Saturdays.',
};

const complaintStep = (step: string, values = complaintAnswers, errors = {}) =>
  complaintStepView(authority, { step, values, errors, idempotencyKey });

const stage1 = {
  reference: 'WSC-26-00042',
  receivedOn: '2026-11-20',
  stage: 1,
  stageName: 'Stage 1: we look at what is wrong',
  status: 'We got it',
  lines: [
    'We got your complaint.',
    'A manager is looking at it.',
    'We will reply by Friday 4 December.',
  ],
  nextStep: 'We will reply by Friday 4 December.',
  nextDateText: 'Friday 4 December 2026',
  nextStage: null,
  letter: null,
};
const replied = {
  ...stage1,
  status: 'We replied',
  lines: [
    'We sent you our reply.',
    'Still not happy? You can ask for someone new to look at it.',
    'Please tell us by Monday 4 January.',
  ],
  nextStep: 'Still not happy? You can ask for someone new to look at it.',
  nextDateText: null,
  nextStage: {
    to: 2 as const,
    late: false,
    askByText: 'Monday 4 January 2027',
    becauseWeAreLate: false,
  },
  letter: { fileName: 'Our reply.pdf', sizeBytes: 48_213, sentOn: '2026-12-03' },
};

/** Who reads a page: a young person's pages are held to the easiest reading level. */
export type Reader = 'young person' | 'anyone';

/** A lookup id, as a form carries it once a saved journey is opened again. */
export const draftLookupId = 'a'.repeat(64);
const returnCode = '7KQM-4X2P-9HDT';

/** Saving to finish later, and coming back (docs/decisions/0010). */
const draftPages: [string, PageSpec, Reader][] = [
  [
    'saved: the code',
    savedView(authority, 'complaint', { returnCode, expiresOnText: 'Monday 21 December 2026' }),
    'young person',
  ],
  [
    'saved: the code, bad email',
    savedView(authority, 'complaint', {
      returnCode,
      expiresOnText: 'Monday 21 December 2026',
      email: 'sam@',
      emailError: draftMessages.emailInvalid,
    }),
    'young person',
  ],
  ['saved: gone', savedGoneView(authority), 'young person'],
  ['saved: code emailed', codeEmailedView(authority, false), 'young person'],
  ['saved: code emailed before', codeEmailedView(authority, true), 'young person'],
  ['come back', comeBackView(authority, { returnCode: '' }), 'young person'],
  [
    'come back, code not right',
    comeBackView(authority, { returnCode: '7KQM', error: draftMessages.codeInvalid }),
    'young person',
  ],
  [
    'come back, nothing saved',
    comeBackView(authority, { returnCode, error: draftMessages.notFound }),
    'young person',
  ],
  ['come back, deleted', draftDeletedView(authority), 'young person'],
  [
    'complaint: carried on from a save',
    complaintStepView(authority, {
      step: 'outcome',
      values: complaintAnswers,
      errors: {},
      idempotencyKey,
      draft: draftLookupId,
    }),
    'young person',
  ],
  [
    'complaint: saving failed',
    complaintStepView(authority, {
      step: 'what-happened',
      values: complaintAnswers,
      errors: {},
      idempotencyKey,
      formError:
        'Sorry, we could not save your answers just now. Nothing you typed has been lost. Wait a few minutes, then try again.',
    }),
    'young person',
  ],
  [
    'complaint: check, carried on from a save',
    complaintCheckView(authority, {
      values: complaintAnswers,
      idempotencyKey,
      draft: draftLookupId,
    }),
    'young person',
  ],
];

export const servicePages: [string, PageSpec, Reader][] = [
  ['home', homeView([authority, { name: 'Eastshire Council', path: '/esc' }]), 'young person'],
  ['start', startView(authority), 'young person'],
  ['easy read start', easyReadView(authority, 'start'), 'young person'],
  ['easy read complain', easyReadView(authority, 'complain'), 'young person'],
  ['easy read track', easyReadView(authority, 'track'), 'young person'],
  ['complaint: who', complaintStep('who', emptyValues(complaintJourney)), 'young person'],
  [
    'complaint: who, not answered',
    complaintStep('who', emptyValues(complaintJourney), {
      complainantType: submissionMessages.complainantType,
    }),
    'young person',
  ],
  ['complaint: young person', complaintStep('young-person', helperAnswers), 'anyone'],
  [
    'complaint: young person, not agreed',
    complaintStep(
      'young-person',
      { ...helperAnswers, onBehalfOf: '', consent: '' },
      { onBehalfOf: journeyMessages.onBehalfOf, consent: journeyMessages.consent },
    ),
    'anyone',
  ],
  ['complaint: what happened', complaintStep('what-happened'), 'young person'],
  [
    'complaint: what happened, empty',
    complaintStep(
      'what-happened',
      { ...complaintAnswers, whatHappened: '' },
      { whatHappened: submissionMessages.whatHappenedMissing },
    ),
    'young person',
  ],
  ['complaint: outcome', complaintStep('outcome'), 'young person'],
  ['complaint: advocate', complaintStep('advocate'), 'young person'],
  [
    'complaint: advocate, not answered',
    complaintStep(
      'advocate',
      { ...complaintAnswers, advocate: '' },
      {
        advocate: journeyMessages.advocate,
      },
    ),
    'young person',
  ],
  [
    'complaint: advocate for a parent',
    complaintStep('advocate', { ...complaintAnswers, complainantType: 'parent_carer' }),
    'anyone',
  ],
  ['complaint: contact', complaintStep('contact'), 'young person'],
  [
    'complaint: contact, bad email',
    complaintStep(
      'contact',
      { ...complaintAnswers, contactEmail: 'sam@' },
      { contactEmail: submissionMessages.emailInvalid },
    ),
    'young person',
  ],
  [
    'complaint: changing an answer',
    complaintStepView(authority, {
      step: 'what-happened',
      values: complaintAnswers,
      errors: {},
      idempotencyKey,
      returnTo: 'check',
    }),
    'young person',
  ],
  [
    'complaint: check',
    complaintCheckView(authority, { values: complaintAnswers, idempotencyKey }),
    'young person',
  ],
  [
    'complaint: check, helper',
    complaintCheckView(authority, { values: helperAnswers, idempotencyKey }),
    'anyone',
  ],
  [
    'complaint: check, not sent',
    complaintCheckView(authority, {
      values: complaintAnswers,
      idempotencyKey,
      formError:
        'Sorry, we could not send your complaint just now. Nothing you typed has been lost.',
    }),
    'young person',
  ],
  [
    'complaint: sent, with an advocate',
    complaintSentView(authority, {
      ...codes,
      replyByText: 'Friday 4 December 2026',
      advocate: {
        provider: {
          name: 'Westshire Advocacy',
          phone: '0800 123 4567',
          email: 'help@advocacy.example',
          website: 'https://advocacy.example',
        },
      },
    }),
    'young person',
  ],
  [
    'complaint: sent, no advocate',
    complaintSentView(authority, {
      ...codes,
      replyByText: 'Friday 4 December 2026',
      advocate: null,
    }),
    'young person',
  ],
  [
    'complaint: sent, advocate to be found',
    complaintSentView(authority, { ...codes, replyByText: null, advocate: { provider: null } }),
    'young person',
  ],
  ['complaint: sent gone', sentGoneView(authority, 'complaint'), 'young person'],
  ['complaint: already sent', alreadySentView(authority), 'young person'],
  [
    'thank you: who',
    complimentStepView(authority, {
      step: 'who',
      values: emptyValues(complimentJourney),
      errors: {},
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'thank you: young person',
    complimentStepView(authority, {
      step: 'young-person',
      values: { ...thankYouAnswers, fromType: 'professional' },
      errors: {},
      idempotencyKey,
    }),
    'anyone',
  ],
  [
    'thank you: words',
    complimentStepView(authority, {
      step: 'words',
      values: thankYouAnswers,
      errors: {},
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'thank you: words, empty',
    complimentStepView(authority, {
      step: 'words',
      values: { ...thankYouAnswers, words: '' },
      errors: { words: 'Tell us what you want to say thank you for' },
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'thank you: who for',
    complimentStepView(authority, {
      step: 'who-for',
      values: thankYouAnswers,
      errors: {},
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'thank you: check',
    complimentCheckView(authority, { values: thankYouAnswers, idempotencyKey }),
    'young person',
  ],
  ['thank you: sent', thankYouSentView(authority), 'young person'],
  ['thank you: sent gone', sentGoneView(authority, 'compliment'), 'young person'],
  [
    'message: who',
    commentStepView(authority, {
      step: 'who',
      values: emptyValues(commentJourney),
      errors: {},
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'message: young person',
    commentStepView(authority, {
      step: 'young-person',
      values: { ...messageAnswers, fromType: 'professional' },
      errors: {},
      idempotencyKey,
    }),
    'anyone',
  ],
  [
    'message: words',
    commentStepView(authority, {
      step: 'words',
      values: messageAnswers,
      errors: {},
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'message: contact',
    commentStepView(authority, {
      step: 'contact',
      values: messageAnswers,
      errors: {},
      idempotencyKey,
    }),
    'young person',
  ],
  [
    'message: check',
    commentCheckView(authority, { values: messageAnswers, idempotencyKey }),
    'young person',
  ],
  [
    'message: sent, with a reply date',
    messageSentView(authority, 'Friday 4 December 2026'),
    'young person',
  ],
  ['message: sent, no way to reply', messageSentView(authority, null), 'young person'],
  [
    'track',
    trackView({ ...authority, code: 'WSC' }, { values: emptyTrackForm, errors: {} }),
    'young person',
  ],
  [
    'track with errors',
    trackView(
      { ...authority, code: 'WSC' },
      {
        values: emptyTrackForm,
        errors: {
          reference: trackingLookupMessages.reference,
          trackingCode: trackingLookupMessages.trackingCode,
        },
      },
    ),
    'young person',
  ],
  [
    'track not found',
    trackView(
      { ...authority, code: 'WSC' },
      {
        values: { reference: 'WSC-26-00042', trackingCode: 'WRONG' },
        errors: {},
        formError: {
          text: 'We could not find a complaint with that reference and tracking code.',
          fieldId: 'reference',
        },
      },
    ),
    'young person',
  ],
  ['track status', trackStatusView(authority, stage1, codes), 'young person'],
  [
    'track status, replied with a letter',
    trackStatusView(authority, replied, codes),
    'young person',
  ],
  [
    'track status, Ombudsman next',
    trackStatusView(
      authority,
      {
        ...replied,
        stage: 3,
        stageName: 'Stage 3: a panel listens',
        lines: [
          'We sent you our last reply.',
          'Still not happy? You can ask the Ombudsman to look at it.',
        ],
        nextStage: { to: 'ombudsman', late: false, askByText: null, becauseWeAreLate: false },
      },
      codes,
    ),
    'young person',
  ],
  [
    'next stage',
    nextStageView(authority, {
      to: 2,
      late: false,
      askByText: 'Monday 4 January 2027',
      codes,
      requestId: idempotencyKey,
    }),
    'young person',
  ],
  [
    'next stage, late',
    nextStageView(authority, {
      to: 2,
      late: true,
      askByText: 'Monday 4 January 2027',
      codes,
      requestId: idempotencyKey,
    }),
    'young person',
  ],
  [
    'next stage, panel',
    nextStageView(authority, {
      to: 3,
      late: false,
      askByText: null,
      codes,
      requestId: idempotencyKey,
    }),
    'young person',
  ],
  [
    'next stage asked',
    nextStageSentView(authority, 'Stage 2: someone new looks at it'),
    'young person',
  ],
  ['accessibility', accessibilityView(), 'anyone'],
  ['privacy', privacyView(), 'anyone'],
  ['not found', notFoundView(authority), 'young person'],
  ['problem', problemView('unavailable'), 'young person'],
  ['too many', problemView('too-many'), 'young person'],
  ...draftPages,
  ...signInPages,
];

export const neutralPages: [string, PageSpec][] = [['leave', leaveView()]];
