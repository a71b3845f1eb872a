import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CORPORATE_POLICY,
  TWENTY_AND_FIFTEEN_WORKING_DAYS,
  applyEvent,
  englandAndWalesCalendar,
  evaluateCase,
  stageFactsFromEvaluation,
  stageFactsOf,
  stageOutcomeOf,
  type CaseEvent,
  type ProcedureContext,
} from '../../src/index.js';

const calendar = englandAndWalesCalendar();
const ctx = (today: string, policy = DEFAULT_CORPORATE_POLICY): ProcedureContext => ({
  calendar,
  policy,
  today,
});

const manager = { id: 'm-1', name: 'Team Manager' };
const head = { id: 'm-2', name: 'Head of Service' };
const director = { id: 'd-1', name: 'Director' };
const io = { id: 'io-1', name: 'Investigating Officer' };
const ip = { id: 'ip-1', name: 'Independent Person', isMemberOrOfficerOfCouncil: false };
const panel = [
  { id: 'p-1', name: 'Chair', isMemberOrOfficerOfCouncil: false },
  { id: 'p-2', name: 'Member', isMemberOrOfficerOfCouncil: false },
  { id: 'p-3', name: 'Member', isMemberOrOfficerOfCouncil: false },
];

const received = (on: string, procedure: 'statutory' | 'corporate' = 'statutory'): CaseEvent => ({
  type: 'received',
  on,
  procedure,
});
const responded = (
  on: string,
  outcomes: ('upheld' | 'partly_upheld' | 'not_upheld')[] = ['upheld'],
  by = manager,
): CaseEvent => ({
  type: 'responded',
  on,
  outcomes: outcomes.map((outcome, i) => ({ issue: `Issue ${String(i + 1)}`, outcome })),
  respondedBy: by,
});
const extension = (on: string, workingDays: number): CaseEvent => ({
  type: 'extension_agreed',
  on,
  reason: 'Complex',
  agreedBy: { id: 'cm', name: 'Complaints Manager' },
  workingDays,
});

/** Applies each event in turn; a refusal fails the test. */
function history(events: readonly CaseEvent[], today: string): CaseEvent[] {
  let applied: readonly CaseEvent[] = [];
  for (const event of events) {
    const result = applyEvent(applied, event, ctx(today));
    if (!result.ok) throw new Error(`${event.type} on ${event.on} refused: ${result.reason}`);
    applied = result.events;
  }
  return [...applied];
}

function stage3Case(): CaseEvent[] {
  return [
    received('2021-04-01'),
    responded('2021-04-15', ['not_upheld']),
    { type: 'escalation_requested', on: '2021-04-20', to: 2 },
    { type: 'investigating_officer_appointed', on: '2021-04-21', person: io },
    { type: 'independent_person_appointed', on: '2021-04-21', person: ip },
    { type: 'statement_of_complaint_agreed', on: '2021-05-04' },
    extension('2021-05-05', 40),
    responded('2021-08-02', ['upheld', 'not_upheld'], head),
    { type: 'escalation_requested', on: '2021-08-09', to: 3 },
    { type: 'panel_held', on: '2021-10-01', members: panel, chairId: 'p-1' },
    { type: 'panel_recommendations_issued', on: '2021-10-06' },
    {
      type: 'council_responded_after_panel',
      on: '2021-10-20',
      respondedBy: director,
      outcomes: [{ issue: 'Assessment', outcome: 'partly_upheld' }],
    } as CaseEvent,
  ];
}

