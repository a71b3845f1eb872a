import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  CASE_STATES,
  CORPORATE_TRANSITIONS,
  evaluateCase,
  REFUSAL_CODES,
  REFUSAL_MESSAGES,
  STATUTORY_TRANSITIONS,
  type CaseEvent,
  type CaseState,
  type RefusalCode,
} from '../src/index.js';
import {
  context,
  director,
  escalate,
  history,
  manager,
  otherManager,
  panel,
  received,
  responded,
  toStage3Request,
  toStatementOfComplaint,
} from './helpers.js';

const ctx = context('2026-12-31');
const panelHeld: CaseEvent = {
  type: 'panel_held',
  on: '2026-04-20',
  members: panel,
  chairId: 'p-1',
};
const recommendations: CaseEvent = { type: 'panel_recommendations_issued', on: '2026-04-24' };
const councilResponse: CaseEvent = {
  type: 'council_responded_after_panel',
  on: '2026-05-11',
  respondedBy: director,
};
const stage3Done = [...toStage3Request(), panelHeld, recommendations, councilResponse];

/** One scenario per refusal: the history, the event, and the code it must give. */
const SCENARIOS: [RefusalCode, CaseEvent[], CaseEvent][] = [
  ['not_received', [], { type: 'acknowledged', on: '2026-01-05' }],
  ['already_received', [received('2026-01-05')], received('2026-01-06')],
  [
    'case_withdrawn',
    [received('2026-01-05'), { type: 'withdrawn', on: '2026-01-06' }],
    responded('2026-01-07'),
  ],
  [
    'case_closed',
    [received('2026-01-05'), { type: 'closed', on: '2026-01-06' }],
    responded('2026-01-07'),
  ],
  [
    'case_on_hold',
    [received('2026-01-05'), { type: 'put_on_hold', on: '2026-01-06', reason: 'Court' }],
    responded('2026-01-07'),
  ],
  [
    'event_before_previous_event',
    [received('2026-01-05')],
    { type: 'acknowledged', on: '2026-01-04' },
  ],
  ['event_after_today', [received('2026-01-05')], { type: 'acknowledged', on: '2027-01-04' }],
  ['date_outside_calendar', [], received('2009-12-31')],
  [
    'matter_after_receipt',
    [],
    { type: 'received', on: '2026-01-05', procedure: 'statutory', matterOccurredOn: '2026-02-01' },
  ],
  [
    'already_acknowledged',
    [received('2026-01-05'), { type: 'acknowledged', on: '2026-01-06' }],
    { type: 'acknowledged', on: '2026-01-07' },
  ],
  [
    'extension_not_available',
    toStage3Request(),
    { type: 'extension_agreed', on: '2026-03-10', reason: 'x', agreedBy: manager, workingDays: 5 },
  ],
  [
    'extension_exceeds_limit',
    [received('2026-01-05')],
    { type: 'extension_agreed', on: '2026-01-06', reason: 'x', agreedBy: manager, workingDays: 11 },
  ],
  [
    'extension_after_deadline',
    [received('2026-01-05')],
    { type: 'extension_agreed', on: '2026-01-20', reason: 'x', agreedBy: manager, workingDays: 5 },
  ],
  [
    'already_on_hold',
    [received('2026-01-05'), { type: 'put_on_hold', on: '2026-01-06', reason: 'Court' }],
    { type: 'put_on_hold', on: '2026-01-07', reason: 'Court' },
  ],
  ['not_on_hold', [received('2026-01-05')], { type: 'resumed', on: '2026-01-06' }],
  [
    'hold_not_available',
    [received('2026-01-05'), responded('2026-01-06')],
    { type: 'put_on_hold', on: '2026-01-07', reason: 'Court' },
  ],
  ['no_response_to_escalate', [received('2026-01-05')], escalate('2026-01-06', 2)],
  [
    'escalation_already_requested',
    [...stage3Done, escalate('2026-05-12', 'ombudsman')],
    escalate('2026-05-13', 'ombudsman'),
  ],
  [
    'escalation_to_wrong_stage',
    [received('2026-01-05'), responded('2026-01-06')],
    escalate('2026-01-07', 3),
  ],
  [
    'no_escalation_request',
    [received('2026-01-05')],
    { type: 'statement_of_complaint_agreed', on: '2026-01-06' },
  ],
  [
    'statement_already_agreed',
    toStatementOfComplaint(),
    { type: 'statement_of_complaint_agreed', on: '2026-02-03' },
  ],
  [
    'statement_of_complaint_not_agreed',
    toStatementOfComplaint().slice(0, 5),
    responded('2026-02-03', otherManager),
  ],
  [
    'investigating_officer_not_appointed',
    [
      ...toStatementOfComplaint().slice(0, 3),
      toStatementOfComplaint()[4] as CaseEvent,
      { type: 'statement_of_complaint_agreed', on: '2026-02-02' },
    ],
    responded('2026-02-03', otherManager),
  ],
  [
    'independent_person_not_appointed',
    [
      ...toStatementOfComplaint().slice(0, 4),
      { type: 'statement_of_complaint_agreed', on: '2026-02-02' },
    ],
    responded('2026-02-03', otherManager),
  ],
  [
    'independent_person_not_independent',
    toStatementOfComplaint().slice(0, 3),
    {
      type: 'independent_person_appointed',
      on: '2026-01-22',
      person: { id: 'x', name: 'X', isMemberOrOfficerOfCouncil: true },
    },
  ],
  [
    'independent_person_is_investigating_officer',
    toStatementOfComplaint().slice(0, 4),
    {
      type: 'independent_person_appointed',
      on: '2026-01-22',
      person: { id: 'io-1', name: 'X', isMemberOrOfficerOfCouncil: false },
    },
  ],
  [
    'stage2_handler_was_stage1_responder',
    toStatementOfComplaint(),
    responded('2026-02-03', manager),
  ],
  ['panel_before_request', toStatementOfComplaint(), { ...panelHeld, on: '2026-02-03' }],
  ['panel_already_held', [...toStage3Request(), panelHeld], { ...panelHeld, on: '2026-04-21' }],
  [
    'panel_member_not_independent',
    toStage3Request(),
    {
      ...panelHeld,
      members: [panel[0], panel[1], { id: 'o', name: 'O', isMemberOrOfficerOfCouncil: true }],
    } as CaseEvent,
  ],
  [
    'panel_member_was_stage2_independent_person',
    toStage3Request(),
    {
      ...panelHeld,
      members: [panel[0], panel[1], { id: 'ip-1', name: 'IP', isMemberOrOfficerOfCouncil: false }],
    } as CaseEvent,
  ],
  ['recommendations_before_panel', toStage3Request(), recommendations],
  [
    'recommendations_already_issued',
    [...toStage3Request(), panelHeld, recommendations],
    recommendations,
  ],
  ['council_response_before_recommendations', [...toStage3Request(), panelHeld], councilResponse],
  ['already_responded', [received('2026-01-05'), responded('2026-01-06')], responded('2026-01-07')],
  ['not_in_corporate_procedure', [received('2026-01-05', 'corporate')], panelHeld],
  [
    'procedure_unchanged',
    [received('2026-01-05')],
    { type: 'procedure_changed', on: '2026-01-06', to: 'statutory', reason: 'x' },
  ],
  [
    'procedure_change_after_response',
    [received('2026-01-05'), responded('2026-01-06')],
    { type: 'procedure_changed', on: '2026-01-07', to: 'corporate', reason: 'x' },
  ],
  [
    'within_time_limit',
    [
      {
        type: 'received',
        on: '2026-01-05',
        procedure: 'statutory',
        matterOccurredOn: '2025-12-01',
      },
    ],
    { type: 'time_limit_waived', on: '2026-01-06', reason: 'x' },
  ],
  [
    'time_limit_already_waived',
    [received('2026-01-05'), { type: 'time_limit_waived', on: '2026-01-06', reason: 'x' }],
    { type: 'time_limit_waived', on: '2026-01-07', reason: 'x' },
  ],
  ['not_closed', [received('2026-01-05')], { type: 'reopened', on: '2026-01-06', reason: 'x' }],
  ['event_not_allowed_now', toStage3Request(), responded('2026-03-10', otherManager)],
];

