/**
 * Saving a portal journey to finish later, and mailing its return code (docs/decisions/0010).
 * The portal seals the answers with a key only the person's return code can make; this procedure
 * stores what it is given, keyed by the SHA-256 of the lookup id, for 28 days. It never sees the
 * answers in clear, and it sees the code only to put it in the one mail the person asks for.
 */
import {
  deletePortalDraft,
  draftCodeMailKey,
  enqueueMessages,
  findPortalDraft,
  insertPortalDraft,
} from '@heard/db';
import {
  DRAFT_LIFETIME_DAYS,
  emailDraftCodeSchema,
  formatLongDate,
  formatReturnCode,
  isoDateInLondon,
  saveDraftSchema,
} from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { sha256 } from '../../auth/tokens.js';
import { portalProcedure } from '../../trpc.js';
import { limitVisitor } from './limits.js';
import { authorityCodeSchema, requireAuthority } from './shared.js';

/** The lookup id carries 256 bits derived from the code, so a fast hash is enough. */
export const draftLookupHash = (lookupId: string) => sha256(`portal-draft:${lookupId}`);

const dayMs = 24 * 60 * 60 * 1000;

/** The council's "come back" page on the portal, where a return code is typed in. */
export const comeBackLink = (portalBaseUrl: string, authorityCode: string) =>
  `${portalBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(authorityCode.toLowerCase())}/come-back`;

/** One answer for a code never given, one expired and one deleted, so none can be told apart. */
export const draftNotFound = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'Nothing is saved with that code.' });

export const saveDraft = portalProcedure
  .input(saveDraftSchema.extend({ authorityCode: authorityCodeSchema }))
  .mutation(async ({ ctx, input }) => {
    await limitVisitor(ctx, ['draftsPerAddress']);
    const authority = await requireAuthority(ctx.db, input.authorityCode);
    const expiresAt = new Date(ctx.now().getTime() + DRAFT_LIFETIME_DAYS * dayMs);
    const saved = await ctx.db.transaction(async (tx) => {
      // Saving a journey that was saved before keeps only the newest: the old code stops working.
      if (input.replacesLookupId !== undefined)
        await deletePortalDraft(tx, authority.id, draftLookupHash(input.replacesLookupId));
      return insertPortalDraft(tx, {
        authorityId: authority.id,
        lookupHash: draftLookupHash(input.lookupId),
        journey: input.journey,
        salt: Buffer.from(input.salt, 'base64url'),
        iv: Buffer.from(input.iv, 'base64url'),
        ciphertext: Buffer.from(input.ciphertext, 'base64url'),
        expiresAt,
      });
    });
    // 60 random bits: the same code twice means the same save sent twice.
    if (saved === undefined)
      throw new TRPCError({ code: 'CONFLICT', message: 'This was saved already.' });
    ctx.log.info({ authority: authority.code, event: 'portal.draft_saved' }, 'journey saved');
    return {
      expiresAt: expiresAt.toISOString(),
      expiresOnText: formatLongDate(isoDateInLondon(expiresAt)),
    };
  });

/**
 * Mails a saved journey's return code to the address the person types: the code, where to use
 * it and when it runs out, and none of the answers. One mail per draft; it is deleted with it.
 * The link is built from the API's own PORTAL_BASE_URL, never from what the caller sends.
 */
export const emailDraftCode = portalProcedure
  .input(emailDraftCodeSchema.extend({ authorityCode: authorityCodeSchema }))
  .mutation(async ({ ctx, input }) => {
    await limitVisitor(ctx, ['draftMailsPerAddress']);
    const authority = await requireAuthority(ctx.db, input.authorityCode);
    const link = comeBackLink(ctx.env.PORTAL_BASE_URL, authority.code);
    const draft = await findPortalDraft(
      ctx.db,
      authority.id,
      draftLookupHash(input.lookupId),
      ctx.now(),
    );
    if (draft === undefined) throw draftNotFound();
    const expiresOn = formatLongDate(isoDateInLondon(draft.expiresAt));
    const added = await enqueueMessages(ctx.db, [
      {
        authorityId: authority.id,
        dedupeKey: draftCodeMailKey(draft.id),
        kind: 'portal.draft_code',
        recipientStaffId: null,
        toAddress: input.email,
        subject: `Your code to come back later – ${authority.name}`,
        body: [
          'You saved something to finish later. This is your code:',
          '',
          formatReturnCode(input.returnCode),
          '',
          `To carry on, go to ${link} and type in the code.`,
          `It works until ${expiresOn}. After that, what you saved is deleted.`,
          '',
          'Keep this email private. Anyone with the code can read what you saved.',
          'If you did not ask for this email, you can delete it.',
        ].join('\n'),
      },
    ]);
    if (added > 0)
      ctx.log.info({ authority: authority.code, event: 'portal.draft_code_mailed' }, 'code mailed');
    return { sent: added > 0 };
  });
