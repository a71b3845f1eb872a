/**
 * The API as a process beside a PostgreSQL server the test starts, stops and restarts itself: it
 * starts while the database is down, says it is not ready, and becomes ready by itself; it keeps
 * running when the database restarts under load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freeTcpPort, startThrowawayPostgres, type ThrowawayPostgres } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_PORTAL_API_SECRET } from '../src/env.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const portalHeaders = {
  'x-heard-client': 'portal',
  'x-heard-portal-secret': DEVELOPMENT_PORTAL_API_SECRET,
};

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${String(timeoutMs)} ms`);
}

describe('the API and a database that comes and goes', () => {
  let cluster: ThrowawayPostgres;
  let api: ChildProcess | undefined;
  let url = '';
  const output: string[] = [];

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    await cluster.stop();
    const port = await freeTcpPort();
    url = `http://127.0.0.1:${String(port)}`;
    api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiDir,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        API_PORT: String(port),
        DATABASE_URL: cluster.url,
        SEED_DEMO_DATA: 'true',
        REMINDERS_ENABLED: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  }, 60_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api?.once('exit', resolve));
      api.kill('SIGKILL');
      await exited;
    }
    await cluster.destroy();
  });

  it('starts while PostgreSQL is down, says it is not ready, and becomes ready by itself', async () => {
    await until(async () => (await fetch(`${url}/health/live`)).ok, 30_000);
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('2');
    const call = await fetch(`${url}/trpc/portal.authorities`);
    expect(call.status).toBe(503);
    expect(await call.json()).toEqual({
      error: 'Heard is starting. Please try again in a moment.',
    });

    await cluster.start();
    await until(async () => (await fetch(`${url}/health/ready`)).ok, 45_000);
    expect(api?.exitCode).toBeNull();
  }, 90_000);

  it('keeps running, and answers again, when PostgreSQL restarts under load', async () => {
    let stop = false;
    let answered = 0;
    let failed = 0;
    const clients = Array.from({ length: 6 }, async () => {
      while (!stop) {
        try {
          const res = await fetch(`${url}/trpc/portal.authorities`, { headers: portalHeaders });
          if (res.ok) answered += 1;
          else failed += 1;
        } catch {
          failed += 1;
        }
      }
    });
    for (let i = 0; i < 3; i += 1) {
      await new Promise((r) => setTimeout(r, 300));
      await cluster.restart();
    }
    await until(async () => (await fetch(`${url}/health/ready`)).ok, 30_000);
    stop = true;
    await Promise.all(clients);
    expect(api?.exitCode, output.join('')).toBeNull();
    expect(answered).toBeGreaterThan(0);
    // Calls in flight when the server went away failed; everything after it answers again.
    expect(failed).toBeGreaterThan(0);
    const after = await fetch(`${url}/trpc/portal.authorities`, { headers: portalHeaders });
    expect(after.status).toBe(200);
  }, 90_000);
});