describe('refusals are values with a specific code', () => {
  for (const [code, events, event] of SCENARIOS) {
    it(code, () => {
      const result = applyEvent(history(events, ctx), event, ctx);
      expect(result).toMatchObject({ ok: false, reason: code });
      expect(REFUSAL_MESSAGES[code].length).toBeGreaterThan(10);
    });
  }

  it('every refusal code is reachable', () => {
    expect(new Set(SCENARIOS.map(([code]) => code))).toEqual(new Set(REFUSAL_CODES));
  });

  it('more specific codes for events out of place', () => {
    const stage2 = history(
      [...toStatementOfComplaint().slice(0, 3), { type: 'acknowledged', on: '2026-01-21' }],
      ctx,
    );
    expect(applyEvent(stage2, { type: 'acknowledged', on: '2026-01-22' }, ctx)).toMatchObject({
      reason: 'already_acknowledged',
    });
    const stage1 = history([received('2026-01-05')], ctx);
    expect(
      applyEvent(
        stage1,
        { type: 'investigating_officer_appointed', on: '2026-01-06', person: manager },
        ctx,
      ),
    ).toMatchObject({
      reason: 'no_escalation_request',
    });
    const stage3 = history(toStage3Request(), ctx);
    expect(
      applyEvent(
        stage3,
        { type: 'investigating_officer_appointed', on: '2026-03-10', person: manager },
        ctx,
      ),
    ).toMatchObject({
      reason: 'event_not_allowed_now',
    });
    const done = history(stage3Done, ctx);
    expect(applyEvent(done, councilResponse, ctx)).toMatchObject({ reason: 'already_responded' });
    expect(applyEvent(done, { type: 'withdrawn', on: '2026-05-12' }, ctx)).toMatchObject({
      reason: 'event_not_allowed_now',
    });
  });

  it('evaluateCase leaves out an event the rules refuse, and says so', () => {
    const evaluation = evaluateCase(
      [
        received('2026-01-05'),
        { type: 'panel_recommendations_issued', on: '2026-01-06' },
        responded('2026-01-07'),
      ],
      ctx,
    );
    expect(evaluation.state).toBe('stage1_responded');
    expect(evaluation.ignoredEvents).toEqual([
      { index: 1, type: 'panel_recommendations_issued', reason: 'recommendations_before_panel' },
    ]);
  });
});

