import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  CORPORATE_POLICY_PRESETS,
  corporatePolicySchema,
  DEFAULT_CORPORATE_POLICY,
  evaluateCase,
  LGSCO_COMPLAINT_HANDLING_CODE,
  policyForAuthority,
  TWENTY_AND_FIFTEEN_WORKING_DAYS,
  TWENTY_AND_TWENTY_WORKING_DAYS,
  type CaseEvent,
} from '../src/index.js';
import {
  context,
  deadline,
  escalate,
  evaluate,
  history,
  manager,
  otherManager,
  received,
  responded,
} from './helpers.js';

const lgsco = (today: string) => context(today, LGSCO_COMPLAINT_HANDLING_CODE);
const ack = (on: string): CaseEvent => ({ type: 'acknowledged', on });

describe('LGSCO Complaint Handling Code (the default corporate policy)', () => {
  it('acknowledges within 5 working days and responds within 10 of the acknowledgement', () => {
    const evaluation = evaluate(
      [received('2026-11-20', 'corporate'), ack('2026-11-23')],
      lgsco('2026-11-23'),
    );
    expect(deadline(evaluation, 'stage1_acknowledgement')).toMatchObject({
      dueOn: '2026-11-27',
      status: 'met',
      workingDaysEarly: 4,
    });
    expect(deadline(evaluation, 'stage1_response')).toMatchObject({
      startsOn: '2026-11-23',
      dueOn: '2026-12-07',
    });
    expect(evaluation.state).toBe('stage1_awaiting_response');
  });

  it('counts from the acknowledgement deadline while the complaint is not acknowledged', () => {
    const evaluation = evaluate([received('2026-11-20', 'corporate')], lgsco('2026-11-23'));
    expect(deadline(evaluation, 'stage1_response')).toMatchObject({
      startsOn: '2026-11-27',
      dueOn: '2026-12-11',
    });
  });

  it('gives no extra time for a late acknowledgement', () => {
    const evaluation = evaluate(
      [received('2026-11-20', 'corporate'), ack('2026-12-01')],
      lgsco('2026-12-01'),
    );
    expect(deadline(evaluation, 'stage1_acknowledgement')).toMatchObject({
      status: 'missed',
      workingDaysLate: 2,
    });
    expect(deadline(evaluation, 'stage1_response').dueOn).toBe('2026-12-11');
  });

  it('a response also acknowledges', () => {
    const evaluation = evaluate(
      [received('2026-11-20', 'corporate'), responded('2026-11-24')],
      lgsco('2026-11-24'),
    );
    expect(deadline(evaluation, 'stage1_acknowledgement')).toMatchObject({
      status: 'met',
      completedOn: '2026-11-24',
    });
  });

  it('extends stage 1 by up to 10 working days', () => {
    const ctx = lgsco('2026-11-25');
    const events = history([received('2026-11-20', 'corporate'), ack('2026-11-23')], ctx);
    const extend = (workingDays: number): CaseEvent => ({
      type: 'extension_agreed',
      on: '2026-11-25',
      reason: 'Waiting for records',
      agreedBy: manager,
      workingDays,
    });
    expect(applyEvent(events, extend(11), ctx)).toMatchObject({
      ok: false,
      reason: 'extension_exceeds_limit',
    });
    const result = applyEvent(events, extend(10), ctx);
    expect(result.ok && deadline(result.evaluation, 'stage1_response').dueOn).toBe('2026-12-21');
  });

  it('stage 2: acknowledged within 5 and answered within 20 working days of acknowledgement, by someone else', () => {
    const ctx = lgsco('2026-12-14');
    const events = history(
      [
        received('2026-11-20', 'corporate'),
        ack('2026-11-23'),
        responded('2026-12-04'),
        escalate('2026-12-07', 2),
      ],
      ctx,
    );
    const waiting = evaluateCase(events, ctx);
    expect(waiting.state).toBe('stage2_awaiting_acknowledgement');
    expect(deadline(waiting, 'stage2_acknowledgement').dueOn).toBe('2026-12-14');
    expect(waiting.nextActions.map((a) => a.action)).toEqual(['acknowledge', 'respond_stage2']);
    const reviewing = history([...events, ack('2026-12-08')], ctx);
    const evaluation = evaluateCase(reviewing, ctx);
    expect(evaluation.state).toBe('stage2_review');
    // 20 working days from 8 December 2026 skip 25 and 28 December and 1 January 2027.
    expect(deadline(evaluation, 'stage2_response').dueOn).toBe('2027-01-08');
    expect(evaluation.nextAction).toMatchObject({
      action: 'respond_stage2',
      owner: 'senior_responder',
    });
    // Isle of Wight 2021 §2.36: the stage 1 responder cannot carry out the stage 2 review.
    expect(applyEvent(reviewing, responded('2026-12-14', manager), ctx)).toMatchObject({
      ok: false,
      reason: 'stage2_handler_was_stage1_responder',
    });
    expect(
      applyEvent(
        reviewing,
        { type: 'investigating_officer_appointed', on: '2026-12-14', person: manager },
        ctx,
      ),
    ).toMatchObject({ ok: false, reason: 'stage2_handler_was_stage1_responder' });
    const done = applyEvent(reviewing, responded('2026-12-14', otherManager), ctx);
    expect(done.ok && done.evaluation.state).toBe('stage2_responded');
    expect(done.ok && done.evaluation.escalation).toMatchObject({ to: 'ombudsman' });
    expect(done.ok && done.evaluation.nextActions.map((a) => a.action)).toEqual([
      'close_case',
      'consider_ombudsman',
    ]);
  });

  it('sets no period for asking for stage 2, so there is no advisory deadline', () => {
    const evaluation = evaluate(
      [received('2026-11-20', 'corporate'), responded('2026-11-24')],
      lgsco('2026-11-24'),
    );
    expect(evaluation.deadlines.map((d) => d.id)).toEqual([
      'stage1_acknowledgement',
      'stage1_response',
    ]);
    expect(evaluation.escalation).toMatchObject({
      to: 2,
      advisedBy: null,
      lateIfRequestedNow: false,
    });
  });

  it('has no review panel, statement of complaint or early escalation', () => {
    const ctx = lgsco('2027-01-20');
    const events = history([received('2026-11-20', 'corporate')], ctx);
    expect(
      applyEvent(events, { type: 'statement_of_complaint_agreed', on: '2027-01-20' }, ctx),
    ).toMatchObject({
      reason: 'not_in_corporate_procedure',
    });
    // Late, but the corporate procedure has no automatic right to stage 2.
    expect(applyEvent(events, escalate('2027-01-20', 2), ctx)).toMatchObject({
      reason: 'no_response_to_escalate',
    });
    expect(evaluateCase(events, ctx).escalation).toBeNull();
  });
});

