/**
 * Signing in, "Your complaints" and signing out through the portal's server with no script, the
 * API played by a stand-in (docs/decisions/0011): what is asked of the API, the cookie's
 * attributes, the answers to an ended session, and the headers of signed-in pages.
 */
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal } from '../src/server/app.js';
import type { RunningPortal } from '../src/server/app.js';
import { parseManifest } from '../src/server/assets.js';
import { loadEnv } from '../src/server/env.js';
import { startFakeApi } from './fake-api.js';
import type { FakeApi } from './fake-api.js';

const manifest = parseManifest(
  JSON.stringify({
    'src/client/common.ts': { file: 'assets/common.js', isEntry: true },
    'src/client/track.tsx': { file: 'assets/track.js', isEntry: true },
    'src/client/signed-in.ts': { file: 'assets/session.js', isEntry: true },
    'src/client/styles.scss': { file: 'assets/styles.css', isEntry: true },
  }),
);

let api: FakeApi;
let portal: RunningPortal;
const token = 's'.repeat(43);

beforeAll(async () => {
  api = await startFakeApi();
  const env = loadEnv({ PORTAL_PORT: '0', API_URL: api.url, NODE_ENV: 'test' });
  portal = await startPortal(env, { manifest, log: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await portal.close();
  await api.close();
});
beforeEach(() => {
  api.calls.length = 0;
});

const post = (path: string, form: Record<string, string>, cookie?: string) =>
  fetch(`${portal.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie === undefined ? {} : { cookie }),
    },
    body: new URLSearchParams(form).toString(),
  });
const get = (path: string, cookie?: string) =>
  fetch(`${portal.url}${path}`, {
    redirect: 'manual',
    headers: cookie === undefined ? {} : { cookie },
  });
const signedIn = `heard_portal_session=${token}`;

describe('asking for a link', () => {
  it('offers it on the tracking page', async () => {
    const html = await (await get('/wbc/track')).text();
    expect(html).toContain('href="/wbc/sign-in"');
  });

  it('says what to fix when the email is missing, without calling the API', async () => {
    const res = await post('/wbc/sign-in', { email: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<title>Error: Get a link');
    expect(html).toContain('Enter your email address');
    expect(api.calls.filter((c) => c.path !== 'portal.authorities')).toEqual([]);
  });

  it('asks the API for a contact’s link and answers "Check your email"', async () => {
    api.answer('portal.requestSignInLink', () => ({ data: { sent: true, minutes: 20 } }));
    const res = await post('/wbc/sign-in', { email: 'parent@example.com' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your email');
    expect(api.calls.find((c) => c.path === 'portal.requestSignInLink')?.input).toEqual({
      authorityCode: 'WBC',
      email: 'parent@example.com',
      kind: 'contact',
    });
  });
});

describe('following the link', () => {
  it('shows a button, so a mail system opening the link does not use it up', async () => {
    const html = await (await get(`/wbc/sign-in/link?token=${token}`)).text();
    expect(html).toContain(`name="token" value="${token}"`);
    expect(api.calls.some((c) => c.path === 'portal.signIn')).toBe(false);
  });

  it('signs in with an HttpOnly, Secure, SameSite=Strict cookie', async () => {
    api.answer('portal.signIn', () => ({
      data: { sessionToken: token, kind: 'contact', idleSeconds: 1200 },
    }));
    const res = await post('/wbc/sign-in/link', { token: 'l'.repeat(43) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/wbc/your-complaints');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('heard_portal_session='));
    expect(cookie).toContain(`heard_portal_session=${token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('says a used or old link does not work', async () => {
    api.answer('portal.signIn', () => ({ error: { code: 'NOT_FOUND', httpStatus: 404 } }));
    const res = await post('/wbc/sign-in/link', { token: 'l'.repeat(43) });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This link does not work any more');
  });
});

describe('signed in', () => {
  beforeEach(() => {
    api.answer('portal.session', () => ({
      data: {
        kind: 'contact',
        authorityCode: 'WBC',
        name: null,
        idleSeconds: 1200,
        expiresAt: '2026-11-23T12:00:00.000Z',
      },
    }));
    api.answer('portal.myComplaints', () => ({
      data: [
        {
          reference: 'WBC-26-00042',
          receivedOn: '2026-11-02',
          receivedOnText: '2 November 2026',
          stageName: 'Stage 1: we look at what is wrong',
          status: 'We are looking into it',
        },
      ],
    }));
  });

  it('sends to sign in when there is no session', async () => {
    const res = await get('/wbc/your-complaints');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/wbc/sign-in');
  });

  it('lists the complaints, with no-store, the session length and a sign out button', async () => {
    const res = await get('/wbc/your-complaints', signedIn);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    // "Stay signed in" posts with fetch to this site, and only this site.
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html).toContain('WBC-26-00042');
    expect(html).toContain('We sign you out after 20 minutes if you do not use this site.');
    expect(html).toContain('action="/wbc/sign-out"');
    expect(html).toContain('src="/assets/session.js"');
    expect(api.calls.find((c) => c.path === 'portal.myComplaints')?.input).toEqual({
      sessionToken: token,
    });
  });

  it('lands an ended session on "You’ve been signed out" and forgets the cookie', async () => {
    api.answer('portal.session', () => ({ data: null }));
    const res = await get('/wbc/your-complaints', signedIn);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/wbc/signed-out?timeout=1');
    expect(res.headers.getSetCookie().join()).toMatch(/heard_portal_session=;/);
    api.answer('portal.signOut', () => ({ data: { signedOut: true } }));
    const page = await (await get('/wbc/signed-out?timeout=1')).text();
    expect(page).toContain('You were not active for a while');
    expect(page).not.toContain('WBC-26-00042');
  });

  it('signs out at the API, clears the cookie and the cache', async () => {
    api.answer('portal.signOut', () => ({ data: { signedOut: true } }));
    const res = await post('/wbc/sign-out', {}, signedIn);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/wbc/signed-out');
    expect(res.headers.get('clear-site-data')).toBe('"cache"');
    expect(api.calls.find((c) => c.path === 'portal.signOut')?.input).toEqual({
      sessionToken: token,
    });
  });

  it('ends the session when the person leaves the page', async () => {
    api.answer('portal.signOut', () => ({ data: { signedOut: true } }));
    const res = await get('/leave', signedIn);
    expect(await res.text()).toContain('<title>New tab</title>');
    expect(api.calls.some((c) => c.path === 'portal.signOut')).toBe(true);
  });

  it('extends the session for the timeout warning’s fetch', async () => {
    api.answer('portal.extendSession', () => ({ data: { idleSeconds: 1200 } }));
    const res = await fetch(`${portal.url}/wbc/session/extend`, {
      method: 'POST',
      headers: { cookie: signedIn, 'x-heard-fetch': 'extend' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ idleSeconds: 1200 });
  });
});
