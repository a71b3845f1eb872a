/**
 * The admin app's production server: the built single-page app from `dist/`, the API's paths
 * forwarded to the API, and the same security headers as the portal, with a strict
 * Content-Security-Policy (docs/decisions/0006-admin-app.md, "Serving the app in production").
 *
 * The browser only ever talks to this origin, so the staff session cookie (HttpOnly,
 * SameSite=Strict) stays first-party and the API needs no CORS.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Request } from 'express';
import helmet from 'helmet';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { Logger } from 'pino';
import pino from 'pino';
import type { AdminEnv } from './env.js';

/** Where `vite build` writes the app. */
export const defaultDistDir = fileURLToPath(new URL('../dist', import.meta.url));

/** The paths that belong to the API. Everything else is the app's. */
export const apiPaths = ['/trpc', '/files', '/health'] as const;

/** True for `/trpc` and anything under it, but not for `/trpcx`. */
function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function isApiPath(path: string): boolean {
  return apiPaths.some((prefix) => under(path, prefix));
}

/**
 * The policy for the app and everything else this server sends. Vite's build has no inline
 * scripts or styles: one module script and one stylesheet, both files under `/assets`. React's
 * `style={}` props are set through the DOM, which `style-src` does not govern. `data:` images are
 * for the GOV.UK Frontend stylesheet's small inline icons; `connect-src 'self'` is for tRPC.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The same list as the portal's: the app uses none of these browser features. */
export const permissionsPolicy = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Hashed file names under `/assets` never change their content, so browsers keep them a year. */
const immutable = 'public, max-age=31536000, immutable';
/** `index.html` and unhashed files (the favicon) are checked with the server on every use. */
const revalidate = 'no-cache';

export interface AdminServerOptions {
  /** The built app; `apps/admin/dist` when not given. */
  distDir?: string;
  log?: Logger;
}

/**
 * True for a browser asking for a page, the only requests that get `index.html`: a navigation
 * says it accepts text/html. `/` itself is the app whatever is accepted, so that a load
 * balancer's health check (and the end-to-end stack's wait) finds the server up. A script's
 * request for a missing file, or for an unknown API path, gets a 404, not the app.
 */
function wantsPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.path === '/') return true;
  if (isApiPath(req.path) || under(req.path, '/assets')) return false;
  return (req.headers.accept ?? '').includes('text/html');
}

export function createAdminApp(env: AdminEnv, options: AdminServerOptions = {}): express.Express {
  const distDir = options.distDir ?? defaultDistDir;
  const log = options.log ?? pino({ level: env.LOG_LEVEL, base: { service: 'heard-admin' } });
  const indexHtml = `${distDir}/index.html`;
  if (!existsSync(indexHtml)) {
    throw new Error(
      `The admin app is not built: ${indexHtml} is missing. Run \`pnpm --filter @heard/admin build\`.`,
    );
  }

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY_HOPS);

  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
      referrerPolicy: { policy: 'no-referrer' },
      // Browsers heed this only over https, which production always is.
      strictTransportSecurity: env.NODE_ENV === 'production',
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', permissionsPolicy);
    next();
  });

  // Before anything that could read a body: uploads and tRPC calls stream through untouched.
  app.use(
    createProxyMiddleware<Request>({
      target: env.API_URL,
      pathFilter: (path) => isApiPath(path),
      // The API sees the browser's Host, as it did behind `vite preview`.
      changeOrigin: false,
      on: {
        proxyReq(proxyReq, req) {
          // The browser's address as this server found it (TRUST_PROXY_HOPS), replacing
          // whatever the browser claimed: the API trusts this server as its one hop.
          proxyReq.setHeader('X-Forwarded-For', req.ip ?? req.socket.remoteAddress ?? '');
          proxyReq.setHeader('X-Forwarded-Proto', req.protocol);
        },
        error(error, _req, res) {
          // Only the error's code: never the URL, which may name a case.
          log.warn({ code: (error as NodeJS.ErrnoException).code }, 'the API did not answer');
          if (!('writeHead' in res)) {
            res.destroy();
            return;
          }
          if (!res.headersSent) {
            res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
          }
          res.end('The API did not answer.');
        },
      },
    }),
  );

  app.use(
    express.static(distDir, {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders(res, path) {
        const isAsset = path.startsWith(`${distDir}/assets/`);
        res.setHeader('Cache-Control', isAsset ? immutable : revalidate);
      },
    }),
  );

  // Every page of the app is the same document; react-router reads the address.
  app.use((req, res, next) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    res.setHeader('Cache-Control', revalidate);
    res.sendFile(indexHtml, { cacheControl: false }, (error) => {
      if (error) next(error);
    });
  });

  app.use((_req, res) => {
    res.status(404).type('text').send('Not found');
  });

  return app;
}

export interface RunningAdminServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the server on ADMIN_PORT (0 picks a free port) and says where it is listening. */
export async function startAdminServer(
  env: AdminEnv,
  options: AdminServerOptions = {},
): Promise<RunningAdminServer> {
  const log = options.log ?? pino({ level: env.LOG_LEVEL, base: { service: 'heard-admin' } });
  const app = createAdminApp(env, { ...options, log });
  const server = await new Promise<Server>((resolve, reject) => {
    const done = (error?: Error) => {
      if (error) reject(error);
      else resolve(listening);
    };
    const listening =
      env.ADMIN_HOST === undefined
        ? app.listen(env.ADMIN_PORT, done)
        : app.listen(env.ADMIN_PORT, env.ADMIN_HOST, done);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  log.info(`admin listening on ${url}`);
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
