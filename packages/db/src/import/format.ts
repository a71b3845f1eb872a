/**
 * The historic cases file (docs/import-format.md): UTF-8 CSV with a header row, one row per stage
 * of a complaint (`record_type` `complaint`) and, optionally, one row per child a complaint
 * concerns (`record_type` `child`), per compliment (`compliment`), per Ombudsman case
 * (`ombudsman`) and per remedy the Ombudsman asked for (`ombudsman_remedy`). Each field is checked
 * here, row by row; what needs several rows or the procedure engine is checked in cases.ts, what
 * needs the database in record-rows.ts.
 */
import {
  CATEGORY_OF_SUPPORT_CODES,
  CHANNELS,
  COMPLIMENT_FROM_TYPES,
  DELAY_REASONS,
  DISABILITY_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  LIMITS,
  OMBUDSMAN_AREAS,
  OMBUDSMAN_CLOSED_REASONS,
  OMBUDSMAN_DECISIONS,
  OMBUDSMAN_PUBLICATIONS,
  OMBUDSMAN_REMEDY_KINDS,
  PAYMENT_REMEDY_KINDS,
  RECORD_LIMITS,
  isIsoDate,
  type CategoryOfSupportCode,
  type Channel,
  type ComplimentFromType,
  type DelayReason,
  type OmbudsmanArea,
  type OmbudsmanClosedReason,
  type OmbudsmanDecision,
  type OmbudsmanPublication,
  type OmbudsmanRemedyKind,
} from '@heard/domain';
import { complainantTypes } from '../schema.js';

export const COMPLAINT_COLUMNS = [
  'case_ref',
  'record_type',
  'procedure',
  'stage',
  'received_on',
  'clock_started_on',
  'extended',
  'hold_from',
  'hold_to',
  'responded_on',
  'panel_held_on',
  'panel_recommendations_on',
  'outcome',
  'service_area',
  'team',
  'principal_issue',
  'other_issues',
  'complainant_type',
  'category_of_support',
  'received_via',
  'delay_reason',
  'investigation_cost',
] as const;

export const CHILD_COLUMNS = [
  'child_age',
  'child_gender',
  'child_ethnicity',
  'child_disability',
] as const;

/** Columns of the compliment, Ombudsman case and remedy rows (beside case_ref, received_on, team). */
export const RECORD_COLUMNS = [
  'from_type',
  'words',
  'approved_words',
  'area',
  'summary',
  'complaint_ref',
  'responsible_email',
  'decision',
  'decided_on',
  'closed_reason',
  'publication',
  'remedy_kind',
  'description',
  'amount',
  'due_on',
  'complied_on',
] as const;

export const ALL_COLUMNS = [...COMPLAINT_COLUMNS, ...CHILD_COLUMNS, ...RECORD_COLUMNS] as const;
export type Column = (typeof ALL_COLUMNS)[number];

/** Columns the header must have; the others may be left out when a file has no such data. */
export const REQUIRED_COLUMNS: readonly Column[] = [
  'case_ref',
  'record_type',
  'procedure',
  'stage',
  'received_on',
  'responded_on',
  'outcome',
  'complainant_type',
];

export const OUTCOME_CODES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const;
export type ImportOutcome = (typeof OUTCOME_CODES)[number];

/** The longest name of a team, service area or issue, and of a case reference. */
export const NAME_MAX_LENGTH = 200;
export const CASE_REF_MAX_LENGTH = 100;
export const CHILD_AGE_MAX = 30;

export interface StageRow {
  readonly kind: 'stage';
  readonly line: number;
  readonly caseRef: string;
  readonly procedure: 'statutory' | 'corporate';
  readonly stage: 1 | 2 | 3;
  readonly receivedOn: string;
  readonly clockStartedOn: string | null;
  readonly extended: boolean;
  readonly hold: { readonly from: string; readonly to: string } | null;
  readonly respondedOn: string | null;
  readonly panelHeldOn: string | null;
  readonly panelRecommendationsOn: string | null;
  readonly outcome: ImportOutcome | null;
  readonly serviceArea: string | null;
  readonly team: string | null;
  readonly principalIssue: string | null;
  readonly otherIssues: readonly string[];
  readonly complainantType: (typeof complainantTypes)[number] | null;
  readonly categoryOfSupport: CategoryOfSupportCode | null;
  readonly receivedVia: Channel | null;
  /** Why the stage was extended or answered late (`DELAY_REASONS`). */
  readonly delayReason: DelayReason | null;
  /** Statutory stage 2: what the external investigating officer cost, in pence. */
  readonly investigationCostPence: number | null;
}

