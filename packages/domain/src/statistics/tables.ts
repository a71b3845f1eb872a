/**
 * The report's tables, as plain rows: one list that the Word, spreadsheet and CSV exports (and any
 * screen) all render, so every format shows the same tables with the same titles. Titles follow the
 * tables councils publish (Wandsworth 2021-22 tables 1-6).
 */
import { formatPence } from '../records/labels.js';
import { percentOf } from './financial-year.js';
import type {
  AgeBandCounts,
  AnnualReport,
  CategoryOfSupportCounts,
  ChannelCounts,
  DelayCounts,
  DisabilityCounts,
  EthnicityCounts,
  GenderCounts,
  StageReport,
} from './report-contract.js';

export type Cell = string | number | null;

export interface ReportTable {
  /** Stable, file-name safe: `stage1-teams`. */
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** How to read it: the counting rule behind the figures. */
  readonly note?: string;
}

export const QUARTER_LABELS = ['Q1 Apr-Jun', 'Q2 Jul-Sep', 'Q3 Oct-Dec', 'Q4 Jan-Mar'] as const;

export const CATEGORY_OF_SUPPORT_LABELS: Record<keyof CategoryOfSupportCounts, string> = {
  childLookedAfter: 'Children looked after',
  careLeaver: 'Care leavers',
  childInNeed: 'Children in need',
  childProtection: 'Child protection',
  referralAssessment: 'Referral and assessment',
  other: 'Other',
  notRecorded: 'Not recorded',
};

export const AGE_BAND_LABELS: Record<keyof AgeBandCounts, string> = {
  age0to9: '0 to 9',
  age10to15: '10 to 15',
  age16to17: '16 to 17',
  age18to25: '18 to 25',
  over25: 'Over 25',
  notRecorded: 'Not recorded',
};

export const GENDER_LABELS: Record<keyof GenderCounts, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Another gender',
  notRecorded: 'Not recorded',
};

export const ETHNICITY_LABELS: Record<keyof EthnicityCounts, string> = {
  white: 'White',
  mixed: 'Mixed or multiple ethnic groups',
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  otherEthnicGroup: 'Other ethnic group',
  notRecorded: 'Not recorded',
};

export const DISABILITY_LABELS: Record<keyof DisabilityCounts, string> = {
  disabled: 'Disabled',
  notDisabled: 'Not disabled',
  notRecorded: 'Not recorded',
};

export const CHANNEL_LABELS: Record<keyof ChannelCounts, string> = {
  letter: 'Letter',
  email: 'Email',
  form: 'Form',
  telephone: 'Telephone',
  inPerson: 'In person',
  online: 'Online',
  app: 'App',
  notRecorded: 'Not recorded',
};

