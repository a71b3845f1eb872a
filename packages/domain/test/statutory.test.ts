import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, evaluateCase, type CaseEvent } from '../src/index.js';
import {
  context,
  deadline,
  director,
  escalate,
  evaluate,
  history,
  independentPerson,
  investigator,
  manager,
  otherManager,
  panel,
  received,
  responded,
  toStage3Request,
  toStatementOfComplaint,
} from './helpers.js';

const extension = (on: string, workingDays: number): CaseEvent => ({
  type: 'extension_agreed',
  on,
  reason: 'Complex; advocate needed',
  agreedBy: { id: 'cm-1', name: 'Complaints Manager' },
  workingDays,
});

describe('stage 1, local resolution', () => {
  it('responds within 10 working days of receipt (Wandsworth 2021-22 §4.1)', () => {
    const evaluation = evaluate([received('2026-11-20')], context('2026-12-01'));
    const response = deadline(evaluation, 'stage1_response');
    expect(response).toMatchObject({
      dueOn: '2026-12-04',
      status: 'pending',
      workingDaysLeft: 3,
      owner: 'responding_manager',
      citation: expect.stringContaining('Wandsworth 2021-22 §4.1') as string,
    });
    expect(evaluation.state).toBe('stage1_awaiting_acknowledgement');
    expect(evaluation.nextAction).toMatchObject({
      action: 'acknowledge',
      owner: 'complaints_officer',
    });
    expect(evaluation.nextActions[1]).toMatchObject({
      action: 'respond_stage1',
      dueOn: '2026-12-04',
    });
  });

  it('is due today on the 10th working day, met on it and missed the day after (Wandsworth 2021-22 §4.1, 11.1)', () => {
    const ctx = context('2026-12-04');
    expect(
      deadline(evaluate([received('2026-11-20')], ctx), 'stage1_response').workingDaysLeft,
    ).toBe(0);
    const onTime = evaluate([received('2026-11-20'), responded('2026-12-04')], ctx);
    expect(deadline(onTime, 'stage1_response')).toMatchObject({
      status: 'met',
      workingDaysEarly: 0,
    });
    const late = evaluate([received('2026-11-20'), responded('2026-12-08')], context('2026-12-08'));
    expect(deadline(late, 'stage1_response')).toMatchObject({
      status: 'missed',
      completedOn: '2026-12-08',
      workingDaysLate: 2,
    });
    const overdue = evaluate([received('2026-11-20')], context('2026-12-09'));
    expect(deadline(overdue, 'stage1_response')).toMatchObject({
      status: 'missed',
      completedOn: null,
      workingDaysLate: 3,
    });
  });

  it('extends by up to 10 more working days, agreed by the Complaints Manager (Wandsworth 2021-22 §4.1)', () => {
    const ctx = context('2026-12-01');
    const extended = evaluate([received('2026-11-20'), extension('2026-11-25', 10)], ctx);
    expect(deadline(extended, 'stage1_response')).toMatchObject({
      dueOn: '2026-12-18',
      workingDays: 20,
    });
    const twice = history([received('2026-11-20'), extension('2026-11-25', 6)], ctx);
    expect(applyEvent(twice, extension('2026-11-26', 5), ctx)).toMatchObject({
      ok: false,
      reason: 'extension_exceeds_limit',
    });
    expect(applyEvent(twice, extension('2026-11-26', 4), ctx).ok).toBe(true);
    const full = history([...twice, extension('2026-11-26', 4)], ctx);
    expect(applyEvent(full, extension('2026-11-27', 1), ctx)).toMatchObject({
      ok: false,
      reason: 'extension_exceeds_limit',
    });
    expect(allowedEvents(full, ctx)).not.toContain('extension_agreed');
  });

  it('cannot be extended once the deadline has passed', () => {
    const ctx = context('2026-12-07');
    const events = history([received('2026-11-20')], ctx);
    expect(applyEvent(events, extension('2026-12-07', 5), ctx)).toMatchObject({
      ok: false,
      reason: 'extension_after_deadline',
    });
    expect(allowedEvents(events, ctx)).not.toContain('extension_agreed');
    expect(applyEvent(events, extension('2026-12-04', 5), ctx).ok).toBe(true);
  });

  it('a late stage 1 response gives an immediate right to stage 2 (Wandsworth 2021-22 §6.5)', () => {
    const ctx = context('2026-12-07');
    const events = history([received('2026-11-20')], ctx);
    expect(evaluateCase(events, ctx).escalation).toMatchObject({
      to: 2,
      basis: 'late_stage1_response',
      citation: 'Wandsworth 2021-22 §6.5',
    });
    expect(evaluateCase(events, context('2026-12-04')).escalation).toBeNull();
    expect(applyEvent(events, escalate('2026-12-04', 2), ctx)).toMatchObject({
      ok: false,
      reason: 'no_response_to_escalate',
    });
    const result = applyEvent(events, escalate('2026-12-07', 2), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.evaluation.state).toBe('stage2_awaiting_statement_of_complaint');
    expect(deadline(result.evaluation, 'stage1_response')).toMatchObject({
      status: 'missed',
      completedOn: null,
      workingDaysLate: 1,
    });
    expect(allowedEvents(events, ctx)).toContain('escalation_requested');
  });
});

