/**
 * Starts the real API, portal and admin app as separate processes on their own ports, with the
 * API on a fresh in-memory database seeded with the demo data, and stops them afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { freeTcpPort } from '@heard/db/testing';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Stack {
  apiUrl: string;
  /** What the portal sends the API with each call: a test calling `portal.*` directly needs it. */
  portalHeaders: Record<string, string>;
  portalUrl: string;
  adminUrl: string;
  stop(): Promise<void>;
}

function start(
  name: string,
  cwd: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: `${root}/${cwd}`,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code) => {
    if (code && code !== 0)
      process.stderr.write(`${name} exited with ${code}:\n${output.join('')}\n`);
  });
  return child;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: its program exited (${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}

export async function startStack(): Promise<Stack> {
  // Ports the system says are free, so two test runs on one machine never collide.
  const ports = {
    api: await freeTcpPort(),
    portal: await freeTcpPort(),
    admin: await freeTcpPort(),
  };
  const apiUrl = `http://127.0.0.1:${ports.api}`;
  // Configured once for both programs, as a council's deployment does.
  const portalApiSecret = randomBytes(32).toString('base64url');
  const portalUrl = `http://localhost:${ports.portal}`;
  const adminUrl = `http://localhost:${ports.admin}`;
  const children: [ChildProcess, ChildProcess, ChildProcess] = [
    start('api', 'apps/api', ['--import', 'tsx', 'src/main.ts'], {
      API_PORT: String(ports.api),
      PORTAL_BASE_URL: portalUrl,
      PORTAL_API_SECRET: portalApiSecret,
      ADMIN_BASE_URL: adminUrl,
      PGLITE_MODE: 'memory',
      SEED_DEMO_DATA: 'true',
      DATABASE_URL: '',
    }),
    start('portal', 'apps/portal', ['--import', 'tsx', 'src/server/main.ts'], {
      PORTAL_PORT: String(ports.portal),
      API_URL: apiUrl,
      PORTAL_API_SECRET: portalApiSecret,
    }),
    start('admin', 'apps/admin', ['--import', 'tsx', 'server/main.ts'], {
      ADMIN_PORT: String(ports.admin),
      API_URL: apiUrl,
    }),
  ];
  const [api, portal, admin] = children;
  const stack: Stack = {
    apiUrl,
    portalHeaders: {
      'x-heard-client': 'portal',
      'x-heard-portal-secret': portalApiSecret,
      'x-heard-visitor-address': '127.0.0.1',
    },
    portalUrl,
    adminUrl,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) {
                resolve();
                return;
              }
              child.once('exit', () => {
                resolve();
              });
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
            }),
        ),
      );
    },
  };
  try {
    await Promise.all([
      waitFor(`${apiUrl}/health/ready`, api),
      waitFor(`${stack.portalUrl}/`, portal),
      waitFor(`${stack.adminUrl}/`, admin),
    ]);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}
