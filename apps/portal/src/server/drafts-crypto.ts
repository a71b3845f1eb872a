/**
 * The cryptography of a saved journey (docs/decisions/0010). The portal makes a return code the
 * person writes down, and from it:
 *
 * - a **lookup id**, HMAC-SHA256 of the code under a key derived from PORTAL_SECRET, which the API
 *   stores only as a hash. Without the portal's secret, a copy of the database cannot be used to
 *   test guesses at codes;
 * - a **key**, scrypt of the code with a random 16-byte salt kept with the draft (N = 2^15, r = 8,
 *   p = 1: about 32 MB and a tenth of a second per guess), which encrypts the answers with
 *   AES-256-GCM. The journey and council are the additional authenticated data, so a draft cannot
 *   be moved to another journey or council.
 *
 * The code is 12 characters of Crockford's base32: 60 random bits. The portal allows 40 lookups
 * per address each 15 minutes, 3,840 a day; with 10,000 drafts alive, one address trying for the
 * whole 28 days a draft lives finds one with a chance of about 1 in 1,000,000,000
 * (107,520 x 10,000 / 2^60).
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
} from 'node:crypto';
import {
  formatReturnCode,
  RETURN_CODE_ALPHABET,
  RETURN_CODE_GROUP_LENGTH,
  RETURN_CODE_GROUPS,
} from '@heard/domain';
import type { DraftJourney } from '@heard/domain';

const saltBytes = 16;
const ivBytes = 12;
const tagBytes = 16;
const scryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** A new return code, written in three groups of four, like `7KQM-4X2P-9HDT`. */
export function newReturnCode(): string {
  const length = RETURN_CODE_GROUPS * RETURN_CODE_GROUP_LENGTH;
  // 32 letters, so the low 5 bits of each random byte pick one with no bias.
  const code = [...randomBytes(length)]
    .map((byte) => RETURN_CODE_ALPHABET.charAt(byte & 31))
    .join('');
  return formatReturnCode(code);
}

/** Sealed answers, as the API stores them (base64url). */
export interface SealedDraft {
  salt: string;
  iv: string;
  ciphertext: string;
}

/** What is bound to the sealed answers besides the code. */
export interface DraftBinding {
  journey: DraftJourney;
  authorityCode: string;
}

const aad = (binding: DraftBinding) =>
  Buffer.from(`heard-portal-draft-v1:${binding.journey}:${binding.authorityCode.toUpperCase()}`);

function deriveKey(normalisedCode: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(normalisedCode, salt, 32, scryptOptions, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export interface DraftCrypto {
  /** The lookup id of a tidied code (see `normaliseReturnCode`): 64 hex characters. */
  lookupId(normalisedCode: string): string;
  seal(normalisedCode: string, binding: DraftBinding, value: unknown): Promise<SealedDraft>;
  /** The value, or undefined when the code is wrong or the draft was altered or moved. */
  open(normalisedCode: string, binding: DraftBinding, sealed: SealedDraft): Promise<unknown>;
}

export function createDraftCrypto(secret: string): DraftCrypto {
  const lookupKey = Buffer.from(hkdfSync('sha256', secret, 'heard-portal', 'draft-lookup-v1', 32));
  return {
    lookupId(normalisedCode) {
      return createHmac('sha256', lookupKey).update(normalisedCode).digest('hex');
    },
    async seal(normalisedCode, binding, value) {
      const salt = randomBytes(saltBytes);
      const iv = randomBytes(ivBytes);
      const key = await deriveKey(normalisedCode, salt);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad(binding));
      const body = Buffer.concat([
        cipher.update(Buffer.from(JSON.stringify(value))),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return {
        salt: salt.toString('base64url'),
        iv: iv.toString('base64url'),
        ciphertext: body.toString('base64url'),
      };
    },
    async open(normalisedCode, binding, sealed) {
      const salt = Buffer.from(sealed.salt, 'base64url');
      const iv = Buffer.from(sealed.iv, 'base64url');
      const body = Buffer.from(sealed.ciphertext, 'base64url');
      if (salt.length !== saltBytes || iv.length !== ivBytes || body.length <= tagBytes)
        return undefined;
      try {
        const key = await deriveKey(normalisedCode, salt);
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(aad(binding));
        decipher.setAuthTag(body.subarray(body.length - tagBytes));
        const plain = Buffer.concat([
          decipher.update(body.subarray(0, body.length - tagBytes)),
          decipher.final(),
        ]);
        return JSON.parse(plain.toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}
