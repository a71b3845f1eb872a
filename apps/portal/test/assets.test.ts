import { describe, expect, it } from 'vitest';
import { pageAssets, parseManifest, readManifest } from '../src/server/assets.js';

const manifest = parseManifest(
  JSON.stringify({
    '_island-abc.js': {
      file: 'assets/island-abc.js',
      name: 'island',
      imports: ['src/client/common.ts'],
    },
    '_styles-in-chunk.js': { file: 'assets/x.js', css: ['assets/extra.css'] },
    'src/client/common.ts': {
      file: 'assets/common-123.js',
      src: 'src/client/common.ts',
      isEntry: true,
    },
    'src/client/complain.tsx': {
      file: 'assets/complain-456.js',
      isEntry: true,
      imports: ['src/client/common.ts', 'src/client/common.ts', '_island-abc.js'],
    },
    'src/client/track.tsx': {
      file: 'assets/track-789.js',
      isEntry: true,
      imports: ['_styles-in-chunk.js'],
    },
    'src/client/styles.scss': { file: 'assets/styles-000.css', isEntry: true },
  }),
);

describe('page assets from the build manifest', () => {
  it('links the stylesheet, the entry script and everything it imports, once each', () => {
    expect(pageAssets(manifest, 'complain')).toEqual({
      stylesheets: ['/assets/styles-000.css'],
      modulePreloads: ['/assets/common-123.js', '/assets/island-abc.js'],
      script: '/assets/complain-456.js',
    });
  });

  it('links the stylesheets that imported chunks bring', () => {
    expect(pageAssets(manifest, 'track').stylesheets).toEqual([
      '/assets/styles-000.css',
      '/assets/extra.css',
    ]);
  });

  it('gives a page with no script only the stylesheet', () => {
    expect(pageAssets(manifest, undefined)).toEqual({
      stylesheets: ['/assets/styles-000.css'],
      modulePreloads: [],
      script: undefined,
    });
  });

  it('says clearly when the build is missing', () => {
    expect(() => readManifest(new URL('file:///nowhere/.vite/manifest.json'))).toThrow(
      'Run "pnpm --filter @heard/portal build" first',
    );
    expect(() => pageAssets(parseManifest('{}'), 'common')).toThrow(
      'The manifest has no src/client/styles.scss',
    );
  });
});
