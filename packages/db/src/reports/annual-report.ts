/**
 * The annual complaints report from the database: every count is an SQL aggregate over
 * `complaint_stages` joined to `complaints` and `complaint_children`, following the counting rules
 * of `@heard/domain` (statistics/report-contract.ts). `@heard/domain` counts the same from plain
 * records (`computeYearFigures`); a property test holds the two to the same report.
 */
import {
  AGE_BANDS,
  CATEGORY_OF_SUPPORT_KEYS,
  CHANNEL_KEYS,
  COMPLAINANT_KEYS,
  DISABILITY_KEYS,
  ETHNICITY_KEYS,
  GENDER_KEYS,
  NOT_RECORDED,
  assembleAnnualReport,
  emptyAgeBands,
  emptyCategoryOfSupport,
  emptyChannels,
  emptyDisability,
  emptyEthnicity,
  emptyGender,
  financialYear,
  type AnnualReport,
  type HeadlineFigures,
  type Quarters,
  type StageFigures,
  type YearFigures,
} from '@heard/domain';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../client.js';
import { reportSectionsFromDatabase } from './record-sections.js';

export { queryRows };

/** `case` expression mapping codes to report keys, from the domain's tables. */
export function keyCase(
  column: SQL,
  table: Readonly<Record<string, string>>,
  otherwise: string,
  whenNull: string,
): SQL {
  const whens = Object.entries(table).map(
    ([code, key]) => sql`when ${column} = ${code} then ${key}`,
  );
  return sql`(case when ${column} is null then ${whenNull} ${sql.join(whens, sql` `)} else ${otherwise} end)`;
}

function ageBandCase(column: SQL): SQL {
  const whens = AGE_BANDS.map((band) => sql`when ${column} <= ${band.upTo} then ${band.key}`);
  return sql`(case when ${column} is null then 'notRecorded' ${sql.join(whens, sql` `)} else 'over25' end)`;
}

/**
 * The next stage of a complaint's stage, looked up once by primary key: `next_began_on_any` is when
 * it began, `next_authority_id` whose it is. `when` gates the look-up, so rows that never need it
 * cost nothing.
 */
function nextStageLookup(when: SQL): SQL {
  // `offset 0` keeps the look-up a subquery, so `when` is tested before the index is read rather
  // than after, as a filter on the join.
  return sql`left join lateral (
        select x.began_on as next_began_on_any, x.authority_id as next_authority_id
        from complaint_stages x
        where x.complaint_id = cs.complaint_id and x.stage = cs.stage + 1 and ${when}
        offset 0
      ) nx on true`;
}

/** Stages not ended before `from`: answered from then on, or unanswered then. `row` is the alias. */
export function notEndedBefore(row: string, from: SQL): SQL {
  const r = sql.raw(row);
  return sql`(${r}.responded_on >= ${from}
          or (${r}.responded_on is null and (${r}.withdrawn_on is null or ${r}.withdrawn_on >= ${from})))`;
}

/**
 * The stages of the authority's complaints that the years from `from` to `to` can count, with how
 * and when each ended: answered, withdrawn, or taken unanswered to the next stage on the day that
 * stage began (Wandsworth 2021-22 §6.5). Only stages that began by `to` and had not ended before `from` are
 * read: the others count for nothing in those years. A next stage begins after the one before it
 * was answered, so for an answered stage only next stages that began from `from` on are looked at.
 */
export function stagesWithEnding(authorityId: string, from: string, to: string): SQL {
  return sql`
    select r.*, (r.next_began_on is not null) as has_next,
      case when r.responded_on is not null then 'responded'
           when r.withdrawn_on is not null then 'withdrawn'
           when r.next_began_on is not null then 'escalated' end as ending,
      coalesce(r.responded_on, r.withdrawn_on, r.next_began_on) as ended_on
    from (
      select cs.complaint_id, cs.procedure, cs.stage, cs.began_on, cs.responded_on, cs.withdrawn_on,
        cs.outcome, cs.working_days_late as late, cs.working_days_to_respond as days,
        cs.panel_held_on, cs.panel_due_on, cs.recommendations_on, cs.recommendations_due_on,
        cs.council_response_due_on,
        case when cs.responded_on is null and cs.withdrawn_on is null
          -- Unanswered: its end is when the next stage began, whenever that was.
          then nx.next_began_on_any
          when nx.next_authority_id = ${authorityId} and nx.next_began_on_any >= ${from}::date
          then nx.next_began_on_any end as next_began_on
      from complaint_stages cs
      ${nextStageLookup(sql`true`)}
      where cs.authority_id = ${authorityId} and cs.began_on <= ${to}::date
        and ${notEndedBefore('cs', sql`${from}::date`)}
    ) r`;
}