describe('asking for stage 2', () => {
  it('is advised within 20 working days of the stage 1 response (Unnamed borough 2016-17 section 2)', () => {
    const evaluation = evaluate(
      [received('2026-01-05'), responded('2026-01-12')],
      context('2026-01-20'),
    );
    expect(evaluation.state).toBe('stage1_responded');
    expect(deadline(evaluation, 'stage2_request')).toMatchObject({
      advisory: true,
      owner: 'complainant',
      dueOn: '2026-02-09',
      status: 'pending',
    });
    expect(evaluation.escalation).toMatchObject({
      to: 2,
      advisedBy: '2026-02-09',
      lateIfRequestedNow: false,
    });
    expect(evaluation.nextAction).toMatchObject({
      action: 'decide_on_escalation',
      owner: 'complainant',
    });
  });

  it('accepts a late request and flags it: advice, not a bar (Isle of Wight 2021 §2.11)', () => {
    const ctx = context('2026-02-10');
    const events = history([received('2026-01-05'), responded('2026-01-12')], ctx);
    const waiting = evaluateCase(events, ctx);
    expect(waiting.escalation?.lateIfRequestedNow).toBe(true);
    expect(waiting.nextActions.map((a) => a.action)).toEqual([
      'close_case',
      'decide_on_escalation',
    ]);
    const onTime = applyEvent(events, escalate('2026-02-09', 2), ctx);
    expect(onTime).toMatchObject({ ok: true, warnings: [] });
    const late = applyEvent(events, escalate('2026-02-10', 2), ctx);
    expect(late).toMatchObject({ ok: true, warnings: ['late_escalation_request'] });
    if (!late.ok) return;
    expect(late.evaluation.warnings).toEqual([
      { code: 'late_escalation_request', on: '2026-02-10', eventIndex: 2 },
    ]);
    expect(deadline(late.evaluation, 'stage2_request')).toMatchObject({
      status: 'missed',
      workingDaysLate: 1,
    });
  });

  it('goes only to the next stage', () => {
    const ctx = context('2026-01-20');
    const events = history([received('2026-01-05'), responded('2026-01-12')], ctx);
    expect(applyEvent(events, escalate('2026-01-20', 3), ctx)).toMatchObject({
      ok: false,
      reason: 'escalation_to_wrong_stage',
    });
    expect(applyEvent(events, escalate('2026-01-20', 'ombudsman'), ctx)).toMatchObject({
      ok: false,
      reason: 'escalation_to_wrong_stage',
    });
  });
});

