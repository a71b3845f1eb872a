/**
 * Staff sessions: a random token in an HttpOnly, SameSite=Strict cookie; only its hash is stored.
 * A session ends after SESSION_IDLE_MINUTES without a request or SESSION_ABSOLUTE_HOURS after
 * sign-in, whichever comes first.
 */
import {
  createSession,
  deleteSession,
  findLiveSession,
  findStaffById,
  listMemberships,
  touchSession,
  type Database,
} from '@heard/db';
import type { Request, Response } from 'express';
import type { StaffSessionContext } from '../context.js';
import type { Env } from '../env.js';
import { newSecret, sha256 } from './tokens.js';

export const sessionCookieName = 'heard_session';

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      // A cookie that is not valid percent-encoding is no session token: treat it as absent.
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export async function startSession(
  db: Database,
  env: Env,
  res: Response,
  staffId: string,
  now: Date,
): Promise<{ csrfToken: string }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + env.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await createSession(db, { tokenHash: sha256(token), staffId, csrfToken, expiresAt, now });
  res.cookie(sessionCookieName, token, {
    httpOnly: true,
    secure: env.COOKIE_SECURE,
    sameSite: 'strict',
    path: '/',
    expires: expiresAt,
  });
  return { csrfToken };
}

export async function endSession(
  db: Database,
  env: Env,
  res: Response,
  tokenHash: string,
): Promise<void> {
  await deleteSession(db, tokenHash);
  res.clearCookie(sessionCookieName, {
    httpOnly: true,
    secure: env.COOKIE_SECURE,
    sameSite: 'strict',
    path: '/',
  });
}

/** The signed-in staff member behind a request, or null. Expired sessions are removed. */
export async function loadSession(
  db: Database,
  env: Env,
  req: Request,
  now: Date,
): Promise<StaffSessionContext | null> {
  const token = readCookie(req, sessionCookieName);
  if (!token) return null;
  const tokenHash = sha256(token);
  const session = await findLiveSession(db, tokenHash, now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > env.SESSION_IDLE_MINUTES * 60_000) {
    await deleteSession(db, tokenHash);
    return null;
  }
  const staff = await findStaffById(db, session.staffId);
  if (!staff || staff.disabledAt) return null;
  await touchSession(db, tokenHash, now);
  return {
    tokenHash,
    csrfToken: session.csrfToken,
    staff: { id: staff.id, email: staff.email, name: staff.name, external: staff.external },
    memberships: await listMemberships(db, staff.id),
  };
}
