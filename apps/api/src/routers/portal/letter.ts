/**
 * The response letter, for the person holding the complaint's reference and tracking code. The
 * portal's server fetches it and hands it to the browser; the browser never calls the API.
 */
import { portalProcedure } from '../../trpc.js';
import { responseLetterFile } from './complaint-view.js';
import { findTrackedComplaint, trackedComplaintInput } from './shared.js';

export const letter = portalProcedure.input(trackedComplaintInput).query(async ({ ctx, input }) => {
  const { authority, complaint } = await findTrackedComplaint(ctx, input);
  const file = await responseLetterFile(ctx.db, authority, complaint, ctx.now());
  ctx.log.info({ authority: authority.code, event: 'complaint.letter_downloaded' }, 'letter sent');
  return file;
});