describe('stage 2, investigation', () => {
  it('has no clock until the statement of complaint is agreed (Wandsworth 2021-22 §9.3)', () => {
    const events = toStatementOfComplaint().slice(0, 5);
    const evaluation = evaluate(events, context('2026-01-23'));
    expect(evaluation.state).toBe('stage2_awaiting_statement_of_complaint');
    expect(evaluation.deadlines.map((d) => d.id)).toEqual(['stage1_response', 'stage2_request']);
    expect(evaluation.nextAction).toMatchObject({
      action: 'agree_statement_of_complaint',
      owner: 'investigating_officer',
    });
    const early = evaluate(events.slice(0, 3), context('2026-01-21'));
    expect(early.nextActions.map((a) => a.action)).toEqual([
      'appoint_investigating_officer',
      'appoint_independent_person',
      'agree_statement_of_complaint',
    ]);
  });

  it('responds within 25 working days of the statement of complaint (Wandsworth 2021-22 §4.2, 9.3)', () => {
    const evaluation = evaluate(toStatementOfComplaint(), context('2026-02-02'));
    expect(evaluation.state).toBe('stage2_investigation');
    expect(deadline(evaluation, 'stage2_response')).toMatchObject({
      startsOn: '2026-02-02',
      dueOn: '2026-03-09',
      workingDaysLeft: 25,
      owner: 'senior_responder',
    });
    expect(evaluation.nextActions.map((a) => a.action)).toEqual(['investigate', 'respond_stage2']);
    expect(evaluation.investigatingOfficer).toEqual(investigator);
    expect(evaluation.independentPerson).toEqual(independentPerson);
  });

  it('extends to no more than 65 working days in all (Wandsworth 2021-22 §4.2; Isle of Wight 2021 §2.12)', () => {
    const ctx = context('2026-02-10');
    const events = history([...toStatementOfComplaint(), extension('2026-02-10', 40)], ctx);
    expect(deadline(evaluateCase(events, ctx), 'stage2_response')).toMatchObject({
      workingDays: 65,
      dueOn: '2026-05-07',
    });
    expect(applyEvent(events, extension('2026-02-10', 1), ctx)).toMatchObject({
      ok: false,
      reason: 'extension_exceeds_limit',
    });
    const partly = history([...toStatementOfComplaint(), extension('2026-02-10', 30)], ctx);
    expect(applyEvent(partly, extension('2026-02-10', 11), ctx)).toMatchObject({
      ok: false,
      reason: 'extension_exceeds_limit',
    });
  });

  it('needs an Investigating Officer and an Independent Person before the response (Wandsworth 2021-22 §4.2-4.3)', () => {
    const ctx = context('2026-03-02');
    const base = [received('2026-01-05'), responded('2026-01-12'), escalate('2026-01-20', 2)];
    const noIp = history(
      [
        ...base,
        { type: 'investigating_officer_appointed', on: '2026-01-22', person: investigator },
        { type: 'statement_of_complaint_agreed', on: '2026-02-02' },
      ],
      ctx,
    );
    expect(applyEvent(noIp, responded('2026-03-02', otherManager), ctx)).toMatchObject({
      ok: false,
      reason: 'independent_person_not_appointed',
    });
    expect(allowedEvents(noIp, ctx)).not.toContain('responded');
    const noIo = history(
      [
        ...base,
        { type: 'independent_person_appointed', on: '2026-01-22', person: independentPerson },
        { type: 'statement_of_complaint_agreed', on: '2026-02-02' },
      ],
      ctx,
    );
    expect(applyEvent(noIo, responded('2026-03-02', otherManager), ctx)).toMatchObject({
      ok: false,
      reason: 'investigating_officer_not_appointed',
    });
    expect(
      applyEvent(history(base, ctx), responded('2026-03-02', otherManager), ctx),
    ).toMatchObject({
      ok: false,
      reason: 'statement_of_complaint_not_agreed',
    });
  });

  it('the Independent Person is not a member or officer of the council (reg 2)', () => {
    const ctx = context('2026-01-22');
    const events = history(
      [received('2026-01-05'), responded('2026-01-12'), escalate('2026-01-20', 2)],
      ctx,
    );
    const officer = { ...independentPerson, isMemberOrOfficerOfCouncil: true };
    expect(
      applyEvent(
        events,
        { type: 'independent_person_appointed', on: '2026-01-22', person: officer },
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'independent_person_not_independent',
    });
    const stage1Responder = { ...manager, isMemberOrOfficerOfCouncil: false };
    expect(
      applyEvent(
        events,
        { type: 'independent_person_appointed', on: '2026-01-22', person: stage1Responder },
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'independent_person_not_independent',
    });
    const recent = { ...independentPerson, employedByCouncilInLastThreeYears: true };
    expect(
      applyEvent(
        events,
        { type: 'independent_person_appointed', on: '2026-01-22', person: recent },
        ctx,
      ),
    ).toMatchObject({
      ok: true,
      warnings: ['independent_person_recently_employed'],
    });
  });

  it('the Investigating Officer and Independent Person are two different people, neither the stage 1 responder', () => {
    const ctx = context('2026-01-22');
    const events = history(
      [received('2026-01-05'), responded('2026-01-12'), escalate('2026-01-20', 2)],
      ctx,
    );
    expect(
      applyEvent(
        events,
        { type: 'investigating_officer_appointed', on: '2026-01-22', person: manager },
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'stage2_handler_was_stage1_responder',
    });
    const withIo = history(
      [
        ...events,
        { type: 'investigating_officer_appointed', on: '2026-01-22', person: investigator },
      ],
      ctx,
    );
    const same = { ...investigator, isMemberOrOfficerOfCouncil: false };
    expect(
      applyEvent(
        withIo,
        { type: 'independent_person_appointed', on: '2026-01-22', person: same },
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'independent_person_is_investigating_officer',
    });
    const withIp = history(
      [
        ...events,
        { type: 'independent_person_appointed', on: '2026-01-22', person: independentPerson },
      ],
      ctx,
    );
    expect(
      applyEvent(
        withIp,
        { type: 'investigating_officer_appointed', on: '2026-01-22', person: independentPerson },
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'independent_person_is_investigating_officer',
    });
  });

  it('is adjudicated by someone other than the stage 1 responder', () => {
    const ctx = context('2026-03-02');
    const events = history(toStatementOfComplaint(), ctx);
    expect(applyEvent(events, responded('2026-03-02', manager), ctx)).toMatchObject({
      ok: false,
      reason: 'stage2_handler_was_stage1_responder',
    });
  });
});

