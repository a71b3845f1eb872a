import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CORPORATE_POLICY,
  applyEvent,
  assembleAnnualReport,
  caseEventSchema,
  computeHeadlineFigures,
  computeSectionFigures,
  computeYearFigures,
  englandAndWalesCalendar,
  perThousand,
  reportTables,
  sectionHeadlineOf,
  stageFactsOf,
  type CaseEvent,
  type ProcedureContext,
  type ReportRecords,
  type SectionRecords,
} from '../../src/index.js';

const calendar = englandAndWalesCalendar();
const ctx = (today: string): ProcedureContext => ({
  calendar,
  policy: DEFAULT_CORPORATE_POLICY,
  today,
});
const manager = { id: 'm-1', name: 'Team Manager' };
const io = { id: 'io-1', name: 'Investigating Officer' };
const ip = { id: 'ip-1', name: 'Independent Person', isMemberOrOfficerOfCouncil: false };

function history(events: readonly CaseEvent[], today: string): CaseEvent[] {
  let applied: readonly CaseEvent[] = [];
  for (const event of events) {
    const result = applyEvent(applied, event, ctx(today));
    if (!result.ok) throw new Error(`${event.type} on ${event.on} refused: ${result.reason}`);
    applied = result.events;
  }
  return [...applied];
}

const responded = (on: string, delayReason?: 'staff_absence' | 'complexity'): CaseEvent => ({
  type: 'responded',
  on,
  outcomes: [{ issue: 'Assessment', outcome: 'upheld' }],
  respondedBy: manager,
  ...(delayReason === undefined ? {} : { delayReason }),
});

describe('reasons for delay and fees on events (domain brief, "How councils count")', () => {
  it('accepts them as optional fields, with friendly messages when wrong', () => {
    const extension = {
      type: 'extension_agreed',
      on: '2021-06-02',
      reason: 'The social worker is on leave',
      agreedBy: manager,
      workingDays: 10,
    };
    expect(caseEventSchema.safeParse(extension).success).toBe(true);
    expect(caseEventSchema.safeParse({ ...extension, delayReason: 'complexity' }).success).toBe(
      true,
    );
    const wrongReason = caseEventSchema.safeParse({ ...extension, delayReason: 'weather' });
    expect(wrongReason.error?.issues[0]?.message).toBe(
      'Choose staff absence, complexity, awaiting information or another reason',
    );
    const appointed = { type: 'independent_person_appointed', on: '2021-06-02', person: ip };
    expect(caseEventSchema.safeParse({ ...appointed, feePence: 125_000 }).success).toBe(true);
    expect(
      caseEventSchema.safeParse({ ...appointed, feePence: -1 }).error?.issues[0]?.message,
    ).toBe('The fee cannot be less than £0.00');
    expect(
      caseEventSchema.safeParse({ ...appointed, feePence: 10.5 }).error?.issues[0]?.message,
    ).toBe('Enter the fee in pounds and pence, for example 1250.00');
  });

  it('carries the reason of a late response, else of the last extension, into the stage facts', () => {
    const extended = history(
      [
        { type: 'received', on: '2021-06-01', procedure: 'statutory' },
        {
          type: 'extension_agreed',
          on: '2021-06-02',
          reason: 'Waiting for the school',
          agreedBy: manager,
          workingDays: 10,
          delayReason: 'awaiting_information',
        },
        responded('2021-06-25'),
      ],
      '2022-01-01',
    );
    expect(stageFactsOf(extended, ctx('2022-01-01'))[0]?.delayReason).toBe('awaiting_information');

    const late = history(
      [
        { type: 'received', on: '2022-05-17', procedure: 'statutory' },
        responded('2022-06-07', 'staff_absence'),
      ],
      '2022-07-01',
    );
    expect(stageFactsOf(late, ctx('2022-07-01'))[0]).toMatchObject({
      workingDaysLate: 3,
      delayReason: 'staff_absence',
      independentPersonFeePence: null,
      investigatorFeePence: null,
    });
  });

  it('sums the fees of the people appointed at a stage (Wandsworth 2021-22 §4.2)', () => {
    const events = history(
      [
        { type: 'received', on: '2021-04-01', procedure: 'statutory' },
        responded('2021-04-15'),
        { type: 'escalation_requested', on: '2021-04-20', to: 2 },
        { type: 'investigating_officer_appointed', on: '2021-04-21', person: io, feePence: 90_000 },
        { type: 'independent_person_appointed', on: '2021-04-21', person: ip, feePence: 45_000 },
        {
          type: 'investigating_officer_appointed',
          on: '2021-04-28',
          person: { id: 'io-2', name: 'Second Officer' },
          feePence: 30_000,
        },
      ],
      '2021-05-01',
    );
    const facts = stageFactsOf(events, ctx('2021-05-01'));
    expect(facts[0]).toMatchObject({ independentPersonFeePence: null, investigatorFeePence: null });
    expect(facts[1]).toMatchObject({
      stage: 2,
      independentPersonFeePence: 45_000,
      investigatorFeePence: 120_000,
    });
  });
});

