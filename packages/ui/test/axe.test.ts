/**
 * Every example, rendered on the server and styled with the GOV.UK styles, checked with axe-core in
 * a real Chromium against WCAG 2.2 A and AA and axe's best practices. No rule is turned off.
 */
import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/examples.js';
import { compileStyles, examplePage, launchChromium } from './harness.js';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let context: BrowserContext;
let css: string;

beforeAll(async () => {
  [browser, css] = await Promise.all([launchChromium(), compileStyles()]);
  context = await browser.newContext();
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

function describeViolations(results: AxeResults): string {
  return results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
    )
    .join('\n');
}

describe('axe-core in Chromium', () => {
  it('compiles the GOV.UK styles', () => {
    expect(css).toContain('.govuk-error-summary');
    expect(css).not.toContain('GDS Transport');
  });

  it.each(examples.map((e) => [`${e.component}: ${e.name}`, e] as const))(
    '%s has no violations',
    async (_, example) => {
      const page = await context.newPage();
      try {
        await page.setContent(examplePage(example));
        await page.addStyleTag({ content: css });
        await page.addScriptTag({ content: axe.source });
        const results = await page.evaluate(
          (runTags) => window.axe.run(document, { runOnly: { type: 'tag', values: runTags } }),
          tags,
        );
        expect(results.passes.length).toBeGreaterThan(0);
        expect(results.violations, describeViolations(results)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
