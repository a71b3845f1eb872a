/** What the portal's route modules share: rendering, the council in the address, the API. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Authority, AuthorityDirectory, PortalApi } from './api.js';
import { authorityPath } from './api.js';
import type { PageSpec } from './render.js';
import type { Sealer } from './sealed-cookie.js';
import type { RecentSubmissions } from './recent-submissions.js';
import type { AuthorityView } from './views.js';

export interface PortalContext {
  log: Logger;
  now: () => Date;
  sealer: Sealer;
  recent: RecentSubmissions;
  secureCookies: boolean;
  directory: AuthorityDirectory;
  apiFor(req: Request): PortalApi;
  send(res: Response, spec: PageSpec, status?: number): void;
}

export function authorityView(authority: Authority): AuthorityView {
  return { name: authority.name, path: authorityPath(authority) };
}

/** Finds the council named in the address, or passes on (to the 404); sends /WSC on to /wsc. */
export function withAuthority(
  directory: AuthorityDirectory,
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

export async function waitFor<T>(
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
