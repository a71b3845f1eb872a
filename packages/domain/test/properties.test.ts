import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  allowedEvents,
  applyEvent,
  AUDIENCES,
  caseEventSchema,
  describeEvent,
  englandAndWalesCalendar,
  evaluateCase,
  evaluateCaseWithAllowedEvents,
  explainCase,
  type CaseEvent,
} from '../src/index.js';
import {
  guidedCaseArb,
  makeEvent,
  payloadsArb,
  policyArb,
  randomEventsArb,
} from './arbitraries.js';
import { calendar } from './helpers.js';

describe('the state machine never crashes', () => {
  it('evaluateCase, allowedEvents, applyEvent and the explanations accept any schema-valid history', () => {
    fc.assert(
      fc.property(randomEventsArb, policyArb, payloadsArb, (events, policy, payload) => {
        for (const event of events) caseEventSchema.parse(event);
        const today = events.at(-1)?.on ?? '2026-01-01';
        const ctx = { calendar, policy, today };
        const evaluation = evaluateCase(events, ctx);
        expect(evaluateCaseWithAllowedEvents(events, ctx)).toEqual({
          evaluation,
          allowed: allowedEvents(events, ctx),
        });
        for (const audience of AUDIENCES) {
          explainCase(evaluation, audience);
          for (const event of events) describeEvent(event, audience);
        }
        for (const type of allowedEvents(events, ctx)) {
          applyEvent(events, makeEvent(type, today, payload), ctx);
        }
        return evaluation.ignoredEvents.length <= events.length;
      }),
      { numRuns: 300 },
    );
  });

  it('applyEvent agrees with evaluateCase and with allowedEvents', () => {
    fc.assert(
      fc.property(guidedCaseArb, payloadsArb, fc.nat(), (guided, payload, choice) => {
        const ctx = { calendar, policy: guided.policy, today: guided.today };
        const before = evaluateCase(guided.events, ctx);
        expect(before.ignoredEvents).toEqual([]);
        const allowed = allowedEvents(guided.events, ctx);
        const types = [...allowed, 'received', 'resumed', 'panel_held'] as const;
        const type = types[choice % types.length] ?? 'received';
        const result = applyEvent(guided.events, makeEvent(type, guided.today, payload), ctx);
        if (result.ok) {
          expect(allowed).toContain(type);
          const again = evaluateCase(result.events, ctx);
          expect(again).toEqual(result.evaluation);
          expect(again.ignoredEvents).toEqual([]);
        } else {
          expect(result.state).toBe(before.state);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a hold moves every later deadline by exactly the working days paused (reg 8; Wandsworth 2021-22 §4.10)', () => {
  it('holds for p working days after any event where a hold is allowed', () => {
    fc.assert(
      fc.property(
        guidedCaseArb,
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        (guided, pick, paused) => {
          const { events, policy } = guided;
          const ctx = (today: string) => ({ calendar, policy, today });
          const holdable = events
            .map((event, index) => ({ event, index }))
            .filter(({ event, index }) =>
              allowedEvents(events.slice(0, index + 1), ctx(event.on)).includes('put_on_hold'),
            );
          fc.pre(holdable.length > 0);
          const chosen = holdable[pick % holdable.length];
          if (chosen === undefined) return;
          const heldOn = chosen.event.on;
          const resumedOn = addWorkingDays(heldOn, paused, calendar);
          const shift = (date: string) => addWorkingDays(date, paused, calendar);
          const held: CaseEvent[] = [
            ...events.slice(0, chosen.index + 1),
            { type: 'put_on_hold', on: heldOn, reason: 'Court proceedings' },
            { type: 'resumed', on: resumedOn },
            ...events.slice(chosen.index + 1).map((e) => ({ ...e, on: shift(e.on) })),
          ];
          const before = evaluateCase(events, ctx(guided.today));
          const after = evaluateCase(held, ctx(shift(guided.today)));
          expect(after.ignoredEvents).toEqual([]);
          expect(after.state).toBe(before.state);
          expect(after.deadlines.map((d) => [d.id, d.status])).toEqual(
            before.deadlines.map((d) => [d.id, d.status]),
          );
          before.deadlines.forEach((deadline, i) => {
            const moved = after.deadlines[i];
            // Done before the hold (its event was not moved): that deadline was no longer running.
            const doneBeforeHold =
              deadline.completedOn !== null && moved?.completedOn === deadline.completedOn;
            const expectedDue =
              deadline.dueOn === null || deadline.dueOn < heldOn || doneBeforeHold
                ? deadline.dueOn
                : shift(deadline.dueOn);
            expect(moved?.dueOn).toBe(expectedDue);
            expect(moved?.workingDaysLeft).toBe(deadline.workingDaysLeft);
            expect(moved?.workingDaysLate).toBe(deadline.workingDaysLate);
            expect(moved?.workingDaysEarly).toBe(deadline.workingDaysEarly);
          });
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('an authority closure day moves each open deadline that falls after it by one working day', () => {
  it('for any valid history and any working day after its last event', () => {
    fc.assert(
      fc.property(guidedCaseArb, fc.integer({ min: 1, max: 60 }), (guided, ahead) => {
        const last = guided.events.at(-1)?.on ?? guided.today;
        const closure = addWorkingDays(last, ahead, calendar);
        const closed = englandAndWalesCalendar([closure]);
        const before = evaluateCase(guided.events, {
          calendar,
          policy: guided.policy,
          today: last,
        });
        const after = evaluateCase(guided.events, {
          calendar: closed,
          policy: guided.policy,
          today: last,
        });
        expect(after.state).toBe(before.state);
        before.deadlines.forEach((deadline, i) => {
          const moved = after.deadlines[i];
          expect(moved?.status).toBe(deadline.status);
          if (deadline.dueOn === null) return;
          const expected =
            deadline.dueOn >= closure
              ? addWorkingDays(deadline.dueOn, 1, calendar)
              : deadline.dueOn;
          expect(moved?.dueOn).toBe(expected);
          // One working day fewer before it, so as many working days left as before.
          expect(moved?.workingDaysLeft).toBe(deadline.workingDaysLeft);
        });
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
