/**
 * Signing in to the portal by a one-time email link, end to end (docs/decisions/0011): a parent
 * asks for a link, reads it from the mail the API delivered (the file mail adapter), follows it,
 * sees only their complaints and asks for the next stage; an advocate signs in, sees the
 * referrals, supports one and refers a new case; each with JavaScript on and again with it off.
 * With JavaScript, the timeout warning appears two minutes before the idle end and "Stay signed
 * in" keeps the session. axe-core checks every page and state; one pass is by keyboard alone;
 * screenshots at 375 and 1280 pixels go to E2E_SCREENSHOT_DIR when it is set.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

const mailFile = path.join(mkdtempSync(path.join(tmpdir(), 'heard-sign-in-')), 'mail.jsonl');
/** A short idle time, so the warning (two minutes before the end) comes after a minute. */
const idleSeconds = 180;
const shots = process.env.E2E_SCREENSHOT_DIR;

let stack: Stack | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  // The programs inherit these: mail goes to a file the test reads, the stack points links at its portal.
  Object.assign(process.env, {
    MAIL_TRANSPORT: 'file',
    MAIL_FILE_PATH: mailFile,
    REMINDERS_ENABLED: 'true',
    OUTBOX_POLL_SECONDS: '1',
    PORTAL_SESSION_IDLE_SECONDS: String(idleSeconds),
  });
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

/** A complaint sent straight to the API, as the portal sends one. */
async function complaintFor(input: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${running().stack.apiUrl}/trpc/portal.submitComplaint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...running().stack.portalHeaders },
    body: JSON.stringify({
      authorityCode: 'WBC',
      idempotencyKey: randomUUID(),
      whatHappened: 'Nobody came to my review meeting.',
      ...input,
    }),
  });
  const body = (await res.json()) as { result?: { data?: { reference?: string } } };
  const reference = body.result?.data?.reference;
  if (reference === undefined) throw new Error(`complaint not made: ${JSON.stringify(body)}`);
  return reference;
}