/** The quarter of the financial year a stage ended in: 0 for April to June, 3 for January to March. */
export const quarterOfEnd = sql`(case when extract(month from st.ended_on) between 4 and 6 then 0
  when extract(month from st.ended_on) between 7 and 9 then 1
  when extract(month from st.ended_on) >= 10 then 2 else 3 end)`;

/**
 * The report's working set: the stages a year can count, each with its complaint's attributes,
 * read once into a temporary table that every count of the year then aggregates (the table lives
 * until the transaction ends). Over ten years of records the window is a small part of them.
 */
const WINDOW = sql.raw('heard_report_window');

async function loadWindow(
  tx: Executor,
  authorityId: string,
  from: string,
  to: string,
): Promise<void> {
  // Small aggregate queries: compiling them with JIT costs more than running them. The years
  // beside are grouped from about 50,000 rows, which the default 4 MB sorts on disk.
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql`set local work_mem = '32MB'`);
  await tx.execute(sql`drop table if exists ${WINDOW}`);
  // The window is a small part of the table: a look-up by primary key for each of its stages is
  // faster than hashing every complaint of every authority, which the planner otherwise picks
  // (measured by bench/report.ts: 0.6 s instead of 1.2 s over 1,000,000 stages).
  await tx.execute(sql`set local enable_hashjoin = off`);
  await tx.execute(sql`set local enable_mergejoin = off`);
  await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
  await tx.execute(
    sql`create temporary table ${WINDOW} on commit drop as
          select st.*, c.service_area, c.team, c.principal_issue, c.other_issues, c.complainant_type,
            c.category_of_support, c.received_via,
            (st.ended_on >= ${from}::date and st.ended_on <= ${to}::date) as done_in_year,
            ${quarterOfEnd} as quarter
          from (${stagesWithEnding(authorityId, from, to)}) st
          join complaints c on c.id = st.complaint_id`,
  );
  await tx.execute(sql`reset enable_hashjoin`);
  await tx.execute(sql`reset enable_mergejoin`);
  await tx.execute(sql`reset max_parallel_workers_per_gather`);
  // No `analyze` of the window: it cost as much as every count made from it (0.2 s of 27,000
  // rows); the planner reads the table's size from its pages, and every join from it is written
  // as a look-up by index.
}

interface StageRow {
  procedure: string;
  stage: number;
  received: number;
  carried_in: number;
  open_at_year_end: number;
  completed: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  upheld: number;
  partly_upheld: number;
  not_upheld: number;
  not_recorded: number;
  withdrawn: number;
  escalated_unanswered: number;
  assessed: number;
  on_time: number;
  late_10: number;
  late_30: number;
  late_over: number;
  within_10: number;
  within_20: number;
  escalated: number;
  panel_assessed: number;
  panel_on_time: number;
  recs_assessed: number;
  recs_on_time: number;
  council_assessed: number;
  council_on_time: number;
}

