/**
 * The report counted in SQL (`buildAnnualReport`) and the report counted in TypeScript from the same
 * records (`computeYearFigures`) must be the same report, on random data, on every engine.
 */
import {
  CATEGORY_OF_SUPPORT_CODES,
  CHANNELS,
  DELAY_REASONS,
  DISABILITY_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  annualReportSchema,
  assembleAnnualReport,
  computeHeadlineFigures,
  computeSectionFigures,
  computeYearFigures,
  sectionHeadlineOf,
  type ReportRecords,
  type SectionRecords,
} from '@heard/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  createAuthority,
  loadReportRecords,
  schema,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const DAY = 86_400_000;
const isoDay = (n: number) => new Date(Date.UTC(2018, 9, 1) + n * DAY).toISOString().slice(0, 10);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const name = (prefix: string, n: number) =>
  fc.integer({ min: 1, max: n }).map((i) => `${prefix} ${String(i)}`);

const stageArbitrary = fc.record({
  gap: fc.integer({ min: 0, max: 200 }),
  length: fc.integer({ min: 0, max: 120 }),
  ending: fc.constantFrom('responded', 'withdrawn', 'open', 'escalated'),
  outcome: maybe(fc.constantFrom('upheld', 'partly_upheld', 'not_upheld', 'withdrawn')),
  // Boundaries of the lateness bands and of "within 10/20 working days" come up often.
  late: maybe(fc.oneof(fc.constantFrom(0, 1, 10, 11, 30, 31), fc.integer({ min: 0, max: 45 }))),
  days: maybe(fc.oneof(fc.constantFrom(10, 11, 20, 21), fc.integer({ min: 0, max: 40 }))),
  panel: maybe(
    fc.record({ held: fc.integer({ min: 28, max: 34 }), due: fc.integer({ min: 28, max: 34 }) }),
  ),
  recommendations: maybe(
    fc.record({ on: fc.integer({ min: 35, max: 40 }), due: fc.integer({ min: 35, max: 40 }) }),
  ),
  /** Days from the end of the stage to the council's deadline: on both sides of it. */
  councilDue: maybe(fc.integer({ min: -3, max: 3 })),
  extended: fc.boolean(),
  delayReason: maybe(fc.constantFrom(...DELAY_REASONS)),
  independentPersonFeePence: maybe(fc.integer({ min: 0, max: 500_000 })),
  investigatorFeePence: maybe(fc.integer({ min: 0, max: 900_000 })),
});

const complaintArbitrary = fc.record({
  start: fc.integer({ min: 0, max: 1400 }),
  procedure: fc.constantFrom('statutory', 'statutory', 'corporate'),
  stages: fc.array(stageArbitrary, { minLength: 3, maxLength: 3 }),
  reached: fc.constantFrom(1, 2, 3, 3),
  serviceArea: maybe(name('Service', 3)),
  team: maybe(name('Team', 4)),
  principalIssue: maybe(name('Issue', 5)),
  otherIssues: fc.array(name('Issue', 6), { maxLength: 3 }),
  complainantType: fc.constantFrom(
    'young_person',
    'parent_carer',
    'advocate',
    'other',
    'grandparent',
  ),
  categoryOfSupport: maybe(fc.constantFrom(...CATEGORY_OF_SUPPORT_CODES, 'early_help')),
  receivedVia: fc.constantFrom(...CHANNELS, 'not_recorded', 'fax'),
  children: fc.array(
    fc.record({
      age: maybe(fc.integer({ min: 0, max: 30 })),
      gender: maybe(fc.constantFrom(...GENDER_CODES, 'unknown')),
      ethnicity: maybe(fc.constantFrom(...ETHNICITY_CODES, 'unspecified')),
      disability: maybe(fc.constantFrom(...DISABILITY_CODES, 'unknown')),
    }),
    { maxLength: 3 },
  ),
});

const NO_OTHER_RECORDS: SectionRecords = {
  compliments: [],
  comments: [],
  enquiries: [],
  ombudsmanCases: [],
  ombudsmanRemedies: [],
  learningActions: [],
  serviceAreas: [],
};

