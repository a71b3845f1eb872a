/**
 * The facts an annual report counts about each stage of a complaint, derived from the case's
 * history by the procedure engine: when the stage began, the deadline that applied, when and how it
 * was answered. Every deadline comes from `evaluateCase`; nothing here restates a timescale.
 */
import { z } from 'zod';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { Deadline, DeadlineId } from '../procedure/deadlines.js';
import { evaluateCase, type CaseEvaluation, type ProcedureContext } from '../procedure/evaluate.js';
import type { Stage } from '../procedure/types.js';
import {
  issueOutcomeSchema,
  type CaseEvent,
  type DelayReason,
  type IssueOutcome,
  type Procedure,
} from '../schemas/events.js';

export const STAGE_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

export interface StageFacts {
  readonly procedure: Procedure;
  readonly stage: Stage;
  /** Stage 1: the complaint was received. Stages 2 and 3: the complainant asked for the stage. */
  readonly beganOn: string;
  /**
   * The day the response clock started: the statement of complaint at statutory stage 2 (Wandsworth 2021-22
   * 9.3), the acknowledgement under a corporate policy that counts from it, the request at stage 3.
   * Null while it has not started.
   */
  readonly clockStartedOn: string | null;
  /**
   * The response deadline that applied, with any extension agreed and moved by the working days
   * the case was on hold (reg 8; Wandsworth 2021-22 §4.10). Stage 3: the council's response after the panel.
   * Null until the clock starts, and while the case is on hold.
   */
  readonly dueOn: string | null;
  /** An extension was agreed at this stage (Wandsworth 2021-22 §4.1, 4.2). */
  readonly extended: boolean;
  /** Working days the stage's clock was stopped (on hold or closed), up to its end or today. */
  readonly holdWorkingDays: number;
  /** Stage 3: the council's response after the panel (Wandsworth 2021-22 §4.4). */
  readonly respondedOn: string | null;
  readonly outcome: StageOutcome | null;
  /** Withdrawn, or closed without a response (counted as withdrawn, Wandsworth 2021-22 §6.3). */
  readonly withdrawnOn: string | null;
  /** Working days from the clock start to the response, hold days not counted. */
  readonly workingDaysToRespond: number | null;
  /**
   * Working days after the deadline the response came (0 when on time). For a stage the
   * complainant took further before it was answered (Wandsworth 2021-22 §6.5), how late it was then. Null
   * while open and for a withdrawn stage.
   */
  readonly workingDaysLate: number | null;
  readonly panelHeldOn: string | null;
  /** The panel meets within 30 working days of the request (reg 19(4)). */
  readonly panelDueOn: string | null;
  readonly recommendationsOn: string | null;
  /** Recommendations within 5 working days of the panel (Wandsworth 2021-22 §4.4). */
  readonly recommendationsDueOn: string | null;
  /** The council responds within 15 working days of the recommendations (Wandsworth 2021-22 §4.4). */
  readonly councilResponseDueOn: string | null;
  /**
   * Why the stage took longer (domain brief, "How councils count": reasons for delay): the reason
   * given with a late response, else the one given with the stage's last extension that had one.
   */
  readonly delayReason: DelayReason | null;
  /** Fees recorded for the independent people appointed at this stage, in pence, summed. */
  readonly independentPersonFeePence: number | null;
  /** Fees recorded for external investigating officers appointed at this stage, in pence, summed. */
  readonly investigatorFeePence: number | null;
}

/**
 * One outcome for a stage from the outcomes of its issues (Wandsworth 2021-22 footnote 8 asks for several
 * issues per complaint, table 5 reports one outcome per complaint): every issue upheld makes the
 * stage upheld; any issue upheld or partly upheld makes it partly upheld; otherwise not upheld.
 */
export function stageOutcomeOf(outcomes: readonly IssueOutcome[]): StageOutcome | null {
  if (outcomes.length === 0) return null;
  if (outcomes.every((o) => o.outcome === 'upheld')) return 'upheld';
  if (outcomes.some((o) => o.outcome === 'upheld' || o.outcome === 'partly_upheld')) {
    return 'partly_upheld';
  }
  return 'not_upheld';
}

/**
 * The procedure's `council_responded_after_panel` event has no outcome of its own. A stage 3
 * outcome is recorded as `outcomes` on that event (the import does this); the engine ignores the
 * field and the facts read it.
 */
const stage3OutcomesSchema = z.object({ outcomes: z.array(issueOutcomeSchema).min(1) });

function stage3Outcomes(event: CaseEvent): readonly IssueOutcome[] {
  const parsed = stage3OutcomesSchema.safeParse(event);
  return parsed.success ? parsed.data.outcomes : [];
}