function stageCountsQuery(from: string, to: string): SQL {
  // Whether the stage ended in the year, and in which quarter, were worked out with the window.
  const done = sql`st.done_in_year`;
  const answered = sql`${done} and st.ending <> 'withdrawn'`;
  const responded = sql`${done} and st.ending = 'responded'`;
  const n = (condition: SQL) => sql`(count(*) filter (where ${condition}))::int`;
  return sql`
    select st.procedure, st.stage,
      ${n(sql`st.began_on >= ${from}::date and st.began_on <= ${to}::date`)} as received,
      ${n(sql`st.began_on < ${from}::date and (st.ended_on is null or st.ended_on >= ${from}::date)`)} as carried_in,
      ${n(sql`st.began_on <= ${to}::date and (st.ended_on is null or st.ended_on > ${to}::date)`)} as open_at_year_end,
      ${n(done)} as completed,
      ${n(sql`${done} and st.quarter = 0`)} as q1,
      ${n(sql`${done} and st.quarter = 1`)} as q2,
      ${n(sql`${done} and st.quarter = 2`)} as q3,
      ${n(sql`${done} and st.quarter = 3`)} as q4,
      ${n(sql`${responded} and st.outcome = 'upheld'`)} as upheld,
      ${n(sql`${responded} and st.outcome = 'partly_upheld'`)} as partly_upheld,
      ${n(sql`${responded} and st.outcome = 'not_upheld'`)} as not_upheld,
      ${n(sql`${responded} and (st.outcome is null or st.outcome not in ('upheld', 'partly_upheld', 'not_upheld'))`)} as not_recorded,
      ${n(sql`${done} and st.ending = 'withdrawn'`)} as withdrawn,
      ${n(sql`${done} and st.ending = 'escalated'`)} as escalated_unanswered,
      ${n(answered)} as assessed,
      ${n(sql`${responded} and st.late = 0`)} as on_time,
      ${n(sql`${answered} and st.late between 1 and 10`)} as late_10,
      ${n(sql`${answered} and st.late between 11 and 30`)} as late_30,
      ${n(sql`${answered} and st.late > 30`)} as late_over,
      ${n(sql`${responded} and st.days <= 10`)} as within_10,
      ${n(sql`${responded} and st.days <= 20`)} as within_20,
      ${n(sql`${answered} and st.has_next`)} as escalated,
      ${n(sql`${answered} and st.panel_held_on is not null and st.panel_due_on is not null`)} as panel_assessed,
      ${n(sql`${answered} and st.panel_held_on <= st.panel_due_on`)} as panel_on_time,
      ${n(sql`${answered} and st.recommendations_on is not null and st.recommendations_due_on is not null`)} as recs_assessed,
      ${n(sql`${answered} and st.recommendations_on <= st.recommendations_due_on`)} as recs_on_time,
      ${n(sql`${responded} and st.council_response_due_on is not null`)} as council_assessed,
      ${n(sql`${responded} and st.responded_on <= st.council_response_due_on`)} as council_on_time
    from ${WINDOW} st
    where st.began_on <= ${to}::date
    group by st.procedure, st.stage`;
}

function emptyStageFigures(): StageFigures {
  return {
    received: 0,
    completed: 0,
    completedByQuarter: [0, 0, 0, 0],
    carriedIn: 0,
    openAtYearEnd: 0,
    outcomes: {
      upheld: 0,
      partlyUpheld: 0,
      notUpheld: 0,
      withdrawn: 0,
      notRecorded: 0,
      escalatedUnanswered: 0,
    },
    assessed: 0,
    onTime: 0,
    lateUpTo10: 0,
    lateUpTo30: 0,
    lateOver30: 0,
    within10: 0,
    within20: 0,
    escalated: 0,
    panel: { assessed: 0, onTime: 0 },
    recommendations: { assessed: 0, onTime: 0 },
    councilResponse: { assessed: 0, onTime: 0 },
    byTeam: [],
    byPrincipalIssue: [],
    allIssues: [],
    byComplainant: { youngPerson: 0, parentCarer: 0, advocate: 0, other: 0 },
  };
}

type StageSlot = 'statutory1' | 'statutory2' | 'statutory3' | 'corporate1' | 'corporate2';

function slotOf(procedure: string, stage: number): StageSlot | null {
  const slot = `${procedure}${String(stage)}`;
  return slot === 'statutory1' ||
    slot === 'statutory2' ||
    slot === 'statutory3' ||
    slot === 'corporate1' ||
    slot === 'corporate2'
    ? slot
    : null;
}