describe('stage 3, review panel', () => {
  it('is asked for within 20 working days of the stage 2 response, late accepted and flagged (reg 18)', () => {
    const ctx = context('2026-03-03');
    const events = history(
      [...toStatementOfComplaint(), responded('2026-03-02', otherManager)],
      ctx,
    );
    const evaluation = evaluateCase(events, ctx);
    expect(deadline(evaluation, 'stage3_request')).toMatchObject({
      dueOn: '2026-03-30',
      citation: expect.stringContaining('reg 18') as string,
    });
    expect(evaluation.escalation).toMatchObject({ to: 3, advisedBy: '2026-03-30' });
    expect(applyEvent(events, escalate('2026-03-31', 3), context('2026-03-31'))).toMatchObject({
      ok: true,
      warnings: ['late_escalation_request'],
    });
  });

  it('meets within 30 working days of the request (reg 19(4); Wandsworth 2021-22 §4.4)', () => {
    const evaluation = evaluate(toStage3Request(), context('2026-03-09'));
    expect(evaluation.state).toBe('stage3_awaiting_panel');
    // Good Friday 3 April and Easter Monday 6 April 2026 do not count.
    expect(deadline(evaluation, 'stage3_panel')).toMatchObject({
      dueOn: '2026-04-22',
      owner: 'complaints_manager',
      citation: expect.stringContaining('reg 19(4)') as string,
    });
    expect(evaluation.nextAction).toMatchObject({ action: 'arrange_panel', dueOn: '2026-04-22' });
  });

  it('sends recommendations within 5 working days and the council responds within 15 (Wandsworth 2021-22 §4.4; Unnamed borough 2016-17 section 2)', () => {
    const events: CaseEvent[] = [
      ...toStage3Request(),
      { type: 'panel_held', on: '2026-04-20', members: panel, chairId: 'p-1' },
    ];
    const afterPanel = evaluate(events, context('2026-04-20'));
    expect(afterPanel.state).toBe('stage3_awaiting_recommendations');
    expect(deadline(afterPanel, 'stage3_panel')).toMatchObject({
      status: 'met',
      workingDaysEarly: 2,
    });
    expect(deadline(afterPanel, 'stage3_recommendations')).toMatchObject({
      dueOn: '2026-04-27',
      owner: 'panel',
    });
    const recommendations = [
      ...events,
      { type: 'panel_recommendations_issued', on: '2026-04-27' } as const,
    ];
    const afterRecommendations = evaluate(recommendations, context('2026-04-27'));
    expect(deadline(afterRecommendations, 'stage3_council_response')).toMatchObject({
      dueOn: '2026-05-19',
      owner: 'senior_responder',
    });
    expect(afterRecommendations.nextAction).toMatchObject({ action: 'respond_to_panel' });
    const done = evaluate(
      [
        ...recommendations,
        { type: 'council_responded_after_panel', on: '2026-05-18', respondedBy: director },
      ],
      context('2026-05-18'),
    );
    expect(done.state).toBe('stage3_responded');
    expect(done.escalation).toMatchObject({ to: 'ombudsman', advisedBy: null });
    expect(done.nextActions.map((a) => a.action)).toEqual(['close_case', 'consider_ombudsman']);
    const ombudsman = evaluate(
      [
        ...recommendations,
        { type: 'council_responded_after_panel', on: '2026-05-18', respondedBy: director },
        escalate('2026-06-01', 'ombudsman'),
      ],
      context('2026-06-01'),
    );
    expect(ombudsman.state).toBe('with_ombudsman');
    expect(ombudsman.nextAction).toMatchObject({ action: 'follow_ombudsman_case' });
  });

  it('is three independent people, not including the stage 2 Independent Person (reg 19)', () => {
    const ctx = context('2026-04-20');
    const events = history(toStage3Request(), ctx);
    const officer = [
      panel[0],
      panel[1],
      { id: 'o-1', name: 'Officer', isMemberOrOfficerOfCouncil: true },
    ];
    expect(
      applyEvent(
        events,
        { type: 'panel_held', on: '2026-04-20', members: officer, chairId: 'p-1' } as CaseEvent,
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'panel_member_not_independent',
    });
    const withIp = [panel[0], panel[1], independentPerson];
    expect(
      applyEvent(
        events,
        { type: 'panel_held', on: '2026-04-20', members: withIp, chairId: 'p-1' } as CaseEvent,
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'panel_member_was_stage2_independent_person',
    });
  });
});

