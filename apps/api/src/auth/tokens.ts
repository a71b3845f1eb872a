import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A tracking code: 130 random bits as 26 base32 characters in groups of four, e.g.
 * `7K2M-9QXD-...`. Only its hash is stored.
 */
export function newTrackingCode(): string {
  const bytes = randomBytes(17); // 136 bits; 26 characters use 130 of them.
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 26; i++) {
    out += alphabet.charAt(Number(bits & 31n));
    bits >>= 5n;
  }
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** Normalises what a person typed: case, spaces, dashes, and the letters people confuse. */
export function normaliseTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Tracking codes carry 130 random bits, so a fast hash is enough: there is nothing to guess. */
export function hashTrackingCode(code: string): string {
  return sha256(`tracking:${normaliseTrackingCode(code)}`);
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