const RESPONSE_DEADLINE: Record<Stage, DeadlineId> = {
  1: 'stage1_response',
  2: 'stage2_response',
  3: 'stage3_council_response',
};

/** Working days from a deadline's start to the day it was done, as the engine's clock counts. */
function clockDaysToCompletion(deadline: Deadline | undefined): number | null {
  if (deadline === undefined || deadline.completedOn === null) return null;
  if (deadline.status === 'met' && deadline.workingDaysEarly !== null) {
    return deadline.workingDays - deadline.workingDaysEarly;
  }
  if (deadline.status === 'missed' && deadline.workingDaysLate !== null) {
    return deadline.workingDays + deadline.workingDaysLate;
  }
  return null;
}

interface Span {
  readonly from: string;
  readonly to: string | null;
}

interface StageTrack {
  beganOn: string;
  extended: boolean;
  withdrawnOn: string | null;
  councilResponse: CaseEvent | null;
  extensionDelayReason: DelayReason | null;
  responseDelayReason: DelayReason | null;
  independentPersonFeePence: number | null;
  investigatorFeePence: number | null;
}

function newTrack(beganOn: string): StageTrack {
  return {
    beganOn,
    extended: false,
    withdrawnOn: null,
    councilResponse: null,
    extensionDelayReason: null,
    responseDelayReason: null,
    independentPersonFeePence: null,
    investigatorFeePence: null,
  };
}

const addFee = (total: number | null, fee: number | undefined) =>
  fee === undefined ? total : (total ?? 0) + fee;

/** What the accepted events say that the evaluation does not: stage starts, extensions, pauses. */
function trackEvents(accepted: readonly CaseEvent[]): {
  stages: Map<Stage, StageTrack>;
  spans: Span[];
  closedOn: string | null;
} {
  const stages = new Map<Stage, StageTrack>();
  const spans: Span[] = [];
  let current: Stage = 1;
  let open: { from: string } | null = null;
  let closedOn: string | null = null;
  // Reopening a case that was closed while on hold puts it back on hold (procedure/record.ts).
  let heldWhenClosed = false;
  let held = false;
  const endOpen = (on: string) => {
    if (open !== null) spans.push({ from: open.from, to: on });
    open = null;
  };
  for (const event of accepted) {
    switch (event.type) {
      case 'received':
        stages.set(1, newTrack(event.on));
        break;
      case 'escalation_requested':
        if (event.to !== 'ombudsman') {
          current = event.to;
          stages.set(event.to, newTrack(event.on));
        }
        break;
      case 'extension_agreed': {
        const track = stages.get(current);
        if (track) {
          track.extended = true;
          if (event.delayReason !== undefined) track.extensionDelayReason = event.delayReason;
        }
        break;
      }
      case 'responded': {
        const track = stages.get(current);
        if (track && event.delayReason !== undefined) track.responseDelayReason = event.delayReason;
        break;
      }
      case 'independent_person_appointed': {
        const track = stages.get(current);
        if (track) {
          track.independentPersonFeePence = addFee(track.independentPersonFeePence, event.feePence);
        }
        break;
      }
      case 'investigating_officer_appointed': {
        const track = stages.get(current);
        if (track) track.investigatorFeePence = addFee(track.investigatorFeePence, event.feePence);
        break;
      }
      case 'put_on_hold':
        open = { from: event.on };
        held = true;
        break;
      case 'resumed':
        endOpen(event.on);
        held = false;
        break;
      case 'closed':
        endOpen(event.on);
        open = { from: event.on };
        closedOn = event.on;
        heldWhenClosed = held;
        held = false;
        break;
      case 'reopened':
        endOpen(event.on);
        closedOn = null;
        if (heldWhenClosed) {
          open = { from: event.on };
          held = true;
        }
        break;
      case 'withdrawn': {
        const track = stages.get(current);
        if (track) track.withdrawnOn = event.on;
        break;
      }
      case 'council_responded_after_panel': {
        const track = stages.get(3);
        if (track) track.councilResponse = event;
        break;
      }
      default:
        break;
    }
  }
  const stillOpen: { from: string } | null = open;
  if (stillOpen !== null) spans.push({ from: stillOpen.from, to: null });
  return { stages, spans, closedOn };
}

/** Working days in (start, end] during which the clock was stopped. */
function pausedWorkingDays(
  calendar: WorkingDayCalendar,
  spans: readonly Span[],
  start: string,
  end: string,
): number {
  let days = 0;
  for (const span of spans) {
    const from = span.from > start ? span.from : start;
    const to = span.to === null || span.to > end ? end : span.to;
    if (to > from) days += calendar.workingDaysBetween(from, to);
  }
  return days;
}

