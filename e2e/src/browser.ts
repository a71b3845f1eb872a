/** Debian's Chromium, driven by playwright-core, and axe-core over every page a test visits. */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The rule sets the project holds itself to: WCAG 2.2 AA and axe's best practice. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now. axe runs as a script in the page, so for a page loaded with
 * JavaScript off, the same HTML (scripts removed, so it stays as a no-script visitor sees it) is
 * served at the same address to a second page where axe can run; styles load from the server.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<void> {
  if (options.javaScriptEnabled === false) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const browser = page.context().browser();
    if (!browser) throw new Error('The page has no browser.');
    const context = await browser.newContext({ viewport: page.viewportSize() });
    try {
      const copy = await context.newPage();
      const url = page.url();
      await copy.route(url, (route) =>
        route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
      );
      await copy.goto(url);
      await expectNoAxeViolations(copy);
    } finally {
      await context.close();
    }
    return;
  }
  // Single-page apps render after their data arrives: check the page once it has settled.
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