/** The sign-in link in the newest mail to this address, once the outbox has delivered it. */
async function linkMailedTo(email: string, after: number): Promise<string> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (existsSync(mailFile)) {
      const links = readFileSync(mailFile, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as { to: string; text: string })
        .filter((m) => m.to === email)
        .map((m) => /http\S+\/sign-in\/link\?token=[\w-]+/.exec(m.text)?.[0])
        .filter((link): link is string => link !== undefined);
      if (links.length > after) return links[links.length - 1] ?? '';
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no sign-in mail reached ${email}`);
}

function mailCount(email: string): number {
  if (!existsSync(mailFile)) return 0;
  return readFileSync(mailFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes(`"to":"${email}"`) && line.includes('sign-in/link')).length;
}

async function check(page: Page, javaScriptEnabled: boolean, name?: string): Promise<void> {
  await expectNoAxeViolations(page, { javaScriptEnabled });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(0);
  if (shots !== undefined && name !== undefined) {
    const width = page.viewportSize()?.width ?? 0;
    await page.screenshot({
      path: path.join(shots, `${name}-${String(width)}.png`),
      fullPage: true,
    });
  }
}

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { name: text, level: 1 }).waitFor();
}

async function withPage(
  javaScriptEnabled: boolean,
  width: number,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await running().browser.newContext({
    javaScriptEnabled,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Asks for a link as the tracking page offers it, and follows it to the signed-in page. */
async function signInAsParent(page: Page, email: string, js: boolean, shot?: string) {
  const portal = running().stack.portalUrl;
  const before = mailCount(email);
  await page.goto(`${portal}/wbc/track`);
  await page.getByRole('link', { name: 'Email me a link' }).click();
  await heading(page, 'Get a link to see your complaints');
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await heading(page, /Get a link/);
  expect(await page.title()).toMatch(/^Error: /);
  await check(page, js, shot && `${shot}-sign-in-error`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await heading(page, 'Check your email');
  await check(page, js, shot && `${shot}-check-email`);
  const link = await linkMailedTo(email, before);
  await page.goto(link);
  await heading(page, 'Sign in');
  await check(page, js, shot && `${shot}-follow-link`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Your complaints');
}

describe.each([
  ['JavaScript on', true, 'person6@example.com'],
  ['JavaScript off', false, 'person21@example.com'],
])('a parent signs in with %s', (_name, js, email) => {
  it('sees only their complaints, the status of one, and asks for the next stage', async () => {
    const other = await complaintFor({
      complainantType: 'young_person',
      contactEmail: 'not.them@example.com',
    });
    await withPage(js, 375, async (page) => {
      const shot = js ? 'parent-js' : 'parent-nojs';
      await signInAsParent(page, email, js, shot);
      await check(page, js, `${shot}-your-complaints`);
      const cases = page.locator('main .heard-case-list li');
      expect(await cases.count()).toBeGreaterThan(0);
      expect(await page.locator('main').textContent()).not.toContain(other);
      expect(await page.locator('main').textContent()).toContain('We sign you out after 3 minutes');

      await cases.first().getByRole('link').click();
      await heading(page, 'Your complaint');
      await check(page, js, `${shot}-status`);
      await page
        .getByRole('button', { name: 'I’m still not happy' })
        .or(page.getByRole('button', { name: "I'm still not happy" }))
        .click();
      await heading(page, /Stage 2|next stage|someone new/i);
      await check(page, js, `${shot}-next-stage`);
      await page
        .getByRole('button', { name: /Ask for|Send|Yes/ })
        .first()
        .click();
      await heading(page, 'We got your request');
      await check(page, js, `${shot}-next-stage-sent`);

      // Signing out leaves nothing: Back finds the signed-out answer, not the complaints.
      await page.getByRole('button', { name: 'Sign out' }).first().click();
      await heading(page, 'You’ve been signed out');
      await check(page, js, `${shot}-signed-out`);
      // The page before was the answer to a post: Chromium will not show it again from its cache.
      await page.goBack().catch(() => null);
      let shown = '';
      for (let i = 0; i < 20 && shown === ''; i++) {
        await page.waitForLoadState();
        shown = await page.content().catch(() => '');
      }
      expect(shown).not.toBe('');
      expect(shown).not.toContain('Your complaint');
      await page.goto(`${running().stack.portalUrl}/wbc/your-complaints`);
      await heading(page, /Get a link|signed out/);
    });
  });
});

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('an advocate with %s', (_name, js) => {
  it('signs in, supports a referral and refers a new case', async () => {
    const portal = running().stack.portalUrl;
    const referred = await complaintFor({
      complainantType: 'young_person',
      contactName: js ? 'Alex Jordan' : 'Kim Patel',
      contactEmail: `referral.${String(js)}@example.com`,
      advocateWanted: true,
    });
    await withPage(js, 1280, async (page) => {
      const shot = js ? 'advocate-js' : 'advocate-nojs';
      const before = mailCount('advocate@heard.example');
      await page.goto(`${portal}/wbc/advocates`);
      await heading(page, 'Sign in to the advocates’ area');
      await check(page, js, `${shot}-sign-in`);
      await page.getByLabel('Email address').fill('advocate@heard.example');
      await page.getByRole('button', { name: 'Email me a link' }).click();
      await heading(page, 'Check your email');
      await page.goto(await linkMailedTo('advocate@heard.example', before));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading(page, 'Advocates’ area');
      await check(page, js, `${shot}-home`);
      const main = page.locator('main');
      expect(await main.textContent()).toContain(js ? 'Alex J.' : 'Kim P.');
      expect(await main.textContent()).not.toContain(js ? 'Jordan' : 'Patel');

      await page
        .getByRole('button', { name: `I’ll support this young person (${referred})` })
        .click();
      await heading(page, 'Advocates’ area');
      await page.getByText('You now support this young person').waitFor();
      await check(page, js, `${shot}-supported`);
      expect(await page.locator('#cases ~ ul').textContent()).toContain(referred);

      await page.getByRole('button', { name: 'Refer a case' }).click();
      await heading(page, 'Refer a case');
      await page.getByRole('button', { name: 'Send complaint' }).click();
      await heading(page, 'Refer a case');
      expect(await page.title()).toMatch(/^Error: /);
      await check(page, js, `${shot}-refer-errors`);
      await page.getByLabel('The young person’s name').fill('Robin');
      await page.getByLabel('The young person agreed that I can complain for them').check();
      await page.getByLabel('What happened?').fill('Robin was moved without being asked.');
      await page.getByRole('button', { name: 'Send complaint' }).click();
      await heading(page, 'We got the complaint');
      await check(page, js, `${shot}-referred`);
      const made = (await page.locator('.govuk-panel .heard-code').textContent()) ?? '';
      await page.getByRole('link', { name: 'Go to the advocates’ area' }).click();
      await heading(page, 'Advocates’ area');
      await page.getByRole('link', { name: made }).click();
      await heading(page, 'Your complaint');
      await check(page, js, `${shot}-case`);
    });
  });
});

describe('the timeout warning, with JavaScript', () => {
  it('appears two minutes before the idle end, and "Stay signed in" keeps the session', async () => {
    await withPage(true, 1280, async (page) => {
      await signInAsParent(page, 'person18@example.com', true);
      const dialog = page.getByRole('dialog', { name: 'You’ll be signed out soon' });
      await dialog.waitFor({ timeout: 90_000 });
      expect(await dialog.textContent()).toContain('to protect your information');
      // Focus is in the dialog and stays there.
      expect(
        await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null),
      ).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null),
      ).toBe(true);
      await check(page, true, 'timeout-dialog');
      await page.setViewportSize({ width: 375, height: 800 });
      await check(page, true, 'timeout-dialog');
      await dialog.getByRole('button', { name: 'Stay signed in' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.reload();
      await heading(page, 'Your complaints');
    });
  });
});

describe('by keyboard alone', () => {
  it('asks for a link, signs in and opens a complaint', async () => {
    await withPage(true, 1280, async (page) => {
      const portal = running().stack.portalUrl;
      const email = 'person19@example.com';
      const before = mailCount(email);
      /** Tabs to the control whose text is `name`, then presses Enter. */
      async function tabTo(name: string) {
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const text = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
          if (text.startsWith(name)) {
            await page.keyboard.press('Enter');
            return;
          }
        }
        throw new Error(`could not reach ${name} with Tab`);
      }
      await page.goto(`${portal}/wbc/track`);
      await tabTo('Email me a link');
      await heading(page, 'Get a link to see your complaints');
      await page.keyboard.press('Tab');
      for (let i = 0; i < 30; i++) {
        if (await page.evaluate(() => document.activeElement?.id === 'email')) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await heading(page, 'Check your email');
      await page.goto(await linkMailedTo(email, before));
      await tabTo('Sign in');
      await heading(page, 'Your complaints');
      await tabTo('WBC-');
      await heading(page, 'Your complaint');
      await tabTo('Sign out');
      await heading(page, 'You’ve been signed out');
    });
  });
});
