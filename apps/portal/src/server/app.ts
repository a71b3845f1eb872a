/**
 * The portal: an express server that renders every page to HTML and handles every form post, so
 * each journey works with no script at all. Scripts only add to pages that already work.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { z } from 'zod';
import { complaintSubmissionSchema, trackingLookupSchema } from '@heard/domain';
import {
  complaintFields,
  emptyComplaintForm,
  emptyTrackForm,
  fieldErrorsFromApi,
  fieldErrorsFromZod,
  readComplaintForm,
  readTrackForm,
  trackFields,
} from '../forms.js';
import type {
  ComplaintFormValues,
  ComplaintField,
  FieldErrors,
  TrackField,
  TrackFormValues,
} from '../forms.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { paths } from '../pages/service.js';
import {
  authorityPath,
  createAuthorityDirectory,
  createPortalApi,
  describeApiError,
} from './api.js';
import type { Authority, AuthorityDirectory, PortalApi } from './api.js';
import { pageAssets, readManifest } from './assets.js';
import type { ClientEntry, Manifest } from './assets.js';
import { loadEnv } from './env.js';
import type { PortalEnv } from './env.js';
import { createLogger } from './logger.js';
import { createRecentSubmissions } from './recent-submissions.js';
import { renderPage } from './render.js';
import type { PageSpec } from './render.js';
import { createSealer, parseCookies, serializeCookie } from './sealed-cookie.js';
import {
  accessibilityView,
  alreadySentView,
  complainView,
  confirmationGoneView,
  confirmationView,
  homeView,
  leaveView,
  notFoundView,
  privacyView,
  problemView,
  startView,
  trackStatusView,
  trackView,
} from './views.js';
import type { AuthorityView } from './views.js';
import type { ProblemKind } from '../pages/ProblemPages.js';

const distDir = new URL('../../dist/', import.meta.url);

/** The confirmation can be seen for 15 minutes after sending, and only once. */
const confirmationLifetimeSeconds = 15 * 60;
const confirmationCookie = 'heard_confirmation';
const confirmationPurpose = 'complaint-confirmation';

const confirmationSchema = z.object({
  authorityCode: z.string(),
  idempotencyKey: z.string(),
  reference: z.string(),
  trackingCode: z.string(),
  replyByText: z.string().nullable(),
});
type Confirmation = z.infer<typeof confirmationSchema>;

export interface PortalOptions {
  log?: Logger;
  /** The built assets' manifest; read from dist/.vite/manifest.json when not given. */
  manifest?: Manifest;
  /** The clock, for the cookies' expiry. */
  now?: () => Date;
}

