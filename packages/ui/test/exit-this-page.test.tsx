/**
 * "Leave this page" in a real Chromium: Shift three times and a click both leave with
 * `location.replace`, so Back cannot return to the page that was left.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser, Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExitThisPage } from '../src/ExitThisPage.js';
import { exitThisPageMessages } from '../src/exit-this-page.js';
import { compileStyles, launchChromium } from './harness.js';

const origin = 'http://heard.test';

/** The behaviour's source as a browser script that puts the function on `window`. */
function behaviourScript(): string {
  const source = readFileSync(new URL('../src/exit-this-page.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return `${outputText}\nwindow.enhanceExitThisPage = enhanceExitThisPage;`;
}

let browser: Browser;
let page: Page;
let css: string;
const script = behaviourScript();

function formPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Complain</title><link rel="stylesheet" href="/styles.css"></head>
<body class="govuk-template__body"><main id="main-content">${renderToStaticMarkup(<ExitThisPage />)}
<h1>Complain</h1><label for="t">What happened?</label><input id="t" name="t"></main>
<script type="module" src="/enhance.js"></script>
<script type="module">window.enhanceExitThisPage(document.querySelector('.govuk-exit-this-page'));</script>
</body></html>`;
}

beforeAll(async () => {
  [browser, css] = await Promise.all([launchChromium(), compileStyles()]);
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  const context = await browser.newContext();
  page = await context.newPage();
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const routes: Record<string, [string, string]> = {
      '/start': ['text/html', '<!DOCTYPE html><title>Start</title><h1>Start</h1>'],
      '/form': ['text/html', formPage()],
      '/leave': ['text/html', '<!DOCTYPE html><title>Home</title><h1>Welcome</h1>'],
      '/styles.css': ['text/css', css],
      '/enhance.js': ['text/javascript', script],
    };
    const found = routes[pathname];
    await (found === undefined
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ status: 200, contentType: found[0], body: found[1] }));
  });
  await page.goto(`${origin}/start`);
  await page.goto(`${origin}/form`);
  await page.waitForSelector('.govuk-exit-this-page__indicator', { state: 'attached' });
});

async function historyLength(): Promise<number> {
  return page.evaluate(() => history.length);
}

describe('Leave this page', () => {
  it('leaves after Shift is pressed three times, replacing the page in the history', async () => {
    const before = await historyLength();
    await page.keyboard.press('Shift');
    await expect
      .poll(() => page.textContent('[role="status"]'))
      .toBe(exitThisPageMessages.pressTwoMoreTimes);
    await page.keyboard.press('Shift');
    await expect
      .poll(() => page.textContent('[role="status"]'))
      .toBe(exitThisPageMessages.pressOneMoreTime);
    await page.keyboard.press('Shift');
    await page.waitForURL(`${origin}/leave`);
    expect(await historyLength()).toBe(before);
    await page.goBack();
    expect(page.url()).toBe(`${origin}/start`);
  });

  it('does not count Shift used to type a capital letter', async () => {
    await page.focus('#t');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    expect(page.url()).toBe(`${origin}/form`);
    expect(await page.inputValue('#t')).toBe('ABC');
  });

  it('leaves on a click, replacing the page in the history', async () => {
    const before = await historyLength();
    await page.click('.govuk-exit-this-page__button');
    await page.waitForURL(`${origin}/leave`);
    expect(await historyLength()).toBe(before);
  });
});
