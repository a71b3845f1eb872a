/**
 * What the portal's procedures share: the council named in the input, and the complaint found by
 * its reference and private tracking code. Nobody signs in on the portal: the code is the key.
 */
import {
  findAuthorityByCode,
  findComplaintByReference,
  type Authority,
  type Complaint,
  type Database,
} from '@heard/db';
import { singleLineText, trackingLookupSchema } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { hashTrackingCode, sameHash } from '../../auth/tokens.js';
import { limitVisitor, referenceSubject } from './limits.js';

/** The stages in the words young people use (domain brief, "Words young people use"). */
export const stageNames = {
  1: 'Stage 1: we look at what is wrong',
  2: 'Stage 2: someone new looks at it',
  3: 'Stage 3: a panel listens',
} as const;

export const authorityCodeSchema = singleLineText().toUpperCase().min(1).max(20);

/** A reference and tracking code for one council's complaint. */
export const trackedComplaintInput = trackingLookupSchema.extend({
  authorityCode: authorityCodeSchema,
});

export async function requireAuthority(db: Database, code: string): Promise<Authority> {
  const authority = await findAuthorityByCode(db, code);
  if (!authority)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that council.' });
  return authority;
}

/** One answer for an unknown reference and a wrong code, so neither can be told apart. */
export const notFound = () =>
  new TRPCError({
    code: 'NOT_FOUND',
    message:
      'We could not find a complaint with that reference and tracking code. Check them and try again.',
  });

/**
 * The complaint whose reference and tracking code these are. The tracking code belongs to one
 * complaint, so a parent or carer (or anyone) holding it sees that complaint and no other. Each
 * look is counted against the visitor's address and against that reference from that address
 * (limits.ts) before the code is checked.
 */
export async function findTrackedComplaint(
  ctx: { db: Database; now: () => Date; visitorAddress: string },
  input: z.infer<typeof trackedComplaintInput>,
): Promise<{ authority: Authority; complaint: Complaint }> {
  const db = ctx.db;
  await limitVisitor(
    ctx,
    ['lookupsPerAddress', 'lookupsPerReferenceAndAddress'],
    `${input.authorityCode}:${referenceSubject(input.reference)}`,
  );
  const authority = await requireAuthority(db, input.authorityCode);
  const complaint = await findComplaintByReference(db, authority.id, input.reference);
  const presented = hashTrackingCode(input.trackingCode);
  if (!complaint?.trackingCodeHash || !sameHash(complaint.trackingCodeHash, presented)) {
    throw notFound();
  }
  return { authority, complaint };
}
