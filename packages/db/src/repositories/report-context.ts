import type { ContextFigures } from '@heard/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { reportContextFigures } from '../schema.js';

/**
 * The context figures an authority recorded for one financial year (Wandsworth 2021-22 §6.8), with who last
 * changed them and when. `year` is the calendar year the financial year starts in.
 */
export interface ContextFiguresRecord {
  readonly authorityId: string;
  readonly year: number;
  readonly figures: ContextFigures;
  readonly updatedAt: Date;
  /** Null when they came from demo data or an import rather than a member of staff. */
  readonly updatedBy: string | null;
}

type Row = typeof reportContextFigures.$inferSelect;

function recordOf(row: Row): ContextFiguresRecord {
  return {
    authorityId: row.authorityId,
    year: row.year,
    figures: {
      contacts: row.contacts,
      referrals: row.referrals,
      assessments: row.assessments,
      section47Enquiries: row.section47Enquiries,
    },
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** The figures recorded for the authority and year, or null when none have been. */
export async function getContextFigures(
  db: Executor,
  authorityId: string,
  year: number,
): Promise<ContextFiguresRecord | null> {
  const [row] = await db
    .select()
    .from(reportContextFigures)
    .where(
      and(eq(reportContextFigures.authorityId, authorityId), eq(reportContextFigures.year, year)),
    )
    .limit(1);
  return row ? recordOf(row) : null;
}

/**
 * Records the figures for the authority and year, replacing any recorded before: every figure is
 * written, so a null clears one. `staffId` is who entered them (null for seeds and imports).
 */
export async function saveContextFigures(
  db: Executor,
  input: {
    authorityId: string;
    year: number;
    figures: ContextFigures;
    staffId: string | null;
  },
): Promise<ContextFiguresRecord> {
  const values = {
    contacts: input.figures.contacts,
    referrals: input.figures.referrals,
    assessments: input.figures.assessments,
    section47Enquiries: input.figures.section47Enquiries,
    updatedAt: sql`now()`,
    updatedBy: input.staffId,
  };
  const [row] = await db
    .insert(reportContextFigures)
    .values({ authorityId: input.authorityId, year: input.year, ...values })
    .onConflictDoUpdate({
      target: [reportContextFigures.authorityId, reportContextFigures.year],
      set: values,
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return recordOf(row);
}
