/**
 * The advocacy referrals made on the portal, for the complaints team: which complaints, to which
 * provider, asked by whom, newest first. The team checks each reached the provider.
 */
import { listAdvocacyReferrals } from '@heard/db';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';

export const advocacyReferrals = authorityProcedure(abilities.readAllCases)
  .input(
    z.object({
      limit: z.number().int().min(1).max(100).default(50),
      offset: z.number().int().min(0).max(1_000_000).default(0),
    }),
  )
  .query(async ({ ctx, input }) => {
    const rows = await listAdvocacyReferrals(ctx.db, ctx.authorityId, input);
    return rows.map((r) => ({
      id: r.id,
      complaintId: r.complaintId,
      reference: r.reference,
      requestedBy: r.requestedBy,
      providerName: r.providerName,
      providerEmail: r.providerEmail,
      providerPhone: r.providerPhone,
      createdAt: r.createdAt.toISOString(),
    }));
  });
