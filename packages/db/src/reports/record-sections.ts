/**
 * The annual report's sections beyond the complaint stages, counted in SQL: compliments, comments,
 * enquiries, Ombudsman decisions and remedies, learning actions, reasons for delay and costs, and
 * the context figures the council recorded. `@heard/domain` counts the same from plain records
 * (`computeSectionFigures`, statistics/sections.ts, where the counting dates are set out); tests
 * hold the two to the same answer.
 */
import {
  NOT_RECORDED,
  OMBUDSMAN_DECISION_KEYS,
  PAYMENT_REMEDIES,
  emptyDelays,
  emptySectionFigures,
  financialYear,
  sectionHeadlineOf,
  serviceAreaOfTeam,
  type ContextFigures,
  type DelayCounts,
  type OmbudsmanDecision,
  type SectionFigures,
  type SectionHeadline,
  type StageCosts,
} from '@heard/domain';
import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { getContextFigures } from '../repositories/report-context.js';
import {
  authorities,
  comments,
  compliments,
  enquiries,
  learningActions,
  ombudsmanCases,
  ombudsmanRemedies,
} from '../schema.js';
import { notEndedBefore, queryRows } from './annual-report.js';

/** The day a learning action was raised: when it was recorded, on the council's clock. */
export const learningActionRaisedOn = sql<string>`(${learningActions.createdAt} at time zone 'Europe/London')::date::text`;

const DELAY_KEY_OF_REASON: Readonly<Record<string, keyof DelayCounts>> = {
  staff_absence: 'staffAbsence',
  complexity: 'complexity',
  awaiting_information: 'awaitingInformation',
  other: 'other',
};

/**
 * Reasons for delay and costs of the stages completed in the year: answered, withdrawn, or taken
 * unanswered to the next stage, which ends it the day that stage began (Wandsworth 2021-22 §6.5).
 */
export async function delaysAndCostsFromDatabase(
  db: Executor,
  authorityId: string,
  year: number,
): Promise<{ delays: DelayCounts; costs: StageCosts }> {
  const { from, to } = financialYear(year);
  const rows = await queryRows<{
    delay_reason: string | null;
    delayed: number;
    ip_pence: number;
    io_pence: number;
    with_cost: number;
  }>(
    db,
    sql`select s.delay_reason,
        (count(*) filter (where s.procedure = 'statutory'
          and (s.extended or coalesce(s.working_days_late, 0) >= 1)))::int as delayed,
        coalesce(sum(s.independent_person_fee_pence), 0)::int as ip_pence,
        coalesce(sum(s.investigator_fee_pence), 0)::int as io_pence,
        (count(*) filter (where s.independent_person_fee_pence is not null
          or s.investigator_fee_pence is not null))::int as with_cost
      from (
        select cs.*, coalesce(cs.responded_on, cs.withdrawn_on,
          (select n.began_on from complaint_stages n
           where n.complaint_id = cs.complaint_id and n.stage = cs.stage + 1)) as ended_on
        from complaint_stages cs
        where cs.authority_id = ${authorityId} and cs.began_on <= ${to}::date
          and ${notEndedBefore('cs', sql`${from}::date`)}
      ) s
      where s.ended_on >= ${from}::date and s.ended_on <= ${to}::date
      group by s.delay_reason`,
  );
  const delays = emptyDelays();
  const costs = { independentPeoplePence: 0, investigatorsPence: 0, stagesWithCost: 0 };
  for (const row of rows) {
    const key =
      row.delay_reason === null
        ? 'notRecorded'
        : (DELAY_KEY_OF_REASON[row.delay_reason] ?? 'other');
    delays[key] += row.delayed;
    costs.independentPeoplePence += row.ip_pence;
    costs.investigatorsPence += row.io_pence;
    costs.stagesWithCost += row.with_cost;
  }
  return { delays, costs };
}