describe('stage facts', () => {
  it('stage 1 answered within 10 working days is on time (Wandsworth 2021-22 §4.1)', () => {
    const [one] = stageFactsOf(
      history([received('2021-06-01'), responded('2021-06-10')], '2022-01-01'),
      ctx('2022-01-01'),
    );
    expect(one).toMatchObject({
      procedure: 'statutory',
      stage: 1,
      beganOn: '2021-06-01',
      clockStartedOn: '2021-06-01',
      dueOn: '2021-06-15',
      extended: false,
      respondedOn: '2021-06-10',
      outcome: 'upheld',
      workingDaysToRespond: 7,
      workingDaysLate: 0,
      holdWorkingDays: 0,
    });
  });

  it('an extension moves the deadline to 20 working days (Wandsworth 2021-22 §4.1, 11.1)', () => {
    const events = history(
      [received('2021-06-01'), extension('2021-06-02', 10), responded('2021-06-25')],
      '2022-01-01',
    );
    const [one] = stageFactsOf(events, ctx('2022-01-01'));
    expect(one).toMatchObject({
      dueOn: '2021-06-29',
      extended: true,
      workingDaysToRespond: 18,
      workingDaysLate: 0,
    });
  });

  it('counts lateness in working days past the deadline, skipping bank holidays', () => {
    // Due 2022-05-31; the 2022-06-02 and 06-03 bank holidays do not count (domain brief).
    const events = history([received('2022-05-17'), responded('2022-06-07')], '2022-07-01');
    const [one] = stageFactsOf(events, ctx('2022-07-01'));
    expect(one).toMatchObject({
      dueOn: '2022-05-31',
      workingDaysLate: 3,
      workingDaysToRespond: 13,
    });
  });

  it('does not count working days on hold, and moves the deadline by them (reg 8; Wandsworth 2021-22 §4.10)', () => {
    const events = history(
      [
        received('2021-06-01'),
        { type: 'put_on_hold', on: '2021-06-03', reason: 'Court proceedings' },
        { type: 'resumed', on: '2021-06-10' },
        responded('2021-06-18'),
      ],
      '2022-01-01',
    );
    const [one] = stageFactsOf(events, ctx('2022-01-01'));
    expect(one).toMatchObject({
      holdWorkingDays: 5,
      dueOn: '2021-06-22',
      workingDaysToRespond: 8,
      workingDaysLate: 0,
    });
  });

  it('a withdrawn stage has no response and no lateness (Wandsworth 2021-22 §4.12)', () => {
    const events = history(
      [received('2021-06-01'), { type: 'withdrawn', on: '2021-06-08' }],
      '2022-01-01',
    );
    const [one] = stageFactsOf(events, ctx('2022-01-01'));
    expect(one).toMatchObject({
      outcome: 'withdrawn',
      withdrawnOn: '2021-06-08',
      respondedOn: null,
      workingDaysLate: null,
    });
  });

  it('a stage closed without a response ends as withdrawn (Wandsworth 2021-22 §6.3)', () => {
    const events = history(
      [received('2021-06-01'), { type: 'closed', on: '2021-06-08' }],
      '2022-01-01',
    );
    const [one] = stageFactsOf(events, ctx('2022-01-01'));
    expect(one).toMatchObject({ outcome: 'withdrawn', withdrawnOn: '2021-06-08' });
  });

  it('a late stage 1 taken to stage 2 unanswered keeps how late it was (Wandsworth 2021-22 §6.5)', () => {
    const events = history(
      [received('2021-06-01'), { type: 'escalation_requested', on: '2021-06-17', to: 2 }],
      '2022-01-01',
    );
    const [one, two] = stageFactsOf(events, ctx('2022-01-01'));
    expect(one).toMatchObject({
      respondedOn: null,
      withdrawnOn: null,
      outcome: null,
      workingDaysLate: 2,
    });
    expect(two).toMatchObject({
      stage: 2,
      beganOn: '2021-06-17',
      clockStartedOn: null,
      dueOn: null,
    });
  });

  it('stage 2 runs from the statement of complaint, 25 working days or 65 with an extension (Wandsworth 2021-22 §4.2, 9.3)', () => {
    const facts = stageFactsOf(stage3Case(), ctx('2022-01-01'));
    expect(facts[1]).toMatchObject({
      stage: 2,
      beganOn: '2021-04-20',
      clockStartedOn: '2021-05-04',
      extended: true,
      dueOn: '2021-08-04',
      respondedOn: '2021-08-02',
      outcome: 'partly_upheld',
      workingDaysToRespond: 63,
      workingDaysLate: 0,
    });
  });

  it('stage 3 has the panel, recommendations and council response deadlines (Wandsworth 2021-22 §4.4, 11.9)', () => {
    const facts = stageFactsOf(stage3Case(), ctx('2022-01-01'));
    expect(facts[2]).toMatchObject({
      stage: 3,
      beganOn: '2021-08-09',
      panelHeldOn: '2021-10-01',
      panelDueOn: '2021-09-21',
      recommendationsOn: '2021-10-06',
      recommendationsDueOn: '2021-10-08',
      councilResponseDueOn: '2021-10-27',
      dueOn: '2021-10-27',
      respondedOn: '2021-10-20',
      outcome: 'partly_upheld',
      workingDaysLate: 0,
      workingDaysToRespond: 51,
    });
  });

  it('an open stage has its deadline and no lateness yet', () => {
    const [one] = stageFactsOf(history([received('2021-06-01')], '2021-06-30'), ctx('2021-06-30'));
    expect(one).toMatchObject({
      dueOn: '2021-06-15',
      respondedOn: null,
      workingDaysLate: null,
      outcome: null,
    });
  });

  it('uses the council’s corporate policy for corporate stages (Wandsworth 2021-22 §14.4)', () => {
    const events = [received('2021-06-01', 'corporate'), responded('2021-07-01')];
    const [one] = stageFactsOf(events, ctx('2022-01-01', TWENTY_AND_FIFTEEN_WORKING_DAYS));
    expect(one).toMatchObject({ procedure: 'corporate', dueOn: '2021-06-29', workingDaysLate: 2 });
  });

  it('leaves out events the engine ignored', () => {
    const events: CaseEvent[] = [
      received('2021-06-01'),
      responded('2021-05-01'),
      responded('2021-06-03'),
    ];
    const evaluation = evaluateCase(events, ctx('2022-01-01'));
    expect(evaluation.ignoredEvents).toHaveLength(1);
    const [one] = stageFactsFromEvaluation(events, evaluation, calendar);
    expect(one?.respondedOn).toBe('2021-06-03');
  });
});

