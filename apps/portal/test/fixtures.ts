/** Every page of the portal in the states that matter, as the server would render them. */
import { submissionMessages, trackingLookupMessages } from '@heard/domain';
import { emptyComplaintForm, emptyTrackForm } from '../src/forms.js';
import type { PageSpec } from '../src/server/render.js';
import {
  accessibilityView,
  alreadySentView,
  complainView,
  confirmationGoneView,
  confirmationView,
  homeView,
  leaveView,
  notFoundView,
  privacyView,
  problemView,
  startView,
  trackStatusView,
  trackView,
} from '../src/server/views.js';

export const authority = { name: 'Westshire Council', path: '/wsc' };
export const idempotencyKey = '4b7e2f3a-8a0e-4f55-9a57-7a1e3f2b9c10';

export const servicePages: [string, PageSpec][] = [
  ['home', homeView([authority, { name: 'Eastshire Council', path: '/esc' }])],
  ['start', startView(authority)],
  ['complain', complainView(authority, { values: emptyComplaintForm, errors: {}, idempotencyKey })],
  [
    'complain with errors',
    complainView(authority, {
      values: { ...emptyComplaintForm, contactEmail: 'sam@' },
      errors: {
        complainantType: submissionMessages.complainantType,
        whatHappened: submissionMessages.whatHappenedMissing,
        contactEmail: submissionMessages.emailInvalid,
      },
      idempotencyKey,
    }),
  ],
  [
    'complain not sent',
    complainView(authority, {
      values: { ...emptyComplaintForm, complainantType: 'advocate', whatHappened: 'Typed words' },
      errors: {},
      formError: 'Sorry, we could not send your complaint just now.',
      idempotencyKey,
    }),
  ],
  [
    'confirmation',
    confirmationView(authority, {
      reference: 'WSC-26-00042',
      trackingCode: 'K7QM-3XPD-99TW-B2LC',
      replyByText: 'Friday 4 December',
    }),
  ],
  ['confirmation gone', confirmationGoneView(authority)],
  ['already sent', alreadySentView(authority)],
  ['track', trackView({ ...authority, code: 'WSC' }, { values: emptyTrackForm, errors: {} })],
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
  ],
  [
    'track status',
    trackStatusView(authority, {
      reference: 'WSC-26-00042',
      receivedOn: '2026-11-20',
      stage: 1,
      stageName: 'Stage 1: we look at what is wrong',
      status: 'We are looking at your complaint',
      lines: ['We got your complaint.', 'We will reply by Friday 4 December.'],
      nextStep: 'We will reply by Friday 4 December.',
      nextDateText: 'Friday 4 December',
    }),
  ],
  ['accessibility', accessibilityView()],
  ['privacy', privacyView()],
  ['not found', notFoundView(authority)],
  ['problem', problemView('unavailable')],
];

export const neutralPages: [string, PageSpec][] = [['leave', leaveView()]];