/**
 * The facts of each stage a case has reached, from its history and the engine's evaluation of it
 * (`evaluateCase(events, ctx)` with the same calendar). Events the engine ignored are left out here
 * too.
 */
export function stageFactsFromEvaluation(
  events: readonly CaseEvent[],
  evaluation: CaseEvaluation,
  calendar: WorkingDayCalendar,
): StageFacts[] {
  const procedure = evaluation.procedure;
  if (procedure === null) return [];
  const ignored = new Set(evaluation.ignoredEvents.map((e) => e.index));
  const accepted = events.filter((_, index) => !ignored.has(index));
  const { stages, spans, closedOn } = trackEvents(accepted);
  const deadline = (id: DeadlineId) => evaluation.deadlines.find((d) => d.id === id);
  const facts: StageFacts[] = [];
  for (const stage of [1, 2, 3] as const) {
    const track = stages.get(stage);
    if (track === undefined) continue;
    const response = evaluation.responses.find((r) => r.stage === stage);
    const respondedOn = response?.on ?? null;
    const isLatest = !stages.has((stage + 1) as Stage);
    // A stage closed before it was answered, and not reopened, ends like a withdrawal.
    const closedUnanswered =
      isLatest && respondedOn === null && evaluation.state === 'closed' ? closedOn : null;
    const withdrawnOn = respondedOn === null ? (track.withdrawnOn ?? closedUnanswered) : null;
    const next = stages.get((stage + 1) as Stage);
    const leftUnansweredOn =
      respondedOn === null && withdrawnOn === null ? (next?.beganOn ?? null) : null;

    const responseDeadline = deadline(RESPONSE_DEADLINE[stage]);
    const panel = stage === 3 ? deadline('stage3_panel') : undefined;
    const recommendations = stage === 3 ? deadline('stage3_recommendations') : undefined;

    const clockStartedOn = stage === 3 ? track.beganOn : (responseDeadline?.startsOn ?? null);
    let workingDaysToRespond: number | null = null;
    if (respondedOn !== null) {
      workingDaysToRespond =
        stage === 3
          ? sumOrNull([
              clockDaysToCompletion(panel),
              clockDaysToCompletion(recommendations),
              clockDaysToCompletion(responseDeadline),
            ])
          : clockDaysToCompletion(responseDeadline);
    }
    let workingDaysLate: number | null = null;
    if (respondedOn !== null || leftUnansweredOn !== null) {
      // Done after the due date is missed, even on a weekend with no working day gone by: such
      // a response counts as one working day late, so the report's bands agree with the engine.
      workingDaysLate =
        responseDeadline?.status === 'missed'
          ? Math.max(responseDeadline.workingDaysLate ?? 0, 1)
          : 0;
    }

    let outcome: StageOutcome | null = null;
    if (withdrawnOn !== null) outcome = 'withdrawn';
    else if (respondedOn !== null) {
      const outcomes =
        stage === 3 && track.councilResponse !== null
          ? stage3Outcomes(track.councilResponse)
          : (response?.outcomes ?? []);
      outcome = stageOutcomeOf(outcomes);
    }

    const end = respondedOn ?? withdrawnOn ?? leftUnansweredOn ?? evaluation.evaluatedOn;
    const start = clockStartedOn ?? track.beganOn;
    facts.push({
      procedure,
      stage,
      beganOn: track.beganOn,
      clockStartedOn,
      dueOn: responseDeadline?.dueOn ?? null,
      extended: track.extended,
      holdWorkingDays: end > start ? pausedWorkingDays(calendar, spans, start, end) : 0,
      respondedOn,
      outcome,
      withdrawnOn,
      workingDaysToRespond,
      workingDaysLate,
      panelHeldOn: panel?.completedOn ?? null,
      panelDueOn: panel?.dueOn ?? null,
      recommendationsOn: recommendations?.completedOn ?? null,
      recommendationsDueOn: recommendations?.dueOn ?? null,
      councilResponseDueOn: stage === 3 ? (responseDeadline?.dueOn ?? null) : null,
      delayReason: track.responseDelayReason ?? track.extensionDelayReason,
      independentPersonFeePence: track.independentPersonFeePence,
      investigatorFeePence: track.investigatorFeePence,
    });
  }
  return facts;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** The facts of each stage of a case: evaluates the history, then reads the stages from it. */
export function stageFactsOf(events: readonly CaseEvent[], ctx: ProcedureContext): StageFacts[] {
  return stageFactsFromEvaluation(events, evaluateCase(events, ctx), ctx.calendar);
}