function applyStageRow(f: StageFigures, r: StageRow): void {
  f.received = r.received;
  f.carriedIn = r.carried_in;
  f.openAtYearEnd = r.open_at_year_end;
  f.completed = r.completed;
  f.completedByQuarter = [r.q1, r.q2, r.q3, r.q4];
  f.outcomes = {
    upheld: r.upheld,
    partlyUpheld: r.partly_upheld,
    notUpheld: r.not_upheld,
    withdrawn: r.withdrawn,
    notRecorded: r.not_recorded,
    escalatedUnanswered: r.escalated_unanswered,
  };
  f.assessed = r.assessed;
  f.onTime = r.on_time;
  f.lateUpTo10 = r.late_10;
  f.lateUpTo30 = r.late_30;
  f.lateOver30 = r.late_over;
  f.within10 = r.within_10;
  f.within20 = r.within_20;
  f.escalated = r.escalated;
  f.panel = { assessed: r.panel_assessed, onTime: r.panel_on_time };
  f.recommendations = { assessed: r.recs_assessed, onTime: r.recs_on_time };
  f.councilResponse = { assessed: r.council_assessed, onTime: r.council_on_time };
}

async function stageFigures(db: Executor, year: number): Promise<Record<StageSlot, StageFigures>> {
  const { from, to } = financialYear(year);
  const slots: Record<StageSlot, StageFigures> = {
    statutory1: emptyStageFigures(),
    statutory2: emptyStageFigures(),
    statutory3: emptyStageFigures(),
    corporate1: emptyStageFigures(),
    corporate2: emptyStageFigures(),
  };
  for (const row of await queryRows<StageRow>(db, stageCountsQuery(from, to))) {
    const slot = slotOf(row.procedure, row.stage);
    if (slot !== null) applyStageRow(slots[slot], row);
  }
  return slots;
}

/** The completed stages of the year joined to their complaint, for the breakdowns. */
function completedWithComplaint(to: string): SQL {
  return sql`
    select st.*,
      (st.ending = 'responded' and st.outcome in ('upheld', 'partly_upheld')) as upheld_or_partly
    from ${WINDOW} st
    where st.began_on <= ${to}::date and st.done_in_year`;
}

/** A row of the breakdowns: which grouping it belongs to, its keys, and its counts. */
interface BreakdownRow {
  grouping: 'team' | 'issue' | 'complainant';
  procedure: string;
  stage: number;
  service_area: string | null;
  team: string | null;
  issue: string | null;
  complainant: string | null;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  upheld: number;
  n: number;
}

/**
 * The breakdowns of the completed stages (by team, by principal issue, by complainant) in one pass
 * with grouping sets, and every issue a complaint raised (each once) in a second.
 */
async function breakdowns(
  db: Executor,
  year: number,
  slots: Record<StageSlot, StageFigures>,
): Promise<void> {
  const { to } = financialYear(year);
  const completed = completedWithComplaint(to);
  const grouped = await queryRows<BreakdownRow>(
    db,
    sql`select
          case grouping(d.service_area_key, d.team_key, d.issue_key, d.complainant_key)
            when 3 then 'team' when 13 then 'issue' else 'complainant' end as grouping,
          d.procedure, d.stage, d.service_area_key as service_area, d.team_key as team,
          d.issue_key as issue, d.complainant_key as complainant,
          (count(*) filter (where d.quarter = 0))::int as q1,
          (count(*) filter (where d.quarter = 1))::int as q2,
          (count(*) filter (where d.quarter = 2))::int as q3,
          (count(*) filter (where d.quarter = 3))::int as q4,
          (count(*) filter (where d.upheld_or_partly))::int as upheld,
          count(*)::int as n
        from (
          select c.*, coalesce(c.service_area, ${NOT_RECORDED}) as service_area_key,
            coalesce(c.team, ${NOT_RECORDED}) as team_key,
            coalesce(c.principal_issue, ${NOT_RECORDED}) as issue_key,
            ${keyCase(sql`c.complainant_type`, COMPLAINANT_KEYS, 'other', 'other')} as complainant_key
          from (${completed}) c
        ) d
        group by grouping sets (
          (d.procedure, d.stage, d.service_area_key, d.team_key),
          (d.procedure, d.stage, d.issue_key),
          (d.procedure, d.stage, d.complainant_key)
        )`,
  );
  const allIssues = await queryRows<{
    procedure: string;
    stage: number;
    issue: string;
    total: number;
    upheld: number;
  }>(
    db,
    sql`select d.procedure, d.stage, i.issue, count(*)::int as total,
          (count(*) filter (where d.upheld_or_partly))::int as upheld
        from (${completed}) d
        cross join lateral (
          select distinct x as issue
          from unnest(
            case when cardinality(array_remove(array_prepend(d.principal_issue, d.other_issues), null)) = 0
              then array[${NOT_RECORDED}::text]
              else array_remove(array_prepend(d.principal_issue, d.other_issues), null) end
          ) as x
        ) i
        group by 1, 2, 3`,
  );
  for (const r of grouped) {
    const slot = slotOf(r.procedure, r.stage);
    if (slot === null) continue;
    const byQuarter: Quarters = [r.q1, r.q2, r.q3, r.q4];
    if (r.grouping === 'team') {
      slots[slot].byTeam.push({
        serviceArea: r.service_area ?? NOT_RECORDED,
        team: r.team ?? NOT_RECORDED,
        byQuarter,
      });
    } else if (r.grouping === 'issue') {
      slots[slot].byPrincipalIssue.push({
        issue: r.issue ?? NOT_RECORDED,
        byQuarter,
        upheldOrPartly: r.upheld,
      });
    } else {
      const key = r.complainant as keyof StageFigures['byComplainant'];
      slots[slot].byComplainant[key] = r.n;
    }
  }
  for (const r of allIssues) {
    const slot = slotOf(r.procedure, r.stage);
    if (slot === null) continue;
    slots[slot].allIssues.push({ issue: r.issue, total: r.total, upheldOrPartly: r.upheld });
  }
}