export interface ChildRow {
  readonly kind: 'child';
  readonly line: number;
  readonly caseRef: string;
  readonly age: number | null;
  readonly gender: string | null;
  readonly ethnicity: string | null;
  readonly disability: string | null;
  readonly categoryOfSupport: CategoryOfSupportCode | null;
}

/** A compliment (Dudley 2022-23 sections 4-5): `case_ref` is its reference in the old system. */
export interface ComplimentRow {
  readonly kind: 'compliment';
  readonly line: number;
  readonly caseRef: string;
  readonly receivedOn: string;
  readonly fromType: ComplimentFromType;
  readonly teams: readonly string[];
  readonly words: string;
  /** The words approved for publication, names replaced by "XX"; null when not approved. */
  readonly approvedWords: string | null;
}

/** An Ombudsman case (Wandsworth 2021-22 section 15): `case_ref` is the Ombudsman's reference. */
export interface OmbudsmanRow {
  readonly kind: 'ombudsman';
  readonly line: number;
  readonly caseRef: string;
  readonly receivedOn: string;
  readonly area: OmbudsmanArea;
  readonly summary: string;
  /** The `case_ref` of the complaint the case is about, in this file or imported before. */
  readonly complaintRef: string | null;
  readonly responsibleEmail: string;
  readonly decision: OmbudsmanDecision | null;
  readonly decidedOn: string | null;
  readonly closedReason: OmbudsmanClosedReason | null;
  readonly publication: OmbudsmanPublication | null;
}

/** A remedy the Ombudsman asked for (Isle of Wight 2021 §2.53): `case_ref` is its case's reference. */
export interface OmbudsmanRemedyRow {
  readonly kind: 'ombudsman_remedy';
  readonly line: number;
  readonly caseRef: string;
  readonly remedyKind: OmbudsmanRemedyKind;
  readonly description: string | null;
  readonly amountPence: number | null;
  readonly dueOn: string;
  readonly compliedOn: string | null;
}

export type RecordRow = ComplimentRow | OmbudsmanRow | OmbudsmanRemedyRow;

export interface RowError {
  readonly line: number;
  readonly message: string;
}

const list = (values: readonly string[]) => values.join(', ');

/**
 * A date as `YYYY-MM-DD`, or as `DD/MM/YYYY` the way spreadsheets in England write it; inside the
 * dates the working-day calendar knows.
 */
