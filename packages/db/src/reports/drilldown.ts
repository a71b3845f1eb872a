/**
 * The complaints behind a figure of the annual report (`DrilldownFigure` in `@heard/domain`), read
 * from `complaint_stages` and `complaints` by the counting rules the report's figures follow
 * (statistics/report-contract.ts; annual-report.ts counts the same in aggregate): a stage is
 * received in the year it began, and completed in the year it was answered, withdrawn, or taken to
 * the next stage unanswered on the day that stage began (Wandsworth 2021-22 §6.5). A test holds the length of
 * each list to the report's figure.
 */
import {
  CATEGORY_OF_SUPPORT_KEYS,
  CHANNEL_KEYS,
  COMPLAINANT_KEYS,
  NOT_RECORDED,
  financialYear,
  financialYearOf,
  type DrilldownFigure,
  type DrilldownOutcome,
  type LateBand,
} from '@heard/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { keyCase, quarterOfEnd, queryRows, stagesWithEnding } from './annual-report.js';

/** The most complaints one list shows; the total is always given. */
export const DRILLDOWN_LIMIT = 500;

export interface DrilldownCase {
  readonly complaintId: string;
  readonly reference: string;
  readonly receivedOn: string;
  readonly stageBeganOn: string;
  /** When the stage ended, and how: null while it is open. */
  readonly stageEndedOn: string | null;
  readonly ending: 'responded' | 'withdrawn' | 'escalated' | null;
  readonly outcome: string | null;
  /** Working days after the deadline it was answered, 0 when on time; null while open. */
  readonly workingDaysLate: number | null;
  readonly serviceArea: string | null;
  readonly team: string | null;
  readonly principalIssue: string | null;
}

const OUTCOME_CODES: Record<Exclude<DrilldownOutcome, 'notRecorded'>, SQL> = {
  upheld: sql`st.ending = 'responded' and st.outcome = 'upheld'`,
  partlyUpheld: sql`st.ending = 'responded' and st.outcome = 'partly_upheld'`,
  notUpheld: sql`st.ending = 'responded' and st.outcome = 'not_upheld'`,
  withdrawn: sql`st.ending = 'withdrawn'`,
  escalatedUnanswered: sql`st.ending = 'escalated'`,
};

const LATE_BAND_CONDITIONS: Record<LateBand, SQL> = {
  upTo10: sql`st.late between 1 and 10`,
  upTo30: sql`st.late between 11 and 30`,
  over30: sql`st.late > 30`,
};

/** Quarter 1 is April to June (Wandsworth 2021-22 table 2); `quarterOfEnd` numbers them from 0. */
function endedInQuarter(quarter: number | undefined): SQL {
  return quarter === undefined ? sql`true` : sql`${quarterOfEnd} = ${quarter - 1}`;
}

/** The condition on a stage of the window that puts it behind the figure. */
function conditionOf(figure: DrilldownFigure, from: string, to: string): SQL {
  const done = sql`(st.ended_on >= ${from}::date and st.ended_on <= ${to}::date)`;
  const answered = sql`${done} and st.ending <> 'withdrawn'`;
  const responded = sql`${done} and st.ending = 'responded'`;
  switch (figure.measure) {
    case 'received':
      return sql`st.began_on >= ${from}::date and st.began_on <= ${to}::date`;
    case 'completed':
      return done;
    case 'carriedIn':
      return sql`st.began_on < ${from}::date and (st.ended_on is null or st.ended_on >= ${from}::date)`;
    case 'openAtYearEnd':
      return sql`st.began_on <= ${to}::date and (st.ended_on is null or st.ended_on > ${to}::date)`;
    case 'completedInQuarter':
      return sql`${done} and ${endedInQuarter(figure.quarter)}`;
    case 'outcome':
      return figure.outcome === 'notRecorded'
        ? sql`${responded} and (st.outcome is null or st.outcome not in ('upheld', 'partly_upheld', 'not_upheld'))`
        : sql`${done} and ${OUTCOME_CODES[figure.outcome]}`;
    case 'assessed':
      return answered;
    case 'onTime':
      return sql`${responded} and st.late = 0`;
    case 'late':
      return sql`${answered} and st.late > 0`;
    case 'lateBand':
      return sql`${answered} and ${LATE_BAND_CONDITIONS[figure.band]}`;
    case 'escalated':
      return sql`${answered} and st.has_next`;
    case 'team':
      return sql`${done} and coalesce(c.service_area, ${NOT_RECORDED}) = ${figure.serviceArea}
        and coalesce(c.team, ${NOT_RECORDED}) = ${figure.team} and ${endedInQuarter(figure.quarter)}`;
    case 'issue':
      return sql`${done} and coalesce(c.principal_issue, ${NOT_RECORDED}) = ${figure.issue}
        and ${endedInQuarter(figure.quarter)}
        and ${figure.upheldOrPartly ? sql`st.ending = 'responded' and st.outcome in ('upheld', 'partly_upheld')` : sql`true`}`;
    case 'complainant':
      return sql`${done} and ${keyCase(sql`c.complainant_type`, COMPLAINANT_KEYS, 'other', 'other')} = ${figure.complainant}`;
    case 'categoryOfSupport':
      return sql`${done}
        and ${keyCase(sql`c.category_of_support`, CATEGORY_OF_SUPPORT_KEYS, 'other', 'notRecorded')} = ${figure.category}
        and ${figure.youngPeopleOnly ? sql`c.complainant_type = 'young_person'` : sql`true`}`;
    case 'channel':
      return sql`st.began_on >= ${from}::date and st.began_on <= ${to}::date
        and ${keyCase(sql`c.received_via`, CHANNEL_KEYS, 'notRecorded', 'notRecorded')} = ${figure.channel}`;
  }
}

