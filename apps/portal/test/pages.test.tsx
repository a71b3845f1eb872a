/** Each page as the server renders it: its title, words, fields, errors and surroundings. */
import { submissionMessages } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import { emptyTrackForm } from '../src/forms.js';
import { complaintJourney } from '../src/journeys/complaint.js';
import { emptyValues } from '../src/journeys/journey.js';
import type { ClientEntry, PageAssets } from '../src/server/assets.js';
import { renderPage } from '../src/server/render.js';
import type { PageSpec } from '../src/server/render.js';
import {
  accessibilityView,
  complaintCheckView,
  complaintSentView,
  complaintStepView,
  easyReadView,
  homeView,
  leaveView,
  nextStageView,
  notFoundView,
  privacyView,
  problemView,
  sentGoneView,
  startView,
  trackStatusView,
  trackView,
} from '../src/server/views.js';
import { authority, complaintAnswers, idempotencyKey, servicePages } from './fixtures.js';

const assetsFor = (entry: ClientEntry | undefined): PageAssets => ({
  stylesheets: ['/assets/styles.css'],
  modulePreloads: entry === undefined || entry === 'common' ? [] : ['/assets/island.js'],
  script: entry === undefined ? undefined : `/assets/${entry}.js`,
});
const render = (spec: PageSpec) => renderPage(spec, assetsFor);
const key = idempotencyKey;
const empty = emptyValues(complaintJourney);

function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

