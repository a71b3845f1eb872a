/**
 * The portal's journeys end to end, in Chromium against the real API, portal and admin programs:
 * a complaint (from a young person who wants an advocate, and from someone helping one), a thank
 * you and a message, each with JavaScript on and again with it off; following a complaint to its
 * reply letter and asking for the next stage; and every journey once by keyboard alone. axe-core
 * checks every page and state visited, and no page is wider than the screen.
 */
import {
  addWorkingDays,
  englandAndWalesCalendar,
  formatLongDate,
  isoDateInLondon,
} from '@heard/domain';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

let stack: Stack | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

function running(): { stack: Stack; browser: Browser } {
  if (!stack || !browser) throw new Error('The programs or the browser did not start.');
  return { stack, browser };
}

const replyBy = () =>
  formatLongDate(addWorkingDays(isoDateInLondon(new Date()), 10, englandAndWalesCalendar()));

/** Checks a page as a visitor sees it now: axe, and nothing wider than the screen. */
async function check(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await expectNoAxeViolations(page, { javaScriptEnabled });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(0);
}

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { name: text, level: 1 }).waitFor();
}

async function withPage<T>(
  options: { javaScriptEnabled: boolean; width?: number },
  run: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await running().browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled,
    viewport: { width: options.width ?? 390, height: 844 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== 'localhost') elsewhere.push(request.url());
  });
  try {
    const result = await run(page, context);
    expect(elsewhere, 'requests to other sites').toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

const cont = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

interface Made {
  reference: string;
  trackingCode: string;
}

async function readCodes(page: Page): Promise<Made> {
  const codes = await page.locator('.heard-code').allTextContents();
  const [reference = '', trackingCode = ''] = codes.map((c) => c.trim());
  expect(reference).toMatch(/^WBC-\d{2}-\d{5}$/);
  expect(trackingCode.replace(/-/g, '')).toHaveLength(26);
  expect(page.url()).not.toContain(trackingCode);
  return { reference, trackingCode };
}

// ---------------------------------------------------------------------------------------------
// The journeys, by mouse and typing

async function complainAsYoungPerson(page: Page, js: boolean, words: string): Promise<Made> {
  await page.goto(`${running().stack.portalUrl}/wbc`);
  await check(page, js);
  await page.getByRole('link', { name: 'Make a complaint' }).click();
  await heading(page, 'Who is this complaint from?');
  await check(page, js);

  // Nothing chosen: the problem is shown, and axe checks the error state too.
  await cont(page);
  await page.locator('.govuk-error-summary').waitFor();
  expect(await page.title()).toMatch(/^Error: /);
  await check(page, js);
  await page.getByLabel('Me, I am a young person').check();
  await cont(page);

  await heading(page, 'What happened?');
  await check(page, js);
  await cont(page);
  await page.locator('.govuk-error-summary').waitFor();
  await check(page, js);
  await page.getByLabel('What happened?').fill(words);
  await cont(page);

  await heading(page, /What would you like to happen/);
  await check(page, js);
  await page.getByLabel(/What would you like to happen/).fill('I want to be asked first.');
  await cont(page);

  await heading(page, 'Would you like an advocate?');
  await check(page, js);
  await page.getByLabel('Yes', { exact: true }).check();
  await cont(page);

  await heading(page, /How can we contact you/);
  await page.getByLabel('Email address').fill('sam@');
  await cont(page);
  await page.locator('.govuk-error-summary').waitFor();
  await check(page, js);
  await page.getByLabel('Email address').fill('sam@example.com');
  await cont(page);

  await heading(page, 'Check your answers');
  await check(page, js);
  // Change an answer, and come back to the check page with it changed.
  await page.getByRole('button', { name: 'Change what you would like to happen' }).click();
  await heading(page, /What would you like to happen/);
  await page.getByLabel(/What would you like to happen/).fill('I want to be asked first, please.');
  await cont(page);
  await heading(page, 'Check your answers');
  expect(await page.textContent('main')).toContain('I want to be asked first, please.');

  await page.getByRole('button', { name: 'Send complaint' }).click();
  await page.getByText('Complaint sent').waitFor();
  await check(page, js);
  const main = (await page.textContent('main')) ?? '';
  expect(main).toContain(`We will reply by ${replyBy()}.`);
  // The advocacy provider the council commissions (authorities.settings.advocacyProvider).
  expect(main).toContain('Your advocate');
  expect(main).toContain('Westbridge Young People’s Advocacy');
  return readCodes(page);
}

async function complainAsHelper(page: Page, js: boolean): Promise<Made> {
  await page.goto(`${running().stack.portalUrl}/wbc/complain`);
  await page.getByLabel('Someone helping a young person').check();
  await cont(page);
  await heading(page, 'The young person you are helping');
  await page.getByLabel('What is their name?').fill('Sam');
  await cont(page);
  // The young person's agreement is required.
  await page.locator('.govuk-error-summary').waitFor();
  expect(await page.locator('.govuk-error-summary').textContent()).toContain(
    'Tick the box to say the young person agreed',
  );
  await check(page, js);
  await page.getByLabel('The young person agreed I can do this').check();
  await cont(page);
  await page
    .getByLabel('What happened?')
    .fill(`Sam was moved without being asked (JS ${js ? 'on' : 'off'}).`);
  await cont(page);
  // Back keeps what was typed.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await heading(page, 'What happened?');
  expect(await page.getByLabel('What happened?').inputValue()).toContain('Sam was moved');
  await cont(page);
  await cont(page);
  await heading(page, 'Would the young person like an advocate?');
  await page.getByLabel('No', { exact: true }).check();
  await cont(page);
  await cont(page);
  await heading(page, 'Check your answers');
  expect(await page.textContent('main')).toContain('Yes, they agreed');
  await page.getByRole('button', { name: 'Send complaint' }).click();
  await page.getByText('Complaint sent').waitFor();
  expect(await page.textContent('main')).not.toContain('Your advocate');
  return readCodes(page);
}

async function sayThankYou(page: Page, js: boolean): Promise<void> {
  await page.goto(`${running().stack.portalUrl}/wbc`);
  await page.getByRole('link', { name: 'Say thank you' }).click();
  await heading(page, 'Who is this thank you from?');
  await check(page, js);
  await page.getByLabel('A parent or carer').check();
  await cont(page);
  await heading(page, 'What would you like to say thank you for?');
  await cont(page);
  await page.locator('.govuk-error-summary').waitFor();
  await check(page, js);
  await page
    .getByLabel('What would you like to say thank you for?')
    .fill('Aisha helped us every week.');
  await cont(page);
  await heading(page, /Who would you like to thank/);
  await check(page, js);
  await page.getByLabel(/Who would you like to thank/).fill('Aisha, Fostering Team');
  await cont(page);
  await heading(page, 'Check your answers');
  await check(page, js);
  await page.getByRole('button', { name: 'Send thank you' }).click();
  await page.getByText('Thank you sent').waitFor();
  await check(page, js);
}

async function tellUsSomething(page: Page, js: boolean): Promise<void> {
  await page.goto(`${running().stack.portalUrl}/wbc`);
  await page.getByRole('link', { name: 'Tell us something' }).click();
  await heading(page, 'Who is this from?');
  await check(page, js);
  await page.getByLabel('Someone helping a young person').check();
  await cont(page);
  await heading(page, 'Did the young person say yes?');
  await cont(page);
  await page.locator('.govuk-error-summary').waitFor();
  await check(page, js);
  await page.getByLabel('The young person agreed I can do this').check();
  await cont(page);
  await heading(page, 'What would you like to tell us?');
  await check(page, js);
  await page
    .getByLabel('What would you like to tell us?')
    .fill('The youth club could open on Saturdays.');
  await cont(page);
  await heading(page, /How can we reply to you/);
  await check(page, js);
  await page.getByLabel('Phone number').fill('07700 900 982');
  await cont(page);
  await heading(page, 'Check your answers');
  await check(page, js);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByText('Message sent').waitFor();
  await check(page, js);
  expect(await page.textContent('main')).toContain(`We will reply by ${replyBy()}.`);
}

// ---------------------------------------------------------------------------------------------
// Staff reply, through the API as the admin app would

async function asOfficer() {
  const { apiUrl } = running().stack;
  const signIn = await fetch(`${apiUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-heard-client': 'e2e' },
    body: JSON.stringify({ email: 'officer@heard.example', password: 'heard-demo-password' }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { result } = (await signIn.json()) as { result: { data: { csrfToken: string } } };
  const headers = {
    'content-type': 'application/json',
    'x-heard-client': 'e2e',
    'x-csrf-token': result.data.csrfToken,
    cookie,
  };
  async function call<T>(path: string, input: unknown, method: 'GET' | 'POST'): Promise<T> {
    const url =
      method === 'GET'
        ? `${apiUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${apiUrl}/trpc/${path}`;
    const res = await fetch(url, {
      method,
      headers,
      ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
    });
    const body = (await res.json()) as { result?: { data: T }; error?: unknown };
    if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
    return body.result.data;
  }
  const me = await call<{ authorities: { id: string; code: string }[] }>(
    'auth.me',
    undefined,
    'GET',
  );
  const authorityId = me.authorities.find((a) => a.code === 'WBC')?.id ?? '';
  return { apiUrl, headers, authorityId, call };
}

/** Staff acknowledge the complaint, reply, and attach the reply letter. */
async function replyWithLetter(reference: string): Promise<void> {
  const officer = await asOfficer();
  const { authorityId, call } = officer;
  const inbox = await call<{ rows: { id: string; reference: string }[] }>(
    'complaints.inbox',
    { authorityId, view: 'all', limit: 100 },
    'GET',
  );
  const complaintId = inbox.rows.find((r) => r.reference === reference)?.id ?? '';
  const staff = await call<{ id: string; name: string; roles: string[] }[]>(
    'staff.list',
    { authorityId },
    'GET',
  );
  const responder = staff.find((s) => s.roles.includes('responding_manager'));
  const today = isoDateInLondon(new Date());
  for (const event of [
    { type: 'acknowledged', on: today },
    {
      type: 'responded',
      on: today,
      outcomes: [{ issue: 'Communication', outcome: 'partly_upheld' }],
      respondedBy: { id: responder?.id ?? '', name: responder?.name ?? '' },
    },
  ]) {
    await call(
      'complaints.recordEvent',
      { authorityId, complaintId, requestId: crypto.randomUUID(), event },
      'POST',
    );
  }
  const upload = await fetch(
    `${officer.apiUrl}/files/${authorityId}/complaints/${complaintId}/attachments`,
    {
      method: 'POST',
      headers: {
        ...officer.headers,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('Our reply.pdf'),
        'x-attachment-kind': 'letter',
      },
      body: Buffer.from('%PDF-1.4\nOur reply to you.\n%%EOF\n'),
    },
  );
  expect(upload.status).toBe(201);
}

// ---------------------------------------------------------------------------------------------
// Following a complaint

async function track(page: Page, made: Made, js: boolean): Promise<void> {
  await page.goto(`${running().stack.portalUrl}/wbc/track`);
  await check(page, js);
  await page.getByLabel('Reference').fill(made.reference);
  await page.getByLabel('Tracking code').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG');
  await page.getByRole('button', { name: 'Check my complaint' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  await check(page, js);
  await page.getByLabel('Reference').fill(made.reference);
  await page.getByLabel('Tracking code').fill(made.trackingCode);
  await page.getByRole('button', { name: 'Check my complaint' }).click();
  await heading(page, 'Your complaint');
  await check(page, js);
}

async function followToTheNextStage(page: Page, made: Made, js: boolean): Promise<void> {
  await track(page, made, js);
  expect(await page.textContent('main')).toContain('Stage 1');
  expect(await page.getByRole('button', { name: /Download our letter/ }).count()).toBe(0);

  await replyWithLetter(made.reference);
  await track(page, made, js);
  const main = (await page.textContent('main')) ?? '';
  expect(main).toContain('We sent you our reply.');
  expect(main).toContain('Our letter to you');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download our letter/ }).click();
  const letter = await download;
  expect(letter.suggestedFilename()).toBe('Our reply.pdf');

  await page
    .getByRole('button', { name: 'I’m still not happy' })
    .or(page.getByRole('button', { name: "I'm still not happy" }))
    .click();
  await heading(page, 'Ask for someone new to look at it');
  await check(page, js);
  await page.getByRole('button', { name: 'Yes, ask for the next stage' }).click();
  await page.getByText('We got your request').waitFor();
  await check(page, js);
  expect(await page.textContent('main')).toContain('Stage 2');

  await track(page, made, js);
  expect(await page.textContent('main')).toContain('Stage 2');
  expect(await page.getByRole('button', { name: /still not happy/ }).count()).toBe(0);
}

async function easyRead(page: Page, js: boolean): Promise<void> {
  for (const [from, link] of [
    ['/wbc', 'Easy read: this page in short, simple sentences'],
    ['/wbc/complain', 'Easy read: how to tell us what is wrong'],
    ['/wbc/track', 'Easy read: how to check on your complaint'],
  ] as const) {
    await page.goto(`${running().stack.portalUrl}${from}`);
    await page.getByRole('link', { name: link }).click();
    await heading(page, /^Easy read/);
    await check(page, js);
  }
}

describe.each([
  ['on', true, 390],
  ['off', false, 320],
] as const)('portal journeys with JavaScript %s', (_label, js, width) => {
  let made: Made | undefined;

  it('takes a complaint from a young person who wants an advocate', async () => {
    made = await withPage({ javaScriptEnabled: js, width }, (page) =>
      complainAsYoungPerson(page, js, `Nobody told me my social worker left (JS ${_label}).`),
    );
  });

  it('takes a complaint from someone helping, with the young person’s agreement', async () => {
    await withPage({ javaScriptEnabled: js, width }, (page) => complainAsHelper(page, js));
  });

  it('says thank you', async () => {
    await withPage({ javaScriptEnabled: js, width }, (page) => sayThankYou(page, js));
  });

  it('tells us something', async () => {
    await withPage({ javaScriptEnabled: js, width }, (page) => tellUsSomething(page, js));
  });

  it('follows the complaint to its reply letter and asks for the next stage', async () => {
    if (made === undefined) throw new Error('The complaint was not made.');
    const codes = made;
    await withPage({ javaScriptEnabled: js, width }, (page) =>
      followToTheNextStage(page, codes, js),
    );
  });

  it('has easy read pages for start, complain and track', async () => {
    await withPage({ javaScriptEnabled: js, width }, (page) => easyRead(page, js));
  });
});

// ---------------------------------------------------------------------------------------------
// Keyboard alone

/** Presses Tab until `target` has focus, as someone using a keyboard would. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`);
}

/**
 * Chooses a radio or ticks a box by keyboard. A group of radios is one Tab stop: Tab reaches the
 * group, and the arrow keys move through it, choosing as they go. A box is ticked with Space.
 */
async function keyCheck(page: Page, target: Locator): Promise<void> {
  const { type, name } = await target.evaluate((el) => ({
    type: (el as HTMLInputElement).type,
    name: (el as HTMLInputElement).name,
  }));
  if (type !== 'radio') {
    await tabTo(page, target);
    await page.keyboard.press('Space');
  } else {
    const inGroup = () =>
      page.evaluate(
        (group) => (document.activeElement as HTMLInputElement | null)?.name === group,
        name,
      );
    for (let i = 0; i < 40 && !(await inGroup()); i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 10 && !(await target.isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
  }
  expect(await target.isChecked()).toBe(true);
}

async function keyType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function keyPress(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

describe('every journey by keyboard alone', () => {
  const js = true;
  const options = { javaScriptEnabled: js, width: 1280 };

  it('makes a complaint and follows it', async () => {
    await withPage(options, async (page) => {
      await page.goto(`${running().stack.portalUrl}/wbc`);
      await keyPress(page, page.getByRole('link', { name: 'Make a complaint' }));
      await heading(page, 'Who is this complaint from?');
      // Enter on Continue with nothing chosen: the error summary takes focus.
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.evaluate(() => document.activeElement?.className)).toContain(
        'govuk-error-summary',
      );
      await keyCheck(page, page.getByLabel('A parent or carer'));
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyType(
        page,
        page.getByLabel('What happened?'),
        'The review meeting was cancelled twice.',
      );
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await heading(page, /What would you like to happen/);
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await heading(page, 'Would your child like an advocate?');
      await keyCheck(page, page.getByLabel('Yes', { exact: true }));
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyType(page, page.getByLabel('Your name'), 'Alex');
      // Enter in a text box continues; it never goes back.
      await page.keyboard.press('Enter');
      await heading(page, 'Check your answers');
      await keyPress(page, page.getByRole('button', { name: 'Send complaint' }));
      await page.getByText('Complaint sent').waitFor();
      const made = await readCodes(page);

      await page.goto(`${running().stack.portalUrl}/wbc/track`);
      await keyType(page, page.getByLabel('Reference'), made.reference);
      await keyType(page, page.getByLabel('Tracking code'), made.trackingCode);
      await page.keyboard.press('Enter');
      await heading(page, 'Your complaint');
      expect(await page.textContent('main')).toContain('Stage 1');
    });
  });

  it('says thank you', async () => {
    await withPage(options, async (page) => {
      await page.goto(`${running().stack.portalUrl}/wbc`);
      await keyPress(page, page.getByRole('link', { name: 'Say thank you' }));
      await keyCheck(page, page.getByLabel('Me, I am a young person'));
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyType(
        page,
        page.getByLabel('What would you like to say thank you for?'),
        'Thank you Jo.',
      );
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyPress(page, page.getByRole('button', { name: 'Send thank you' }));
      await page.getByText('Thank you sent').waitFor();
    });
  });

  it('tells us something', async () => {
    await withPage(options, async (page) => {
      await page.goto(`${running().stack.portalUrl}/wbc`);
      await keyPress(page, page.getByRole('link', { name: 'Tell us something' }));
      await keyCheck(page, page.getByLabel('Me, I am a young person'));
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyType(
        page,
        page.getByLabel('What would you like to tell us?'),
        'More youth club days.',
      );
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyPress(page, page.getByRole('button', { name: 'Continue' }));
      await keyPress(page, page.getByRole('button', { name: 'Send', exact: true }));
      await page.getByText('Message sent').waitFor();
      expect(await page.textContent('main')).toContain('You did not give us a way to reply');
    });
  });
});

describe('text at 200%', () => {
  it('fits a 1280 pixel screen zoomed to 200% on every kind of page', async () => {
    // Zooming a 1280 pixel window to 200% lays the page out 640 CSS pixels wide.
    await withPage({ javaScriptEnabled: true, width: 640 }, async (page) => {
      for (const path of [
        '/wbc',
        '/wbc/complain',
        '/wbc/say-thank-you',
        '/wbc/tell-us-something',
        '/wbc/track',
        '/wbc/easy-read',
      ]) {
        await page.goto(`${running().stack.portalUrl}${path}`);
        await check(page, true);
      }
    });
  });
});