describe('older council policies in the council reports', () => {
  it('Isle of Wight 2021 §2.29: acknowledge in 3; reply in 20 working days from the first working day after receipt', () => {
    const evaluation = evaluate(
      [received('2026-11-20', 'corporate')],
      context('2026-11-20', TWENTY_AND_TWENTY_WORKING_DAYS),
    );
    expect(deadline(evaluation, 'stage1_acknowledgement').dueOn).toBe('2026-11-25');
    // Monday 23 November is day 1, so day 20 is Friday 18 December.
    expect(deadline(evaluation, 'stage1_response')).toMatchObject({
      startsOn: '2026-11-20',
      dueOn: '2026-12-18',
    });
  });

  it('Isle of Wight 2021 §2.34: stage 2 review within 20 working days of the request; no extensions', () => {
    const ctx = context('2026-12-21', TWENTY_AND_TWENTY_WORKING_DAYS);
    const events = history(
      [received('2026-11-20', 'corporate'), responded('2026-12-04'), escalate('2026-12-07', 2)],
      ctx,
    );
    const evaluation = evaluateCase(events, ctx);
    expect(evaluation.deadlines.map((d) => d.id)).toEqual([
      'stage1_acknowledgement',
      'stage1_response',
      'stage2_response',
    ]);
    // 25 and 28 December 2026 and 1 January 2027 do not count.
    expect(deadline(evaluation, 'stage2_response').dueOn).toBe('2027-01-07');
    expect(allowedEvents(events, ctx)).not.toContain('extension_agreed');
    expect(
      applyEvent(
        events,
        {
          type: 'extension_agreed',
          on: '2026-12-21',
          reason: 'x',
          agreedBy: manager,
          workingDays: 1,
        },
        ctx,
      ),
    ).toMatchObject({ reason: 'extension_not_available' });
  });

  it('Wandsworth 2021-22 §14.4: stage 1 in 20 working days, stage 2 in 15', () => {
    const ctx = context('2026-12-21', TWENTY_AND_FIFTEEN_WORKING_DAYS);
    const evaluation = evaluate(
      [received('2026-11-20', 'corporate'), responded('2026-12-04'), escalate('2026-12-07', 2)],
      ctx,
    );
    expect(deadline(evaluation, 'stage1_response').dueOn).toBe('2026-12-18');
    expect(deadline(evaluation, 'stage2_response').dueOn).toBe('2026-12-30');
  });

  it('a policy with a period for asking for stage 2 flags a late request', () => {
    const policy = { ...DEFAULT_CORPORATE_POLICY, escalationRequestWithin: 20 };
    const ctx = context('2027-01-05', policy);
    const events = history([received('2026-11-20', 'corporate'), responded('2026-11-24')], ctx);
    expect(deadline(evaluateCase(events, ctx), 'stage2_request').dueOn).toBe('2026-12-22');
    expect(applyEvent(events, escalate('2027-01-05', 2), ctx)).toMatchObject({
      ok: true,
      warnings: ['late_escalation_request'],
    });
  });
});

describe('policy presets and validation', () => {
  it('every preset is a valid policy', () => {
    for (const policy of Object.values(CORPORATE_POLICY_PRESETS)) {
      expect(corporatePolicySchema.parse(policy)).toEqual(policy);
    }
  });

  it('a response clock from acknowledgement needs an acknowledgement timescale', () => {
    const bad = {
      ...LGSCO_COMPLAINT_HANDLING_CODE,
      stage1: { ...LGSCO_COMPLAINT_HANDLING_CODE.stage1, acknowledgeWithin: null },
    };
    expect(corporatePolicySchema.safeParse(bad).success).toBe(false);
  });

  it('is looked up by preset name; no name means the LGSCO Code; an unknown name throws', () => {
    expect(policyForAuthority(undefined)).toBe(LGSCO_COMPLAINT_HANDLING_CODE);
    expect(policyForAuthority(null)).toBe(LGSCO_COMPLAINT_HANDLING_CODE);
    expect(policyForAuthority('')).toBe(LGSCO_COMPLAINT_HANDLING_CODE);
    expect(policyForAuthority('twenty_and_fifteen_working_days')).toBe(
      TWENTY_AND_FIFTEEN_WORKING_DAYS,
    );
    expect(() => policyForAuthority('toString')).toThrow(RangeError);
  });
});