export function parseDate(value: string): string | null {
  let iso = value;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (uk)
    iso = `${uk[3] ?? ''}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * An amount of money in pounds, as a spreadsheet writes it: `1250.00`, `1250`, `1,250.00` or
 * `£1,250.00`; in pence, or null when it is not an amount.
 */
export function parsePounds(value: string): number | null {
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?$/.exec(value);
  if (!match) return null;
  const pounds = Number((match[1] ?? '').replace(/,/g, ''));
  const pence = pounds * 100 + Number(match[2] ?? '0');
  return Number.isSafeInteger(pence) ? pence : null;
}

type Cells = Readonly<Partial<Record<Column, string>>>;

class RowChecker {
  readonly errors: string[] = [];
  constructor(private readonly cells: Cells) {}

  text(column: Column, options: { required?: boolean; max?: number } = {}): string | null {
    const value = (this.cells[column] ?? '').trim();
    if (value === '') {
      if (options.required === true) this.errors.push(`${column} is missing`);
      return null;
    }
    const max = options.max ?? NAME_MAX_LENGTH;
    if (value.length > max) {
      this.errors.push(`${column} is longer than ${String(max)} characters`);
      return null;
    }
    return value;
  }

  code<T extends string>(
    column: Column,
    codes: readonly T[],
    options: { required?: boolean } = {},
  ): T | null {
    const value = this.text(column, options);
    if (value === null) return null;
    if (!(codes as readonly string[]).includes(value)) {
      this.errors.push(`${column} "${value}" is not one of ${list(codes)}`);
      return null;
    }
    return value as T;
  }

  date(column: Column, options: { required?: boolean } = {}): string | null {
    const value = this.text(column, options);
    if (value === null) return null;
    const iso = parseDate(value);
    if (iso === null) {
      this.errors.push(`${column} "${value}" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY`);
      return null;
    }
    if (iso < LIMITS.caseDateMin || iso > LIMITS.caseDateMax) {
      this.errors.push(
        `${column} ${iso} is outside the dates working days can be counted for (${LIMITS.caseDateMin} to ${LIMITS.caseDateMax})`,
      );
      return null;
    }
    return iso;
  }

  blank(column: Column, why: string): void {
    if ((this.cells[column] ?? '').trim() !== '')
      this.errors.push(`${column} must be blank ${why}`);
  }
}

const before = (a: string | null, b: string | null) => a !== null && b !== null && a < b;

function parseStageRow(line: number, cells: Cells, caseRef: string): StageRow | RowError[] {
  const c = new RowChecker(cells);
  const procedure = c.code('procedure', ['statutory', 'corporate'], { required: true });
  const stageText = c.text('stage', { required: true });
  let stage: 1 | 2 | 3 | null = null;
  if (stageText !== null) {
    const limit = procedure === 'corporate' ? 2 : 3;
    if (/^[1-3]$/.test(stageText) && Number(stageText) <= limit)
      stage = Number(stageText) as 1 | 2 | 3;
    else {
      c.errors.push(
        `stage "${stageText}" is not a stage of the ${procedure ?? 'statutory'} procedure: write ${procedure === 'corporate' ? '1 or 2' : '1, 2 or 3'}`,
      );
    }
  }
  const receivedOn = c.date('received_on', { required: true });
  const clockStartedOn = c.date('clock_started_on');
  const extendedText = c.code('extended', ['yes', 'no']);
  const holdFrom = c.date('hold_from');
  const holdTo = c.date('hold_to');
  const respondedOn = c.date('responded_on');
  const panelHeldOn = c.date('panel_held_on');
  const panelRecommendationsOn = c.date('panel_recommendations_on');
  const outcome = c.code('outcome', OUTCOME_CODES);
  const serviceArea = c.text('service_area');
  const team = c.text('team');
  const principalIssue = c.text('principal_issue', {
    max: Math.min(NAME_MAX_LENGTH, LIMITS.issueMaxLength),
  });
  const otherIssues = (cells.other_issues ?? '')
    .split(';')
    .map((issue) => issue.trim())
    .filter((issue) => issue !== '');
  const longIssue = otherIssues.find((issue) => issue.length > NAME_MAX_LENGTH);
  if (longIssue !== undefined)
    c.errors.push(`other_issues has an issue longer than ${String(NAME_MAX_LENGTH)} characters`);
  if (otherIssues.length + 1 > LIMITS.issuesMax)
    c.errors.push(`other_issues lists more than ${String(LIMITS.issuesMax - 1)} issues`);
  const complainantType = c.code('complainant_type', complainantTypes);
  const categoryOfSupport = c.code('category_of_support', CATEGORY_OF_SUPPORT_CODES);
  const receivedVia = c.code('received_via', CHANNELS);
  const delayReason = c.code('delay_reason', DELAY_REASONS);
  const costText = c.text('investigation_cost');
  let investigationCostPence: number | null = null;
  if (costText !== null) {
    investigationCostPence = parsePounds(costText);
    if (investigationCostPence === null || investigationCostPence > LIMITS.feeMaxPence) {
      c.errors.push(
        `investigation_cost "${costText}" is not an amount in pounds and pence up to 1000000.00, like 1250.00`,
      );
      investigationCostPence = null;
    } else if (procedure !== 'statutory' || stage !== 2) {
      c.errors.push(
        'investigation_cost is only for statutory stage 2, where an investigating officer is appointed',
      );
    }
  }
  if (delayReason !== null && extendedText !== 'yes') {
    if (respondedOn === null || outcome === 'withdrawn' || stage === 3) {
      c.errors.push(
        'delay_reason needs extended = yes, or a late response at stage 1 or 2 to explain',
      );
    }
  }
  for (const column of CHILD_COLUMNS)
    c.blank(column, 'on a complaint row (it belongs on a child row)');
  for (const column of RECORD_COLUMNS) c.blank(column, 'on a complaint row');

  if ((holdFrom === null) !== (holdTo === null) && c.errors.every((e) => !e.startsWith('hold_'))) {
    c.errors.push('hold_from and hold_to go together: give both or neither');
  }
  if (before(holdTo, holdFrom))
    c.errors.push(`hold_to ${holdTo ?? ''} is before hold_from ${holdFrom ?? ''}`);
  if (before(holdFrom, receivedOn))
    c.errors.push(`hold_from ${holdFrom ?? ''} is before the stage began (${receivedOn ?? ''})`);
  if (before(respondedOn, receivedOn)) {
    c.errors.push(
      `responded_on ${respondedOn ?? ''} is before the stage began (received_on ${receivedOn ?? ''})`,
    );
  }
  if (before(clockStartedOn, receivedOn)) {
    c.errors.push(
      `clock_started_on ${clockStartedOn ?? ''} is before the stage began (received_on ${receivedOn ?? ''})`,
    );
  }
  if (before(respondedOn, clockStartedOn)) {
    c.errors.push(
      `responded_on ${respondedOn ?? ''} is before the clock started (clock_started_on ${clockStartedOn ?? ''})`,
    );
  }
  if (holdTo !== null && respondedOn !== null && holdTo > respondedOn) {
    c.errors.push(`hold_to ${holdTo} is after the stage ended (responded_on ${respondedOn})`);
  }
  if (respondedOn !== null && outcome === null && !c.errors.some((e) => e.startsWith('outcome'))) {
    c.errors.push('outcome is missing: a stage with responded_on needs its outcome');
  }
  if (
    outcome !== null &&
    respondedOn === null &&
    !c.errors.some((e) => e.startsWith('responded_on'))
  ) {
    c.errors.push(
      outcome === 'withdrawn'
        ? 'responded_on is missing: for a withdrawn stage, give the day it was withdrawn'
        : 'responded_on is missing: a stage with an outcome needs the day it was answered',
    );
  }
  if (stage !== null && stage !== 3) {
    c.blank('panel_held_on', 'except at stage 3');
    c.blank('panel_recommendations_on', 'except at stage 3');
  }
  if (stage === 1 && procedure === 'statutory' && clockStartedOn !== null) {
    c.errors.push(
      'clock_started_on must be blank at statutory stage 1: its clock runs from received_on',
    );
  }
  if (stage === 3) {
    if (extendedText === 'yes')
      c.errors.push(
        'extended cannot be yes at stage 3: the review panel timescales have no extension',
      );
    if (clockStartedOn !== null)
      c.errors.push(
        'clock_started_on must be blank at stage 3: its timescales run from the request',
      );
    if (respondedOn !== null && outcome !== 'withdrawn') {
      if (panelHeldOn === null)
        c.errors.push('panel_held_on is missing: the council responds after the review panel');
      if (panelRecommendationsOn === null)
        c.errors.push(
          'panel_recommendations_on is missing: the council responds to the panel’s recommendations',
        );
    }
    if (panelRecommendationsOn !== null && panelHeldOn === null)
      c.errors.push('panel_recommendations_on is given without panel_held_on');
    if (before(panelHeldOn, receivedOn))
      c.errors.push(
        `panel_held_on ${panelHeldOn ?? ''} is before the panel was asked for (received_on ${receivedOn ?? ''})`,
      );
    if (before(panelRecommendationsOn, panelHeldOn))
      c.errors.push(
        `panel_recommendations_on ${panelRecommendationsOn ?? ''} is before the panel (panel_held_on ${panelHeldOn ?? ''})`,
      );
    if (before(respondedOn, panelRecommendationsOn) && outcome !== 'withdrawn') {
      c.errors.push(
        `responded_on ${respondedOn ?? ''} is before the panel’s recommendations (${panelRecommendationsOn ?? ''})`,
      );
    }
  }
  if (c.errors.length > 0 || procedure === null || stage === null || receivedOn === null) {
    return c.errors.map((message) => ({ line, message }));
  }
  return {
    kind: 'stage',
    line,
    caseRef,
    procedure,
    stage,
    receivedOn,
    clockStartedOn,
    extended: extendedText === 'yes',
    hold: holdFrom !== null && holdTo !== null ? { from: holdFrom, to: holdTo } : null,
    respondedOn,
    panelHeldOn,
    panelRecommendationsOn,
    outcome,
    serviceArea,
    team,
    principalIssue,
    otherIssues,
    complainantType,
    categoryOfSupport,
    receivedVia,
    delayReason,
    investigationCostPence,
  };
}

function parseChildRow(line: number, cells: Cells, caseRef: string): ChildRow | RowError[] {
  const c = new RowChecker(cells);
  const ageText = c.text('child_age');
  let age: number | null = null;
  if (ageText !== null) {
    if (/^\d{1,2}$/.test(ageText) && Number(ageText) <= CHILD_AGE_MAX) age = Number(ageText);
    else
      c.errors.push(
        `child_age "${ageText}" is not an age in whole years from 0 to ${String(CHILD_AGE_MAX)}`,
      );
  }
  const gender = c.code('child_gender', GENDER_CODES);
  const ethnicity = c.code('child_ethnicity', ETHNICITY_CODES);
  const disability = c.code('child_disability', DISABILITY_CODES);
  const categoryOfSupport = c.code('category_of_support', CATEGORY_OF_SUPPORT_CODES);
  for (const column of COMPLAINT_COLUMNS) {
    if (column === 'case_ref' || column === 'record_type' || column === 'category_of_support')
      continue;
    c.blank(column, 'on a child row');
  }
  for (const column of RECORD_COLUMNS) c.blank(column, 'on a child row');
  if (c.errors.length > 0) return c.errors.map((message) => ({ line, message }));
  return { kind: 'child', line, caseRef, age, gender, ethnicity, disability, categoryOfSupport };
}

/** Every column but these must be blank on a row of this kind. */
function blankExcept(c: RowChecker, kind: string, used: readonly Column[]): void {
  for (const column of ALL_COLUMNS) {
    if (column === 'case_ref' || column === 'record_type' || used.includes(column)) continue;
    c.blank(column, `on ${kind} row`);
  }
}

function parseComplimentRow(
  line: number,
  cells: Cells,
  caseRef: string,
): ComplimentRow | RowError[] {
  const c = new RowChecker(cells);
  const receivedOn = c.date('received_on', { required: true });
  const fromType = c.code('from_type', COMPLIMENT_FROM_TYPES, { required: true });
  const teams = [
    ...new Set(
      (cells.team ?? '')
        .split(';')
        .map((team) => team.trim())
        .filter((team) => team !== ''),
    ),
  ];
  if (teams.some((team) => team.length > RECORD_LIMITS.team))
    c.errors.push(`team has a team longer than ${String(RECORD_LIMITS.team)} characters`);
  if (teams.length > RECORD_LIMITS.teamsMax)
    c.errors.push(`team lists more than ${String(RECORD_LIMITS.teamsMax)} teams`);
  const words = c.text('words', { required: true, max: RECORD_LIMITS.words });
  const approvedWords = c.text('approved_words', { max: RECORD_LIMITS.words });
  blankExcept(c, 'a compliment', ['received_on', 'from_type', 'team', 'words', 'approved_words']);
  if (c.errors.length > 0 || receivedOn === null || fromType === null || words === null) {
    return c.errors.map((message) => ({ line, message }));
  }
  return { kind: 'compliment', line, caseRef, receivedOn, fromType, teams, words, approvedWords };
}

function parseOmbudsmanRow(line: number, cells: Cells, caseRef: string): OmbudsmanRow | RowError[] {
  const c = new RowChecker(cells);
  if (caseRef.length > RECORD_LIMITS.reference)
    c.errors.push(
      `case_ref is longer than ${String(RECORD_LIMITS.reference)} characters, the longest Ombudsman reference`,
    );
  const receivedOn = c.date('received_on', { required: true });
  const area = c.code('area', OMBUDSMAN_AREAS, { required: true });
  const summary = c.text('summary', { required: true, max: RECORD_LIMITS.summary });
  const complaintRef = c.text('complaint_ref', { max: CASE_REF_MAX_LENGTH });
  const responsibleEmail = c.text('responsible_email', { required: true });
  const decision = c.code('decision', OMBUDSMAN_DECISIONS);
  const decidedOn = c.date('decided_on');
  const closedReason = c.code('closed_reason', OMBUDSMAN_CLOSED_REASONS);
  const publication = c.code('publication', OMBUDSMAN_PUBLICATIONS);
  blankExcept(c, 'an Ombudsman', [
    'received_on',
    'area',
    'summary',
    'complaint_ref',
    'responsible_email',
    'decision',
    'decided_on',
    'closed_reason',
    'publication',
  ]);
  if ((decision === null) !== (decidedOn === null) && !c.errors.some((e) => e.startsWith('deci')))
    c.errors.push('decision and decided_on go together: give both or neither');
  if (before(decidedOn, receivedOn))
    c.errors.push(
      `decided_on ${decidedOn ?? ''} is before the case was received (${receivedOn ?? ''})`,
    );
  // The same rules as the decision form (schemas/records.ts; Isle of Wight 2021 §2.57, 2.66).
  if (decision === 'closed_after_initial_enquiries' && closedReason === null)
    c.errors.push('closed_reason is missing: say why the Ombudsman closed the case');
  if (decision !== 'closed_after_initial_enquiries' && closedReason !== null)
    c.errors.push(
      'closed_reason must be blank unless the decision is closed_after_initial_enquiries',
    );
  if (
    decision !== null &&
    decision !== 'referred_back_for_local_resolution' &&
    publication === null
  )
    c.errors.push(
      'publication is missing: every decision is published as a statement or a public interest report',
    );
  if (decision === null && publication !== null)
    c.errors.push('publication must be blank until there is a decision');
  if (
    c.errors.length > 0 ||
    receivedOn === null ||
    area === null ||
    summary === null ||
    responsibleEmail === null
  ) {
    return c.errors.map((message) => ({ line, message }));
  }
  return {
    kind: 'ombudsman',
    line,
    caseRef,
    receivedOn,
    area,
    summary,
    complaintRef,
    responsibleEmail: responsibleEmail.toLowerCase(),
    decision,
    decidedOn,
    closedReason,
    publication,
  };
}

function parseRemedyRow(
  line: number,
  cells: Cells,
  caseRef: string,
): OmbudsmanRemedyRow | RowError[] {
  const c = new RowChecker(cells);
  const remedyKind = c.code('remedy_kind', OMBUDSMAN_REMEDY_KINDS, { required: true });
  const description = c.text('description', { max: RECORD_LIMITS.note });
  const amountText = c.text('amount');
  let amountPence: number | null = null;
  if (amountText !== null) {
    amountPence = parsePounds(amountText);
    if (amountPence === null || amountPence < 1 || amountPence > RECORD_LIMITS.amountMaxPence) {
      c.errors.push(`amount "${amountText}" is not an amount from 0.01 to 1000000.00, like 250.00`);
      amountPence = null;
    }
  }
  const dueOn = c.date('due_on', { required: true });
  const compliedOn = c.date('complied_on');
  blankExcept(c, 'an Ombudsman remedy', [
    'remedy_kind',
    'description',
    'amount',
    'due_on',
    'complied_on',
  ]);
  // The same rules as the remedy form (schemas/records.ts; Isle of Wight 2021 §2.53).
  const payment = remedyKind !== null && PAYMENT_REMEDY_KINDS.includes(remedyKind);
  if (payment && amountText === null)
    c.errors.push('amount is missing: a payment needs its amount');
  if (remedyKind !== null && !payment && amountText !== null)
    c.errors.push('amount must be blank: only a payment has an amount');
  if ((remedyKind === 'other' || remedyKind === 'service_improvement') && description === null)
    c.errors.push('description is missing: describe the remedy');
  if (c.errors.length > 0 || remedyKind === null || dueOn === null) {
    return c.errors.map((message) => ({ line, message }));
  }
  return {
    kind: 'ombudsman_remedy',
    line,
    caseRef,
    remedyKind,
    description,
    amountPence,
    dueOn,
    compliedOn,
  };
}

const RECORD_TYPES = ['complaint', 'child', 'compliment', 'ombudsman', 'ombudsman_remedy'] as const;

/** Checks one data row; every problem with it is returned, not only the first. */
export function parseRow(line: number, cells: Cells): StageRow | ChildRow | RecordRow | RowError[] {
  const caseRefValue = (cells.case_ref ?? '').trim();
  const recordType = (cells.record_type ?? '').trim();
  const errors: RowError[] = [];
  if (caseRefValue === '') errors.push({ line, message: 'case_ref is missing' });
  else if (caseRefValue.length > CASE_REF_MAX_LENGTH) {
    errors.push({
      line,
      message: `case_ref is longer than ${String(CASE_REF_MAX_LENGTH)} characters`,
    });
  }
  if (!(RECORD_TYPES as readonly string[]).includes(recordType)) {
    errors.push({
      line,
      message:
        recordType === ''
          ? `record_type is missing: write ${list(RECORD_TYPES)}`
          : `record_type "${recordType}" is not one of ${list(RECORD_TYPES)}`,
    });
    return errors;
  }
  const parsed =
    recordType === 'complaint'
      ? parseStageRow(line, cells, caseRefValue)
      : recordType === 'child'
        ? parseChildRow(line, cells, caseRefValue)
        : recordType === 'compliment'
          ? parseComplimentRow(line, cells, caseRefValue)
          : recordType === 'ombudsman'
            ? parseOmbudsmanRow(line, cells, caseRefValue)
            : parseRemedyRow(line, cells, caseRefValue);
  if (Array.isArray(parsed)) return [...errors, ...parsed];
  return errors.length > 0 ? errors : parsed;
}
