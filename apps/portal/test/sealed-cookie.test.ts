import { describe, expect, it } from 'vitest';
import { createSealer, parseCookies, serializeCookie } from '../src/server/sealed-cookie.js';

const secret = 'a-test-secret-that-is-at-least-32-characters-long';
const now = new Date('2026-11-22T10:00:00Z');
const later = new Date('2026-11-22T10:15:00Z');
const value = { reference: 'WSC-26-00042', trackingCode: 'K7QM-3XPD-99TW' };

describe('sealed cookies', () => {
  it('gives back what was sealed', () => {
    const sealer = createSealer(secret);
    const token = sealer.seal('confirmation', value, later);
    expect(sealer.unseal('confirmation', token, now)).toEqual(value);
  });

  it('hides the value: nothing readable is in the token', () => {
    const token = createSealer(secret).seal('confirmation', value, later);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('WSC-26');
  });

  it('seals the same value differently each time', () => {
    const sealer = createSealer(secret);
    expect(sealer.seal('confirmation', value, later)).not.toBe(
      sealer.seal('confirmation', value, later),
    );
  });

  it('refuses a token with any byte changed', () => {
    const sealer = createSealer(secret);
    const raw = Buffer.from(sealer.seal('confirmation', value, later), 'base64url');
    for (let i = 0; i < raw.length; i++) {
      const altered = Buffer.from(raw);
      altered[i] = (altered[i] ?? 0) ^ 0x01;
      expect(
        sealer.unseal('confirmation', altered.toString('base64url'), now),
        `byte ${i}`,
      ).toBeUndefined();
    }
  });

  it('refuses a token cut short, empty or not base64', () => {
    const sealer = createSealer(secret);
    const token = sealer.seal('confirmation', value, later);
    expect(sealer.unseal('confirmation', token.slice(0, 20), now)).toBeUndefined();
    expect(sealer.unseal('confirmation', '', now)).toBeUndefined();
    expect(sealer.unseal('confirmation', '%%%not base64%%%', now)).toBeUndefined();
  });

  it('refuses a token sealed for another purpose', () => {
    const sealer = createSealer(secret);
    const token = sealer.seal('something-else', value, later);
    expect(sealer.unseal('confirmation', token, now)).toBeUndefined();
  });

  it('refuses a token sealed with another secret', () => {
    const token = createSealer(secret).seal('confirmation', value, later);
    expect(createSealer(`${secret}!`).unseal('confirmation', token, now)).toBeUndefined();
  });

  it('refuses a token once it has expired', () => {
    const sealer = createSealer(secret);
    const token = sealer.seal('confirmation', value, later);
    expect(sealer.unseal('confirmation', token, new Date(later.getTime() - 1))).toEqual(value);
    expect(sealer.unseal('confirmation', token, later)).toBeUndefined();
  });
});

describe('cookie headers', () => {
  it('reads the cookies a request carries', () => {
    const cookies = parseCookies(
      'a=1; heard_confirmation=abc-_123; broken; =x; b=%E2%9C%93; c=%E0%A4%A',
    );
    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('heard_confirmation')).toBe('abc-_123');
    expect(cookies.get('b')).toBe('✓');
    expect(cookies.has('c')).toBe(false);
    expect(cookies.size).toBe(3);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('writes an HttpOnly, SameSite=Strict cookie for one path', () => {
    expect(
      serializeCookie('n', 'v', { path: '/wsc/complain', maxAgeSeconds: 900, secure: true }),
    ).toBe('n=v; Path=/wsc/complain; Max-Age=900; HttpOnly; SameSite=Strict; Secure');
  });

  it('deletes a cookie with an expiry in the past', () => {
    const header = serializeCookie('n', '', {
      path: '/wsc/complain',
      maxAgeSeconds: 0,
      secure: false,
    });
    expect(header).toContain('Max-Age=0');
    expect(header).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(header).not.toContain('Secure');
  });
});