/** The hidden fields of the page's main form (the one with the Continue or Send button). */
function hiddenFields(html: string): Record<string, string> {
  const forms = [...html.matchAll(/<form [^>]*>([^]*?)<\/form>/g)].map((m) => m[1] ?? '');
  const main = forms.find((f) => /value="(continue|send)"/.test(f)) ?? '';
  return Object.fromEntries(
    [...main.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

describe('every service page', () => {
  it.each(servicePages)('%s has the GOV.UK frame, the footer links and a way out', (_, spec) => {
    const html = render(spec);
    expect(html.startsWith('<!DOCTYPE html><html lang="en" class="govuk-template">')).toBe(true);
    expect(html).toContain('<a href="#main-content" class="govuk-skip-link"');
    expect(html).toContain('<main class="govuk-main-wrapper" id="main-content">');
    expect(html).toContain('href="/accessibility">Accessibility statement</a>');
    expect(html).toContain('href="/privacy">Privacy notice</a>');
    expect(html).toContain('<a href="/leave" rel="nofollow noreferrer"');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.match(/<main[ >]/g)).toHaveLength(1);
    expect(titleOf(html)).toMatch(/ – Have your say about children&#x27;s social care$/);
    // Every page has the "Leave this page" script; nothing inline.
    expect(html).toMatch(/<script type="module" src="\/assets\/\w+\.js"><\/script>/);
    expect(html).not.toMatch(/<script>|<script type="module">|style="/);
  });
});

describe('start page', () => {
  it('offers the three journeys, checking, coming back to something saved, and easy read', () => {
    const html = render(startView(authority));
    expect(html).toContain('Westshire Council');
    const links = [...html.matchAll(/href="(\/wsc[^"]*)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(
      new Set([
        '/wsc',
        '/wsc/easy-read',
        '/wsc/complain',
        '/wsc/say-thank-you',
        '/wsc/tell-us-something',
        '/wsc/track',
        '/wsc/come-back',
      ]),
    );
    expect(html).toContain('If you or someone else is in danger now, call 999.');
  });

  it('has easy read versions of the start, complain and track pages, one idea to a line', () => {
    for (const [kind, usual] of [
      ['start', '/wsc'],
      ['complain', '/wsc/complain'],
      ['track', '/wsc/track'],
    ] as const) {
      const html = render(easyReadView(authority, kind));
      expect(html).toContain(`href="${usual}">Go to the usual page</a>`);
      const lines = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1] ?? '');
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) {
        // One sentence on each line, short.
        expect(line.split(/[.?!](?=\s)/).length, line).toBeLessThanOrEqual(2);
        expect(line.split(' ').length, line).toBeLessThanOrEqual(12);
      }
    }
    expect(
      render(
        complaintStepView(authority, {
          step: 'who',
          values: empty,
          errors: {},
          idempotencyKey: key,
        }),
      ),
    ).toContain('href="/wsc/complain/easy-read"');
    expect(
      render(trackView({ ...authority, code: 'WSC' }, { values: emptyTrackForm, errors: {} })),
    ).toContain('href="/wsc/track/easy-read"');
  });
});

describe('complaint pages', () => {
  it('ask one question a page, with the page title the question', () => {
    const html = render(
      complaintStepView(authority, { step: 'who', values: empty, errors: {}, idempotencyKey: key }),
    );
    expect(titleOf(html)).toMatch(/^Who is this complaint from\? – /);
    const form = /<form [^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="post"');
    expect(form).toContain('action="/wsc/complain"');
    // React writes some attribute names in camel case; HTML does not mind.
    expect(form.toLowerCase()).toContain('novalidate=""');
    expect(html).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Who is this complaint from?</h1></legend>',
    );
    for (const label of [
      'Me, I am a young person',
      'A parent or carer',
      'Someone helping a young person',
    ]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html).not.toContain('Someone else');
    expect(hiddenFields(html)).toMatchObject({ idempotencyKey: key, step: 'who' });
    // The first page goes back to the start with a plain link.
    expect(html).toContain('<a href="/wsc" class="govuk-back-link">Back</a>');
    expect(html).toContain('src="/assets/complain.js"');
    expect(html).not.toContain('govuk-error-summary');
  });

  it('carry the answers so far in the form, and go back with them', () => {
    const html = render(
      complaintStepView(authority, {
        step: 'advocate',
        values: complaintAnswers,
        errors: {},
        idempotencyKey: key,
      }),
    );
    const hidden = hiddenFields(html);
    expect(hidden.whatHappened).toBe(
      'Nobody told me my social worker left.\nI found out from my foster carer.',
    );
    expect(hidden.contactEmail).toBe('sam@example.com');
    // The page's own answer is its radios, not a hidden copy.
    expect(hidden.advocate).toBeUndefined();
    expect(html).toContain('<h1 class="govuk-fieldset__heading">Would you like an advocate?</h1>');
    expect(html).toContain('An advocate is someone on your side.');
    const back = /<nav aria-label="Back">([^]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(back).toContain('<form class="heard-back-form" action="/wsc/complain" method="post">');
    expect(back).toContain('name="whatHappened"');
    expect(back).toContain('value="back" name="nav"');
  });

  it('ask someone helping for the young person’s name and agreement', () => {
    const html = render(
      complaintStepView(authority, {
        step: 'young-person',
        values: { ...empty, complainantType: 'advocate' },
        errors: {},
        idempotencyKey: key,
      }),
    );
    expect(html).toContain('for="onBehalfOf">What is their name?</label>');
    expect(html).toContain('for="consent">The young person agreed I can do this</label>');
  });

  it('show each problem in the summary and by its field, keeping what was typed', () => {
    const html = render(
      complaintStepView(authority, {
        step: 'contact',
        values: { ...complaintAnswers, contactEmail: 'sam@' },
        errors: { contactEmail: submissionMessages.emailInvalid },
        idempotencyKey: key,
      }),
    );
    expect(titleOf(html)).toMatch(/^Error: How can we contact you\? – /);
    expect(html).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    expect(html).toContain(
      '<a href="#contactEmail">Enter an email address like name@example.com</a>',
    );
    expect(html).toContain(
      '<p id="contactEmail-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> <!-- -->Enter an email address like name@example.com</p>',
    );
    expect(html).toContain('value="sam@"');
    expect(html).toContain('autoComplete="email"');
  });

  it('pass their data to the script in a block that cannot be broken out of', () => {
    const typed = '</script><script>alert(1)</script>';
    const html = render(
      complaintStepView(authority, {
        step: 'what-happened',
        values: { ...empty, whatHappened: typed },
        errors: {},
        idempotencyKey: key,
      }),
    );
    const block =
      /<script type="application\/json" id="complaint-step-props">([^]*?)<\/script>/.exec(
        html,
      )?.[1];
    expect(block).toBeDefined();
    expect(block).not.toContain('<');
    expect(
      (JSON.parse(block ?? '{}') as { values: { whatHappened: string } }).values.whatHappened,
    ).toBe(typed);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('You can enter up to 5000 characters');
  });

  it('list the answers to check, each with a Change button, and send them', () => {
    const html = render(
      complaintCheckView(authority, { values: complaintAnswers, idempotencyKey: key }),
    );
    expect(titleOf(html)).toMatch(/^Check your answers – /);
    expect(html).toContain(
      'value="change:what-happened" name="nav">Change<span class="govuk-visually-hidden"> what happened</span>',
    );
    // Someone who is not helping was not asked about a young person's agreement.
    expect(html).not.toContain('Did they agree?');
    expect(html).toContain('value="send" name="nav">Send complaint</button>');
    expect(hiddenFields(html)).toMatchObject({
      step: 'check',
      advocate: 'yes',
      idempotencyKey: key,
    });
  });

  it('say when the complaint could not be sent, keeping everything', () => {
    const html = render(
      complaintCheckView(authority, {
        values: complaintAnswers,
        idempotencyKey: key,
        formError: 'Sorry, we could not send your complaint just now.',
      }),
    );
    expect(titleOf(html)).toMatch(/^Error: /);
    expect(html).toContain('<li>Sorry, we could not send your complaint just now.</li>');
    expect(hiddenFields(html).desiredOutcome).toBe('I want to meet my new social worker.');
  });
});

describe('confirmation', () => {
  it('shows the reference, the tracking code, the reply date and the advocate', () => {
    const html = render(
      complaintSentView(authority, {
        reference: 'WSC-26-00042',
        trackingCode: 'K7QM-3XPD-99TW',
        replyByText: 'Friday 4 December 2026',
        advocate: {
          provider: {
            name: 'Westshire Advocacy',
            phone: '0800 123 4567',
            email: null,
            website: null,
          },
        },
      }),
    );
    expect(html).toContain('<h1 class="govuk-panel__title">Complaint sent</h1>');
    expect(html).toContain('WSC-26-00042');
    expect(html).toContain('K7QM-3XPD-99TW');
    expect(html).toContain('We will reply by Friday 4 December 2026.');
    expect(html).toContain('Write down your reference and tracking code now.');
    expect(html).toContain('We have asked Westshire Advocacy to help.');
    expect(html).toContain('Phone: 0800 123 4567');
    expect(html).toContain('href="/wsc/track"');
  });

  it('says plainly when it can no longer be shown', () => {
    const html = render(sentGoneView(authority, 'complaint'));
    expect(html).toContain('This page cannot be shown again');
    expect(html).toContain('href="/wsc/track"');
  });
});

describe('tracking', () => {
  it('asks for the reference and tracking code, which browsers must not remember', () => {
    const html = render(
      trackView({ ...authority, code: 'WSC' }, { values: emptyTrackForm, errors: {} }),
    );
    const form = /<form [^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('action="/wsc/track"');
    expect(form).toContain('autoComplete="off"');
    expect(html).toContain('for="reference">Reference</label>');
    expect(html).toContain('for="trackingCode">Tracking code</label>');
    expect(html).toMatch(/For example, WSC-\d\d-00042/);
    expect(html.match(/autoComplete="off"/g)?.length).toBe(3);
  });

  it('gives one answer for a reference and code that do not match', () => {
    const html = render(
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
    );
    expect(html).toContain(
      '<a href="#reference">We could not find a complaint with that reference and tracking code.</a>',
    );
    expect(html).toContain('value="WSC-26-00042"');
  });

  const stage1 = {
    reference: 'WSC-26-00042',
    receivedOn: '2026-11-20',
    stage: 1,
    stageName: 'Stage 1: we look at what is wrong',
    status: 'We are looking at your complaint',
    lines: ['We will reply by Friday 4 December.'],
    nextStep: 'We will reply by Friday 4 December.',
    nextDateText: 'Friday 4 December',
  };
  const codes = { reference: 'WSC-26-00042', trackingCode: 'K7QM-3XPD' };

  it('shows where a complaint has got to in plain words', () => {
    const html = render(trackStatusView(authority, stage1, codes));
    expect(html).toContain('20 November 2026');
    expect(html).toContain('Stage 1: we look at what is wrong');
    expect(html).toContain('We are looking at your complaint');
    expect(html.match(/We will reply by Friday 4 December\./g)).toHaveLength(1);
    expect(html).not.toContain('/wsc/track/letter');
    expect(html).not.toContain('/wsc/track/next-stage');
  });

  it('offers the letter and the next stage through forms that carry the codes', () => {
    const html = render(
      trackStatusView(
        authority,
        {
          ...stage1,
          letter: { fileName: 'Our reply.pdf', sizeBytes: 48_213, sentOn: '2026-12-03' },
          nextStage: {
            to: 2,
            late: false,
            askByText: 'Monday 4 January 2027',
            becauseWeAreLate: false,
          },
        },
        codes,
      ),
    );
    const forms = [...html.matchAll(/<form [^>]*action="([^"]+)"[^>]*>([^]*?)<\/form>/g)];
    const actions = forms.map((m) => m[1]);
    expect(actions).toEqual(['/wsc/track/letter', '/wsc/track/next-stage']);
    for (const form of forms) {
      expect(form[2]).toContain('<input type="hidden" name="trackingCode" value="K7QM-3XPD"/>');
    }
    expect(html).toContain('Our reply.pdf, 47 KB');
    expect(html).toContain('I&#x27;m still not happy');
    expect(html).toContain('3 December 2026');
  });

  it('explains kindly that a late request for the next stage is still taken', () => {
    const html = render(
      nextStageView(authority, {
        to: 2,
        late: true,
        askByText: 'Monday 4 January 2027',
        codes,
        requestId: key,
      }),
    );
    expect(titleOf(html)).toMatch(/^Ask for someone new to look at it – /);
    expect(html).toContain('It is later than that. That is OK.');
    expect(html).toContain('You can still ask, and we will still look at it.');
    expect(html).toContain('<input type="hidden" name="confirm" value="yes"/>');
    expect(html).toContain(`<input type="hidden" name="requestId" value="${key}"/>`);
  });
});

describe('other pages', () => {
  it('the page to leave to says nothing about this service', () => {
    const html = render(leaveView());
    expect(titleOf(html)).toBe('New tab');
    expect(html).not.toMatch(/complain|council|social care|Heard|leave/i);
    expect(html).not.toContain('<script');
  });

  it('the accessibility statement has the parts the regulations ask for', () => {
    const html = render(accessibilityView());
    for (const heading of [
      'How accessible this website is',
      'Feedback and contact information',
      'Reporting accessibility problems with this website',
      'Enforcement procedure',
      'Compliance status',
      'How we tested this website',
      'Preparation of this accessibility statement',
    ]) {
      expect(html).toContain(`>${heading}</h`);
    }
    expect(html).toContain('Equality and Human Rights Commission');
    expect(html).toContain('axe-core');
  });

  it('the privacy notice names the council as data controller and the ICO', () => {
    const html = render(privacyView());
    expect(html).toContain('data controller');
    expect(html).toContain('Information Commissioner');
    expect(html).toContain('How long we keep it');
  });

  it('the home page lists the councils', () => {
    const html = render(homeView([authority, { name: 'Eastshire Council', path: '/esc' }]));
    expect(html).toContain(
      '<a class="govuk-link govuk-link--no-visited-state" href="/esc">Eastshire Council</a>',
    );
  });

  it('a missing page and a failure say what to do next', () => {
    expect(render(notFoundView(authority))).toContain('href="/wsc">Go to the start</a>');
    expect(render(problemView('too-large'))).toContain('What you sent was too long');
  });
});
