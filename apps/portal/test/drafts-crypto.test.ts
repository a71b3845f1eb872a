/**
 * The sealing of saved journeys (docs/decisions/0010): the answers come back only with the right
 * code, for the same journey and council, and unaltered; the lookup id depends on the portal's
 * secret; return codes are 60 random bits in an alphabet people can copy by hand.
 */
import {
  normaliseReturnCode,
  RETURN_CODE_ALPHABET,
  RETURN_CODE_BITS,
  returnCodeSchema,
} from '@heard/domain';
import { describe, expect, it } from 'vitest';
import { createDraftCrypto, newReturnCode } from '../src/server/drafts-crypto.js';

const crypto = createDraftCrypto('a portal secret of at least thirty-two characters');
const binding = { journey: 'complaint' as const, authorityCode: 'WBC' };
const payload = { step: 'what-happened', values: { whatHappened: 'Nobody came to my review.' } };

describe('return codes', () => {
  it('are three groups of four from Crockford’s alphabet: 60 bits', () => {
    expect(RETURN_CODE_BITS).toBe(60);
    const codes = new Set(Array.from({ length: 500 }, () => newReturnCode()));
    expect(codes.size).toBe(500);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(returnCodeSchema.parse(code)).toBe(code.replace(/-/g, ''));
    }
    // Every letter of the alphabet turns up: the low five bits of a byte pick one evenly.
    const seen = new Set([...codes].join('').replace(/-/g, ''));
    expect(seen.size).toBe(RETURN_CODE_ALPHABET.length);
  });

  it('survive being copied by hand', () => {
    expect(normaliseReturnCode(' 7kqm 4x2p-9hdt ')).toBe('7KQM4X2P9HDT');
    expect(normaliseReturnCode('OIL0-0000-0000')).toBe('011000000000');
    expect(returnCodeSchema.safeParse('7KQM-4X2P').success).toBe(false);
    expect(returnCodeSchema.safeParse('7KQM-4X2P-9HDU').success).toBe(false);
  });
});

describe('sealing a saved journey', () => {
  const code = normaliseReturnCode(newReturnCode());

  it('opens with the same code, journey and council', async () => {
    const sealed = await crypto.seal(code, binding, payload);
    expect(await crypto.open(code, binding, sealed)).toEqual(payload);
  });

  it('stays shut with a wrong code', async () => {
    const sealed = await crypto.seal(code, binding, payload);
    const other = normaliseReturnCode(newReturnCode());
    expect(await crypto.open(other, binding, sealed)).toBeUndefined();
  });

  it('stays shut when moved to another journey or council', async () => {
    const sealed = await crypto.seal(code, binding, payload);
    expect(await crypto.open(code, { ...binding, journey: 'comment' }, sealed)).toBeUndefined();
    expect(await crypto.open(code, { ...binding, authorityCode: 'NMC' }, sealed)).toBeUndefined();
  });

  it('stays shut when any part was changed', async () => {
    const sealed = await crypto.seal(code, binding, payload);
    const flip = (b64: string, at: number) => {
      const bytes = Buffer.from(b64, 'base64url');
      bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    for (const at of [0, 5, 40]) {
      const ciphertext = flip(sealed.ciphertext, at);
      expect(await crypto.open(code, binding, { ...sealed, ciphertext })).toBeUndefined();
    }
    // The tag is the last 16 bytes.
    const length = Buffer.from(sealed.ciphertext, 'base64url').length;
    const tag = flip(sealed.ciphertext, length - 1);
    expect(await crypto.open(code, binding, { ...sealed, ciphertext: tag })).toBeUndefined();
    expect(await crypto.open(code, binding, { ...sealed, iv: flip(sealed.iv, 0) })).toBeUndefined();
    expect(
      await crypto.open(code, binding, { ...sealed, salt: flip(sealed.salt, 0) }),
    ).toBeUndefined();
    expect(await crypto.open(code, binding, { ...sealed, iv: 'short' })).toBeUndefined();
  });

  it('holds none of the words or the code in what is stored', async () => {
    const sealed = await crypto.seal(code, binding, payload);
    const stored = [sealed.salt, sealed.iv, sealed.ciphertext]
      .map((b64) => Buffer.from(b64, 'base64url').toString('latin1'))
      .join('');
    expect(stored).not.toContain('Nobody');
    expect(stored).not.toContain('what-happened');
    expect(stored).not.toContain(code);
    expect(JSON.stringify(sealed)).not.toContain(code);
  });

  it('uses a new salt and nonce each time', async () => {
    const a = await crypto.seal(code, binding, payload);
    const b = await crypto.seal(code, binding, payload);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });
});

describe('lookup ids', () => {
  it('are the same for the same code, and differ by code and by portal secret', () => {
    const code = normaliseReturnCode('7KQM-4X2P-9HDT');
    const id = crypto.lookupId(code);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(crypto.lookupId(code)).toBe(id);
    expect(crypto.lookupId(normaliseReturnCode('7KQM-4X2P-9HDV'))).not.toBe(id);
    expect(
      createDraftCrypto('another portal secret of thirty-two characters').lookupId(code),
    ).not.toBe(id);
    expect(id).not.toContain(code.toLowerCase());
  });
});
