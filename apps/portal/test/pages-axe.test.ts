/**
 * Every page, in every state in fixtures.ts, rendered by the server and styled with the built
 * stylesheet, checked with axe-core in a real Chromium against WCAG 2.2 A and AA and best
 * practice. No rule is turned off. Needs `pnpm --filter @heard/portal build` (the test task
 * builds first) and Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import axe from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAssets, readManifest } from '../src/server/assets.js';
import { renderPage } from '../src/server/render.js';
import type { PageSpec } from '../src/server/render.js';
import { neutralPages, servicePages } from './fixtures.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = new URL('../dist/', import.meta.url);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let context: BrowserContext;
let css: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is needed at ${chromiumPath} for the accessibility tests. ` +
        'Install it with: apt-get update && apt-get install -y chromium',
    );
  }
  const stylesheet = pageAssets(readManifest(new URL('.vite/manifest.json', dist)), undefined)
    .stylesheets[0];
  css = readFileSync(new URL(`.${stylesheet ?? ''}`, dist), 'utf8');
  browser = await chromium.launch({
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
  context = await browser.newContext({ viewport: { width: 320, height: 640 } });
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

// The page's own links and scripts are left out: the stylesheet is added directly, and the
// islands' scripts are not what is being checked here.
const noAssets = () => ({ stylesheets: [], modulePreloads: [], script: undefined });

describe('portal pages in Chromium, 320 pixels wide', () => {
  const pages: [string, PageSpec][] = [
    ...servicePages.map(([name, spec]): [string, PageSpec] => [name, spec]),
    ...neutralPages,
  ];
  it.each(pages)('%s has no axe violations', async (_, spec) => {
    const page = await context.newPage();
    try {
      await page.setContent(renderPage(spec, noAssets));
      await page.addStyleTag({ content: css });
      await page.addScriptTag({ content: axe.source });
      const results = await page.evaluate(
        (runTags) => window.axe.run(document, { runOnly: { type: 'tag', values: runTags } }),
        tags,
      );
      const report = results.violations
        .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`)
        .join('\n');
      expect(results.violations, report).toEqual([]);
      // Nothing may be wider than the smallest phone screen.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    } finally {
      await page.close();
    }
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
