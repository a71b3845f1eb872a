/**
 * Runs the real API on a real database (each engine from `testEngines()`), listening on a free
 * port, and gives tests tRPC clients that behave like browsers: each keeps its own cookies.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { type DatabaseHandle } from '@heard/db';
import { openTestDatabase, type TestEngine } from '@heard/db/testing';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { createApp } from '../src/app.js';
import { loadEnv } from '../src/env.js';
import { createLogger } from '../src/logger.js';
import type { AppRouter } from '../src/router.js';
import { seedDemoDataIfEmpty } from '../src/seed.js';

export interface TestApi {
  url: string;
  /** The secret the portal server sends (`x-heard-portal-secret`). */
  portalSecret: string;
  handle: DatabaseHandle;
  /**
   * A client that keeps its own cookies. By default it also carries the portal's secret and a
   * visitor address of its own, as the portal server's calls do; `portal: false` leaves the
   * secret out (a caller that is not the portal), `address` chooses the visitor's address.
   */
  client(options?: { client?: string | null; portal?: boolean; address?: string }): TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  trpc: ReturnType<typeof createTRPCClient<AppRouter>>;
  cookies: Map<string, string>;
  csrfToken: string | undefined;
  signIn(email: string, password?: string): Promise<void>;
}

export async function startTestApi(engine: TestEngine, now?: () => Date): Promise<TestApi> {
  const handle = await openTestDatabase(engine);
  await seedDemoDataIfEmpty(handle.db);
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false' });
  let clients = 0;
  const app = createApp({
    db: handle.db,
    env,
    log: createLogger('silent'),
    ...(now ? { now } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => {
      resolve(s);
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    portalSecret: env.PORTAL_API_SECRET,
    handle,
    client(options = {}) {
      const cookies = new Map<string, string>();
      clients += 1;
      const address =
        options.address ?? `10.0.${String(Math.floor(clients / 250))}.${String(clients % 250)}`;
      const state: TestClient = {
        cookies,
        csrfToken: undefined,
        trpc: createTRPCClient<AppRouter>({
          links: [
            httpLink({
              url: `${url}/trpc`,
              headers: () => {
                const headers: Record<string, string> = {};
                const clientName = options.client === undefined ? 'test' : options.client;
                if (clientName) headers['x-heard-client'] = clientName;
                if (options.portal !== false) {
                  headers['x-heard-portal-secret'] = env.PORTAL_API_SECRET;
                  headers['x-heard-visitor-address'] = address;
                }
                if (state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
                if (cookies.size > 0) {
                  headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
                }
                return headers;
              },
              fetch: async (
                input: Parameters<typeof fetch>[0],
                init?: Parameters<typeof fetch>[1],
              ) => {
                const res = await fetch(input, init);
                for (const line of res.headers.getSetCookie()) {
                  const [pair = ''] = line.split(';');
                  const [name = '', ...value] = pair.split('=');
                  const v = value.join('=');
                  if (v === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
                  else cookies.set(name, v);
                }
                return res;
              },
            }),
          ],
        }),
        async signIn(email, password = 'heard-demo-password') {
          const result = await state.trpc.auth.signIn.mutate({ email, password });
          state.csrfToken = result.csrfToken;
        },
      };
      return state;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await handle.close();
    },
  };
}

/** The HTTP status a failed call got, or 200 when it succeeded. */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { httpStatus?: number } | undefined;
      return data?.httpStatus ?? 500;
    }
    throw error;
  }
}
