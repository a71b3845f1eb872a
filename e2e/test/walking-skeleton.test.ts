/**
 * The core journey, end to end, in a real browser against the real programs: a young person
 * complains on the portal (with JavaScript on, and again with it off), gets a reference and a
 * tracking code, follows the complaint with them, and a signed-in staff member finds it in the
 * admin app's inbox. axe-core checks every page visited.
 */
import {
  addWorkingDays,
  englandAndWalesCalendar,
  formatLongDate,
  isoDateInLondon,
} from '@heard/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

let stack: Stack | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});
function running(): { stack: Stack; browser: Browser } {
  if (!stack || !browser) throw new Error('The programs or the browser did not start.');
  return { stack, browser };
}

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Made {
  reference: string;
  trackingCode: string;
}

async function complainOnPortal(
  page: Page,
  whatHappened: string,
  javaScriptEnabled: boolean,
): Promise<Made> {
  const axe = () => expectNoAxeViolations(page, { javaScriptEnabled });
  await page.goto(running().stack.portalUrl);
  await axe();
  await page.getByRole('link', { name: 'Westbridge Borough Council', exact: true }).click();
  await axe();
  await page.getByRole('link', { name: 'Make a complaint' }).click();
  await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
  await axe();

  // Going on with nothing chosen shows what to fix, and axe checks the error state too.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => page.locator('.govuk-error-summary').count()).toBe(1);
  await axe();

  // One question a page: who, what happened, what they would like, an advocate, then check.
  await page.getByLabel('Me, I am a young person').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What happened?').fill(whatHappened);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page
    .getByLabel('What would you like to happen? (optional)')
    .fill('I want to be asked first.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await axe();
  await page.getByRole('button', { name: 'Send complaint' }).click();
  await page.getByText('Complaint sent').waitFor();
  await axe();

  const codes = await page.locator('.heard-code').allTextContents();
  const [reference = '', trackingCode = ''] = codes.map((c) => c.trim());
  expect(reference).toMatch(/^WBC-\d{2}-\d{5}$/);
  expect(trackingCode.replace(/-/g, '')).toHaveLength(26);
  // Nothing secret in the address bar or the browser history.
  expect(page.url()).not.toContain(trackingCode);
  // The reply date is the procedure engine's: 10 working days after today (SI 2006/1738).
  const replyBy = addWorkingDays(isoDateInLondon(new Date()), 10, englandAndWalesCalendar());
  expect(await page.textContent('main')).toContain(formatLongDate(replyBy));
  return { reference, trackingCode };
}

async function trackOnPortal(page: Page, made: Made, javaScriptEnabled: boolean): Promise<void> {
  const axe = () => expectNoAxeViolations(page, { javaScriptEnabled });
  await page.goto(`${running().stack.portalUrl}/wbc/track`);
  await axe();

  // A wrong code and an unknown reference get the same answer.
  await page.getByLabel('Reference').fill(made.reference);
  await page.getByLabel('Tracking code').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG');
  await page.getByRole('button', { name: 'Check my complaint' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  const wrongCode = (await page.locator('.govuk-error-summary').textContent()) ?? '';
  await axe();
  await page.getByLabel('Reference').fill('WBC-26-99999');
  await page.getByLabel('Tracking code').fill(made.trackingCode);
  await page.getByRole('button', { name: 'Check my complaint' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  expect(await page.locator('.govuk-error-summary').textContent()).toBe(wrongCode);

  await page.getByLabel('Reference').fill(made.reference);
  await page.getByLabel('Tracking code').fill(made.trackingCode.toLowerCase());
  await page.getByRole('button', { name: 'Check my complaint' }).click();
  await page.getByRole('heading', { name: 'Your complaint' }).waitFor();
  const status = (await page.textContent('main')) ?? '';
  expect(status).toContain(made.reference);
  expect(status).toContain('Stage 1');
  await axe();
}

/** The admin app is a single-page app: staff use it with JavaScript on. */
async function findInAdmin(reference: string, text: string): Promise<void> {
  const { stack: programs, browser: chromium } = running();
  const context = await chromium.newContext();
  const admin = await context.newPage();
  try {
    await admin.goto(programs.adminUrl);
    await admin.getByLabel('Email address').waitFor();
    await expectNoAxeViolations(admin);
    await admin.getByLabel('Email address').fill('officer@heard.example');
    await admin.getByLabel('Password').fill('heard-demo-password');
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL(/\/a\/[A-Z]+\/inbox/);
    await admin.goto(`${programs.adminUrl}/a/WBC/inbox`);
    await admin.getByRole('link', { name: reference }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.getByRole('link', { name: reference }).click();
    await admin.getByText(text).waitFor();
    await expectNoAxeViolations(admin);
  } finally {
    await context.close();
  }
}

describe.each([
  ['on', true],
  ['off', false],
] as const)('portal with JavaScript %s', (_label, javaScriptEnabled) => {
  it('takes a complaint and lets its maker follow it', async () => {
    const context = await running().browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== 'localhost') thirdParty.push(request.url());
    });
    try {
      const made = await complainOnPortal(
        page,
        `Nobody told me my social worker left (JS ${_label}).`,
        javaScriptEnabled,
      );
      await trackOnPortal(page, made, javaScriptEnabled);
      expect(thirdParty).toEqual([]);

      // Staff see it in the admin app's inbox and can open it.
      await findInAdmin(made.reference, `Nobody told me my social worker left (JS ${_label}).`);
    } finally {
      await context.close();
    }
  });
});
