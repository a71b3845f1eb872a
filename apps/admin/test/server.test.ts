// @vitest-environment node
/**
 * The production server (`server/`): the headers every response carries, how the built files are
 * cached, the single-page fallback, and forwarding of the API's paths. It runs against a small
 * build written here and a fake API, both on ports the system picks.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminServer, type RunningAdminServer } from '../server/app';
import { loadEnv, type AdminEnv } from '../server/env';

const strictPolicy =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;" +
  "connect-src 'self';font-src 'self';object-src 'none';base-uri 'none';form-action 'self';" +
  "frame-ancestors 'none'";

const indexHtml = '<!doctype html><html lang="en-GB"><title>Heard</title><div id="root"></div>';
const silent = pino({ level: 'silent' });

/** What the fake API was sent. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bytes: number;
  sha256: string;
}

const seen: Seen[] = [];
/** Resolved when the fake API has the first bytes of an upload it is still receiving. */
let firstBytesArrived: (() => void) | undefined;

let dist: string;
let api: Server;
let apiUrl: string;
const running: RunningAdminServer[] = [];

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', (error?: Error) => {
      if (error) reject(error);
      else resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

/** An admin server on a free port of 127.0.0.1, in front of the fake API unless told otherwise. */
async function startAdmin(overrides: Partial<AdminEnv> = {}): Promise<string> {
  const env: AdminEnv = {
    ...loadEnv({}),
    NODE_ENV: 'test',
    ADMIN_PORT: 0,
    ADMIN_HOST: '127.0.0.1',
    API_URL: apiUrl,
    ...overrides,
  };
  const admin = await startAdminServer(env, { distDir: dist, log: silent });
  running.push(admin);
  const { port } = admin.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

let adminUrl: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'heard-admin-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), indexHtml);
  writeFileSync(join(dist, 'assets', 'x.js'), 'export {};\n');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  const fake = express();
  fake.use((req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      if (bytes === 0) firstBytesArrived?.();
      bytes += chunk.length;
      hash.update(chunk);
    });
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.originalUrl,
        headers: req.headers,
        bytes,
        sha256: hash.digest('hex'),
      });
      if (req.path === '/trpc/no.such.procedure') {
        res.status(404).json({ error: { message: 'No procedure found' } });
        return;
      }
      res.setHeader('X-From', 'fake-api');
      res.json({ ok: true, bytes });
    });
  });
  api = await listen(fake);
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  adminUrl = await startAdmin();
});

afterAll(async () => {
  await Promise.all(running.map((admin) => admin.close()));
  await closeServer(api);
  rmSync(dist, { recursive: true, force: true });
});

const page = { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };

function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('content-security-policy')).toBe(strictPolicy);
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('permissions-policy')).toBe(
    'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  );
  expect(headers.get('x-powered-by')).toBeNull();
}

function lastSeen(url: string): Seen {
  const found = seen.findLast((s) => s.url === url);
  if (found === undefined) throw new Error(`the fake API was not sent ${url}`);
  return found;
}