interface CaseRow {
  complaint_id: string;
  reference: string;
  received_on: string;
  began_on: string;
  ended_on: string | null;
  ending: DrilldownCase['ending'];
  outcome: string | null;
  late: number | null;
  service_area: string | null;
  team: string | null;
  principal_issue: string | null;
  total: number;
}

/** A date column as `YYYY-MM-DD`, whichever driver read it. */
function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/**
 * The complaints behind `figure` in the report of the financial year starting in `year`, in order
 * of reference, at most `limit` of them, with how many there are in all.
 */
export async function casesBehindFigure(
  db: Executor,
  authorityId: string,
  year: number,
  figure: DrilldownFigure,
  limit: number = DRILLDOWN_LIMIT,
): Promise<{ total: number; cases: DrilldownCase[] }> {
  const { from, to } = financialYear(year);
  const rows = await queryRows<CaseRow>(
    db,
    sql`select c.id as complaint_id, c.reference, c.received_on::text as received_on,
          st.began_on::text as began_on, st.ended_on::text as ended_on,
          st.ending, st.outcome, st.late, c.service_area, c.team, c.principal_issue,
          (count(*) over ())::int as total
        from (${stagesWithEnding(authorityId, from, to)}) st
        join complaints c on c.id = st.complaint_id and c.authority_id = ${authorityId}
        where st.procedure = ${figure.procedure} and st.stage = ${figure.stage}
          and ${conditionOf(figure, from, to)}
        order by c.reference, c.id
        limit ${limit}`,
  );
  const total = rows[0]?.total ?? 0;
  return {
    total,
    cases: rows.map((r) => ({
      complaintId: r.complaint_id,
      reference: r.reference,
      receivedOn: isoDate(r.received_on),
      stageBeganOn: isoDate(r.began_on),
      stageEndedOn: r.ended_on === null ? null : isoDate(r.ended_on),
      ending: r.ending,
      outcome: r.outcome,
      workingDaysLate: r.late,
      serviceArea: r.service_area,
      team: r.team,
      principalIssue: r.principal_issue,
    })),
  };
}

/**
 * The financial years the authority's records reach, newest first: from the year its earliest
 * stage began to the year its latest stage began or ended. Empty when it has no complaints.
 */
export async function reportYears(db: Executor, authorityId: string): Promise<number[]> {
  const [row] = await queryRows<{ first: unknown; last: unknown }>(
    db,
    sql`select min(began_on)::text as first,
          max(greatest(began_on, coalesce(responded_on, began_on), coalesce(withdrawn_on, began_on)))::text as last
        from complaint_stages where authority_id = ${authorityId}`,
  );
  if (!row || row.first === null || row.last === null) return [];
  const first = financialYearOf(isoDate(row.first));
  const last = financialYearOf(isoDate(row.last));
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}
