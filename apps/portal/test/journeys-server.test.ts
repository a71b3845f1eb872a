/**
 * The portal's server walked through like a browser with no script: each page's form is read,
 * filled in and posted, against a stand-in API that records what it is sent.
 */
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal } from '../src/server/app.js';
import type { RunningPortal } from '../src/server/app.js';
import { parseManifest } from '../src/server/assets.js';
import { loadEnv } from '../src/server/env.js';
import type { RateLimits } from '../src/server/limits.js';
import { startFakeApi } from './fake-api.js';
import type { FakeApi } from './fake-api.js';

const manifest = parseManifest(
  JSON.stringify({
    'src/client/common.ts': { file: 'assets/common.js', isEntry: true },
    'src/client/complain.tsx': { file: 'assets/complain.js', isEntry: true },
    'src/client/compliment.tsx': { file: 'assets/compliment.js', isEntry: true },
    'src/client/comment.tsx': { file: 'assets/comment.js', isEntry: true },
    'src/client/track.tsx': { file: 'assets/track.js', isEntry: true },
    'src/client/styles.scss': { file: 'assets/styles.css', isEntry: true },
  }),
);

let api: FakeApi;

async function startWith(rateLimits: Partial<RateLimits> = {}): Promise<RunningPortal> {
  const env = loadEnv({ PORTAL_PORT: '0', API_URL: api.url, NODE_ENV: 'test' });
  return startPortal(env, { manifest, log: pino({ level: 'silent' }), rateLimits });
}

interface Page {
  status: number;
  html: string;
  headers: Headers;
}