describe('the transition table', () => {
  it('covers every state for both procedures', () => {
    expect(Object.keys(STATUTORY_TRANSITIONS).sort()).toEqual([...CASE_STATES].sort());
    expect(Object.keys(CORPORATE_TRANSITIONS).sort()).toEqual([...CASE_STATES].sort());
  });

  it('leads only to known states', () => {
    for (const table of [STATUTORY_TRANSITIONS, CORPORATE_TRANSITIONS]) {
      for (const transitions of Object.values(table)) {
        for (const target of Object.values(transitions)) {
          expect([...CASE_STATES, 'state_before_hold', 'state_before_closure']).toContain(target);
        }
      }
    }
  });

  const allowed = (events: CaseEvent[], today: string) =>
    allowedEvents(history(events, context(today)), context(today));

  const cases: [CaseState, CaseEvent[], string, string[]][] = [
    ['not_received', [], '2026-01-05', ['received']],
    [
      'stage1_awaiting_acknowledgement',
      [received('2026-01-05')],
      '2026-01-06',
      [
        'acknowledged',
        'extension_agreed',
        'put_on_hold',
        'responded',
        'time_limit_waived',
        'withdrawn',
        'closed',
        'procedure_changed',
      ],
    ],
    [
      'stage1_responded',
      [received('2026-01-05'), responded('2026-01-06')],
      '2026-01-07',
      ['escalation_requested', 'time_limit_waived', 'withdrawn', 'closed'],
    ],
    [
      'stage2_awaiting_statement_of_complaint',
      toStatementOfComplaint().slice(0, 3),
      '2026-01-21',
      [
        'acknowledged',
        'extension_agreed',
        'put_on_hold',
        'statement_of_complaint_agreed',
        'investigating_officer_appointed',
        'independent_person_appointed',
        'time_limit_waived',
        'withdrawn',
        'closed',
      ],
    ],
    [
      'stage2_investigation',
      toStatementOfComplaint(),
      '2026-02-03',
      [
        'acknowledged',
        'extension_agreed',
        'put_on_hold',
        'responded',
        'investigating_officer_appointed',
        'independent_person_appointed',
        'time_limit_waived',
        'withdrawn',
        'closed',
      ],
    ],
    [
      'stage3_awaiting_panel',
      toStage3Request(),
      '2026-03-10',
      ['acknowledged', 'put_on_hold', 'panel_held', 'time_limit_waived', 'withdrawn', 'closed'],
    ],
    ['stage3_responded', stage3Done, '2026-05-12', ['escalation_requested', 'closed']],
    [
      'with_ombudsman',
      [...stage3Done, escalate('2026-05-12', 'ombudsman')],
      '2026-05-13',
      ['closed'],
    ],
    [
      'closed',
      [received('2026-01-05'), { type: 'closed', on: '2026-01-06' }],
      '2026-01-07',
      ['reopened'],
    ],
  ];

  for (const [state, events, today, types] of cases) {
    it(`${state}: ${types.join(', ')}`, () => {
      expect(evaluateCase(history(events, context(today)), context(today)).state).toBe(state);
      expect(allowed(events, today)).toEqual(types);
    });
  }
});