type Dimension =
  | 'category'
  | 'ypCategory'
  | 'age'
  | 'gender'
  | 'ethnicity'
  | 'disability'
  | 'ypGender'
  | 'ypAge'
  | 'channel'
  | 'total';

async function statutoryStage1Figures(
  db: Executor,
  year: number,
): Promise<Pick<YearFigures, 'youngPeople' | 'categoryOfSupport' | 'equalities' | 'channels'>> {
  const { from, to } = financialYear(year);
  const category = keyCase(
    sql`d.category_of_support`,
    CATEGORY_OF_SUPPORT_KEYS,
    'other',
    'notRecorded',
  );
  const gender = keyCase(sql`k.gender`, GENDER_KEYS, 'other', 'notRecorded');
  const age = ageBandCase(sql`k.age`);
  const young = sql`d.complainant_type = 'young_person'`;
  const counts = await queryRows<{ dimension: Dimension; key: string; n: number }>(
    db,
    sql`with d as materialized (
        select * from (${completedWithComplaint(to)}) c where c.procedure = 'statutory' and c.stage = 1
      ), kids as materialized (
        -- Each complaint's children by index: a hash of every child of every authority costs more.
        select ch.age, ch.gender, ch.ethnicity, ch.disability, d.complainant_type
        from d cross join lateral (
          select c.age, c.gender, c.ethnicity, c.disability
          from complaint_children c where c.complaint_id = d.complaint_id
        ) ch
      )
      select 'category' as dimension, ${category} as key, count(*)::int as n from d group by 1, 2
      union all
      select 'ypCategory', ${category}, count(*)::int from d where ${young} group by 1, 2
      union all
      select 'age', ${age}, count(*)::int from kids k group by 1, 2
      union all
      select 'gender', ${gender}, count(*)::int from kids k group by 1, 2
      union all
      select 'ethnicity', ${keyCase(sql`k.ethnicity`, ETHNICITY_KEYS, 'otherEthnicGroup', 'notRecorded')}, count(*)::int
        from kids k group by 1, 2
      union all
      select 'disability', ${keyCase(sql`k.disability`, DISABILITY_KEYS, 'notRecorded', 'notRecorded')}, count(*)::int
        from kids k group by 1, 2
      union all
      select 'ypGender', ${gender}, count(*)::int from kids k where k.complainant_type = 'young_person' group by 1, 2
      union all
      select 'ypAge', ${age}, count(*)::int from kids k where k.complainant_type = 'young_person' group by 1, 2
      union all
      select 'channel', ${keyCase(sql`w.received_via`, CHANNEL_KEYS, 'notRecorded', 'notRecorded')}, count(*)::int
        from ${WINDOW} w
        where w.procedure = 'statutory' and w.stage = 1 and w.began_on >= ${from}::date and w.began_on <= ${to}::date
        group by 1, 2
      union all
      select 'total', 'complaints', count(*)::int from d
      union all
      select 'total', 'children', count(*)::int from kids
      union all
      select 'total', 'youngPeople', count(*)::int from d where ${young}
      union all
      select 'total', 'youngPeopleStage2', count(*)::int from d where ${young} and exists (
        select 1 from complaint_stages x where x.complaint_id = d.complaint_id and x.stage = 2)
      union all
      select 'total', 'youngPeopleStage3', count(*)::int from d where ${young} and exists (
        select 1 from complaint_stages x where x.complaint_id = d.complaint_id and x.stage = 3)`,
  );
  const figures = {
    youngPeople: {
      complaints: 0,
      escalatedToStage2: 0,
      escalatedToStage3: 0,
      categoryOfSupport: emptyCategoryOfSupport(),
      gender: emptyGender(),
      ageBands: emptyAgeBands(),
    },
    categoryOfSupport: emptyCategoryOfSupport(),
    equalities: {
      complaints: 0,
      children: 0,
      ageBands: emptyAgeBands(),
      gender: emptyGender(),
      ethnicity: emptyEthnicity(),
      disability: emptyDisability(),
    },
    channels: emptyChannels(),
  };
  const put = (target: Record<string, number>, key: string, n: number) => {
    target[key] = n;
  };
  const totals: Record<string, number> = {};
  for (const { dimension, key, n } of counts) {
    switch (dimension) {
      case 'category':
        put(figures.categoryOfSupport, key, n);
        break;
      case 'ypCategory':
        put(figures.youngPeople.categoryOfSupport, key, n);
        break;
      case 'age':
        put(figures.equalities.ageBands, key, n);
        break;
      case 'gender':
        put(figures.equalities.gender, key, n);
        break;
      case 'ethnicity':
        put(figures.equalities.ethnicity, key, n);
        break;
      case 'disability':
        put(figures.equalities.disability, key, n);
        break;
      case 'ypGender':
        put(figures.youngPeople.gender, key, n);
        break;
      case 'ypAge':
        put(figures.youngPeople.ageBands, key, n);
        break;
      case 'channel':
        put(figures.channels, key, n);
        break;
      case 'total':
        totals[key] = n;
        break;
    }
  }
  figures.equalities.complaints = totals.complaints ?? 0;
  figures.equalities.children = totals.children ?? 0;
  figures.youngPeople.complaints = totals.youngPeople ?? 0;
  figures.youngPeople.escalatedToStage2 = totals.youngPeopleStage2 ?? 0;
  figures.youngPeople.escalatedToStage3 = totals.youngPeopleStage3 ?? 0;
  return figures;
}