describe('the 12-month time limit (reg 9; Wandsworth 2021-22 §4.9)', () => {
  const late: CaseEvent = {
    type: 'received',
    on: '2026-01-05',
    procedure: 'statutory',
    matterOccurredOn: '2025-01-04',
  };

  it('flags a complaint made more than 12 months after the matter, for a decision', () => {
    const ctx = context('2026-01-05');
    const result = applyEvent([], late, ctx);
    expect(result).toMatchObject({ ok: true, warnings: ['outside_time_limit'] });
    if (!result.ok) return;
    expect(result.evaluation.timeLimit).toMatchObject({
      status: 'outside',
      expiresOn: '2026-01-04',
    });
    expect(result.evaluation.nextAction).toMatchObject({
      action: 'decide_time_limit',
      owner: 'complaints_manager',
    });
  });

  it('is waived with a recorded reason, once', () => {
    const ctx = context('2026-01-06');
    const events = history(
      [
        late,
        { type: 'time_limit_waived', on: '2026-01-06', reason: 'Young person was in hospital' },
      ],
      ctx,
    );
    const evaluation = evaluateCase(events, ctx);
    expect(evaluation.timeLimit).toMatchObject({
      status: 'waived',
      waiverReason: 'Young person was in hospital',
    });
    expect(evaluation.nextAction?.action).toBe('acknowledge');
    expect(
      applyEvent(events, { type: 'time_limit_waived', on: '2026-01-06', reason: 'Again' }, ctx),
    ).toMatchObject({
      ok: false,
      reason: 'time_limit_already_waived',
    });
  });

  it('cannot be waived when the complaint was in time', () => {
    const ctx = context('2026-01-06');
    const inTime = history([{ ...late, matterOccurredOn: '2025-01-05' }], ctx);
    expect(evaluateCase(inTime, ctx).timeLimit.status).toBe('within');
    expect(
      applyEvent(inTime, { type: 'time_limit_waived', on: '2026-01-06', reason: 'x' }, ctx),
    ).toMatchObject({
      ok: false,
      reason: 'within_time_limit',
    });
    expect(allowedEvents(inTime, ctx)).not.toContain('time_limit_waived');
  });

  it('refuses a matter dated after the complaint', () => {
    expect(
      applyEvent([], { ...late, matterOccurredOn: '2026-01-06' }, context('2026-01-06')),
    ).toMatchObject({
      ok: false,
      reason: 'matter_after_receipt',
    });
  });
});