describe('stage outcome of several issues', () => {
  const of = (...outcomes: ('upheld' | 'partly_upheld' | 'not_upheld')[]) =>
    stageOutcomeOf(outcomes.map((outcome) => ({ issue: 'x', outcome })));
  it.each([
    [['upheld', 'upheld'], 'upheld'],
    [['upheld', 'not_upheld'], 'partly_upheld'],
    [['partly_upheld'], 'partly_upheld'],
    [['not_upheld', 'partly_upheld'], 'partly_upheld'],
    [['not_upheld', 'not_upheld'], 'not_upheld'],
  ] as const)('%j is %s', (outcomes, expected) => {
    expect(of(...outcomes)).toBe(expected);
  });
  it('is null with no issues', () => {
    expect(stageOutcomeOf([])).toBeNull();
  });
});

describe('stage facts, property', () => {
  /** Random statutory stage 1 histories: holds, extensions, a response, withdrawal or nothing. */
  const historyArbitrary = fc
    .record({
      start: fc.integer({ min: 0, max: 2000 }),
      gaps: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }),
      hold: fc.boolean(),
      extend: fc.boolean(),
      end: fc.constantFrom('responded', 'withdrawn', 'open'),
    })
    .map(({ start, gaps, hold, extend, end }) => {
      let day = Date.UTC(2015, 0, 1) + start * 86_400_000;
      const next = (gap: number) => {
        day += gap * 86_400_000;
        return new Date(day).toISOString().slice(0, 10);
      };
      const events: CaseEvent[] = [received(next(0))];
      if (extend) events.push(extension(next(gaps[0] ?? 0), 10));
      if (hold) {
        events.push({ type: 'put_on_hold', on: next(gaps[1] ?? 0), reason: 'Court' });
        events.push({ type: 'resumed', on: next(gaps[2] ?? 0) });
      }
      if (end === 'responded') events.push(responded(next(gaps[3] ?? 0)));
      if (end === 'withdrawn') events.push({ type: 'withdrawn', on: next(gaps[4] ?? 0) });
      return { events, today: next(gaps[5] ?? 0) };
    });

  it('working days to respond plus hold days are the working days from start to response', () => {
    fc.assert(
      fc.property(historyArbitrary, ({ events, today }) => {
        const evaluation = evaluateCase(events, ctx(today));
        const [one] = stageFactsFromEvaluation(events, evaluation, calendar);
        if (one === undefined) return;
        if (one.respondedOn !== null && one.clockStartedOn !== null) {
          expect(one.workingDaysToRespond).not.toBeNull();
          expect((one.workingDaysToRespond ?? 0) + one.holdWorkingDays).toBe(
            calendar.workingDaysBetween(one.clockStartedOn, one.respondedOn),
          );
          expect(one.workingDaysLate === 0).toBe(
            one.dueOn !== null && one.respondedOn <= one.dueOn,
          );
        }
        if (one.outcome === 'withdrawn') expect(one.workingDaysLate).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
