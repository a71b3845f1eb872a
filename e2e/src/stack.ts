/**
 * Starts the real API, portal and admin app as separate processes on their own ports, with the
 * API on a fresh in-memory database seeded with the demo data, and stops them afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Stack {
  apiUrl: string;
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

async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
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

export async function startStack(basePort: number): Promise<Stack> {
  const ports = { api: basePort, portal: basePort + 1, admin: basePort + 2 };
  const apiUrl = `http://localhost:${ports.api}`;
  const children = [
    start('api', 'apps/api', ['--import', 'tsx', 'src/main.ts'], {
      API_PORT: String(ports.api),
      PGLITE_MODE: 'memory',
      SEED_DEMO_DATA: 'true',
      DATABASE_URL: '',
    }),
    start('portal', 'apps/portal', ['--import', 'tsx', 'src/server/main.ts'], {
      PORTAL_PORT: String(ports.portal),
      API_URL: apiUrl,
    }),
    start(
      'admin',
      'apps/admin',
      [
        `${root}/apps/admin/node_modules/vite/bin/vite.js`,
        'preview',
        '--port',
        String(ports.admin),
        '--strictPort',
      ],
      { API_URL: apiUrl },
    ),
  ];
  const stack: Stack = {
    apiUrl,
    portalUrl: `http://localhost:${ports.portal}`,
    adminUrl: `http://localhost:${ports.admin}`,
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
      waitFor(`${apiUrl}/health`),
      waitFor(`${stack.portalUrl}/`),
      waitFor(`${stack.adminUrl}/`),
    ]);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}