describe('complaints per 1,000 contacts (Wandsworth 2021-22 §6.8)', () => {
  it('is to one decimal place, rounded half up, and null without contacts', () => {
    // 68 stage 1 complaints against 17,072 contacts.
    expect(perThousand(68, 17_072)).toBe(4);
    expect(perThousand(1, 2_000)).toBe(0.5);
    expect(perThousand(3, 20_000)).toBe(0.2);
    expect(perThousand(1, 400)).toBe(2.5);
    expect(perThousand(5, null)).toBeNull();
    expect(perThousand(5, 0)).toBeNull();
  });
});

const stage = (
  complaintId: string,
  over: Partial<ReportRecords['stages'][number]>,
): ReportRecords['stages'][number] => ({
  complaintId,
  procedure: 'statutory',
  stage: 1,
  beganOn: '2021-05-04',
  clockStartedOn: '2021-05-04',
  dueOn: '2021-05-18',
  extended: false,
  holdWorkingDays: 0,
  respondedOn: '2021-05-10',
  outcome: 'upheld',
  withdrawnOn: null,
  workingDaysToRespond: 4,
  workingDaysLate: 0,
  panelHeldOn: null,
  panelDueOn: null,
  recommendationsOn: null,
  recommendationsDueOn: null,
  councilResponseDueOn: null,
  delayReason: null,
  independentPersonFeePence: null,
  investigatorFeePence: null,
  ...over,
});

const complaint = (id: string) => ({
  id,
  serviceArea: null,
  team: null,
  principalIssue: null,
  otherIssues: [],
  complainantType: 'young_person',
  categoryOfSupport: null,
  receivedVia: null,
});

const records: ReportRecords = {
  complaints: ['a', 'b', 'c', 'd', 'e'].map(complaint),
  stages: [
    stage('a', { extended: true, delayReason: 'complexity' }),
    stage('b', { workingDaysLate: 4, delayReason: 'staff_absence' }),
    stage('c', { workingDaysLate: 2 }),
    stage('d', {
      stage: 2,
      procedure: 'corporate',
      extended: true,
      investigatorFeePence: 150_000,
    }),
    // Completed last year: counted then.
    stage('e', {
      beganOn: '2021-02-01',
      respondedOn: '2021-03-20',
      extended: true,
      independentPersonFeePence: 80_000,
    }),
  ],
  children: [],
};