/** Every section beyond the complaint stages for one authority and financial year, by SQL. */
export async function sectionFiguresFromDatabase(
  db: Executor,
  authorityId: string,
  year: number,
): Promise<SectionFigures> {
  const { from, to } = financialYear(year);
  const figures = emptySectionFigures();

  const [authority] = await db
    .select({ settings: authorities.settings })
    .from(authorities)
    .where(eq(authorities.id, authorityId))
    .limit(1);
  const serviceAreas = authority?.settings.serviceAreas ?? [];

  const complimentInYear = and(
    eq(compliments.authorityId, authorityId),
    gte(compliments.receivedOn, from),
    lte(compliments.receivedOn, to),
  );
  const [received] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(compliments)
    .where(complimentInYear);
  figures.compliments.received = received?.n ?? 0;
  const teams = await queryRows<{ team: string; total: number }>(
    db,
    sql`select t.team, count(*)::int as total
      from compliments c
      cross join lateral (
        select distinct x as team
        from unnest(case when cardinality(c.teams) = 0 then array[${NOT_RECORDED}::text]
          else c.teams end) as x
      ) t
      where c.authority_id = ${authorityId}
        and c.received_on >= ${from}::date and c.received_on <= ${to}::date
      group by t.team`,
  );
  figures.compliments.byTeam = teams.map(({ team, total }) => ({
    serviceArea: team === NOT_RECORDED ? NOT_RECORDED : serviceAreaOfTeam(serviceAreas, team),
    team,
    total,
  }));
  const quotes = await db
    .select({ receivedOn: compliments.receivedOn, words: compliments.approvedWords })
    .from(compliments)
    .where(and(complimentInYear, isNotNull(compliments.approvedWords)));
  figures.compliments.quotes = quotes.map((q) => ({
    receivedOn: q.receivedOn,
    words: q.words ?? '',
  }));

  const [commentCounts] = await db
    .select({
      received: sql<number>`(count(*) filter (where ${comments.receivedOn} >= ${from}::date and ${comments.receivedOn} <= ${to}::date))::int`,
      responded: sql<number>`(count(*) filter (where ${comments.answeredOn} >= ${from}::date and ${comments.answeredOn} <= ${to}::date))::int`,
    })
    .from(comments)
    .where(eq(comments.authorityId, authorityId));
  figures.comments = {
    received: commentCounts?.received ?? 0,
    responded: commentCounts?.responded ?? 0,
  };

  const [enquiryCounts] = await db
    .select({
      received: sql<number>`count(*)::int`,
      members: sql<number>`(count(*) filter (where ${enquiries.kind} = 'member_enquiry'))::int`,
    })
    .from(enquiries)
    .where(
      and(
        eq(enquiries.authorityId, authorityId),
        gte(enquiries.receivedOn, from),
        lte(enquiries.receivedOn, to),
      ),
    );
  figures.enquiries = {
    received: enquiryCounts?.received ?? 0,
    memberEnquiries: enquiryCounts?.members ?? 0,
  };

  const decidedInYear = and(
    eq(ombudsmanCases.authorityId, authorityId),
    isNotNull(ombudsmanCases.decision),
    gte(ombudsmanCases.decidedOn, from),
    lte(ombudsmanCases.decidedOn, to),
  );
  const decisions = await db
    .select({
      decision: ombudsmanCases.decision,
      n: sql<number>`count(*)::int`,
      reports: sql<number>`(count(*) filter (where ${ombudsmanCases.publication} = 'public_interest_report'))::int`,
    })
    .from(ombudsmanCases)
    .where(decidedInYear)
    .groupBy(ombudsmanCases.decision);
  const ombudsman = figures.ombudsman;
  for (const row of decisions) {
    ombudsman.decided += row.n;
    ombudsman.publicInterestReports += row.reports;
    const key = OMBUDSMAN_DECISION_KEYS[row.decision as OmbudsmanDecision];
    if (key !== undefined) ombudsman.decisions[key] += row.n;
  }
  const remedies = await db
    .select({
      kind: ombudsmanRemedies.kind,
      n: sql<number>`count(*)::int`,
      pence: sql<number>`coalesce(sum(${ombudsmanRemedies.amountPence}), 0)::int`,
    })
    .from(ombudsmanRemedies)
    .innerJoin(ombudsmanCases, eq(ombudsmanCases.id, ombudsmanRemedies.caseId))
    .where(and(decidedInYear, eq(ombudsmanRemedies.authorityId, authorityId)))
    .groupBy(ombudsmanRemedies.kind);
  for (const row of remedies) {
    if (row.kind === 'apology') ombudsman.remedies.apologies += row.n;
    if (row.kind === 'service_improvement') ombudsman.remedies.serviceImprovements += row.n;
    if ((PAYMENT_REMEDIES as readonly string[]).includes(row.kind)) {
      ombudsman.remedies.payments += row.n;
      ombudsman.remedies.paymentsTotalPence += row.pence;
    }
  }

  const doneByYearEnd = sql<boolean>`coalesce(${learningActions.doneOn} <= ${to}::date, false)`;
  const actions = await db
    .select({
      issue: learningActions.issue,
      lesson: learningActions.lesson,
      action: learningActions.action,
      owner: learningActions.owningTeam,
      dueOn: learningActions.dueOn,
      done: doneByYearEnd,
    })
    .from(learningActions)
    .where(
      and(
        eq(learningActions.authorityId, authorityId),
        sql`${learningActionRaisedOn} <= ${to}`,
        sql`(${learningActions.cancelledOn} is null or ${learningActions.cancelledOn} > ${to}::date)`,
        sql`(${learningActionRaisedOn} >= ${from} or not ${doneByYearEnd})`,
      ),
    );
  figures.learningActions = actions;

  const { delays, costs } = await delaysAndCostsFromDatabase(db, authorityId, year);
  figures.delays = delays;
  figures.costs = costs;
  return figures;
}

/**
 * What `assembleAnnualReport` needs beside the complaint figures: the sections of the year, the
 * context figures recorded for it, and last year's sections for the summary's comparisons.
 */
export async function reportSectionsFromDatabase(
  db: Executor,
  authorityId: string,
  year: number,
): Promise<{
  sections: SectionFigures;
  context: ContextFigures | null;
  previousSections: SectionHeadline;
}> {
  const sections = await sectionFiguresFromDatabase(db, authorityId, year);
  const lastYear = await sectionFiguresFromDatabase(db, authorityId, year - 1);
  const context = await getContextFigures(db, authorityId, year);
  return {
    sections,
    context: context?.figures ?? null,
    previousSections: sectionHeadlineOf(year - 1, lastYear),
  };
}
