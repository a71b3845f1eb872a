/**
 * "Save and come back later" end to end, in Chromium against the real API, portal and admin
 * programs (docs/decisions/0010): start a complaint, save it, read the code once, leave with
 * "Leave this page", come back with the code (typed the way people copy codes), finish and send;
 * a wrong code gets one kind message; the code page cannot be shown again; the code can be
 * emailed; a saved thank you can be deleted. With JavaScript on and off, and once by keyboard
 * alone. axe-core checks every page and state; a question page, the code page and the wrong
 * code message are photographed at 375 and 1280 px.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

let stack: Stack | undefined;
let browser: Browser | undefined;
const shots = fileURLToPath(new URL('../test-results/', import.meta.url));

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
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

async function check(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await expectNoAxeViolations(page, { javaScriptEnabled });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(0);
}

/** Photographs the page at a phone's width and a laptop's, to be looked at. */
async function photograph(page: Page, name: string): Promise<void> {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: `${shots}save-return-${name}-${String(width)}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { name: text, level: 1 }).waitFor();
}

async function withPage(
  options: { javaScriptEnabled: boolean; width?: number },
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await running().browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled,
    viewport: { width: options.width ?? 390, height: 844 },
  });
  const page = await context.newPage();
  try {
    await run(page);
  } finally {
    await context.close();
  }
}

const cont = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true }).click();
const save = (page: Page) => page.getByRole('button', { name: 'Save and come back later' }).click();

/** Reads the code from the page shown once after saving. */
async function readReturnCode(page: Page): Promise<string> {
  await heading(page, 'Your answers are saved');
  const code = ((await page.locator('.govuk-panel .heard-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(page.url()).not.toContain(code);
  expect(page.url()).toMatch(/\/wbc\/complain\/saved$/);
  return code;
}

/** How someone might copy a code by hand: lower case, spaces for dashes, O for 0, l for 1. */
const copiedByHand = (code: string) =>
  code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');

async function comeBack(page: Page, js: boolean, code: string): Promise<void> {
  await page.goto(`${running().stack.portalUrl}/wbc`);
  await page.getByRole('link', { name: 'Come back to something you saved' }).click();
  await heading(page, 'Come back to something you saved');
  await check(page, js);
  await page.getByLabel('Your code').fill(code);
  await cont(page);
}

describe.each([true, false])('save and come back later, JavaScript %s', (js) => {
  it('saves a complaint, shows the code once, and carries on from it after leaving', async () => {
    const words = `Nobody told me my review moved (saved, JS ${js ? 'on' : 'off'}).`;
    let code = '';
    await withPage({ javaScriptEnabled: js }, async (page) => {
      await page.goto(`${running().stack.portalUrl}/wbc`);
      await page.getByRole('link', { name: 'Make a complaint' }).click();
      await heading(page, 'Who is this complaint from?');
      await page.getByLabel('Me, I am a young person').check();
      await cont(page);
      await heading(page, 'What happened?');
      await check(page, js);
      if (js) await photograph(page, 'question');
      // Saving takes what is typed as it is: no checks stop it.
      await page.getByLabel('What happened?').fill(words);
      await save(page);

      code = await readReturnCode(page);
      await check(page, js);
      expect(await page.textContent('main')).not.toContain(words);
      if (js) await photograph(page, 'code');

      // Refreshing does not show the code again.
      await page.reload();
      await heading(page, 'Your code cannot be shown again');
      await check(page, js);
      expect(await page.textContent('main')).not.toContain(code);

      // Leave this page: a blank page that says nothing about the service.
      await page
        .getByRole('link', { name: /Leave this page/ })
        .first()
        .click();
      await page.waitForURL(/\/leave$/);
    });

    await withPage({ javaScriptEnabled: js }, async (page) => {
      // A wrong code, and a code that is not a code: one kind message each, saying nothing more.
      await comeBack(page, js, '7KQM-4X2P-9HDT');
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'We could not find anything saved with that code',
      );
      expect(await page.title()).toMatch(/^Error: /);
      await check(page, js);
      if (js) await photograph(page, 'wrong-code');
      await page.getByLabel('Your code').fill('1234');
      await cont(page);
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'Enter the code as it was given',
      );
      await check(page, js);

      // The right code, copied by hand: the journey carries on after the page saved from.
      await page.getByLabel('Your code').fill(copiedByHand(code));
      await cont(page);
      await heading(page, /What would you like to happen/);
      await check(page, js);
      expect(page.url()).not.toContain(code);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await heading(page, 'What happened?');
      expect(await page.getByLabel('What happened?').inputValue()).toBe(words);
      await cont(page);
      await cont(page);
      await heading(page, 'Would you like an advocate?');
      await page.getByLabel('No', { exact: true }).check();
      await cont(page);
      await heading(page, /How can we contact you/);
      await cont(page);
      await heading(page, 'Check your answers');
      await check(page, js);
      expect(await page.textContent('main')).toContain(words);
      await page.getByRole('button', { name: 'Send complaint' }).click();
      await page.getByText('Complaint sent').waitFor();
      await check(page, js);
    });

    // Sent, so what was saved is gone: the code no longer opens anything.
    await withPage({ javaScriptEnabled: js }, async (page) => {
      await comeBack(page, js, code);
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'We could not find anything saved with that code',
      );
    });
  });

  it('emails the code, and deletes a saved thank you when asked', async () => {
    let code = '';
    await withPage({ javaScriptEnabled: js }, async (page) => {
      await page.goto(`${running().stack.portalUrl}/wbc/say-thank-you`);
      await page.getByLabel('A parent or carer').check();
      await cont(page);
      await page
        .getByLabel('What would you like to say thank you for?')
        .fill('The foster team found us a home.');
      await cont(page);
      await cont(page);
      await heading(page, 'Check your answers');
      await save(page);
      await heading(page, 'Your answers are saved');
      code = ((await page.locator('.govuk-panel .heard-code').textContent()) ?? '').trim();
      expect(page.url()).toMatch(/\/wbc\/say-thank-you\/saved$/);

      // A mistyped address is shown with the code still there, then the code is sent.
      await page.getByLabel('Email address (optional)').fill('sam@');
      await page.getByRole('button', { name: 'Email me the code' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      await check(page, js);
      expect(await page.locator('.govuk-panel .heard-code').textContent()).toBe(code);
      await page.getByLabel('Email address (optional)').fill('sam@example.com');
      await page.getByRole('button', { name: 'Email me the code' }).click();
      await heading(page, 'We sent you the code');
      await check(page, js);
    });

    await withPage({ javaScriptEnabled: js }, async (page) => {
      await comeBack(page, js, code);
      // Saved from the check page: it carries on there.
      await heading(page, 'Check your answers');
      expect(await page.textContent('main')).toContain('The foster team found us a home.');

      await page.goto(`${running().stack.portalUrl}/wbc/come-back`);
      await page.getByLabel('Your code').fill(code);
      await page.getByRole('button', { name: 'Delete what I saved' }).click();
      await heading(page, 'What you saved is deleted');
      await check(page, js);

      await comeBack(page, js, code);
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'We could not find anything saved with that code',
      );
    });
  });
});

/** Presses Tab until `target` has focus, as someone using a keyboard would. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`);
}

describe('save and come back later by keyboard alone', () => {
  it('saves a message and carries on with it, never touching the mouse', async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await page.goto(`${running().stack.portalUrl}/wbc/tell-us-something`);
      await heading(page, /Who is this from/);
      const first = page.getByLabel('Me, I am a young person');
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Save and come back later' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Your answers are saved');
      const code = ((await page.locator('.govuk-panel .heard-code').textContent()) ?? '').trim();
      await check(page, true);

      await tabTo(page, page.getByRole('link', { name: 'come back to something you saved' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Come back to something you saved');
      await tabTo(page, page.getByLabel('Your code'));
      await page.keyboard.type(code);
      // Enter sends the form with its first button: Continue, not Delete.
      await page.keyboard.press('Enter');
      await page.getByLabel(/What would you like to tell us/).waitFor();
      await check(page, true);
    });
  });
});
