/** The express application: security headers, limits, health, and tRPC at /trpc. */
import { pingDatabase, type Database } from '@heard/db';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { loadSession } from './auth/session.js';
import type { Context } from './context.js';
import type { Env } from './env.js';
import { filesRouter } from './files.js';
import { importsRouter } from './imports.js';
import { reportFilesRouter } from './report-files.js';
import { appRouter } from './router.js';

export interface AppDeps {
  db: Database;
  env: Env;
  log: Logger;
  now?: () => Date;
}

export function createApp({ db, env, log, now = () => new Date() }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY_HOPS);
  app.use(helmet());

  // Live: the process answers. Ready: it can reach its database, so it can take traffic.
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  app.get(['/health', '/health/ready'], async (_req, res) => {
    try {
      await pingDatabase(db);
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.set('retry-after', '2');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  // Browsers cannot add a custom header to a cross-site request without a CORS preflight, which
  // this API never grants; so a state-changing request that carries it came from our own clients.
  app.use('/trpc', (req, res, next) => {
    if (req.method === 'POST' && !req.get('x-heard-client')) {
      res.status(403).json({ error: 'Requests must come from a Heard client.' });
      return;
    }
    next();
  });

  // One password or code attempt per request: a tRPC batch that includes a procedure checking one
  // is refused whole, before any of it runs. (Attempts are counted atomically in the database as
  // well, so concurrent requests cannot multiply them either.)
  const attemptProcedures = new Set(['auth.signIn', 'auth.enableTotp']);
  app.use('/trpc', (req, res, next) => {
    let paths: string[];
    try {
      paths = decodeURIComponent(req.path.slice(1)).split(',');
    } catch {
      res.status(400).json({ error: 'The request failed.' });
      return;
    }
    if (paths.length > 1 && paths.some((p) => attemptProcedures.has(p))) {
      res.status(400).json({ error: 'Sign in one request at a time.' });
      return;
    }
    next();
  });

  app.use('/files', (req, res, next) => {
    if (req.method === 'POST' && !req.get('x-heard-client')) {
      res.status(403).json({ error: 'Requests must come from a Heard client.' });
      return;
    }
    next();
  });
  app.use('/files', filesRouter({ db, env, log, now }));
  // The annual report's downloads and the historic case import share the attachments' path, so
  // the admin app's proxy and a production reverse proxy already pass them to the API.
  app.use('/files', reportFilesRouter({ db, env, log, now }));
  app.use('/files', importsRouter({ db, env, log, now }));

  app.use(
    '/trpc',
    express.json({ limit: '100kb' }),
    createExpressMiddleware({
      router: appRouter,
      maxBodySize: 100_000,
      createContext: async ({ req, res }): Promise<Context> => ({
        db,
        env,
        log,
        req,
        res,
        now,
        session: await loadSession(db, env, req, now()),
      }),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          log.error({ err: error, path }, 'procedure failed');
        }
      },
    }),
  );

  const onError: ErrorRequestHandler = (
    error: { status?: number; type?: string; code?: string },
    _req,
    res,
    _next,
  ) => {
    // A refusal raised by a shared check (not found, not assigned) keeps its meaning here too.
    const trpcStatus: Record<string, number> = {
      NOT_FOUND: 404,
      FORBIDDEN: 403,
      UNAUTHORIZED: 401,
    };
    const status = error.status ?? (error.code ? trpcStatus[error.code] : undefined) ?? 500;
    if (status >= 500) log.error({ err: error }, 'request failed');
    res
      .status(status)
      .json({ error: status === 413 ? 'The request is too large.' : 'The request failed.' });
  };
  app.use(onError);
  return app;
}