describe('the admin server', () => {
  it('sends the app with a strict policy and the portal’s headers at /', async () => {
    const res = await fetch(`${adminUrl}/`, page);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(await res.text()).toBe(indexHtml);
  });

  it('sends the same document and headers for a client-side route', async () => {
    const res = await fetch(`${adminUrl}/a/RBK/complaints/123`, page);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe(indexHtml);
  });

  it('answers / to a health check that accepts anything', async () => {
    const res = await fetch(`${adminUrl}/`);
    expect(res.status).toBe(200);
  });

  it('lets browsers keep hashed assets for a year, and checks the rest every time', async () => {
    const asset = await fetch(`${adminUrl}/assets/x.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expectSecurityHeaders(asset.headers);

    const icon = await fetch(`${adminUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('gives a missing asset a 404, not the app', async () => {
    const res = await fetch(`${adminUrl}/assets/gone-1234.js`, page);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<title>');
  });

  it('does not answer other methods or non-page requests with the app', async () => {
    const post = await fetch(`${adminUrl}/a/RBK/inbox`, { ...page, method: 'POST' });
    expect(post.status).toBe(404);
    const script = await fetch(`${adminUrl}/a/RBK/inbox`, {
      headers: { Accept: 'application/json' },
    });
    expect(script.status).toBe(404);
  });

  it('forwards /trpc to the API with the browser’s address, not the one it claims', async () => {
    const res = await fetch(`${adminUrl}/trpc/auth.me?batch=1&input=%7B%7D`, {
      headers: { 'X-Forwarded-For': '203.0.113.9', 'x-heard-client': 'admin' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-from')).toBe('fake-api');
    const call = lastSeen('/trpc/auth.me?batch=1&input=%7B%7D');
    expect(call.method).toBe('GET');
    expect(call.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(call.headers['x-forwarded-proto']).toBe('http');
    expect(call.headers['x-heard-client']).toBe('admin');
    // The browser's Host, as behind `vite preview`: the API sees the admin's origin.
    expect(call.headers.host).toBe(new URL(adminUrl).host);
  });

  it('passes the API’s own 404 for /trpc through, however the request accepts', async () => {
    const res = await fetch(`${adminUrl}/trpc/no.such.procedure`, page);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { message: 'No procedure found' } });
  });

  it('forwards /health to the API', async () => {
    const res = await fetch(`${adminUrl}/health/ready`);
    expect(res.status).toBe(200);
    expect(lastSeen('/health/ready').method).toBe('GET');
  });

  it('streams an upload to /files as it arrives, without reading it first', async () => {
    const first = randomBytes(64 * 1024);
    const rest = randomBytes(6 * 1024 * 1024);
    const whole = createHash('sha256').update(first).update(rest).digest('hex');
    const arrived = new Promise<void>((resolve) => {
      firstBytesArrived = resolve;
    });

    const { port } = new URL(adminUrl);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/files/authority-1/complaints/c-1/attachments',
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Length': first.length + rest.length,
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.write(first);
      // The rest is sent only once the API has the first part: a server that read the whole
      // body before forwarding it would wait here for ever.
      arrived.then(
        () => req.end(rest),
        (error: unknown) => {
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });

    const { status, body } = await answer;
    firstBytesArrived = undefined;
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({ ok: true, bytes: first.length + rest.length });
    const upload = lastSeen('/files/authority-1/complaints/c-1/attachments');
    expect(upload.method).toBe('POST');
    expect(upload.sha256).toBe(whole);
    expect(upload.headers['x-forwarded-for']).toBe('127.0.0.1');
  }, 20_000);

  it('answers 502 when the API does not answer', async () => {
    // A port that was free a moment ago and has nothing listening on it now.
    const gone = await listen(express());
    const { port } = gone.address() as AddressInfo;
    await closeServer(gone);
    const url = await startAdmin({ API_URL: `http://127.0.0.1:${port}` });
    const res = await fetch(`${url}/trpc/auth.me`);
    expect(res.status).toBe(502);
    expectSecurityHeaders(res.headers);
  });

  it('sends Strict-Transport-Security in production', async () => {
    const url = await startAdmin({ NODE_ENV: 'production' });
    const res = await fetch(`${url}/`, page);
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expectSecurityHeaders(res.headers);
  });

  it('passes on the address a trusted proxy in front reports', async () => {
    const url = await startAdmin({ TRUST_PROXY_HOPS: 1 });
    await fetch(`${url}/trpc/auth.me?hops=1`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(lastSeen('/trpc/auth.me?hops=1').headers['x-forwarded-for']).toBe('203.0.113.9');
  });
});

describe('loadEnv', () => {
  it('defaults to port 3001 on every interface, in front of the local API', () => {
    const env = loadEnv({});
    expect(env.ADMIN_PORT).toBe(3001);
    expect(env.ADMIN_HOST).toBeUndefined();
    expect(env.API_URL).toBe('http://127.0.0.1:3002');
    expect(env.TRUST_PROXY_HOPS).toBe(0);
  });

  it('refuses a setting that is not valid, naming it', () => {
    expect(() => loadEnv({ ADMIN_PORT: 'eighty' })).toThrow(/ADMIN_PORT/);
    expect(() => loadEnv({ API_URL: 'not a url' })).toThrow(/API_URL/);
  });
});