/** A browser with no script: it keeps its cookies and follows nothing by itself. */
function browser(portal: RunningPortal) {
  const cookies = new Map<string, string>();
  async function request(path: string, init: RequestInit = {}): Promise<Page> {
    const res = await fetch(`${portal.url}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    return { status: res.status, html: await res.text(), headers: res.headers };
  }
  return {
    cookies,
    get: (path: string) => request(path),
    post: (path: string, fields: Record<string, string>) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
    /**
     * Fills in and sends the form on `page` that has the button named `nav` with this value, as
     * a browser would: its hidden fields, the answers given, and the button pressed.
     */
    async press(page: Page, button: string, answers: Record<string, string> = {}) {
      const forms = [...page.html.matchAll(/<form ([^>]*)>([^]*?)<\/form>/g)];
      const buttonPattern = new RegExp(
        `<button [^>]*value="${button.replace(/[:]/g, '\\$&')}"[^>]*>`,
      );
      const form = forms.find((f) => buttonPattern.test(f[2] ?? ''));
      if (form === undefined) throw new Error(`No form with a "${button}" button`);
      const action = /action="([^"]+)"/.exec(form[1] ?? '')?.[1] ?? '';
      const fields: Record<string, string> = {};
      for (const hidden of (form[2] ?? '').matchAll(
        /<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g,
      )) {
        fields[hidden[1] ?? ''] = decode(hidden[2] ?? '');
      }
      return this.post(action, { ...fields, ...answers, nav: button });
    },
  };
}

function decode(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#10;/g, '\n')
    .replace(/&amp;/g, '&');
}

const titleOf = (page: Page) => /<title>([^<–]*)/.exec(page.html)?.[1]?.trim();
const lastCall = (path: string) => api.calls.filter((c) => c.path === path).at(-1)?.input;

beforeAll(async () => {
  api = await startFakeApi();
});
afterAll(async () => {
  await api.close();
});

describe('the complaint journey with no script', () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startWith();
  });
  afterAll(async () => {
    await portal.close();
  });
  beforeEach(() => {
    api.calls.length = 0;
    api.answer('portal.submitComplaint', () => ({
      data: {
        reference: 'WBC-26-00042',
        trackingCode: 'K7QM-3XPD-99TW-B2LC',
        replyBy: '2026-12-04',
        replyByText: 'Friday 4 December 2026',
        advocacy: {
          provider: {
            name: 'Westbridge Advocacy',
            phone: '0800 000 0000',
            email: null,
            website: null,
          },
        },
      },
    }));
  });

  it('asks for help someone gives, then sends it with the young person’s agreement', async () => {
    const b = browser(portal);
    let page = await b.get('/wbc/complain');
    expect(titleOf(page)).toBe('Who is this complaint from?');
    page = await b.press(page, 'continue');
    expect(page.status).toBe(400);
    expect(titleOf(page)).toBe('Error: Who is this complaint from?');

    page = await b.press(page, 'continue', { complainantType: 'advocate' });
    expect(titleOf(page)).toBe('The young person you are helping');
    page = await b.press(page, 'continue', { onBehalfOf: 'Sam' });
    expect(page.status).toBe(400);
    expect(page.html).toContain('Tick the box to say the young person agreed');
    expect(page.html).toContain('value="Sam"');
    page = await b.press(page, 'continue', { onBehalfOf: 'Sam', consent: 'yes' });

    expect(titleOf(page)).toBe('What happened?');
    page = await b.press(page, 'continue', { whatHappened: 'Nobody told Sam.\nSam was upset.' });
    expect(titleOf(page)).toBe('What would you like to happen?');
    // Back keeps what was typed.
    page = await b.press(page, 'back');
    expect(titleOf(page)).toBe('What happened?');
    expect(page.html).toContain('Nobody told Sam.\nSam was upset.</textarea>');
    page = await b.press(page, 'continue', { whatHappened: 'Nobody told Sam.\nSam was upset.' });
    page = await b.press(page, 'continue', { desiredOutcome: '' });
    expect(titleOf(page)).toBe('Would the young person like an advocate?');
    page = await b.press(page, 'continue', { advocate: 'yes' });
    expect(titleOf(page)).toBe('How can we contact you?');
    page = await b.press(page, 'continue', { contactEmail: 'helper@example.com' });
    expect(titleOf(page)).toBe('Check your answers');
    expect(page.html).toContain('Someone helping a young person');
    expect(page.html).toContain('Yes, they agreed');

    // Change one answer and come back to the check page.
    page = await b.press(page, 'change:outcome');
    expect(titleOf(page)).toBe('What would you like to happen?');
    page = await b.press(page, 'continue', { desiredOutcome: 'Someone to say sorry.' });
    expect(titleOf(page)).toBe('Check your answers');
    expect(page.html).toContain('Someone to say sorry.');

    expect(api.calls.some((c) => c.path === 'portal.submitComplaint')).toBe(false);
    page = await b.press(page, 'send');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/wbc/complain/confirmation');
    expect(lastCall('portal.submitComplaint')).toMatchObject({
      authorityCode: 'WBC',
      complainantType: 'advocate',
      onBehalfOf: 'Sam',
      consentGiven: true,
      whatHappened: 'Nobody told Sam.\nSam was upset.',
      desiredOutcome: 'Someone to say sorry.',
      advocateWanted: true,
      contactEmail: 'helper@example.com',
    });

    page = await b.get('/wbc/complain/confirmation');
    expect(titleOf(page)).toBe('Complaint sent');
    expect(page.html).toContain('K7QM-3XPD-99TW-B2LC');
    expect(page.html).toContain('We will reply by Friday 4 December 2026.');
    expect(page.html).toContain('We have asked Westbridge Advocacy to help.');
    // Shown once.
    page = await b.get('/wbc/complain/confirmation');
    expect(titleOf(page)).toBe('This page cannot be shown again');
    expect(page.html).not.toContain('K7QM');
  });

  it('asks a young person nothing about consent, and sends their answers', async () => {
    const b = browser(portal);
    let page = await b.get('/wbc/complain');
    page = await b.press(page, 'continue', { complainantType: 'young_person' });
    expect(titleOf(page)).toBe('What happened?');
    page = await b.press(page, 'continue', { whatHappened: 'My review was cancelled.' });
    page = await b.press(page, 'continue');
    expect(titleOf(page)).toBe('Would you like an advocate?');
    page = await b.press(page, 'continue', { advocate: 'no' });
    page = await b.press(page, 'continue');
    page = await b.press(page, 'send');
    expect(page.status).toBe(303);
    const sent = lastCall('portal.submitComplaint') as Record<string, unknown>;
    expect(sent).toMatchObject({ complainantType: 'young_person', advocateWanted: false });
    expect(sent.consentGiven).toBeUndefined();
    expect(sent.onBehalfOf).toBeUndefined();
  });

  it('shows the first confirmation when the same complaint is sent twice', async () => {
    const b = browser(portal);
    let page = await b.get('/wbc/complain');
    page = await b.press(page, 'continue', { complainantType: 'young_person' });
    page = await b.press(page, 'continue', { whatHappened: 'Twice.' });
    page = await b.press(page, 'continue');
    page = await b.press(page, 'continue', { advocate: 'no' });
    const check = await b.press(page, 'continue');
    const first = await b.press(check, 'send');
    expect(first.status).toBe(303);
    api.answer('portal.submitComplaint', () => ({ error: { code: 'CONFLICT', httpStatus: 409 } }));
    const second = await b.press(check, 'send');
    expect(second.status).toBe(303);
    const shown = await b.get('/wbc/complain/confirmation');
    expect(shown.html).toContain('WBC-26-00042');
  });

  it('keeps every answer and says sorry when the complaint cannot be sent', async () => {
    api.answer('portal.submitComplaint', () => ({
      error: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 },
    }));
    const b = browser(portal);
    let page = await b.get('/wbc/complain');
    page = await b.press(page, 'continue', { complainantType: 'parent_carer' });
    page = await b.press(page, 'continue', { whatHappened: 'Kept safe.' });
    page = await b.press(page, 'continue');
    expect(titleOf(page)).toBe('Would your child like an advocate?');
    page = await b.press(page, 'continue', { advocate: 'yes' });
    page = await b.press(page, 'continue');
    page = await b.press(page, 'send');
    expect(page.status).toBe(503);
    expect(titleOf(page)).toBe('Error: Check your answers');
    expect(page.html).toContain('Nothing you typed has been lost.');
    expect(page.html).toContain('value="Kept safe."');
  });
});

describe('saying thank you and telling us something', () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startWith();
    api.answer('portal.submitCompliment', () => ({ data: { received: true } }));
    api.answer('portal.submitComment', (input) => ({
      data: {
        received: true,
        replyBy: null,
        replyByText:
          (input as { contactEmail?: string }).contactEmail === undefined
            ? null
            : 'Friday 4 December 2026',
      },
    }));
  });
  afterAll(async () => {
    await portal.close();
  });

  it('sends a thank you, asking someone helping for the young person’s agreement', async () => {
    const b = browser(portal);
    let page = await b.get('/wbc/say-thank-you');
    expect(titleOf(page)).toBe('Who is this thank you from?');
    page = await b.press(page, 'continue', { fromType: 'professional' });
    expect(titleOf(page)).toBe('Did the young person say yes?');
    page = await b.press(page, 'continue', { consent: 'yes' });
    page = await b.press(page, 'continue');
    expect(page.html).toContain('Tell us what you want to say thank you for');
    page = await b.press(page, 'continue', { words: 'Aisha always listens.' });
    page = await b.press(page, 'continue', { teamHint: 'Aisha' });
    expect(titleOf(page)).toBe('Check your answers');
    page = await b.press(page, 'send');
    expect(page.headers.get('location')).toBe('/wbc/say-thank-you/confirmation');
    expect(lastCall('portal.submitCompliment')).toMatchObject({
      fromType: 'professional',
      words: 'Aisha always listens.',
      teamHint: 'Aisha',
    });
    page = await b.get('/wbc/say-thank-you/confirmation');
    expect(titleOf(page)).toBe('Thank you sent');
  });

  it('sends a message and says when we will reply', async () => {
    const b = browser(portal);
    let page = await b.get('/wbc/tell-us-something');
    page = await b.press(page, 'continue', { fromType: 'young_person' });
    page = await b.press(page, 'continue', { words: 'Open the youth club on Saturdays.' });
    expect(titleOf(page)).toBe('How can we reply to you?');
    page = await b.press(page, 'continue', { contactEmail: 'sam@example.com' });
    page = await b.press(page, 'send');
    expect(lastCall('portal.submitComment')).toMatchObject({
      fromType: 'young_person',
      summary: 'Open the youth club on Saturdays.',
      contactEmail: 'sam@example.com',
    });
    page = await b.get('/wbc/tell-us-something/confirmation');
    expect(titleOf(page)).toBe('Message sent');
    expect(page.html).toContain('We will reply by Friday 4 December 2026.');
  });
});

describe('following a complaint', () => {
  let portal: RunningPortal;
  const codes = { reference: 'WBC-26-00042', trackingCode: 'K7QM-3XPD-99TW-B2LC' };
  const replied = {
    reference: 'WBC-26-00042',
    receivedOn: '2026-11-20',
    stage: 1,
    stageName: 'Stage 1: we look at what is wrong',
    status: 'We replied',
    lines: ['We sent you our reply.', 'It is later than we asked, but you can still ask.'],
    nextStep: null,
    nextDate: null,
    nextDateText: null,
    audience: 'young_person',
    nextStage: {
      to: 2,
      late: true,
      askBy: '2027-01-04',
      askByText: 'Monday 4 January 2027',
      becauseWeAreLate: false,
    },
    letter: { fileName: 'Our reply.pdf', sizeBytes: 2048, sentOn: '2026-12-03' },
  };
  const pdf = Buffer.from('%PDF-1.4\nhello\n%%EOF\n');

  beforeAll(async () => {
    portal = await startWith();
    api.answer('portal.track', (input) =>
      (input as { trackingCode: string }).trackingCode === codes.trackingCode
        ? { data: replied }
        : { error: { code: 'NOT_FOUND', httpStatus: 404 } },
    );
    api.answer('portal.letter', () => ({
      data: {
        fileName: 'Our reply "final".pdf',
        contentType: 'application/pdf',
        contentBase64: pdf.toString('base64'),
      },
    }));
    api.answer('portal.requestNextStage', () => ({
      data: { stage: 2, stageName: 'Stage 2: someone new looks at it', late: true },
    }));
  });
  afterAll(async () => {
    await portal.close();
  });

  it('calls the API as the portal: with the shared secret and the visitor’s address', async () => {
    const b = browser(portal);
    await b.post('/wbc/track', codes);
    const call = api.calls.filter((c) => c.path === 'portal.track').at(-1);
    expect(call?.headers['x-heard-portal-secret']).toBe(
      'heard-development-portal-api-secret-not-for-production',
    );
    expect(call?.headers['x-heard-visitor-address']).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  });

  it('shows the complaint, its letter and the next stage, with the codes only in forms', async () => {
    const b = browser(portal);
    const page = await b.post('/wbc/track', codes);
    expect(page.status).toBe(200);
    expect(titleOf(page)).toBe('Your complaint');
    expect(page.html).toContain('Download our letter');
    expect(page.html).toContain('I&#x27;m still not happy');
    expect(b.cookies.size).toBe(0);

    expect(page.html).toContain('action="/wbc/track/letter"');
    const letter = await b.post('/wbc/track/letter', codes);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    expect(letter.headers.get('content-disposition')).toBe(
      'attachment; filename="Our reply final.pdf"',
    );
    expect(letter.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(letter.html).equals(pdf)).toBe(true);
  });

  it('explains the next stage kindly when it is late, then asks for it once', async () => {
    const b = browser(portal);
    const confirm = await b.post('/wbc/track/next-stage', codes);
    expect(titleOf(confirm)).toBe('Ask for someone new to look at it');
    expect(confirm.html).toContain('It is later than that. That is OK.');
    expect(api.calls.some((c) => c.path === 'portal.requestNextStage')).toBe(false);
    const form = /<form [^>]*action="\/wbc\/track\/next-stage"[^>]*>([^]*?)<\/form>/.exec(
      confirm.html,
    )?.[1];
    const fields = Object.fromEntries(
      [...(form ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map(
        (m) => [m[1] ?? '', m[2] ?? ''],
      ),
    );
    expect(fields).toMatchObject({ ...codes, confirm: 'yes' });
    const asked = await b.post('/wbc/track/next-stage', fields);
    expect(titleOf(asked)).toBe('We got your request');
    expect(lastCall('portal.requestNextStage')).toMatchObject({
      ...codes,
      authorityCode: 'WBC',
      requestId: fields.requestId,
    });
  });

  it('gives the same answer for a wrong code, for the letter too', async () => {
    const b = browser(portal);
    const wrong = await b.post('/wbc/track', { ...codes, trackingCode: 'WRONG' });
    expect(wrong.status).toBe(404);
    expect(wrong.html).toContain('We could not find a complaint with that reference');
    api.answer('portal.letter', () => ({ error: { code: 'NOT_FOUND', httpStatus: 404 } }));
    const letter = await b.post('/wbc/track/letter', { ...codes, trackingCode: 'WRONG' });
    expect(letter.status).toBe(404);
    expect(letter.headers.get('content-type')).toContain('text/html');
  });
});

describe('rate limits', () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startWith({
      sendsPerAddress: 1,
      lookupsPerReference: 2,
      lookupsPerAddress: 100,
    });
    api.answer('portal.submitCompliment', () => ({ data: { received: true } }));
    api.answer('portal.track', () => ({ error: { code: 'NOT_FOUND', httpStatus: 404 } }));
  });
  afterAll(async () => {
    await portal.close();
  });

  const thankYou = {
    step: 'check',
    idempotencyKey: '4b7e2f3a-8a0e-4f55-9a57-7a1e3f2b9c10',
    fromType: 'young_person',
    words: 'Thank you',
    nav: 'send',
  };

  it('stops sending after the limit with a kind page, but lets pages before it through', async () => {
    const b = browser(portal);
    expect((await b.post('/wbc/say-thank-you', thankYou)).status).toBe(303);
    const stopped = await b.post('/wbc/say-thank-you', thankYou);
    expect(stopped.status).toBe(429);
    expect(stopped.html).toContain('Please wait a few minutes');
    expect(stopped.html).toContain('Nothing you sent before has been lost.');
    expect(stopped.headers.get('retry-after')).toBeTruthy();
    expect((await b.post('/wbc/say-thank-you', { ...thankYou, nav: 'continue' })).status).toBe(200);
  });

  it('stops guessing the code of one reference, without stopping other references', async () => {
    const b = browser(portal);
    const guess = (reference: string, trackingCode: string) =>
      b.post('/wbc/track', { reference, trackingCode });
    expect((await guess('WBC-26-00001', 'AAAA')).status).toBe(404);
    expect((await guess('wbc-26-00001 ', 'BBBB')).status).toBe(404);
    const stopped = await guess('WBC-26-00001', 'CCCC');
    expect(stopped.status).toBe(429);
    expect(stopped.html).toContain('Please wait a few minutes');
    expect((await guess('WBC-26-00002', 'AAAA')).status).toBe(404);
  });
});
