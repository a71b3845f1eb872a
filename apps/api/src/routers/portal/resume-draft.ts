/**
 * Coming back to a saved portal journey: the sealed answers for the portal to open with the
 * person's return code, and deleting them when the person asks (docs/decisions/0010). A draft
 * past its 28 days is deleted as it is asked for; an unknown, expired or deleted code all get the
 * same answer. Each look counts against the visitor's address (limits.ts).
 */
import { deletePortalDraft, findPortalDraft } from '@heard/db';
import { DRAFT_JOURNEYS, draftLookupSchema, formatLongDate, isoDateInLondon } from '@heard/domain';
import { portalProcedure } from '../../trpc.js';
import { draftLookupHash, draftNotFound } from './save-draft.js';
import { limitVisitor } from './limits.js';
import { authorityCodeSchema, requireAuthority } from './shared.js';

const input = draftLookupSchema.extend({ authorityCode: authorityCodeSchema });

export const resumeDraft = portalProcedure.input(input).query(async ({ ctx, input }) => {
  await limitVisitor(ctx, ['lookupsPerAddress']);
  const authority = await requireAuthority(ctx.db, input.authorityCode);
  const draft = await findPortalDraft(
    ctx.db,
    authority.id,
    draftLookupHash(input.lookupId),
    ctx.now(),
  );
  const journey = DRAFT_JOURNEYS.find((j) => j === draft?.journey);
  if (draft === undefined || journey === undefined) throw draftNotFound();
  return {
    journey,
    salt: draft.salt.toString('base64url'),
    iv: draft.iv.toString('base64url'),
    ciphertext: draft.ciphertext.toString('base64url'),
    expiresAt: draft.expiresAt.toISOString(),
    expiresOnText: formatLongDate(isoDateInLondon(draft.expiresAt)),
  };
});

/** Deletes a saved journey: asked for by the person, or done by the portal once it is sent. */
export const deleteDraft = portalProcedure.input(input).mutation(async ({ ctx, input }) => {
  const authority = await requireAuthority(ctx.db, input.authorityCode);
  const deleted = await deletePortalDraft(ctx.db, authority.id, draftLookupHash(input.lookupId));
  if (!deleted) throw draftNotFound();
  ctx.log.info(
    { authority: authority.code, event: 'portal.draft_deleted' },
    'saved journey deleted',
  );
  return { deleted: true as const };
});