export function createPortalApp(env: PortalEnv, options: PortalOptions = {}): express.Express {
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  const manifest = options.manifest ?? readManifest(new URL('.vite/manifest.json', distDir));
  const now = options.now ?? (() => new Date());
  const sealer = createSealer(env.PORTAL_SECRET);
  const recent = createRecentSubmissions(confirmationLifetimeSeconds * 1000);
  const secureCookies = env.NODE_ENV === 'production';

  const assetsByEntry = new Map<ClientEntry | undefined, ReturnType<typeof pageAssets>>();
  const assetsFor = (entry: ClientEntry | undefined) => {
    let found = assetsByEntry.get(entry);
    if (found === undefined) {
      found = pageAssets(manifest, entry);
      assetsByEntry.set(entry, found);
    }
    return found;
  };

  const apiFor = (req: Request): PortalApi => createPortalApi(env.API_URL, req.ip ?? '');
  // The list of councils is the same for everyone, so it is fetched without a visitor's address.
  const directory: AuthorityDirectory = createAuthorityDirectory(() =>
    createPortalApi(env.API_URL, '').authorities(),
  );

  function send(res: Response, spec: PageSpec, status = 200) {
    res.status(status).type('html').send(renderPage(spec, assetsFor));
  }

  function sendProblem(res: Response, kind: ProblemKind, status: number) {
    send(res, problemView(kind), status);
  }

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

  app.get(paths.leave, (_req, res) => {
    send(res, leaveView());
  });
  app.get(paths.accessibility, (_req, res) => {
    send(res, accessibilityView());
  });
  app.get(paths.privacy, (_req, res) => {
    send(res, privacyView());
  });

  /** Finds the council named in the address, or answers 404; sends /WSC on to /wsc. */
  function withAuthority(
    handler: (req: Request, res: Response, authority: Authority) => Promise<void> | void,
  ): RequestHandler {
    return async (req: Request, res: Response, next: NextFunction) => {
      const code = req.params.authorityCode;
      const authority = typeof code === 'string' ? await directory.find(code) : undefined;
      if (authority === undefined) {
        next();
        return;
      }
      if (req.method === 'GET' && code !== authority.code.toLowerCase()) {
        const rest = req.path.slice(1 + (code ?? '').length);
        res.redirect(301, `${authorityPath(authority)}${rest}`);
        return;
      }
      await handler(req, res, authority);
    };
  }

  app.get(
    '/:authorityCode',
    withAuthority((_req, res, authority) => {
      send(res, startView(authorityView(authority)));
    }),
  );

  function sendComplaintForm(
    res: Response,
    authority: Authority,
    form: {
      values: ComplaintFormValues;
      errors: FieldErrors<ComplaintField>;
      formError?: string;
      idempotencyKey: string;
    },
    status = 200,
  ) {
    send(res, complainView(authorityView(authority), form), status);
  }

  app.get(
    '/:authorityCode/complain',
    withAuthority((_req, res, authority) => {
      sendComplaintForm(res, authority, {
        values: emptyComplaintForm,
        errors: {},
        idempotencyKey: randomUUID(),
      });
    }),
  );

  const confirmationPath = (authority: Authority) =>
    `${authorityPath(authority)}/complain/confirmation`;
  const cookieOptions = (authority: Authority, maxAgeSeconds: number) => ({
    // The form's own address is included, so a repeated post can find the first one's cookie.
    path: `${authorityPath(authority)}/complain`,
    maxAgeSeconds,
    secure: secureCookies,
  });

  function readConfirmation(req: Request, authority: Authority): Confirmation | undefined {
    const token = parseCookies(req.get('cookie')).get(confirmationCookie);
    if (token === undefined) return undefined;
    const parsed = confirmationSchema.safeParse(sealer.unseal(confirmationPurpose, token, now()));
    if (!parsed.success || parsed.data.authorityCode !== authority.code) return undefined;
    return parsed.data;
  }

  function redirectToConfirmation(res: Response, authority: Authority, sealed: string) {
    res.setHeader(
      'Set-Cookie',
      serializeCookie(
        confirmationCookie,
        sealed,
        cookieOptions(authority, confirmationLifetimeSeconds),
      ),
    );
    res.redirect(303, confirmationPath(authority));
  }

  app.post(
    '/:authorityCode/complain',
    formBody,
    withAuthority(async (req, res, authority) => {
      const { values, idempotencyKey: posted } = readComplaintForm(req.body);
      const idempotencyKey = z.uuid().safeParse(posted).success ? posted : randomUUID();
      const parsed = complaintSubmissionSchema.safeParse(values);
      if (!parsed.success) {
        sendComplaintForm(
          res,
          authority,
          { values, errors: fieldErrorsFromZod(complaintFields, parsed.error), idempotencyKey },
          400,
        );
        return;
      }
      try {
        const sent = await apiFor(req).submitComplaint({
          ...parsed.data,
          authorityCode: authority.code,
          idempotencyKey,
        });
        const confirmation: Confirmation = {
          authorityCode: authority.code,
          idempotencyKey,
          reference: sent.reference,
          trackingCode: sent.trackingCode,
          replyByText: sent.replyByText,
        };
        const at = now();
        const sealed = sealer.seal(
          confirmationPurpose,
          confirmation,
          new Date(at.getTime() + confirmationLifetimeSeconds * 1000),
        );
        recent.remember(idempotencyKey, authority.code, sealed, at);
        redirectToConfirmation(res, authority, sealed);
      } catch (error) {
        const refusal = describeApiError(error);
        if (refusal?.kind === 'bad-request') {
          sendComplaintForm(
            res,
            authority,
            {
              values,
              errors: fieldErrorsFromApi(complaintFields, refusal.fieldErrors),
              idempotencyKey,
            },
            400,
          );
          return;
        }
        if (refusal?.kind === 'conflict') {
          // This form was sent before. Show the first sending's confirmation if this browser has
          // not seen it yet; the first request may still be finishing, so wait a moment for it.
          const sealed = await waitFor(
            () => recent.take(idempotencyKey, authority.code, now()),
            3000,
          );
          if (sealed !== undefined) {
            redirectToConfirmation(res, authority, sealed);
            return;
          }
          send(res, alreadySentView(authorityView(authority)));
          return;
        }
        if (refusal === undefined)
          log.error({ err: error, event: 'complaint.submit_failed' }, 'sending a complaint failed');
        sendComplaintForm(
          res,
          authority,
          {
            values,
            errors: {},
            formError:
              refusal?.kind === 'too-many-requests'
                ? 'Too many complaints have been sent from here just now. Wait a few minutes, then press Send complaint again.'
                : 'Sorry, we could not send your complaint just now. Nothing you typed has been lost. Wait a few minutes, then press Send complaint again.',
            idempotencyKey,
          },
          refusal === undefined ? 503 : 429,
        );
      }
    }),
  );

  app.get(
    '/:authorityCode/complain/confirmation',
    withAuthority((req, res, authority) => {
      const confirmation = readConfirmation(req, authority);
      // Shown once: the cookie goes now, whatever it held.
      res.setHeader(
        'Set-Cookie',
        serializeCookie(confirmationCookie, '', cookieOptions(authority, 0)),
      );
      if (confirmation === undefined) {
        send(res, confirmationGoneView(authorityView(authority)));
        return;
      }
      recent.forget(confirmation.idempotencyKey);
      send(res, confirmationView(authorityView(authority), confirmation));
    }),
  );

  function sendTrackForm(
    res: Response,
    authority: Authority,
    form: {
      values: TrackFormValues;
      errors: FieldErrors<TrackField>;
      formError?: TrackFormProps['formError'];
    },
    status = 200,
  ) {
    send(res, trackView({ ...authorityView(authority), code: authority.code }, form), status);
  }

  app.get(
    '/:authorityCode/track',
    withAuthority((_req, res, authority) => {
      sendTrackForm(res, authority, { values: emptyTrackForm, errors: {} });
    }),
  );

  // The answer comes straight back from the post, with no redirect: carrying the codes to a second
  // page would mean keeping them in the browser, and nothing about the complaint should outlive
  // this one response on a shared device.
  app.post(
    '/:authorityCode/track',
    formBody,
    withAuthority(async (req, res, authority) => {
      const values = readTrackForm(req.body);
      const parsed = trackingLookupSchema.safeParse(values);
      if (!parsed.success) {
        sendTrackForm(
          res,
          authority,
          { values, errors: fieldErrorsFromZod(trackFields, parsed.error) },
          400,
        );
        return;
      }
      try {
        const complaint = await apiFor(req).track({
          ...parsed.data,
          authorityCode: authority.code,
        });
        send(res, trackStatusView(authorityView(authority), complaint));
      } catch (error) {
        const refusal = describeApiError(error);
        if (refusal?.kind === 'bad-request') {
          sendTrackForm(
            res,
            authority,
            { values, errors: fieldErrorsFromApi(trackFields, refusal.fieldErrors) },
            400,
          );
          return;
        }
        if (refusal === undefined)
          log.error({ err: error, event: 'complaint.track_failed' }, 'checking a complaint failed');
        const formError =
          refusal?.kind === 'not-found'
            ? {
                text: 'We could not find a complaint with that reference and tracking code. Check them and try again.',
                fieldId: 'reference' as const,
              }
            : refusal?.kind === 'too-many-requests'
              ? { text: 'You have tried too many times. Wait a few minutes, then try again.' }
              : {
                  text: 'Sorry, we could not check your complaint just now. Wait a few minutes, then try again.',
                };
        const status = refusal?.kind === 'not-found' ? 404 : refusal === undefined ? 503 : 429;
        sendTrackForm(res, authority, { values, errors: {}, formError }, status);
      }
    }),
  );

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

function authorityView(authority: Authority): AuthorityView {
  return { name: authority.name, path: authorityPath(authority) };
}

async function waitFor<T>(
  find: () => T | undefined,
  timeoutMs: number,
  stepMs = 100,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
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
