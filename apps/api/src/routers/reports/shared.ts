/** What the report's procedures and downloads share: the year asked for, and building the report. */
import { buildAnnualReport, findAuthorityById, type Executor } from '@heard/db';
import { isoDateInLondon, type AnnualReport } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/** A financial year, by the calendar year it starts in (2021 is 2021-22). */
export const reportYearSchema = z.number().int().min(2000).max(2096);

/** The authority's report for the year, figures as at today in England. */
export async function reportFor(
  db: Executor,
  authorityId: string,
  year: number,
  now: Date,
): Promise<AnnualReport> {
  const authority = await findAuthorityById(db, authorityId);
  if (!authority) throw new TRPCError({ code: 'NOT_FOUND', message: 'Not found.' });
  return buildAnnualReport(db, authority, year, isoDateInLondon(now));
}
