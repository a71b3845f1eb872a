/**
 * The portal: an express server that renders every page to HTML and handles every form post, so
 * each journey works with no script at all. Scripts only add to pages that already work.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { ErrorRequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { paths } from '../pages/service.js';
import type { ProblemKind } from '../pages/ProblemPages.js';
import {
  authorityPath,
  createAuthorityDirectory,
  createPortalApi,
  type ApiTarget,
  describeApiError,
} from './api.js';
import type { AuthorityDirectory, PortalApi } from './api.js';
import { pageAssets, readManifest } from './assets.js';
import type { ClientEntry, Manifest } from './assets.js';
import { confirmationLifetimeSeconds } from './confirmations.js';
import { authorityView, withAuthority } from './context.js';
import type { PortalContext } from './context.js';
import { createDrafts, defaultDraftRateLimits, registerDrafts } from './drafts.js';
import type { DraftRateLimits } from './drafts.js';
import { loadEnv } from './env.js';
import type { PortalEnv } from './env.js';
import { registerJourneys } from './journeys.js';
import { createLimiters, defaultRateLimits } from './limits.js';
import type { RateLimits } from './limits.js';
import { createLogger } from './logger.js';
import { createRecentSubmissions } from './recent-submissions.js';
import { renderPage } from './render.js';
import type { PageSpec } from './render.js';
import { createSealer } from './sealed-cookie.js';
import { createSignedInApi } from './signed-in-api.js';
import { endPortalSession, registerSignIn } from './sign-in.js';
import { registerTracking } from './tracking.js';
import {
  accessibilityView,
  homeView,
  leaveView,
  notFoundView,
  privacyView,
  problemView,
  startView,
} from './views.js';

const distDir = new URL('../../dist/', import.meta.url);

export interface PortalOptions {
  log?: Logger;
  /** The built assets' manifest; read from dist/.vite/manifest.json when not given. */
  manifest?: Manifest;
  /** The clock, for the cookies' expiry. */
  now?: () => Date;
  /** How often forms may be used; the defaults suit a council's portal. */
  rateLimits?: Partial<RateLimits>;
  /** How often journeys may be saved and codes tried. */
  draftRateLimits?: Partial<DraftRateLimits>;
}

export function createPortalApp(env: PortalEnv, options: PortalOptions = {}): express.Express {
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  const manifest = options.manifest ?? readManifest(new URL('.vite/manifest.json', distDir));
  const now = options.now ?? (() => new Date());
  const sealer = createSealer(env.PORTAL_SECRET);
  const recent = createRecentSubmissions(confirmationLifetimeSeconds * 1000);
  const secureCookies = env.NODE_ENV === 'production';
  const apiTarget: ApiTarget = { url: env.API_URL, secret: env.PORTAL_API_SECRET };

  const assetsByEntry = new Map<ClientEntry | undefined, ReturnType<typeof pageAssets>>();
  const assetsFor = (entry: ClientEntry | undefined) => {
    let found = assetsByEntry.get(entry);
    if (found === undefined) {
      found = pageAssets(manifest, entry);
      assetsByEntry.set(entry, found);
    }
    return found;
  };

  // The list of councils is the same for everyone, so it is fetched without a visitor's address.
  const directory: AuthorityDirectory = createAuthorityDirectory(() =>
    createPortalApi(apiTarget, '').authorities(),
  );

  function send(res: Response, spec: PageSpec, status = 200) {
    res.status(status).type('html').send(renderPage(spec, assetsFor));
  }

  function sendProblem(res: Response, kind: ProblemKind, status: number) {
    send(res, problemView(kind), status);
  }

  const ctx: PortalContext = {
    log,
    now,
    sealer,
    recent,
    secureCookies,
    directory,
    // The API limits and audits by address, so the visitor's is passed on.
    apiFor: (req): PortalApi => createPortalApi(apiTarget, req.ip ?? ''),
    send,
  };
  const limiters = createLimiters({ ...defaultRateLimits, ...options.rateLimits }, (_req, res) => {
    sendProblem(res, 'too-many', 429);
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY_HOPS);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'"],
          fontSrc: ["'self'"],
          connectSrc: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          ...(env.NODE_ENV === 'production' ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: env.NODE_ENV === 'production',
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    );
    next();
  });

  // One line per request, by route pattern: never the URL's values, the body or the address.
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req.route as { path?: unknown } | undefined)?.path;
      log.info(
        {
          method: req.method,
          route: typeof route === 'string' ? route : 'unmatched',
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
        },
        'request',
      );
    });
    next();
  });

  app.use(
    '/assets',
    express.static(fileURLToPath(new URL('assets/', distDir)), {
      immutable: true,
      maxAge: '1y',
      index: false,
    }),
  );
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  // Every page may hold someone's words or codes, or show that they visited: keep none of it.
  app.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // Forms are only ever posted from this site's own pages.
  app.use((req, res, next) => {
    const site = req.get('sec-fetch-site');
    if (req.method === 'POST' && site !== undefined && site !== 'same-origin' && site !== 'none') {
      sendProblem(res, 'refused', 403);
      return;
    }
    next();
  });
  const formBody = express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 20 });

  app.get('/', async (_req, res) => {
    const authorities = await directory.list();
    const only = authorities.length === 1 ? authorities[0] : undefined;
    if (only !== undefined) {
      res.redirect(302, authorityPath(only));
      return;
    }
    send(
      res,
      homeView(
        [...authorities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map(authorityView),
      ),
    );
  });

  app.get(paths.leave, async (req, res) => {
    // Leaving also ends a portal session (docs/decisions/0011), so Back cannot return to it.
    await endPortalSession(req, res, createSignedInApi(apiTarget, req.ip ?? ''));
    send(res, leaveView());
  });
  app.get(paths.accessibility, (_req, res) => {
    send(res, accessibilityView());
  });
  app.get(paths.privacy, (_req, res) => {
    send(res, privacyView());
  });

  app.get(
    '/:authorityCode',
    withAuthority(directory, (_req, res, authority) => {
      send(res, startView(authorityView(authority)));
    }),
  );

  const drafts = createDrafts(ctx, {
    secret: env.PORTAL_SECRET,
    api: apiTarget,
    limits: { ...defaultDraftRateLimits, ...options.draftRateLimits },
    tooMany: (_req, res) => {
      sendProblem(res, 'too-many', 429);
    },
  });
  const resumeJourney = registerJourneys(app, ctx, limiters, formBody, drafts);
  registerDrafts(app, ctx, formBody, limiters.posts, drafts, resumeJourney);
  registerTracking(app, ctx, limiters, formBody);
  registerSignIn(app, ctx, limiters, formBody, apiTarget);

  app.use((_req, res) => {
    send(res, notFoundView(), 404);
  });

  const onError: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (status === 413) {
      sendProblem(res, 'too-large', 413);
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendProblem(res, 'refused', status);
      return;
    }
    log.error({ err: error }, 'request failed');
    sendProblem(res, 'unavailable', describeApiError(error) === undefined ? 503 : 500);
  };
  app.use(onError);
  return app;
}

export interface RunningPortal {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the portal on env.PORTAL_PORT (0 picks a free port) and says where it is listening. */
export async function startPortal(
  env: PortalEnv = loadEnv(),
  options: PortalOptions = {},
): Promise<RunningPortal> {
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  const app = createPortalApp(env, { ...options, log });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(env.PORTAL_PORT, (error?: Error) => {
      if (error) reject(error);
      else resolve(listening);
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  log.info(`portal listening on ${url}`);
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