type GeneratedComplaint = typeof complaintArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Plain records from generated complaints: stages in order, each beginning after the last ended. */
function recordsOf(
  generated: readonly GeneratedComplaint[],
  ids: readonly string[],
): ReportRecords {
  const records: { -readonly [K in keyof ReportRecords]: ReportRecords[K][number][] } = {
    complaints: [],
    stages: [],
    children: [],
  };
  generated.forEach((g, index) => {
    const id = ids[index] ?? '';
    records.complaints.push({
      id,
      serviceArea: g.serviceArea,
      team: g.team,
      principalIssue: g.principalIssue,
      otherIssues: g.otherIssues,
      complainantType: g.complainantType,
      categoryOfSupport: g.categoryOfSupport,
      receivedVia: g.receivedVia,
    });
    const maxStages = Math.min(g.reached, g.procedure === 'corporate' ? 2 : 3);
    let day = g.start;
    g.stages.slice(0, maxStages).forEach((s, i, all) => {
      day += s.gap;
      const beganOn = isoDay(day);
      const hasNext = i < all.length - 1;
      const ending = hasNext
        ? s.ending === 'withdrawn' || s.ending === 'open'
          ? 'responded'
          : s.ending
        : s.ending === 'escalated'
          ? 'open'
          : s.ending;
      const end = isoDay(day + s.length);
      const stage = (i + 1) as 1 | 2 | 3;
      records.stages.push({
        complaintId: id,
        procedure: g.procedure,
        stage,
        beganOn,
        clockStartedOn: beganOn,
        dueOn: isoDay(day + 10),
        extended: s.extended,
        holdWorkingDays: 0,
        respondedOn: ending === 'responded' ? end : null,
        outcome: ending === 'withdrawn' ? 'withdrawn' : ending === 'responded' ? s.outcome : null,
        withdrawnOn: ending === 'withdrawn' ? end : null,
        workingDaysToRespond: ending === 'responded' ? s.days : null,
        workingDaysLate: ending === 'responded' || ending === 'escalated' ? s.late : null,
        panelHeldOn: stage === 3 && s.panel ? isoDay(day + s.panel.held) : null,
        panelDueOn: stage === 3 && s.panel ? isoDay(day + s.panel.due) : null,
        recommendationsOn:
          stage === 3 && s.recommendations ? isoDay(day + s.recommendations.on) : null,
        recommendationsDueOn:
          stage === 3 && s.recommendations ? isoDay(day + s.recommendations.due) : null,
        councilResponseDueOn:
          stage === 3 && s.councilDue !== null ? isoDay(day + s.length + s.councilDue) : null,
        delayReason: s.delayReason,
        independentPersonFeePence: s.independentPersonFeePence,
        investigatorFeePence: s.investigatorFeePence,
      });
      day += s.length + 1;
    });
    for (const child of g.children) records.children.push({ complaintId: id, ...child });
  });
  return records;
}

describe.each(testEngines())('annual report: SQL and domain agree on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('gives the same report from SQL as from the plain records', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(complaintArbitrary, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 2019, max: 2022 }),
        async (generated, year) => {
          run += 1;
          const authority = await createAuthority(handle.db, {
            code: `P${String(run)}${engine.slice(0, 2).toUpperCase()}`,
            name: `Property Council ${String(run)}`,
          });
          const ids = generated.map(() => crypto.randomUUID());
          const records = recordsOf(generated, ids);
          await handle.db.transaction(async (tx) => {
            await tx.insert(schema.complaints).values(
              records.complaints.map((c, i) => ({
                id: c.id,
                authorityId: authority.id,
                reference: `${authority.code}-${String(i)}`,
                receivedOn: '2020-01-01',
                receivedVia: c.receivedVia ?? 'not_recorded',
                complainantType: c.complainantType as 'other',
                whatHappened: 'Generated for a property test.',
                state: 'stage1_awaiting_response',
                serviceArea: c.serviceArea,
                team: c.team,
                principalIssue: c.principalIssue,
                otherIssues: [...c.otherIssues],
                categoryOfSupport: c.categoryOfSupport,
              })),
            );
            await tx
              .insert(schema.complaintStages)
              .values(records.stages.map((s) => ({ ...s, authorityId: authority.id })));
            if (records.children.length > 0) {
              await tx
                .insert(schema.complaintChildren)
                .values(records.children.map((c) => ({ ...c, authorityId: authority.id })));
            }
          });
          const fromSql = await buildAnnualReport(handle.db, authority, year, '2026-11-22');
          const fromRecords = assembleAnnualReport({
            authority,
            figures: computeYearFigures(records, year),
            previous: [
              computeHeadlineFigures(records, year - 1),
              computeHeadlineFigures(records, year - 2),
            ],
            asOf: '2026-11-22',
            sections: computeSectionFigures(NO_OTHER_RECORDS, records, year),
            context: null,
            previousSections: sectionHeadlineOf(
              year - 1,
              computeSectionFigures(NO_OTHER_RECORDS, records, year - 1),
            ),
          });
          expect(annualReportSchema.parse(fromSql)).toEqual(fromSql);
          expect(JSON.stringify(fromSql)).toBe(JSON.stringify(fromRecords));
          // And the records read back from the database count the same as those generated.
          const loaded = await loadReportRecords(handle.db, authority.id);
          expect(computeYearFigures(loaded, year).statutory.stage1.completed).toBe(
            fromSql.statutory.stage1.completed,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