describe('hold (reg 8; Wandsworth 2021-22 §4.10)', () => {
  const hold: CaseEvent = {
    type: 'put_on_hold',
    on: '2026-01-07',
    reason: 'Care proceedings in the family court',
  };

  it('pauses the clock while on hold', () => {
    const ctx = context('2026-01-12');
    const evaluation = evaluate([received('2026-01-05'), hold], ctx);
    expect(evaluation).toMatchObject({
      state: 'on_hold',
      resumesTo: 'stage1_awaiting_acknowledgement',
      onHoldSince: '2026-01-07',
      holdReason: 'Care proceedings in the family court',
    });
    expect(deadline(evaluation, 'stage1_response')).toMatchObject({
      status: 'paused',
      dueOn: null,
      workingDaysLeft: 8,
    });
    expect(evaluation.nextAction).toMatchObject({
      action: 'resume_when_ready',
      owner: 'complaints_manager',
    });
  });

  it('moves the deadline by exactly the working days on hold', () => {
    const evaluation = evaluate(
      [received('2026-01-05'), hold, { type: 'resumed', on: '2026-01-14' }],
      context('2026-01-14'),
    );
    // 8, 9, 12, 13 and 14 January were on hold: 19 January becomes 26 January.
    expect(evaluation.state).toBe('stage1_awaiting_acknowledgement');
    expect(deadline(evaluation, 'stage1_response')).toMatchObject({
      status: 'pending',
      dueOn: '2026-01-26',
      workingDaysLeft: 8,
    });
  });

  it('a hold starting on the due day still moves the deadline by the days on hold', () => {
    const onDueDay: CaseEvent = { ...hold, on: '2026-01-19' };
    const held = evaluate([received('2026-01-05'), onDueDay], context('2026-01-20'));
    expect(deadline(held, 'stage1_response')).toMatchObject({
      status: 'paused',
      workingDaysLeft: 0,
    });
    const resumed = evaluate(
      [received('2026-01-05'), onDueDay, { type: 'resumed', on: '2026-01-21' }],
      context('2026-01-21'),
    );
    expect(deadline(resumed, 'stage1_response')).toMatchObject({
      status: 'pending',
      dueOn: '2026-01-21',
      workingDaysLeft: 0,
    });
  });

  it('does not rescue a deadline already missed, and stops lateness growing while on hold', () => {
    const evaluation = evaluate(
      [received('2026-01-05'), { ...hold, on: '2026-01-21' }],
      context('2026-01-28'),
    );
    expect(deadline(evaluation, 'stage1_response')).toMatchObject({
      status: 'missed',
      dueOn: '2026-01-19',
      workingDaysLate: 2,
    });
  });

  it('refuses a second hold, a resume when not on hold, and other work while on hold', () => {
    const ctx = context('2026-01-08');
    const events = history([received('2026-01-05'), hold], ctx);
    expect(applyEvent(events, { ...hold, on: '2026-01-08' }, ctx)).toMatchObject({
      reason: 'already_on_hold',
    });
    expect(applyEvent(events, responded('2026-01-08'), ctx)).toMatchObject({
      reason: 'case_on_hold',
    });
    expect(allowedEvents(events, ctx)).toEqual(['resumed', 'withdrawn', 'closed']);
    const open = history([received('2026-01-05')], ctx);
    expect(applyEvent(open, { type: 'resumed', on: '2026-01-08' }, ctx)).toMatchObject({
      reason: 'not_on_hold',
    });
    const answered = history([received('2026-01-05'), responded('2026-01-06')], ctx);
    expect(applyEvent(answered, { ...hold, on: '2026-01-08' }, ctx)).toMatchObject({
      reason: 'hold_not_available',
    });
  });
});

