/**
 * The portal's server, started for real on a free port. Only what needs no API is checked here
 * (headers, the pages that stand alone, refusals that happen before any call); the API is pointed
 * at a closed port, so a page that does need it shows the "service is down" page. Journeys against
 * the real API are in the end-to-end tests.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../src/server/app.js';
import type { RunningPortal } from '../src/server/app.js';
import { parseManifest } from '../src/server/assets.js';
import { loadEnv } from '../src/server/env.js';

const manifest = parseManifest(
  JSON.stringify({
    'src/client/common.ts': { file: 'assets/common.js', isEntry: true },
    'src/client/complain.tsx': {
      file: 'assets/complain.js',
      isEntry: true,
      imports: ['src/client/common.ts'],
    },
    'src/client/track.tsx': {
      file: 'assets/track.js',
      isEntry: true,
      imports: ['src/client/common.ts'],
    },
    'src/client/styles.scss': { file: 'assets/styles.css', isEntry: true },
  }),
);

let portal: RunningPortal;

beforeAll(async () => {
  // Port 9 (discard) is closed: nothing answers there.
  const env = loadEnv({ PORTAL_PORT: '0', API_URL: 'http://127.0.0.1:9', NODE_ENV: 'test' });
  portal = await startPortal(env, { manifest, log: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await portal.close();
});

const get = (path: string, init?: RequestInit) =>
  fetch(`${portal.url}${path}`, { redirect: 'manual', ...init });

describe('portal server', () => {
  it('sends a strict Content-Security-Policy and keeps no copy of pages', async () => {
    const res = await get('/accessibility');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(await res.text()).toContain('Accessibility statement');
  });

  it('serves the neutral page to leave to, and the privacy notice', async () => {
    expect(await (await get('/leave')).text()).toContain('<title>New tab</title>');
    expect(await (await get('/privacy')).text()).toContain('Privacy notice');
  });

  it('answers an unknown address with the friendly 404 page', async () => {
    const res = await get('/no/such/page/here');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('refuses a form posted from another site before doing anything with it', async () => {
    const res = await get('/wsc/complain', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
      },
      body: 'whatHappened=x',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Sorry, we could not accept that');
  });

  it('refuses a form that is far too big, kindly', async () => {
    const res = await get('/wsc/complain', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `whatHappened=${'x'.repeat(200_000)}`,
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('What you sent was too long');
  });

  it('says sorry, not a stack trace, when the API cannot be reached', async () => {
    const res = await get('/wsc');
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).toContain('Sorry, there is a problem with the service');
    expect(html).not.toMatch(/ECONNREFUSED|at .*\.ts/);
  });
});
