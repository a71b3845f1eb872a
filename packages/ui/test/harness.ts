/**
 * What the browser tests share: the compiled GOV.UK styles, a page that holds one example, and a
 * Chromium to show it in.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { compileAsync } from 'sass-embedded';
import type { ComponentExample } from '../src/examples.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts the system's Chromium, or fails saying how to install it: these tests never skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is needed at ${chromiumPath} for the accessibility tests. ` +
        'Install it with: apt-get update && apt-get install -y chromium',
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

/** The same stylesheet the apps build from `@heard/ui/styles.scss`. */
export async function compileStyles(): Promise<string> {
  const result = await compileAsync(path.join(packageRoot, 'src/styles.scss'), {
    loadPaths: [path.join(packageRoot, 'node_modules')],
    style: 'compressed',
    quietDeps: true,
  });
  return result.css;
}

/** A whole page around one example, laid out like the apps' pages. */
export function examplePage(example: ComponentExample): string {
  const markup = renderToStaticMarkup(example.element);
  const before = example.placement === 'before-main' ? markup : '';
  const after = example.placement === 'after-main' ? markup : '';
  const inMain = example.placement === 'main' ? markup : '<p class="govuk-body">Page content.</p>';
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${example.component}: ${example.name}</title></head>
<body class="govuk-template__body">
${before}
<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-l">${example.component}</h1>
${inMain}
</main>
</div>
${after}
</body>
</html>`;
}
