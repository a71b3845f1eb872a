/** Each page as the server renders it: its title, words, fields, errors and surroundings. */
import { submissionMessages } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import { emptyComplaintForm, emptyTrackForm } from '../src/forms.js';
import type { ClientEntry, PageAssets } from '../src/server/assets.js';
import { renderPage } from '../src/server/render.js';
import type { PageSpec } from '../src/server/render.js';
import {
  accessibilityView,
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
import { authority, idempotencyKey, servicePages } from './fixtures.js';

const assetsFor = (entry: ClientEntry | undefined): PageAssets => ({
  stylesheets: ['/assets/styles.css'],
  modulePreloads: entry === undefined || entry === 'common' ? [] : ['/assets/island.js'],
  script: entry === undefined ? undefined : `/assets/${entry}.js`,
});
const render = (spec: PageSpec) => renderPage(spec, assetsFor);
const key = idempotencyKey;

function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
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
  it('offers only the journeys that exist', () => {
    const html = render(startView(authority));
    expect(html).toContain('Westshire Council');
    expect(html).toContain('href="/wsc/complain"');
    expect(html).toContain('href="/wsc/track"');
    const links = [...html.matchAll(/href="(\/wsc[^"]*)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set(['/wsc', '/wsc/complain', '/wsc/track']));
    expect(html).toContain('If you or someone else is in danger now, call 999.');
  });
});

describe('complaint form', () => {
  it('asks each question with a label tied to its field', () => {
    const html = render(
      complainView(authority, { values: emptyComplaintForm, errors: {}, idempotencyKey: key }),
    );
    expect(titleOf(html)).toMatch(/^Tell us what&#x27;s wrong – /);
    const form = /<form [^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="post"');
    expect(form).toContain('action="/wsc/complain"');
    // React writes some attribute names in camel case; HTML does not mind.
    expect(form.toLowerCase()).toContain('novalidate=""');
    expect(html).toContain(`<input type="hidden" name="idempotencyKey" value="${key}"/>`);
    expect(html).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Who is making this complaint?</legend>',
    );
    for (const [id, label] of [
      ['complainantType', 'Me, I am a young person'],
      ['whatHappened', 'What happened?'],
      ['desiredOutcome', 'What would you like to happen? (optional)'],
      ['contactName', 'Your name'],
      ['contactEmail', 'Email address'],
      ['contactPhone', 'Phone number'],
    ] as const) {
      expect(html).toContain(`for="${id}">${label}</label>`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('You can enter up to 5000 characters');
    expect(html).toContain('autoComplete="email"');
    expect(html).toContain('autoComplete="name"');
    expect(html).toContain('autoComplete="tel"');
    expect(html).toContain('<a href="/wsc" class="govuk-back-link">Back</a>');
    expect(html).toContain('src="/assets/complain.js"');
    expect(html).not.toContain('govuk-error-summary');
  });

  it('shows each problem in the summary and by its field, keeping what was typed', () => {
    const html = render(
      complainView(authority, {
        values: {
          ...emptyComplaintForm,
          whatHappened: 'They moved me without asking',
          contactEmail: 'sam@',
        },
        errors: {
          complainantType: submissionMessages.complainantType,
          contactEmail: submissionMessages.emailInvalid,
        },
        idempotencyKey: key,
      }),
    );
    expect(titleOf(html)).toMatch(/^Error: Tell us what&#x27;s wrong – /);
    expect(html).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    expect(html).toContain(`<a href="#complainantType">${submissionMessages.complainantType}</a>`);
    expect(html).toContain(
      '<a href="#contactEmail">Enter an email address like name@example.com</a>',
    );
    expect(html).toContain(
      '<p id="contactEmail-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> <!-- -->Enter an email address like name@example.com</p>',
    );
    expect(html).toContain('>They moved me without asking</textarea>');
    expect(html).toContain('value="sam@"');
  });

  it('passes its data to the script in a block that cannot be broken out of', () => {
    const typed = '</script><script>alert(1)</script>';
    const html = render(
      complainView(authority, {
        values: { ...emptyComplaintForm, whatHappened: typed },
        errors: {},
        idempotencyKey: key,
      }),
    );
    const block =
      /<script type="application\/json" id="complaint-form-props">([^]*?)<\/script>/.exec(
        html,
      )?.[1];
    expect(block).toBeDefined();
    expect(block).not.toContain('<');
    expect(
      (JSON.parse(block ?? '{}') as { values: { whatHappened: string } }).values.whatHappened,
    ).toBe(typed);
    expect(html).not.toContain('<script>alert');
  });

  it('says when the complaint could not be sent, keeping everything typed', () => {
    const html = render(
      complainView(authority, {
        values: { ...emptyComplaintForm, whatHappened: 'Still here' },
        errors: {},
        formError: 'Sorry, we could not send your complaint just now.',
        idempotencyKey: key,
      }),
    );
    expect(titleOf(html)).toMatch(/^Error: /);
    expect(html).toContain('<li>Sorry, we could not send your complaint just now.</li>');
    expect(html).toContain('>Still here</textarea>');
  });
});

describe('confirmation', () => {
  it('shows the reference, the tracking code and the reply date', () => {
    const html = render(
      confirmationView(authority, {
        reference: 'WSC-26-00042',
        trackingCode: 'K7QM-3XPD-99TW',
        replyByText: 'Friday 4 December',
      }),
    );
    expect(html).toContain('<h1 class="govuk-panel__title">Complaint sent</h1>');
    expect(html).toContain('WSC-26-00042');
    expect(html).toContain('K7QM-3XPD-99TW');
    expect(html).toContain('We will reply by Friday 4 December.');
    expect(html).toContain('Write down your reference and tracking code now.');
    expect(html).toContain('href="/wsc/track"');
  });

  it('says plainly when it can no longer be shown', () => {
    const html = render(confirmationGoneView(authority));
    expect(html).toContain('This page cannot be shown again');
    expect(html).toContain('href="/wsc/complain"');
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

  it('shows where a complaint has got to in plain words', () => {
    const html = render(
      trackStatusView(authority, {
        reference: 'WSC-26-00042',
        receivedOn: '2026-11-20',
        stage: 1,
        stageName: 'Stage 1: we look at what is wrong',
        status: 'We are looking at your complaint',
        lines: ['We will reply by Friday 4 December.'],
        nextStep: 'We will reply by Friday 4 December.',
        nextDateText: 'Friday 4 December',
      }),
    );
    expect(html).toContain('20 November 2026');
    expect(html).toContain('Stage 1: we look at what is wrong');
    expect(html).toContain('We are looking at your complaint');
    expect(html.match(/We will reply by Friday 4 December\./g)).toHaveLength(1);
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
