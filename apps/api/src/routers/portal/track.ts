/**
 * Where a complaint has got to, for the person holding its reference and tracking code
 * (`complaintStatus`).
 */
import { portalProcedure } from '../../trpc.js';
import { complaintStatus } from './complaint-view.js';
import { findTrackedComplaint, trackedComplaintInput } from './shared.js';

export const track = portalProcedure.input(trackedComplaintInput).query(async ({ ctx, input }) => {
  const { authority, complaint } = await findTrackedComplaint(ctx, input);
  return complaintStatus(ctx.db, authority, complaint, ctx.now());
});
