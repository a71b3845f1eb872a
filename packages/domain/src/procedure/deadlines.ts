/**
 * Every deadline that applies to a case, derived from its record, the calendar, the council's
 * corporate policy and today. Nothing here is stored: "overdue" is worked out afresh each time.
 */
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { CorporatePolicy, CorporateStageTimescales } from '../schemas/policy.js';
import { clockDaysBetween, clockDue, type PausedSpan } from './clock.js';
import type { CaseRecord, StageRecord } from './record.js';
import { stageRecord } from './record.js';
import { STAGE2_MAX_EXTENSION, STATUTORY_TIMESCALES } from './timescales.js';
import type { Role, Stage } from './types.js';

export const DEADLINE_IDS = [
  'stage1_acknowledgement',
  'stage1_response',
  'stage2_request',
  'stage2_acknowledgement',
  'stage2_response',
  'stage3_request',
  'stage3_panel',
  'stage3_recommendations',
  'stage3_council_response',
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/**
 * - `pending`: not done yet, and today is on or before the due date.
 * - `met`: done on or before the due date.
 * - `missed`: done after the due date, or not done and the due date has passed (overdue).
 * - `paused`: the case is on hold while this clock was running; no due date until it resumes.
 * - `stopped`: the case was withdrawn or closed before it was done, so it is left out of
 *   timeliness figures (Wandsworth 2021-22 §4.12, 11.3).
 */
export type DeadlineStatus = 'pending' | 'met' | 'missed' | 'paused' | 'stopped';

export interface Deadline {
  readonly id: DeadlineId;
  readonly stage: Stage;
  /** Who must act by the due date. */
  readonly owner: Role;
  /**
   * The complainant's periods for asking for the next stage are advice, not a bar: a late request
   * is accepted and flagged (Isle of Wight 2021 §2.11).
   */
  readonly advisory: boolean;
  readonly rule: string;
  readonly citation: string;
  /** Day 0 of the clock. */
  readonly startsOn: string;
  /** The working days allowed, with any extension agreed. */
  readonly workingDays: number;
  /** Null only while paused. */
  readonly dueOn: string | null;
  readonly status: DeadlineStatus;
  /** When it was done. */
  readonly completedOn: string | null;
  /** Met: working days to spare (0 when done on the due date). */
  readonly workingDaysEarly: number | null;
  /** Missed: working days after the due date it was done, or has been outstanding so far. */
  readonly workingDaysLate: number | null;
  /** Pending: working days from today to the due date (0 when due today). Paused: left when paused. */
  readonly workingDaysLeft: number | null;
}

export interface DeadlineContext {
  readonly calendar: WorkingDayCalendar;
  readonly policy: CorporatePolicy;
  readonly today: string;
}

interface DeadlineSpec {
  readonly id: DeadlineId;
  readonly stage: Stage;
  readonly owner: Role;
  readonly advisory: boolean;
  readonly rule: string;
  readonly citation: string;
  readonly startsOn: string;
  readonly workingDays: number;
  readonly completedOn: string | null;
  /** Left the stage without doing it. */
  readonly endedOn: string | null;
}

/** Due date of a spec, honouring the pauses that began before the clock stopped. */
function spansFor(record: CaseRecord, end: string | null): readonly PausedSpan[] {
  return end === null ? record.pausedSpans : record.pausedSpans.filter((s) => s.from < end);
}

function dueOf(spec: DeadlineSpec, record: CaseRecord, ctx: DeadlineContext): string {
  const spans = spansFor(record, spec.completedOn ?? spec.endedOn);
  return clockDue(ctx.calendar, spec.startsOn, spec.workingDays, spans);
}

function measure(spec: DeadlineSpec, record: CaseRecord, ctx: DeadlineContext): Deadline {
  const { calendar, today } = ctx;
  const spans = spansFor(record, spec.completedOn ?? spec.endedOn);
  const due = clockDue(calendar, spec.startsOn, spec.workingDays, spans);
  let dueOn: string | null = due;
  let status: DeadlineStatus;
  let workingDaysEarly: number | null = null;
  let workingDaysLate: number | null = null;
  let workingDaysLeft: number | null = null;
  const pause = record.openPause;
  if (spec.completedOn !== null) {
    if (spec.completedOn > due) {
      status = 'missed';
      workingDaysLate = clockDaysBetween(calendar, due, spec.completedOn, spans);
    } else {
      status = 'met';
      workingDaysEarly = clockDaysBetween(calendar, spec.completedOn, due, spans);
    }
  } else if (spec.endedOn !== null) {
    // Left without a response, which the guards allow only once it is late (Wandsworth 2021-22 §6.5).
    status = 'missed';
    workingDaysLate = clockDaysBetween(calendar, due, spec.endedOn, spans);
  } else if (record.state === 'withdrawn' || record.state === 'closed') {
    status = 'stopped';
  } else if (pause !== null && pause.from <= due) {
    status = 'paused';
    dueOn = null;
    workingDaysLeft = clockDaysBetween(calendar, pause.from, due, spans);
  } else if (today <= due) {
    status = 'pending';
    workingDaysLeft = clockDaysBetween(calendar, today, due, spans);
  } else {
    // Overdue. Working days on hold since it fell due do not add to the lateness.
    status = 'missed';
    const lateSpans =
      pause !== null && pause.from < today ? [...spans, { from: pause.from, to: today }] : spans;
    workingDaysLate = clockDaysBetween(calendar, due, today, lateSpans);
  }
  return {
    id: spec.id,
    stage: spec.stage,
    owner: spec.owner,
    advisory: spec.advisory,
    rule: spec.rule,
    citation: spec.citation,
    startsOn: spec.startsOn,
    workingDays: spec.workingDays,
    dueOn,
    status,
    completedOn: spec.completedOn,
    workingDaysEarly,
    workingDaysLate,
    workingDaysLeft,
  };
}

/** The complainant's period to ask for the next stage, after a response. */
function requestWindow(
  id: 'stage2_request' | 'stage3_request',
  stage: Stage,
  respondedOn: string,
  next: StageRecord,
  timescale: { workingDays: number; rule: string; citation: string },
): DeadlineSpec {
  return {
    id,
    stage,
    owner: 'complainant',
    advisory: true,
    rule: timescale.rule,
    citation: timescale.citation,
    startsOn: respondedOn,
    workingDays: timescale.workingDays,
    completedOn: next.requestedOn,
    endedOn: null,
  };
}

function statutorySpecs(record: CaseRecord, receivedOn: string): DeadlineSpec[] {
  const t = STATUTORY_TIMESCALES;
  const [one, two, three] = record.stages;
  const specs: DeadlineSpec[] = [
    {
      id: 'stage1_response',
      stage: 1,
      owner: 'responding_manager',
      advisory: false,
      rule:
        one.extensionDays > 0
          ? `${t.stage1Response.rule}, extended by ${String(one.extensionDays)}`
          : t.stage1Response.rule,
      citation:
        one.extensionDays > 0
          ? `${t.stage1Response.citation}, 4.1 extension`
          : t.stage1Response.citation,
      startsOn: receivedOn,
      workingDays: t.stage1Response.workingDays + one.extensionDays,
      completedOn: one.respondedOn,
      endedOn: one.respondedOn === null ? one.leftOn : null,
    },
  ];
  if (one.respondedOn !== null) {
    specs.push(requestWindow('stage2_request', 1, one.respondedOn, two, t.stage2Request));
  }
  if (two.statementOfComplaintAgreedOn !== null) {
    specs.push({
      id: 'stage2_response',
      stage: 2,
      owner: 'senior_responder',
      advisory: false,
      rule:
        two.extensionDays > 0
          ? `${t.stage2Response.rule}, extended by ${String(two.extensionDays)} (at most ${String(t.stage2Maximum.workingDays)} in all)`
          : t.stage2Response.rule,
      citation: t.stage2Response.citation,
      startsOn: two.statementOfComplaintAgreedOn,
      workingDays: t.stage2Response.workingDays + two.extensionDays,
      completedOn: two.respondedOn,
      endedOn: null,
    });
  }
  if (two.respondedOn !== null) {
    specs.push(requestWindow('stage3_request', 2, two.respondedOn, three, t.stage3Request));
  }
  if (three.requestedOn !== null) {
    specs.push({
      id: 'stage3_panel',
      stage: 3,
      owner: 'complaints_manager',
      advisory: false,
      rule: t.stage3Panel.rule,
      citation: t.stage3Panel.citation,
      startsOn: three.requestedOn,
      workingDays: t.stage3Panel.workingDays,
      completedOn: three.panelHeldOn,
      endedOn: null,
    });
  }
  if (three.panelHeldOn !== null) {
    specs.push({
      id: 'stage3_recommendations',
      stage: 3,
      owner: 'panel',
      advisory: false,
      rule: t.stage3Recommendations.rule,
      citation: t.stage3Recommendations.citation,
      startsOn: three.panelHeldOn,
      workingDays: t.stage3Recommendations.workingDays,
      completedOn: three.recommendationsIssuedOn,
      endedOn: null,
    });
  }
  if (three.recommendationsIssuedOn !== null) {
    specs.push({
      id: 'stage3_council_response',
      stage: 3,
      owner: 'senior_responder',
      advisory: false,
      rule: t.stage3CouncilResponse.rule,
      citation: t.stage3CouncilResponse.citation,
      startsOn: three.recommendationsIssuedOn,
      workingDays: t.stage3CouncilResponse.workingDays,
      completedOn: three.respondedOn,
      endedOn: null,
    });
  }
  return specs;
}

/** Acknowledgement and response deadlines of one corporate stage. */
function corporateStageSpecs(
  stage: 1 | 2,
  startsOn: string,
  timescales: CorporateStageTimescales,
  facts: StageRecord,
  record: CaseRecord,
  ctx: DeadlineContext,
  source: string,
): DeadlineSpec[] {
  const specs: DeadlineSpec[] = [];
  const arrived = stage === 1 ? 'receiving the complaint' : 'the request for stage 2';
  let responseStartsOn = startsOn;
  if (timescales.acknowledgeWithin !== null) {
    const acknowledgement: DeadlineSpec = {
      id: stage === 1 ? 'stage1_acknowledgement' : 'stage2_acknowledgement',
      stage,
      owner: 'complaints_officer',
      advisory: false,
      rule: `Acknowledge stage ${String(stage)} within ${String(timescales.acknowledgeWithin)} working days of ${arrived}`,
      citation: source,
      startsOn,
      workingDays: timescales.acknowledgeWithin,
      // A response also acknowledges the complaint.
      completedOn: facts.acknowledgedOn ?? facts.respondedOn,
      endedOn: null,
    };
    specs.push(acknowledgement);
    if (timescales.respondClockStartsAt === 'acknowledgement') {
      // A late acknowledgement must not buy time: the clock starts at the acknowledgement or at
      // the day it was due, whichever is earlier.
      const acknowledgementDue = dueOf(acknowledgement, record, ctx);
      responseStartsOn =
        facts.acknowledgedOn !== null && facts.acknowledgedOn < acknowledgementDue
          ? facts.acknowledgedOn
          : acknowledgementDue;
    }
  }
  const from =
    timescales.respondClockStartsAt === 'acknowledgement' && timescales.acknowledgeWithin !== null
      ? 'acknowledgement'
      : arrived;
  specs.push({
    id: stage === 1 ? 'stage1_response' : 'stage2_response',
    stage,
    owner: stage === 1 ? 'responding_manager' : 'senior_responder',
    advisory: false,
    rule:
      `Stage ${String(stage)} response within ${String(timescales.respondWithin)} working days of ${from}` +
      (facts.extensionDays > 0 ? `, extended by ${String(facts.extensionDays)}` : ''),
    citation: source,
    startsOn: responseStartsOn,
    workingDays: timescales.respondWithin + facts.extensionDays,
    completedOn: facts.respondedOn,
    endedOn: null,
  });
  return specs;
}

function corporateSpecs(
  record: CaseRecord,
  receivedOn: string,
  ctx: DeadlineContext,
): DeadlineSpec[] {
  const { policy } = ctx;
  const [one, two] = record.stages;
  const source = `${policy.name} (${policy.source})`;
  const specs = corporateStageSpecs(1, receivedOn, policy.stage1, one, record, ctx, source);
  if (one.respondedOn !== null && policy.escalationRequestWithin !== null) {
    specs.push(
      requestWindow('stage2_request', 1, one.respondedOn, two, {
        workingDays: policy.escalationRequestWithin,
        rule: `Ask for stage 2 within ${String(policy.escalationRequestWithin)} working days of the stage 1 response (late requests are still accepted)`,
        citation: source,
      }),
    );
  }
  if (two.requestedOn !== null) {
    specs.push(...corporateStageSpecs(2, two.requestedOn, policy.stage2, two, record, ctx, source));
  }
  return specs;
}

function specsOf(record: CaseRecord, ctx: DeadlineContext): DeadlineSpec[] {
  if (record.receivedOn === null || record.procedure === null) return [];
  return record.procedure === 'statutory'
    ? statutorySpecs(record, record.receivedOn)
    : corporateSpecs(record, record.receivedOn, ctx);
}

/** Every deadline that applies to the case now, in the order the procedure meets them. */
export function deadlinesOf(record: CaseRecord, ctx: DeadlineContext): Deadline[] {
  return specsOf(record, ctx).map((spec) => measure(spec, record, ctx));
}

/** The due date of one deadline, if it applies (for the guards, which need no more). */
export function dueDateOf(id: DeadlineId, record: CaseRecord, ctx: DeadlineContext): string | null {
  const spec = specsOf(record, ctx).find((s) => s.id === id);
  return spec === undefined ? null : dueOf(spec, record, ctx);
}

/** The response deadline of the stage the case is at, if its clock has started. */
export function currentResponseDue(record: CaseRecord, ctx: DeadlineContext): string | null {
  return dueDateOf(record.stage === 1 ? 'stage1_response' : 'stage2_response', record, ctx);
}

/** The most extension the rules allow at a stage. */
export function extensionLimit(record: CaseRecord, policy: CorporatePolicy): number {
  if (record.procedure === 'corporate') {
    if (record.stage === 1) return policy.stage1.maxExtension;
    return record.stage === 2 ? policy.stage2.maxExtension : 0;
  }
  if (record.stage === 1) return STATUTORY_TIMESCALES.stage1Extension.workingDays;
  return record.stage === 2 ? STAGE2_MAX_EXTENSION : 0;
}

export { stageRecord };