async function yearFiguresOfWindow(db: Executor, year: number): Promise<YearFigures> {
  // One transaction, one connection: the queries run in turn.
  const slots = await stageFigures(db, year);
  const stage1 = await statutoryStage1Figures(db, year);
  await breakdowns(db, year, slots);
  return {
    year,
    statutory: { stage1: slots.statutory1, stage2: slots.statutory2, stage3: slots.statutory3 },
    corporate: { stage1: slots.corporate1, stage2: slots.corporate2 },
    ...stage1,
  };
}

interface HeadlineRow {
  year: number;
  procedure: string;
  stage: number;
  received: number;
  completed: number;
  assessed: number;
  on_time: number;
}

/**
 * The headline counts of several years in one pass over the authority's stages, with no window
 * table: a headline needs how a stage ended but not whether an answered stage went further, so the
 * next stage is looked up only for stages left unanswered (Wandsworth 2021-22 §6.5). A stage counts for each
 * year whose window it falls in, by the same rules as `stageCountsQuery`.
 */
async function headlineFigures(
  db: Executor,
  authorityId: string,
  years: readonly number[],
): Promise<HeadlineFigures[]> {
  if (years.length === 0) return [];
  const spans = years.map((year) => financialYear(year));
  const { from } = financialYear(Math.min(...years));
  const { to } = financialYear(Math.max(...years));
  const yearList = sql.join(
    spans.map((y) => sql`(${y.year}::int, ${y.from}::date, ${y.to}::date)`),
    sql`, `,
  );
  const done = sql`(st.ended_on >= y.from_on and st.ended_on <= y.to_on)`;
  const rows = await queryRows<HeadlineRow>(
    db,
    sql`select y.year, st.procedure, st.stage,
          (count(*) filter (where st.began_on >= y.from_on and st.began_on <= y.to_on))::int as received,
          (count(*) filter (where ${done}))::int as completed,
          (count(*) filter (where ${done} and st.ending <> 'withdrawn'))::int as assessed,
          (count(*) filter (where ${done} and st.ending = 'responded' and st.late = 0))::int as on_time
        from (
          -- Read once, then counted for each year it falls in.
          select cs.procedure, cs.stage, cs.began_on, cs.responded_on, cs.withdrawn_on,
            cs.working_days_late as late,
            case when cs.responded_on is not null then 'responded'
                 when cs.withdrawn_on is not null then 'withdrawn'
                 when nx.next_began_on_any is not null then 'escalated' end as ending,
            coalesce(cs.responded_on, cs.withdrawn_on, nx.next_began_on_any) as ended_on
          from complaint_stages cs
          ${nextStageLookup(sql`cs.responded_on is null and cs.withdrawn_on is null`)}
          where cs.authority_id = ${authorityId} and cs.began_on <= ${to}::date
            and ${notEndedBefore('cs', sql`${from}::date`)}
          offset 0
        ) st
        join (values ${yearList}) as y(year, from_on, to_on)
          on st.began_on <= y.to_on and ${notEndedBefore('st', sql`y.from_on`)}
        group by y.year, st.procedure, st.stage`,
  );
  const empty = () => ({ received: 0, completed: 0, assessed: 0, onTime: 0 });
  return years.map((year) => {
    const slots: Record<StageSlot, ReturnType<typeof empty>> = {
      statutory1: empty(),
      statutory2: empty(),
      statutory3: empty(),
      corporate1: empty(),
      corporate2: empty(),
    };
    for (const r of rows) {
      const slot = r.year === year ? slotOf(r.procedure, r.stage) : null;
      if (slot === null) continue;
      slots[slot] = {
        received: r.received,
        completed: r.completed,
        assessed: r.assessed,
        onTime: r.on_time,
      };
    }
    return {
      year,
      statutory: { stage1: slots.statutory1, stage2: slots.statutory2, stage3: slots.statutory3 },
      corporate: { stage1: slots.corporate1, stage2: slots.corporate2 },
    };
  });
}

