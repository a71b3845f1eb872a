/**
 * Saving a portal journey to finish later. The portal encrypts the answers so far with a key made
 * from a return code that only the person holds; the API keeps the sealed answers and a hash of a
 * lookup id, never the answers in clear and never the code (docs/decisions/0010).
 *
 * The return code is 12 characters from Crockford's base32 alphabet (no I, L, O or U), written as
 * three groups of four: 60 random bits. Typed back, O is read as 0 and I or L as 1, spaces and
 * dashes are ignored, and case does not matter, so a code copied by hand still works.
 */
import { z } from 'zod';
import { singleLineText } from './text.js';

/** The journeys that can be saved: something's wrong, say thank you, tell us something. */
export const DRAFT_JOURNEYS = ['complaint', 'compliment', 'comment'] as const;
export type DraftJourney = (typeof DRAFT_JOURNEYS)[number];

/** A saved journey is kept for 28 days, then deleted unread. */
export const DRAFT_LIFETIME_DAYS = 28;

/** Crockford's base32: digits and capitals without I, L, O and U. */
export const RETURN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RETURN_CODE_GROUPS = 3;
export const RETURN_CODE_GROUP_LENGTH = 4;
/** 12 characters of 5 bits each. */
export const RETURN_CODE_BITS =
  RETURN_CODE_GROUPS * RETURN_CODE_GROUP_LENGTH * Math.log2(RETURN_CODE_ALPHABET.length);

export const draftMessages = {
  codeMissing: 'Enter the code you were given when you saved',
  codeInvalid: 'Enter the code as it was given, like 7KQM-4X2P-9HDT',
  notFound:
    'We could not find anything saved with that code. Check the code and try again. Things you save are deleted after 28 days.',
  emailMissing: 'Enter an email address',
  emailInvalid: 'Enter an email address like name@example.com',
} as const;

/** A code as typed, tidied: capitals, no spaces or dashes, O as 0, I and L as 1. */
export function normaliseReturnCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A code in its written form: three groups of four, joined by dashes. */
export function formatReturnCode(normalised: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalised.length; i += RETURN_CODE_GROUP_LENGTH)
    groups.push(normalised.slice(i, i + RETURN_CODE_GROUP_LENGTH));
  return groups.join('-');
}

const codePattern = new RegExp(
  `^[${RETURN_CODE_ALPHABET}]{${String(RETURN_CODE_GROUPS * RETURN_CODE_GROUP_LENGTH)}}$`,
);

/** A return code as the person types it; parses to the tidied form. */
export const returnCodeSchema = singleLineText({ error: draftMessages.codeMissing })
  .min(1, draftMessages.codeMissing)
  .max(40, draftMessages.codeInvalid)
  .transform(normaliseReturnCode)
  .pipe(z.string().regex(codePattern, draftMessages.codeInvalid));

/** What the portal derives from a return code to find its draft: 32 bytes as hex. */
export const draftLookupIdSchema = z.string().regex(/^[0-9a-f]{64}$/);

const base64url = (maxLength: number) =>
  z
    .string()
    .min(1)
    .max(maxLength)
    .regex(/^[A-Za-z0-9_-]+$/);

/** A draft sealed by the portal: the answers encrypted with AES-256-GCM, and what opens them. */
export const sealedDraftSchema = z.object({
  journey: z.enum(DRAFT_JOURNEYS),
  lookupId: draftLookupIdSchema,
  /** The key-derivation salt, 16 bytes. */
  salt: base64url(32),
  /** The GCM nonce, 12 bytes. */
  iv: base64url(24),
  /** The encrypted answers with GCM's tag; the portal's form bodies are at most 100 kB. */
  ciphertext: base64url(140_000),
});

export const saveDraftSchema = sealedDraftSchema.extend({
  /** The draft this one replaces, when a journey already saved is saved again. */
  replacesLookupId: draftLookupIdSchema.optional(),
});

export const draftLookupSchema = z.object({ lookupId: draftLookupIdSchema });

/** Sending the return code to an address the person types: the code and the link, no answers. */
export const emailDraftCodeSchema = z.object({
  lookupId: draftLookupIdSchema,
  returnCode: returnCodeSchema,
  email: singleLineText({ error: draftMessages.emailMissing })
    .min(1, draftMessages.emailMissing)
    .max(254, draftMessages.emailInvalid)
    .pipe(z.email(draftMessages.emailInvalid)),
});
