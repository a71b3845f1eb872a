import type { Procedure } from '../schemas/events.js';

export type { Procedure };

/** Stage of the procedure: statutory has three, corporate two; the Ombudsman comes after. */
export type Stage = 1 | 2 | 3;

/**
 * Where a case is. Councils may rename these for people (explain/labels.ts) but may not add
 * states the procedure does not know (docs/decisions/0005).
 */
export const CASE_STATES = [
  /** No `received` event yet. */
  'not_received',
  'stage1_awaiting_acknowledgement',
  'stage1_awaiting_response',
  /** Stage 1 answered; the complainant decides whether to ask for stage 2. */
  'stage1_responded',
  /** Corporate stage 2 asked for and not yet acknowledged. */
  'stage2_awaiting_acknowledgement',
  /** Statutory stage 2 asked for; the clock starts when the statement is agreed (Wandsworth 2021-22 §9.3). */
  'stage2_awaiting_statement_of_complaint',
  /** Statutory stage 2: Investigating Officer and Independent Person at work. */
  'stage2_investigation',
  /** Corporate stage 2: a senior manager reviews the stage 1 response. */
  'stage2_review',
  'stage2_responded',
  'stage3_awaiting_panel',
  'stage3_awaiting_recommendations',
  'stage3_awaiting_council_response',
  /** The council has answered the panel: its procedure is finished. */
  'stage3_responded',
  'with_ombudsman',
  'on_hold',
  'closed',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States in which the council has nothing left to do on the complaint. */
export const FINISHED_STATES = [
  'closed',
  'withdrawn',
  'stage3_responded',
  'with_ombudsman',
] as const satisfies readonly CaseState[];

/** Answered, and the complainant may ask for the next stage (Wandsworth 2021-22 §6.5; reg 18). */
export const AWAITING_ESCALATION_STATES = [
  'stage1_responded',
  'stage2_responded',
] as const satisfies readonly CaseState[];

/** Who does the next thing. */
export const ROLES = [
  'complaints_officer',
  'complaints_manager',
  'responding_manager',
  'investigating_officer',
  'independent_person',
  'panel',
  'senior_responder',
  'complainant',
] as const;
export type Role = (typeof ROLES)[number];

/** The people who read the words: council staff, a young person, a parent or carer. */
export const AUDIENCES = ['staff', 'young_person', 'parent_carer'] as const;
export type Audience = (typeof AUDIENCES)[number];
