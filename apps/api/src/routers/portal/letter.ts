/**
 * The response letter, for the person holding the complaint's reference and tracking code. The
 * portal's server fetches it and hands it to the browser; the browser never calls the API.
 */
import { evaluateStoredCase, findAttachment, listAttachments, listEvents } from '@heard/db';
import { isoDateInLondon } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { publicProcedure } from '../../trpc.js';
import { findTrackedComplaint, trackedComplaintInput } from './shared.js';
import { responseLetter } from './track.js';

export const letter = publicProcedure.input(trackedComplaintInput).query(async ({ ctx, input }) => {
  const { authority, complaint } = await findTrackedComplaint(ctx.db, input);
  const today = isoDateInLondon(ctx.now());
  const evaluation = evaluateStoredCase(authority, await listEvents(ctx.db, complaint.id), today);
  const chosen = responseLetter(await listAttachments(ctx.db, complaint.id), evaluation);
  const file = chosen ? await findAttachment(ctx.db, authority.id, chosen.id) : undefined;
  if (!file || file.complaintId !== complaint.id) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no letter to show yet.' });
  }
  ctx.log.info({ authority: authority.code, event: 'complaint.letter_downloaded' }, 'letter sent');
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    contentBase64: file.content.toString('base64'),
  };
});
