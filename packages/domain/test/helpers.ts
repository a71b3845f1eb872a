import {
  applyEvent,
  DEFAULT_CORPORATE_POLICY,
  englandAndWalesCalendar,
  evaluateCase,
  type CaseEvaluation,
  type CaseEvent,
  type CorporatePolicy,
  type Deadline,
  type DeadlineId,
  type ProcedureContext,
} from '../src/index.js';

export const calendar = englandAndWalesCalendar();

export function context(
  today: string,
  policy: CorporatePolicy = DEFAULT_CORPORATE_POLICY,
  cal = calendar,
): ProcedureContext {
  return { calendar: cal, policy, today };
}

/** Applies each event in turn and fails loudly if any is refused. */
export function history(events: readonly CaseEvent[], ctx: ProcedureContext): CaseEvent[] {
  let applied: readonly CaseEvent[] = [];
  for (const event of events) {
    const result = applyEvent(applied, event, {
      ...ctx,
      today: ctx.today < event.on ? event.on : ctx.today,
    });
    if (!result.ok) {
      throw new Error(`${event.type} on ${event.on} refused: ${result.reason}`);
    }
    applied = result.events;
  }
  return [...applied];
}

export function evaluate(events: readonly CaseEvent[], ctx: ProcedureContext): CaseEvaluation {
  return evaluateCase(history(events, ctx), ctx);
}

export function deadline(evaluation: CaseEvaluation, id: DeadlineId): Deadline {
  const found = evaluation.deadlines.find((d) => d.id === id);
  if (found === undefined) throw new Error(`No ${id} deadline`);
  return found;
}

export const manager = { id: 'staff-1', name: 'Team Manager' };
export const otherManager = { id: 'staff-2', name: 'Head of Service' };
export const investigator = { id: 'io-1', name: 'Investigating Officer' };
export const independentPerson = {
  id: 'ip-1',
  name: 'Independent Person',
  isMemberOrOfficerOfCouncil: false,
};
export const director = { id: 'dcs-1', name: 'Director of Children’s Services' };
export const panel = [
  { id: 'p-1', name: 'Panel Chair', isMemberOrOfficerOfCouncil: false },
  { id: 'p-2', name: 'Panel Member', isMemberOrOfficerOfCouncil: false },
  { id: 'p-3', name: 'Panel Member', isMemberOrOfficerOfCouncil: false },
];

export const received = (
  on: string,
  procedure: 'statutory' | 'corporate' = 'statutory',
): CaseEvent => ({
  type: 'received',
  on,
  procedure,
});
export const responded = (on: string, by = manager): CaseEvent => ({
  type: 'responded',
  on,
  outcomes: [{ issue: 'Contact arrangements', outcome: 'partly_upheld' }],
  respondedBy: by,
});
export const escalate = (on: string, to: 2 | 3 | 'ombudsman'): CaseEvent => ({
  type: 'escalation_requested',
  on,
  to,
});

/** A statutory complaint through stage 2 to the statement of complaint, as in Wandsworth 2021-22 §9.3. */
export function toStatementOfComplaint(): CaseEvent[] {
  return [
    received('2026-01-05'),
    responded('2026-01-12'),
    escalate('2026-01-20', 2),
    { type: 'investigating_officer_appointed', on: '2026-01-22', person: investigator },
    { type: 'independent_person_appointed', on: '2026-01-22', person: independentPerson },
    { type: 'statement_of_complaint_agreed', on: '2026-02-02' },
  ];
}

/** A statutory complaint through stage 2 to a request for a review panel. */
export function toStage3Request(): CaseEvent[] {
  return [
    ...toStatementOfComplaint(),
    responded('2026-03-02', otherManager),
    escalate('2026-03-09', 3),
  ];
}