describe('withdrawal, closure and reopening', () => {
  it('may withdraw at any stage; deadlines stop and are left out of timeliness (Wandsworth 2021-22 §4.12, 11.3)', () => {
    const ctx = context('2026-02-10');
    const events = history(
      [...toStatementOfComplaint(), { type: 'withdrawn', on: '2026-02-10' }],
      ctx,
    );
    const evaluation = evaluateCase(events, ctx);
    expect(evaluation.state).toBe('withdrawn');
    expect(evaluation.stage).toBe(2);
    expect(deadline(evaluation, 'stage2_response').status).toBe('stopped');
    expect(evaluation.nextAction).toBeNull();
    expect(allowedEvents(events, ctx)).toEqual([]);
    expect(
      applyEvent(events, { type: 'reopened', on: '2026-02-10', reason: 'x' }, ctx),
    ).toMatchObject({ reason: 'case_withdrawn' });
  });

  it('reopens a closed case where it was, with the closed days paused', () => {
    const ctx = context('2026-01-20');
    const closed = history(
      [received('2026-01-05'), { type: 'closed', on: '2026-01-07', reason: 'Resolved by phone' }],
      ctx,
    );
    const whileClosed = evaluateCase(closed, ctx);
    expect(whileClosed).toMatchObject({
      state: 'closed',
      resumesTo: 'stage1_awaiting_acknowledgement',
    });
    expect(deadline(whileClosed, 'stage1_response').status).toBe('stopped');
    expect(applyEvent(closed, responded('2026-01-20'), ctx)).toMatchObject({
      reason: 'case_closed',
    });
    const reopened = evaluate(
      [...closed, { type: 'reopened', on: '2026-01-14', reason: 'Not resolved after all' }],
      ctx,
    );
    expect(reopened.state).toBe('stage1_awaiting_acknowledgement');
    expect(deadline(reopened, 'stage1_response').dueOn).toBe('2026-01-26');
    expect(
      applyEvent(
        history([received('2026-01-05')], ctx),
        { type: 'reopened', on: '2026-01-14', reason: 'x' },
        ctx,
      ),
    ).toMatchObject({
      reason: 'not_closed',
    });
  });

  it('closing a case on hold and reopening it puts it back on hold', () => {
    const ctx = context('2026-02-02');
    const evaluation = evaluate(
      [
        received('2026-01-05'),
        { type: 'put_on_hold', on: '2026-01-07', reason: 'Police investigation' },
        { type: 'closed', on: '2026-01-09' },
        { type: 'reopened', on: '2026-01-16', reason: 'Police investigation ongoing' },
      ],
      ctx,
    );
    expect(evaluation).toMatchObject({
      state: 'on_hold',
      resumesTo: 'stage1_awaiting_acknowledgement',
      onHoldSince: '2026-01-16',
    });
    const resumed = evaluate(
      [
        received('2026-01-05'),
        { type: 'put_on_hold', on: '2026-01-07', reason: 'Police investigation' },
        { type: 'closed', on: '2026-01-09' },
        { type: 'reopened', on: '2026-01-16', reason: 'Police investigation ongoing' },
        { type: 'resumed', on: '2026-01-21' },
      ],
      ctx,
    );
    // Paused from 7 to 21 January: 10 working days.
    expect(deadline(resumed, 'stage1_response').dueOn).toBe('2026-02-02');
  });
});

describe('changing procedure (only at stage 1, before a response)', () => {
  it('recomputes stage 1 under the new procedure from the original receipt', () => {
    const ctx = context('2026-01-06');
    const events = history(
      [
        received('2026-01-05'),
        { type: 'procedure_changed', on: '2026-01-06', to: 'corporate', reason: 'Early help' },
      ],
      ctx,
    );
    const evaluation = evaluateCase(events, ctx);
    expect(evaluation.procedure).toBe('corporate');
    expect(deadline(evaluation, 'stage1_acknowledgement').dueOn).toBe('2026-01-12');
    expect(
      applyEvent(
        events,
        { type: 'procedure_changed', on: '2026-01-06', to: 'corporate', reason: 'x' },
        ctx,
      ),
    ).toMatchObject({
      reason: 'procedure_unchanged',
    });
    const answered = history([received('2026-01-05'), responded('2026-01-06')], ctx);
    expect(
      applyEvent(
        answered,
        { type: 'procedure_changed', on: '2026-01-06', to: 'corporate', reason: 'x' },
        ctx,
      ),
    ).toMatchObject({
      reason: 'procedure_change_after_response',
    });
  });
});
