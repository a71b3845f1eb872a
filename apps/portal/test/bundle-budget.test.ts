/**
 * Each page's JavaScript stays under 100 kB gzipped: many young people use old phones on slow or
 * pay-as-you-go data. Reads what `vite build` made (the test task builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clientEntries, pageAssets, readManifest } from '../src/server/assets.js';
import type { ClientEntry } from '../src/server/assets.js';

const dist = new URL('../dist/', import.meta.url);
const budgetBytes = 100 * 1024;

function gzipped(path: string): number {
  return gzipSync(readFileSync(new URL(`.${path}`, dist))).length;
}

describe('JavaScript weight per page', () => {
  it('has a build to measure', () => {
    expect(
      existsSync(new URL('.vite/manifest.json', dist)),
      'run "pnpm --filter @heard/portal build" first',
    ).toBe(true);
  });

  it.each(Object.keys(clientEntries) as ClientEntry[])('%s stays under 100 kB gzipped', (entry) => {
    const assets = pageAssets(readManifest(new URL('.vite/manifest.json', dist)), entry);
    const files = [assets.script, ...assets.modulePreloads].filter(
      (f): f is string => f !== undefined,
    );
    const total = files.reduce((sum, file) => sum + gzipped(file), 0);
    expect(total).toBeLessThan(budgetBytes);
  });
});