export const DELAY_LABELS: Record<keyof DelayCounts, string> = {
  staffAbsence: 'Staff absence',
  complexity: 'Complexity of the complaint',
  awaitingInformation: 'Awaiting information',
  other: 'Another reason',
  notRecorded: 'Not recorded',
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The tables of the other records: compliments, the Ombudsman, learning, reasons for delay, costs
 * and context (Wandsworth 2021-22 sections 6.8, 15, 16; Dudley 2022-23 sections 4, 5, 14).
 */
function recordTables(r: AnnualReport): ReportTable[] {
  const tables: ReportTable[] = [];
  const c = r.compliments;
  tables.push({
    id: 'compliments-teams',
    title: 'Compliments received by service area and team',
    columns: ['Service area', 'Team', 'Compliments'],
    rows: [
      ...c.byTeam.map((row) => [row.serviceArea, row.team, row.total]),
      ['Compliments received', '', c.received],
    ],
    note: 'A compliment about several teams counts once for each team, so the teams may add up to more than the compliments received.',
  });
  tables.push({
    id: 'compliments-quotes',
    title: 'What people said in their compliments',
    columns: ['Compliment'],
    rows: c.quotes.map((quote) => [quote]),
    note: 'Only words approved for publication, with names replaced by XX.',
  });

  const o = r.ombudsman;
  const published =
    o.decisions.upheldFaultAndInjustice +
    o.decisions.upheldFaultNoInjustice +
    o.decisions.notUpheld +
    o.decisions.closedAfterInitialEnquiries;
  tables.push({
    id: 'ombudsman-decisions',
    title: 'Ombudsman decisions',
    columns: ['Decision', 'Number'],
    rows: [
      ['Upheld: fault causing injustice', o.decisions.upheldFaultAndInjustice],
      ['Upheld: fault, no injustice', o.decisions.upheldFaultNoInjustice],
      ['Not upheld', o.decisions.notUpheld],
      ['Closed after initial enquiries', o.decisions.closedAfterInitialEnquiries],
      ['Referred back for local resolution', o.decided - published],
      ['Total decided', o.decided],
      ['Published as a public interest report', o.publicInterestReports],
    ],
    note: 'Cases the Ombudsman decided in the year.',
  });
  tables.push({
    id: 'ombudsman-remedies',
    title: 'Remedies the Ombudsman asked for',
    columns: ['Remedy', 'Number', 'Amount'],
    rows: [
      ['Apologies', o.remedies.apologies, null],
      ['Payments', o.remedies.payments, formatPence(o.remedies.paymentsTotalPence)],
      ['Service improvements', o.remedies.serviceImprovements, null],
    ],
    note: 'The remedies of the cases decided in the year.',
  });

  tables.push({
    id: 'learning-actions',
    title: 'Learning actions: the issue, the lesson and what is being done',
    columns: ['Issue', 'Lesson', 'Action', 'Owner', 'Due', 'Done'],
    rows: r.learningActions.map((a) => [
      a.issue,
      a.lesson,
      a.action,
      a.owner,
      a.dueOn,
      a.done ? 'Yes' : 'No',
    ]),
    note: 'Actions raised in the year, and those raised before it still open at its end.',
  });

  tables.push(
    countTable(
      'delays',
      'Reasons for delay',
      'Reason',
      r.delays,
      DELAY_LABELS,
      'Statutory complaints completed in the year that were extended or answered late.',
    ),
  );
  const costs = r.costs;
  tables.push({
    id: 'costs',
    title: 'Cost of independent people and investigators',
    columns: ['Cost', 'Amount'],
    rows: [
      ['Independent people', formatPence(costs.independentPeoplePence)],
      ['Investigating officers from outside the council', formatPence(costs.investigatorsPence)],
      ['Total', formatPence(costs.independentPeoplePence + costs.investigatorsPence)],
      ['Complaints with a cost recorded', costs.stagesWithCost],
    ],
    note: 'Fees recorded for the stages completed in the year.',
  });

  const ctx = r.context;
  tables.push({
    id: 'context',
    title: 'Contacts, referrals, assessments and section 47 enquiries',
    columns: ['Measure', 'Number'],
    rows: [
      ['Contacts', ctx.contacts],
      ['Referrals', ctx.referrals],
      ['Assessments', ctx.assessments],
      ['Section 47 enquiries', ctx.section47Enquiries],
      ['Stage 1 complaints received', r.statutory.stage1.received],
      ['Stage 1 complaints per 1,000 contacts', ctx.complaintsPerThousandContacts],
    ],
    note: 'Children’s services activity in the year, as the council recorded it; a dash where none was recorded.',
  });
  return tables;
}

function countTable<K extends string>(
  id: string,
  title: string,
  what: string,
  counts: Readonly<Record<K, number>>,
  labels: Readonly<Record<K, string>>,
  note?: string,
): ReportTable {
  const keys = Object.keys(labels) as K[];
  const total = sum(keys.map((k) => counts[k]));
  return {
    id,
    title,
    columns: [what, 'Number', 'Percentage'],
    rows: [
      ...keys.map((k) => [labels[k], counts[k], percentOf(counts[k], total)]),
      ['Total', total, total > 0 ? 100 : null],
    ],
    ...(note === undefined ? {} : { note }),
  };
}

function teamTable(id: string, title: string, stage: StageReport): ReportTable {
  return {
    id,
    title,
    columns: ['Service area', 'Team', ...QUARTER_LABELS, 'Total'],
    rows: [
      ...stage.byTeam.map((row) => [row.serviceArea, row.team, ...row.byQuarter, row.total]),
      ['Total', '', ...stage.completedByQuarter, stage.completed],
    ],
    note: 'Complaints completed in each quarter: answered, withdrawn, or taken to the next stage unanswered.',
  };
}

function issueTable(id: string, title: string, stage: StageReport): ReportTable {
  return {
    id,
    title,
    columns: ['Principal issue', ...QUARTER_LABELS, 'Total', 'Upheld or partly upheld'],
    rows: [
      ...stage.byPrincipalIssue.map((row) => [
        row.issue,
        ...row.byQuarter,
        row.total,
        row.upheldOrPartly,
      ]),
      [
        'Total',
        ...stage.completedByQuarter,
        stage.completed,
        sum(stage.byPrincipalIssue.map((r) => r.upheldOrPartly)),
      ],
    ],
  };
}

function allIssuesTable(id: string, title: string, stage: StageReport): ReportTable {
  return {
    id,
    title,
    columns: ['Issue', 'Complaints raising it', 'Upheld or partly upheld'],
    rows: stage.allIssues.map((row) => [row.issue, row.total, row.upheldOrPartly]),
    note: 'Each complaint counts once for every issue it raised, so the rows add up to more than the complaints.',
  };
}

export function reportTables(r: AnnualReport): ReportTable[] {
  const { stage1, stage2, stage3 } = r.statutory;
  const stages: [string, StageReport][] = [
    ['Stage 1', stage1],
    ['Stage 2', stage2],
    ['Stage 3', stage3],
  ];
  const years = [...r.previousYears].reverse();
  const tables: ReportTable[] = [];

  tables.push({
    id: 'by-year',
    title: 'Table 1: Statutory complaints by year and stage',
    columns: [
      'Stage',
      ...years.flatMap((y) => [`${y.label} completed`, `${y.label} received`]),
      `${r.label} completed`,
      `${r.label} received`,
    ],
    rows: [
      ...([1, 2, 3] as const).map((n) => {
        const key = `stage${String(n)}` as 'stage1' | 'stage2' | 'stage3';
        return [
          `Stage ${String(n)}`,
          ...years.flatMap((y) => [y.statutory[key].completed, y.statutory[key].received]),
          r.statutory[key].completed,
          r.statutory[key].received,
        ];
      }),
      [
        'Total',
        ...years.flatMap((y) => [
          y.statutory.stage1.completed +
            y.statutory.stage2.completed +
            y.statutory.stage3.completed,
          y.statutory.stage1.received + y.statutory.stage2.received + y.statutory.stage3.received,
        ]),
        stage1.completed + stage2.completed + stage3.completed,
        stage1.received + stage2.received + stage3.received,
      ],
    ],
    note: 'A complaint is counted in the year it was answered or closed (completed) and in the year each stage began (received).',
  });

  tables.push({
    id: 'by-quarter',
    title: `Table 2: Statutory complaints completed by quarter, ${r.label}`,
    columns: ['Stage', ...QUARTER_LABELS, 'Total completed'],
    rows: [
      ...stages.map(([label, s]) => [label, ...s.completedByQuarter, s.completed]),
      [
        'Total',
        ...([0, 1, 2, 3] as const).map((q) => sum(stages.map(([, s]) => s.completedByQuarter[q]))),
        sum(stages.map(([, s]) => s.completed)),
      ],
    ],
  });

  tables.push({
    id: 'carried-over',
    title: 'Complaints carried into and out of the year',
    columns: ['Stage', 'Carried in', 'Received', 'Completed', 'Open at year end'],
    rows: stages.map(([label, s]) => [
      label,
      s.carriedIn,
      s.received,
      s.completed,
      s.openAtYearEnd,
    ]),
    note: 'Carried in: began before the year and not completed before it.',
  });

  tables.push(
    teamTable(
      'stage1-teams',
      `Table 3: Stage 1 complaints completed by service area and team, ${r.label}`,
      stage1,
    ),
  );
  tables.push(
    issueTable(
      'stage1-issues',
      'Table 4: Stage 1 principal complaint issues by quarter, complaints completed',
      stage1,
    ),
  );

  tables.push({
    id: 'outcomes',
    title: `Table 5: Complaint outcomes by stage, ${r.label}`,
    columns: ['Outcome', ...stages.flatMap(([label]) => [label, `${label} %`])],
    rows: (
      [
        ['Upheld', 'upheld'],
        ['Partly upheld', 'partlyUpheld'],
        ['Not upheld', 'notUpheld'],
        ['Withdrawn', 'withdrawn'],
        ['Answered, outcome not recorded', 'notRecorded'],
        ['Taken to the next stage unanswered', 'escalatedUnanswered'],
      ] as const
    ).map(([label, key]) => [
      label,
      ...stages.flatMap(([, s]) => [s.outcomes[key], percentOf(s.outcomes[key], s.completed)]),
    ]),
    note: 'Percentages are of the complaints completed at each stage. A stage with several issues is upheld when all are upheld, partly upheld when any is upheld or partly upheld.',
  });

  tables.push({
    id: 'timeliness',
    title: `Response times by stage, ${r.label}`,
    columns: [
      'Stage',
      'Answered (not withdrawn)',
      'On time',
      'On time %',
      'Late by 1-10 working days',
      'Late by 11-30 working days',
      'Late by over 30 working days',
    ],
    rows: [
      ...stages.map(([label, s]) => [
        label,
        s.timeliness.assessed,
        s.timeliness.onTime,
        s.timeliness.onTimePercent,
        s.timeliness.lateBy.upTo10,
        s.timeliness.lateBy.upTo30,
        s.timeliness.lateBy.over30,
      ]),
    ],
    note: 'On time: answered by the deadline that applied (10 working days at stage 1, 20 when extended; 25 at stage 2, up to 65 when extended; the council’s response within 15 working days of the panel’s recommendations at stage 3). Working days on hold are not counted. Withdrawn complaints are left out.',
  });

  tables.push({
    id: 'stage1-working-days',
    title: 'Stage 1 complaints answered within 10 and 20 working days',
    columns: [
      'Answered (not withdrawn)',
      'Within 10 working days',
      '%',
      'Within 20 working days',
      '%',
    ],
    rows: [
      [
        stage1.timeliness.assessed,
        stage1.timeliness.within10,
        percentOf(stage1.timeliness.within10, stage1.timeliness.assessed),
        stage1.timeliness.within20,
        percentOf(stage1.timeliness.within20, stage1.timeliness.assessed),
      ],
    ],
  });

  tables.push({
    id: 'stage3-timeliness',
    title: 'Stage 3 review panels and responses on time',
    columns: ['Step', 'Assessed', 'On time', 'On time %'],
    rows: (
      [
        ['Panel held within 30 working days of the request', stage3.panelTimeliness],
        [
          'Recommendations sent within 5 working days of the panel',
          stage3.recommendationsTimeliness,
        ],
        [
          'Council responded within 15 working days of the recommendations',
          stage3.responseTimeliness,
        ],
      ] as const
    ).map(([label, t]) => [label, t.assessed, t.onTime, percentOf(t.onTime, t.assessed)]),
  });

  tables.push(
    allIssuesTable(
      'stage1-all-issues',
      'All issues raised in stage 1 complaints completed',
      stage1,
    ),
  );
  tables.push(
    teamTable('stage2-teams', 'Stage 2 complaints completed by service area and team', stage2),
  );
  tables.push(issueTable('stage2-issues', 'Stage 2 principal complaint issues by quarter', stage2));
  tables.push(
    teamTable('stage3-teams', 'Stage 3 complaints completed by service area and team', stage3),
  );
  tables.push(issueTable('stage3-issues', 'Stage 3 principal complaint issues by quarter', stage3));

  const e = r.escalation;
  tables.push({
    id: 'escalation',
    title: 'Complaints taken to the next stage',
    columns: ['From', 'Completed (not withdrawn)', 'Taken further', '%'],
    rows: [
      [
        'Statutory stage 1 to stage 2',
        e.statutoryStage1ToStage2.completed,
        e.statutoryStage1ToStage2.escalated,
        e.statutoryStage1ToStage2.percent,
      ],
      [
        'Statutory stage 2 to stage 3',
        e.statutoryStage2ToStage3.completed,
        e.statutoryStage2ToStage3.escalated,
        e.statutoryStage2ToStage3.percent,
      ],
      [
        'Corporate stage 1 to stage 2',
        e.corporateStage1ToStage2.completed,
        e.corporateStage1ToStage2.escalated,
        e.corporateStage1ToStage2.percent,
      ],
    ],
  });

  tables.push({
    id: 'complainants',
    title: 'Who made the complaints completed, by stage',
    columns: ['Complainant', ...stages.map(([label]) => label)],
    rows: (
      [
        ['Young person', 'youngPerson'],
        ['Parent or carer', 'parentCarer'],
        ['Advocate', 'advocate'],
        ['Other', 'other'],
      ] as const
    ).map(([label, key]) => [label, ...stages.map(([, s]) => s.byComplainant[key])]),
  });

  const yp = r.youngPeople;
  tables.push({
    id: 'young-people',
    title: 'Stage 1 complaints from young people',
    columns: ['Measure', 'Number', 'Percentage'],
    rows: [
      ['Stage 1 complaints completed made by young people', yp.complaints, yp.percentOfStage1],
      [
        'Of those, taken to stage 2',
        yp.escalatedToStage2,
        percentOf(yp.escalatedToStage2, yp.complaints),
      ],
      [
        'Of those, taken to stage 3',
        yp.escalatedToStage3,
        percentOf(yp.escalatedToStage3, yp.complaints),
      ],
    ],
  });
  tables.push(
    countTable(
      'young-people-category',
      'Complaints from young people by category of support',
      'Category of support',
      yp.categoryOfSupport,
      CATEGORY_OF_SUPPORT_LABELS,
    ),
  );
  tables.push(
    countTable(
      'young-people-gender',
      'Complaints from young people by gender',
      'Gender',
      yp.gender,
      GENDER_LABELS,
    ),
  );
  tables.push(
    countTable(
      'young-people-age',
      'Complaints from young people by age',
      'Age',
      yp.ageBands,
      AGE_BAND_LABELS,
    ),
  );

  tables.push(
    countTable(
      'category-of-support',
      `Table 6: Stage 1 complaints completed by category of support, ${r.label}`,
      'Category of support',
      r.categoryOfSupport,
      CATEGORY_OF_SUPPORT_LABELS,
    ),
  );
  const eq = r.equalities;
  const equalitiesNote = `The ${String(eq.children)} children the ${String(eq.complaints)} stage 1 complaints completed concern; one complaint may concern several children.`;
  tables.push(
    countTable(
      'equalities-age',
      'Age of the children complaints concerned',
      'Age',
      eq.ageBands,
      AGE_BAND_LABELS,
      equalitiesNote,
    ),
  );
  tables.push(
    countTable(
      'equalities-gender',
      'Gender of the children complaints concerned',
      'Gender',
      eq.gender,
      GENDER_LABELS,
      equalitiesNote,
    ),
  );
  tables.push(
    countTable(
      'equalities-ethnicity',
      'Ethnicity of the children complaints concerned',
      'Ethnicity',
      eq.ethnicity,
      ETHNICITY_LABELS,
      equalitiesNote,
    ),
  );
  tables.push(
    countTable(
      'equalities-disability',
      'Disability of the children complaints concerned',
      'Disability',
      eq.disability,
      DISABILITY_LABELS,
      equalitiesNote,
    ),
  );
  tables.push(
    countTable(
      'channels',
      'How stage 1 complaints received arrived',
      'Channel',
      r.channels,
      CHANNEL_LABELS,
    ),
  );

  const { stage1: c1, stage2: c2 } = r.corporate;
  tables.push({
    id: 'corporate',
    title: 'Corporate complaints',
    columns: [
      'Stage',
      'Received',
      'Completed',
      'Answered (not withdrawn)',
      'On time',
      'On time %',
      'Upheld or partly upheld',
    ],
    rows: (
      [
        ['Stage 1', c1],
        ['Stage 2', c2],
      ] as const
    ).map(([label, s]) => [
      label,
      s.received,
      s.completed,
      s.timeliness.assessed,
      s.timeliness.onTime,
      s.timeliness.onTimePercent,
      s.outcomes.upheld + s.outcomes.partlyUpheld,
    ]),
  });
  tables.push(
    teamTable(
      'corporate-stage1-teams',
      'Corporate stage 1 complaints completed by service area and team',
      c1,
    ),
  );
  tables.push(
    teamTable(
      'corporate-stage2-teams',
      'Corporate stage 2 complaints completed by service area and team',
      c2,
    ),
  );

  tables.push({
    id: 'other-feedback',
    title: 'Compliments, comments, enquiries and Ombudsman decisions',
    columns: ['Kind', 'Number'],
    rows: [
      ['Compliments received', r.compliments.received],
      ['Comments received', r.comments.received],
      ['Enquiries received', r.enquiries.received],
      ['Member enquiries received', r.enquiries.memberEnquiries],
      ['Ombudsman decisions', r.ombudsman.decided],
      ['Learning actions', r.learningActions.length],
    ],
  });
  tables.push(...recordTables(r));
  return tables;
}
