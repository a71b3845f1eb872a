import type { Database, Membership, StaffUser } from '@heard/db';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Env } from './env.js';

export interface StaffSessionContext {
  tokenHash: string;
  csrfToken: string;
  staff: Pick<StaffUser, 'id' | 'email' | 'name' | 'external'>;
  memberships: Membership[];
}

/** What every procedure receives. `session` is set when a signed-in staff member calls. */
export interface Context {
  db: Database;
  env: Env;
  log: Logger;
  req: Request;
  res: Response;
  now: () => Date;
  session: StaffSessionContext | null;
}
