/**
 * How fast the working-day calendar and the procedure engine are. Run with `pnpm bench`.
 * Cases are generated deterministically (seeded PRNG), so runs are comparable.
 */
import {
  addWorkingDays,
  CORPORATE_POLICY_PRESETS,
  englandAndWalesCalendar,
  evaluateCase,
  workingDaysBetween,
  type CaseEvent,
  type CorporatePolicy,
} from '../src/index.js';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function thousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const calendar = englandAndWalesCalendar();
const random = prng(20_061_738);
const int = (max: number) => Math.floor(random() * max);
const chance = (p: number) => random() < p;

// Dates as ISO strings, 2015-2035, built once so the timing is of the calendar alone.
const starts = Array.from({ length: 4096 }, () =>
  addWorkingDays('2015-01-01', int(5200), calendar),
);

function benchAddWorkingDays(): void {
  const calls = 3_000_000;
  let sink = 0;
  const begin = performance.now();
  for (let i = 0; i < calls; i += 1) {
    sink += addWorkingDays(starts[i & 4095] ?? '2026-01-05', i & 63, calendar).length;
  }
  const seconds = (performance.now() - begin) / 1000;
  process.stdout.write(
    `addWorkingDays: ${thousands(calls / seconds)} calls/s${sink === 0 ? '!' : ''}\n`,
  );
}

function benchWorkingDaysBetween(): void {
  const calls = 3_000_000;
  let sink = 0;
  const begin = performance.now();
  for (let i = 0; i < calls; i += 1) {
    sink += workingDaysBetween(
      starts[i & 4095] ?? '2026-01-05',
      starts[(i + 7) & 4095] ?? '2026-01-05',
      calendar,
    );
  }
  const seconds = (performance.now() - begin) / 1000;
  process.stdout.write(
    `workingDaysBetween: ${thousands(calls / seconds)} calls/s${sink < 0 ? '!' : ''}\n`,
  );
}

function benchCalendarConstruction(): void {
  const count = 200;
  const begin = performance.now();
  for (let i = 0; i < count; i += 1) {
    englandAndWalesCalendar([
      addWorkingDays('2030-01-01', i, calendar),
      '2026-12-29',
      '2026-12-30',
    ]);
  }
  const ms = (performance.now() - begin) / count;
  process.stdout.write(
    `englandAndWalesCalendar with new closure days: ${ms.toFixed(2)} ms each (then cached)\n`,
  );
}

const person = (id: string) => ({ id, name: `Person ${id}` });
const outcomes = [{ issue: 'Communication', outcome: 'partly_upheld' as const }];

/** A plausible history: how far it gets, and what happens on the way, is random. */
function syntheticCase(): CaseEvent[] {
  let on = starts[int(4096)] ?? '2026-01-05';
  const next = (max: number) => (on = addWorkingDays(on, 1 + int(max), calendar));
  const statutory = chance(0.7);
  const events: CaseEvent[] = [
    {
      type: 'received',
      on,
      procedure: statutory ? 'statutory' : 'corporate',
      channel: 'email',
      ...(chance(0.3) ? { matterOccurredOn: '2014-06-01' } : {}),
    },
  ];
  if (chance(0.8)) events.push({ type: 'acknowledged', on: next(3) });
  if (chance(0.15)) {
    events.push({ type: 'put_on_hold', on: next(3), reason: 'Court proceedings' });
    events.push({ type: 'resumed', on: next(30) });
  }
  if (chance(0.2)) {
    events.push({
      type: 'extension_agreed',
      on: next(2),
      reason: 'Complex',
      agreedBy: person('cm'),
      workingDays: 5,
    });
  }
  if (chance(0.1)) return [...events, { type: 'withdrawn', on: next(5) }];
  if (chance(0.25)) return events;
  events.push({ type: 'responded', on: next(12), outcomes, respondedBy: person('tm') });
  if (chance(0.6)) return events;
  events.push({ type: 'escalation_requested', on: next(25), to: 2 });
  if (!statutory) {
    if (chance(0.5)) events.push({ type: 'acknowledged', on: next(4) });
    if (chance(0.7))
      events.push({ type: 'responded', on: next(22), outcomes, respondedBy: person('hos') });
    return events;
  }
  events.push({ type: 'investigating_officer_appointed', on: next(5), person: person('io') });
  events.push({
    type: 'independent_person_appointed',
    on: on,
    person: { ...person('ip'), isMemberOrOfficerOfCouncil: false },
  });
  if (chance(0.2)) return events;
  events.push({ type: 'statement_of_complaint_agreed', on: next(10) });
  if (chance(0.3)) return events;
  events.push({ type: 'responded', on: next(60), outcomes, respondedBy: person('hos') });
  if (chance(0.7)) return events;
  events.push({ type: 'escalation_requested', on: next(25), to: 3 });
  if (chance(0.3)) return events;
  const members = ['p1', 'p2', 'p3'].map((id) => ({
    ...person(id),
    isMemberOrOfficerOfCouncil: false,
  }));
  events.push({ type: 'panel_held', on: next(35), members, chairId: 'p1' });
  events.push({ type: 'panel_recommendations_issued', on: next(6) });
  if (chance(0.5))
    events.push({
      type: 'council_responded_after_panel',
      on: next(16),
      respondedBy: person('dcs'),
    });
  return events;
}

function benchEvaluateCase(): void {
  const count = 100_000;
  const cases = Array.from({ length: count }, syntheticCase);
  const policies: CorporatePolicy[] = Object.values(CORPORATE_POLICY_PRESETS);
  const eventCount = cases.reduce((sum, events) => sum + events.length, 0);
  const run = () => {
    let deadlines = 0;
    const begin = performance.now();
    cases.forEach((events, i) => {
      const today = addWorkingDays(events.at(-1)?.on ?? '2026-01-05', i % 20, calendar);
      const evaluation = evaluateCase(events, {
        calendar,
        policy:
          policies[i % policies.length] ?? CORPORATE_POLICY_PRESETS.lgsco_complaint_handling_code,
        today,
      });
      deadlines += evaluation.deadlines.length;
    });
    return { ms: performance.now() - begin, deadlines };
  };
  run();
  const { ms, deadlines } = run();
  process.stdout.write(
    `evaluateCase: ${thousands(count)} cases (${thousands(eventCount)} events, ${thousands(deadlines)} deadlines) in ${thousands(ms)} ms (${thousands((count / ms) * 1000)} cases/s)\n`,
  );
}

benchAddWorkingDays();
benchWorkingDaysBetween();
benchCalendarConstruction();
benchEvaluateCase();
