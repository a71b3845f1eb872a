/**
 * Small encrypted cookies. The confirmation page needs the new complaint's reference and tracking
 * code, which must not go in a URL (it would sit in the history, logs and referrers); the portal
 * keeps no sessions, so they travel in a cookie the browser cannot read or change: AES-256-GCM with
 * a key derived from PORTAL_SECRET, an expiry inside the sealed value, and the cookie's purpose as
 * additional authenticated data so a value sealed for one cookie is refused by another.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ivBytes = 12;
const tagBytes = 16;

export interface Sealer {
  seal(purpose: string, value: unknown, expiresAt: Date): string;
  /** The value, or undefined when the token is expired, altered, or sealed for another purpose. */
  unseal(purpose: string, token: string, now: Date): unknown;
}

export function createSealer(secret: string): Sealer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'heard-portal', 'sealed-cookie-v1', 32));
  return {
    seal(purpose, value, expiresAt) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose));
      const plain = Buffer.from(JSON.stringify({ exp: expiresAt.getTime(), value }));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    unseal(purpose, token, now) {
      const raw = Buffer.from(token, 'base64url');
      if (raw.length <= ivBytes + tagBytes) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, ivBytes));
        decipher.setAAD(Buffer.from(purpose));
        decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
        const plain = Buffer.concat([
          decipher.update(raw.subarray(ivBytes, raw.length - tagBytes)),
          decipher.final(),
        ]);
        const parsed = JSON.parse(plain.toString('utf8')) as { exp?: unknown; value?: unknown };
        if (typeof parsed.exp !== 'number' || parsed.exp <= now.getTime()) return undefined;
        return parsed.value;
      } catch {
        return undefined;
      }
    },
  };
}

/** The cookies a request carries, by name. Malformed pairs are skipped. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (header === undefined) return cookies;
  for (const part of header.split(';')) {
    const pair = part.trim();
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      continue;
    }
  }
  return cookies;
}

export interface CookieOptions {
  path: string;
  maxAgeSeconds: number;
  secure: boolean;
}

/**
 * A Set-Cookie value that only this portal's server can read (HttpOnly), that no other site can
 * make the browser send (SameSite=Strict), and that only goes to one part of the site (Path).
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (options.maxAgeSeconds === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