const others: SectionRecords = {
  compliments: [
    {
      receivedOn: '2021-04-01',
      teams: ['Fostering', 'Leaving Care'],
      approvedWords: 'XX was kind.',
    },
    { receivedOn: '2021-07-01', teams: ['Fostering'], approvedWords: null },
    { receivedOn: '2021-05-01', teams: [], approvedWords: 'Thank you XX.' },
    { receivedOn: '2022-04-01', teams: ['Fostering'], approvedWords: 'Next year.' },
    { receivedOn: '2020-04-01', teams: ['Fostering'], approvedWords: null },
    { receivedOn: '2020-05-01', teams: ['Fostering'], approvedWords: null },
  ],
  comments: [
    { receivedOn: '2021-03-30', answeredOn: '2021-04-06' },
    { receivedOn: '2021-09-01', answeredOn: null },
  ],
  enquiries: [
    { kind: 'member_enquiry', receivedOn: '2021-10-01' },
    { kind: 'enquiry', receivedOn: '2021-10-02' },
  ],
  ombudsmanCases: [
    {
      id: 'o1',
      decision: 'upheld_fault_injustice',
      decidedOn: '2021-06-01',
      publication: 'public_interest_report',
    },
    {
      id: 'o2',
      decision: 'referred_back_for_local_resolution',
      decidedOn: '2021-08-01',
      publication: null,
    },
    { id: 'o3', decision: 'not_upheld', decidedOn: '2020-08-01', publication: 'statement' },
    { id: 'o4', decision: null, decidedOn: null, publication: null },
  ],
  ombudsmanRemedies: [
    { caseId: 'o1', kind: 'apology', amountPence: null },
    { caseId: 'o1', kind: 'payment_distress', amountPence: 50_000 },
    { caseId: 'o1', kind: 'payment_time_and_trouble', amountPence: 15_000 },
    { caseId: 'o3', kind: 'payment_distress', amountPence: 99_900 },
  ],
  learningActions: [],
  serviceAreas: [{ name: 'Children in care', teams: ['Fostering'] }],
};

describe('the other sections of a year (report-contract.ts)', () => {
  const report = assembleAnnualReport({
    authority: { code: 'TST', name: 'Test Council' },
    figures: computeYearFigures(records, 2021),
    previous: [computeHeadlineFigures(records, 2020), computeHeadlineFigures(records, 2019)],
    asOf: '2022-05-01',
    sections: computeSectionFigures(others, records, 2021),
    context: { contacts: 1_000, referrals: null, assessments: null, section47Enquiries: null },
    previousSections: sectionHeadlineOf(2020, computeSectionFigures(others, records, 2020)),
  });

  it('counts delays of statutory stages and costs of every stage completed in the year', () => {
    expect(report.delays).toEqual({
      staffAbsence: 1,
      complexity: 1,
      awaitingInformation: 0,
      other: 0,
      notRecorded: 1,
    });
    expect(report.costs).toEqual({
      independentPeoplePence: 0,
      investigatorsPence: 150_000,
      stagesWithCost: 1,
    });
  });

  it('counts compliments by team with only approved words', () => {
    expect(report.compliments).toEqual({
      received: 3,
      byTeam: [
        { serviceArea: 'Children in care', team: 'Fostering', total: 2 },
        { serviceArea: 'Not recorded', team: 'Leaving Care', total: 1 },
        { serviceArea: 'Not recorded', team: 'Not recorded', total: 1 },
      ],
      quotes: ['XX was kind.', 'Thank you XX.'],
    });
  });

  it('counts comments, enquiries and Ombudsman decisions by their own dates', () => {
    expect(report.comments).toEqual({ received: 1, responded: 1 });
    expect(report.enquiries).toEqual({ received: 2, memberEnquiries: 1 });
    expect(report.ombudsman).toEqual({
      decided: 2,
      decisions: {
        upheldFaultAndInjustice: 1,
        upheldFaultNoInjustice: 0,
        notUpheld: 0,
        closedAfterInitialEnquiries: 0,
      },
      publicInterestReports: 1,
      remedies: { apologies: 1, payments: 2, paymentsTotalPence: 65_000, serviceImprovements: 0 },
    });
    expect(report.context.complaintsPerThousandContacts).toBe(3);
  });

  it('writes sentences comparing compliments and Ombudsman decisions with last year', () => {
    expect(report.summary).toEqual(
      expect.arrayContaining([
        '3 compliments were received across 2 teams, up 50% from 2 in 2020-21.',
        'The Ombudsman decided 2 cases, up 100% from 1 in 2020-21.',
        'It found fault in 50% (1) of them, compared with 0% last year.',
        '1 decision was published as a public interest report.',
        '2 payments totalling £650.00 were agreed as remedies.',
      ]),
    );
  });

  it('has a table for every section', () => {
    const ids = reportTables(report).map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'compliments-teams',
        'compliments-quotes',
        'ombudsman-decisions',
        'ombudsman-remedies',
        'learning-actions',
        'delays',
        'costs',
        'context',
      ]),
    );
    const costs = reportTables(report).find((t) => t.id === 'costs');
    expect(costs?.rows[1]).toEqual([
      'Investigating officers from outside the council',
      '£1,500.00',
    ]);
  });
});
