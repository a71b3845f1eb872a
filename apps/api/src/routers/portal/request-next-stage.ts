/**
 * "I'm still not happy", for the person holding a complaint's reference and tracking code
 * (`askForNextStage`).
 */
import { z } from 'zod';
import { portalProcedure } from '../../trpc.js';
import { askForNextStage } from './complaint-view.js';
import { findTrackedComplaint, trackedComplaintInput } from './shared.js';

export const requestNextStage = portalProcedure
  .input(trackedComplaintInput.extend({ requestId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const { authority, complaint } = await findTrackedComplaint(ctx, input);
    return askForNextStage(ctx, authority, complaint, input.requestId);
  });
