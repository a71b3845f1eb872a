/**
 * The annual report and the historic case import through the admin app in Chromium, against the
 * real API: a Complaints Manager opens the report, follows a figure to the complaints behind it,
 * uploads a bad file (every bad line listed, nothing imported) and a good one (progress to 100%),
 * and downloads the Word document. axe-core checks every state of every page; one pass uses the
 * keyboard alone. Screenshots at 375 and 1280 pixels wide go to SCREENSHOT_DIR when it is set.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

const goodCsv = readFileSync(new URL('../../docs/examples/historic-cases.csv', import.meta.url));
const header = goodCsv.toString('utf8').split(/\r?\n/)[0] ?? '';
const badCsv = Buffer.from(
  [
    header,
    'E2E-1,complaint,statutory,1,2023-05-04,,no,,,2023-05-14,,,upheld,,,,,young_person,,email,,,,',
    'E2E-2,complaint,statutory,1,not-a-date,,no,,,,,,,,,,,young_person,,email,,,,',
    'E2E-3,complaint,statutory,7,2023-05-04,,no,,,,,,,,,,,young_person,,email,,,,',
    '',
  ].join('\n'),
);

let stack: Stack | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

function running(): { stack: Stack; page: Page } {
  if (!stack || !page) throw new Error('The programs or the browser did not start.');
  return { stack, page };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await page.goto(`${stack.adminUrl}/sign-in`);
  await page.getByLabel('Email address').fill('manager@heard.example');
  await page.getByLabel('Password').fill('heard-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/a\/[A-Z]+\/inbox$/);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const axe = () => expectNoAxeViolations(running().page);

async function heading(page: Page): Promise<string> {
  await page.locator('h1').first().waitFor();
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

/** Full-page screenshots at a phone's and a laptop's width, when SCREENSHOT_DIR is set. */
async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(dir, `${name}-${String(width)}.png`), fullPage: true });
    // The top of a long page, at a size that can be looked at.
    await page.screenshot({
      path: path.join(dir, `${name}-${String(width)}-top.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width, height: 2000 },
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The accessible text of the focused element: its label, or its own text. */
async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    const labelled = el.id
      ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent
      : null;
    return (labelled ?? el.textContent).trim();
  });
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const text = await focusedText(page);
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`could not reach “${String(name)}” with the Tab key`);
}

async function openReport(): Promise<Page> {
  const { page, stack } = running();
  await page.goto(`${stack.adminUrl}/a/WBC/inbox`);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect.poll(() => heading(page)).toMatch(/^Annual complaints report \d{4}-\d{2}$/);
  await page.getByRole('heading', { name: 'Summary' }).waitFor();
  return page;
}

describe('the annual report in the admin app', () => {
  it('shows the summary, charts and tables, and the complaints behind a figure', async () => {
    const page = await openReport();
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('table caption').allTextContents()).toContain(
      'Table 1: Statutory complaints by year and stage',
    );
    await axe();
    await screenshots(page, 'report');

    const year = (await heading(page)).replace('Annual complaints report ', '');
    const link = page.getByRole('link', { name: `: Stage 1 complaints received (${year})` });
    const shown = Number((await link.first().textContent())?.replace(/:.*$/, '').replace(/,/g, ''));
    expect(shown).toBeGreaterThan(0);
    await link.first().click();
    await expect.poll(() => heading(page)).toMatch(/^Stage 1 complaints received \(\d{4}-\d{2}\)$/);
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(shown);
    expect(await page.locator('main').textContent()).toContain(
      shown === 1 ? '1 complaint' : `${String(shown)} complaints`,
    );
    await axe();
    await screenshots(page, 'report-cases');
    await page.getByRole('link', { name: 'Back to the report' }).first().click();
    await expect.poll(() => heading(page)).toMatch(/^Annual complaints report/);
  });

  it('imports a bad file with every bad line listed, then a good file to 100%', async () => {
    const page = await openReport();
    await page.getByRole('link', { name: 'Import historic cases from a CSV file' }).click();
    await expect.poll(() => heading(page)).toBe('Import historic cases');
    await axe();

    // Nothing chosen: the problem at the field and in the summary.
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('#file-error').textContent()).toContain(
      'Choose a CSV file to import',
    );
    await axe();

    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'bad-cases.csv', mimeType: 'text/csv', buffer: badCsv });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await expect.poll(() => heading(page)).toBe('Nothing was imported');
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.textContent()).toContain('The file was not imported');
    const problems = await summary.locator('li').allTextContents();
    expect(problems.some((p) => p.startsWith('Line 3:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Line 4:'))).toBe(true);
    await axe();
    await screenshots(page, 'import-refused');

    await page.getByRole('button', { name: 'Upload a corrected file' }).click();
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'historic-cases.csv', mimeType: 'text/csv', buffer: goodCsv });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await expect.poll(() => heading(page)).toBe('Import complete');
    expect(await page.locator('progress').getAttribute('value')).toBe('100');
    expect(await page.locator('#import-progress-text').textContent()).toContain('100%');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
      '12 rows imported',
    );
    await axe();
    await screenshots(page, 'import-complete');
  });

  it('downloads the Word document', async () => {
    const page = await openReport();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Word document (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^WBC-annual-complaints-report-\d{4}-\d{2}\.docx$/,
    );
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('works with the keyboard alone: another year, a figure, the context figures', async () => {
    const page = await openReport();
    const first = await heading(page);
    await tabTo(page, 'Financial year');
    // Arrowing through the years changes nothing until the button is pressed.
    await page.keyboard.press('ArrowDown');
    expect(await heading(page)).toBe(first);
    await tabTo(page, 'Show report');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).not.toBe(first);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    await axe();

    await tabTo(page, /^Contacts in \d{4}-\d{2}$/);
    await page.keyboard.type('11,893x');
    await tabTo(page, 'Save context figures');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('#contacts-error').textContent()).toContain(
      'Contacts must be a whole number',
    );
    await axe();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toMatch(/^Contacts in/);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await tabTo(page, 'Save context figures');
    await page.keyboard.press('Enter');
    await page.getByText(/The context figures for \d{4}-\d{2} are saved/).waitFor();
    await axe();

    await page.keyboard.press('Shift+Tab');
    await openReport();
    await tabTo(page, /^[\d,]+: Stage 1 complaints completed/);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toMatch(/^Stage 1 complaints completed/);
    await axe();
  });
});
