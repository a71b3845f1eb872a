/** fast-check generators of events and of valid case histories. */
import fc from 'fast-check';
import {
  addWorkingDays,
  allowedEvents,
  applyEvent,
  CORPORATE_POLICY_PRESETS,
  type CaseEvent,
  type CaseEventType,
  type Channel,
  type CorporatePolicy,
  type EscalationTarget,
  type IndependentPersonRef,
  type Outcome,
  type PanelMemberRef,
  type PersonRef,
  type Procedure,
  type ProcedureContext,
} from '../src/index.js';
import { fromDayNumber, toDayNumber } from '../src/calendar/iso-date.js';
import { calendar } from './helpers.js';

const ids = ['staff-1', 'staff-2', 'io-1', 'ip-1', 'p-1', 'p-2', 'p-3', 'p-4'] as const;
const idArb: fc.Arbitrary<string> = fc.constantFrom(...ids);
const personArb = idArb.map((id) => ({ id, name: `Person ${id}` }));
const independentArb = fc.record({
  id: idArb,
  name: fc.constant('Someone'),
  // Mostly independent, so that cases get past the independence rules.
  isMemberOrOfficerOfCouncil: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  employedByCouncilInLastThreeYears: fc.option(fc.boolean(), { nil: undefined }),
});
const reasonArb = fc.constantFrom('Court proceedings', 'Complex', 'Advocate needed');

/** Everything an event of each type could say, generated once; the date is filled in later. */
export interface Payloads {
  readonly procedure: Procedure;
  readonly channel: Channel | undefined;
  readonly matterDaysBefore: number | undefined;
  readonly workingDays: number;
  readonly person: PersonRef;
  readonly independent: IndependentPersonRef;
  readonly panel: PanelMemberRef[];
  readonly to: EscalationTarget;
  readonly reason: string;
  readonly outcome: Outcome;
}

export const payloadsArb: fc.Arbitrary<Payloads> = fc.record({
  procedure: fc.constantFrom('statutory' as const, 'corporate' as const),
  channel: fc.option(fc.constantFrom('email' as const, 'online' as const, 'in_person' as const), {
    nil: undefined,
  }),
  matterDaysBefore: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
  workingDays: fc.integer({ min: 1, max: 40 }),
  person: personArb,
  independent: independentArb,
  panel: fc.uniqueArray(independentArb, { minLength: 3, maxLength: 3, selector: (p) => p.id }),
  to: fc.constantFrom(2 as const, 3 as const, 'ombudsman' as const),
  reason: reasonArb,
  outcome: fc.constantFrom('upheld' as const, 'partly_upheld' as const, 'not_upheld' as const),
});

export function makeEvent(type: CaseEventType, on: string, p: Payloads): CaseEvent {
  switch (type) {
    case 'received':
      return {
        type,
        on,
        procedure: p.procedure,
        channel: p.channel,
        matterOccurredOn:
          p.matterDaysBefore === undefined
            ? undefined
            : fromDayNumber(toDayNumber(on) - p.matterDaysBefore),
      };
    case 'extension_agreed':
      return { type, on, reason: p.reason, agreedBy: p.person, workingDays: p.workingDays };
    case 'put_on_hold':
    case 'time_limit_waived':
    case 'reopened':
      return { type, on, reason: p.reason };
    case 'procedure_changed':
      return { type, on, reason: p.reason, to: p.procedure };
    case 'withdrawn':
    case 'closed':
      return { type, on, reason: p.reason };
    case 'responded':
      return {
        type,
        on,
        outcomes: [{ issue: 'Issue', outcome: p.outcome }],
        respondedBy: p.person,
      };
    case 'council_responded_after_panel':
      return { type, on, respondedBy: p.person };
    case 'escalation_requested':
      return { type, on, to: p.to };
    case 'investigating_officer_appointed':
      return { type, on, person: p.person };
    case 'independent_person_appointed':
      return { type, on, person: p.independent };
    case 'panel_held':
      return { type, on, members: p.panel, chairId: p.panel[0]?.id ?? 'p-1' };
    default:
      return { type, on };
  }
}

const typeArb = fc.constantFrom<CaseEventType>(
  'received',
  'acknowledged',
  'extension_agreed',
  'put_on_hold',
  'resumed',
  'responded',
  'escalation_requested',
  'statement_of_complaint_agreed',
  'investigating_officer_appointed',
  'independent_person_appointed',
  'panel_held',
  'panel_recommendations_issued',
  'council_responded_after_panel',
  'time_limit_waived',
  'withdrawn',
  'closed',
  'reopened',
  'procedure_changed',
);

const FIRST = toDayNumber('2010-01-01');
const LAST = toDayNumber('2097-12-31');

/** Any sequence of well-formed events, in any order, mostly moving forward in time. */
export const randomEventsArb = fc
  .tuple(
    fc.integer({ min: FIRST, max: LAST }),
    fc.array(fc.tuple(typeArb, payloadsArb, fc.integer({ min: -5, max: 40 })), { maxLength: 30 }),
  )
  .map(([start, steps]) => {
    let day = start;
    return steps.map(([type, payload, step]) => {
      day = Math.min(LAST, Math.max(FIRST, day + step));
      return makeEvent(type, fromDayNumber(day), payload);
    });
  });

export const policyArb = fc.constantFrom<CorporatePolicy>(
  ...Object.values(CORPORATE_POLICY_PRESETS),
  { ...CORPORATE_POLICY_PRESETS.lgsco_complaint_handling_code, escalationRequestWithin: 20 },
);

export interface GuidedCase {
  readonly events: CaseEvent[];
  readonly policy: CorporatePolicy;
  readonly today: string;
}

/**
 * Valid histories that go deep into the procedure: at each step one of the event types the engine
 * allows is chosen, on a working day, and kept if the engine accepts it.
 */
export const guidedCaseArb: fc.Arbitrary<GuidedCase> = fc
  .tuple(
    fc.integer({ min: toDayNumber('2012-01-01'), max: toDayNumber('2090-12-31') }),
    policyArb,
    payloadsArb,
    fc.array(fc.tuple(fc.nat(), payloadsArb, fc.integer({ min: 0, max: 12 })), { maxLength: 25 }),
    fc.integer({ min: 0, max: 80 }),
  )
  .map(([start, policy, first, steps, after]) => {
    let on = addWorkingDays(fromDayNumber(start), 1, calendar);
    const ctx = (today: string): ProcedureContext => ({ calendar, policy, today });
    const firstEvent = makeEvent('received', on, first);
    let events: CaseEvent[] = [firstEvent];
    for (const [choice, payload, gap] of steps) {
      on = addWorkingDays(on, gap, calendar);
      const types = allowedEvents(events, ctx(on));
      const type = types[choice % Math.max(1, types.length)];
      if (type === undefined) continue;
      const result = applyEvent(events, makeEvent(type, on, payload), ctx(on));
      if (result.ok) events = [...result.events];
    }
    return { events, policy, today: addWorkingDays(on, after, calendar) };
  });