/** Every count of a year's report for one authority, by SQL aggregation. */
export function yearFiguresFromDatabase(
  db: Executor,
  authorityId: string,
  year: number,
): Promise<YearFigures> {
  const { from, to } = financialYear(year);
  return db.transaction(async (tx) => {
    await loadWindow(tx, authorityId, from, to);
    return yearFiguresOfWindow(tx, year);
  });
}

/** The headline counts of a year, by SQL aggregation. */
export async function headlineFiguresFromDatabase(
  db: Executor,
  authorityId: string,
  year: number,
): Promise<HeadlineFigures> {
  const [figures] = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return headlineFigures(tx, authorityId, [year]);
  });
  if (figures === undefined) throw new Error('no headline figures');
  return figures;
}

/** How many earlier years a report shows beside the one it is for. */
export const PREVIOUS_YEARS_SHOWN = 2;

/**
 * The annual report of one authority for the financial year starting in `year`, with the two years
 * before beside it. `asOf` is today's date, recorded in the report.
 */
export async function buildAnnualReport(
  db: Executor,
  authority: { id: string; code: string; name: string },
  year: number,
  asOf: string,
): Promise<AnnualReport> {
  const previousYears = Array.from({ length: PREVIOUS_YEARS_SHOWN }, (_, i) => year - 1 - i);
  const { figures, previous } = await db.transaction(async (tx) => {
    const { from, to } = financialYear(year);
    await loadWindow(tx, authority.id, from, to);
    // The years beside need only the stages' own facts: one pass for all of them.
    const earlier = await headlineFigures(tx, authority.id, previousYears);
    return { figures: await yearFiguresOfWindow(tx, year), previous: earlier };
  });
  return assembleAnnualReport({
    authority: { code: authority.code, name: authority.name },
    figures,
    previous,
    asOf,
    ...(await reportSectionsFromDatabase(db, authority.id, year)),
  });
}
