/** The pages of signing in, "Your complaints" and the advocates' area, in each of their states. */
import type { PageSpec } from '../src/server/render.js';
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
  signInView,
  yourComplaintsView,
} from '../src/server/sign-in-views.js';

type Reader = 'young person' | 'anyone';

const authority = { name: 'Westshire Council', path: '/wsc' };
const requestId = '4b7e2f3a-8a0e-4f55-9a57-7a1e3f2b9c10';
const advocate = {
  name: 'Sam Advocate',
  email: 'advocate@heard.example',
  providerName: 'Westshire Young People’s Advocacy',
};
const complaint = {
  reference: 'WSC-26-00042',
  receivedOn: '2026-11-02',
  stage: 1,
  stageName: 'Stage 1: we look at what is wrong',
  status: 'We are looking into it',
  lines: ['We are finding out what happened.'],
  nextStep: 'We will write to you by 16 November 2026.',
  nextDateText: '16 November 2026',
  nextStage: null,
  letter: null,
};

export const signInPages: [string, PageSpec, Reader][] = [
  [
    'sign in: ask for a link',
    signInView(authority, { email: '', kind: 'contact' }),
    'young person',
  ],
  [
    'sign in: email missing',
    signInView(authority, { email: '', kind: 'contact', error: 'Enter your email address' }),
    'young person',
  ],
  ['sign in: check your email', checkEmailView(authority, 'contact', 20), 'young person'],
  ['sign in: follow the link', followLinkView(authority, 'a'.repeat(43)), 'young person'],
  ['sign in: link used', linkSpentView(authority), 'young person'],
  ['signed out', signedOutView(authority, false), 'young person'],
  ['signed out after a while', signedOutView(authority, true), 'young person'],
  [
    'your complaints',
    yourComplaintsView(authority, 1200, [
      {
        reference: 'WSC-26-00042',
        receivedOnText: '2 November 2026',
        stageName: 'Stage 1: we look at what is wrong',
        status: 'We are looking into it',
      },
    ]),
    'young person',
  ],
  ['your complaints, none', yourComplaintsView(authority, 1200, []), 'young person'],
  [
    'your complaint, signed in',
    signedInStatusView(
      authority,
      { name: null, idleSeconds: 1200 },
      complaint,
      '/wsc/your-complaints',
    ),
    'young person',
  ],
  [
    'your complaint, next stage',
    signedInNextStageView(
      authority,
      { name: null, idleSeconds: 1200 },
      {
        to: 2,
        late: false,
        askByText: null,
        codes: { reference: 'WSC-26-00042', trackingCode: '' },
        requestId,
      },
    ),
    'young person',
  ],
  [
    'your complaint, next stage asked',
    signedInNextStageSentView(
      authority,
      { name: null, idleSeconds: 1200 },
      'Stage 2: someone new looks at it',
      '/wsc/your-complaints',
    ),
    'young person',
  ],
  ['advocates: sign in', signInView(authority, { email: '', kind: 'advocate' }), 'anyone'],
  [
    'advocates: home',
    advocateHomeView(authority, 1200, {
      name: advocate.name,
      providerName: advocate.providerName,
      notice: 'You now support this young person. Their case is in your list.',
      referrals: [
        {
          complaintId: requestId,
          reference: 'WSC-26-00043',
          youngPerson: 'Alex J.',
          referredOnText: '3 November 2026',
          status: 'waiting',
        },
        {
          complaintId: requestId,
          reference: 'WSC-26-00044',
          youngPerson: null,
          referredOnText: '4 November 2026',
          status: 'supported_by_you',
        },
      ],
      cases: [
        {
          reference: 'WSC-26-00044',
          youngPerson: 'Robin L.',
          receivedOnText: '4 November 2026',
          how: 'referral',
        },
      ],
    }),
    'anyone',
  ],
  [
    'advocates: home, empty',
    advocateHomeView(authority, 1200, {
      name: advocate.name,
      providerName: advocate.providerName,
      referrals: [],
      cases: [],
    }),
    'anyone',
  ],
  [
    'advocates: refer a case',
    referView(authority, 1200, {
      advocate,
      values: { onBehalfOf: '', consent: false, whatHappened: '', desiredOutcome: '' },
      errors: {},
      idempotencyKey: requestId,
    }),
    'anyone',
  ],
  [
    'advocates: refer a case, problems',
    referView(authority, 1200, {
      advocate,
      values: { onBehalfOf: '', consent: false, whatHappened: '', desiredOutcome: '' },
      errors: {
        onBehalfOf: 'Enter the young person’s first name',
        consentGiven: 'Tick the box to say the young person agreed',
        whatHappened: 'Tell us what happened',
      },
      idempotencyKey: requestId,
    }),
    'anyone',
  ],
  [
    'advocates: case referred',
    referSentView(authority, 1200, advocate.name, {
      reference: 'WSC-26-00045',
      trackingCode: '7K2M-9QXD-AB12-CD34-EF56-GH78-JK',
      replyByText: '20 November 2026',
    }),
    'anyone',
  ],
];
