/**
 * Why an event cannot be recorded. Expected refusals are values, not exceptions: the API maps each
 * code to a tRPC error in one table and the admin app turns it into words (explain/refusals.ts).
 */
export const REFUSAL_CODES = [
  /** The first event of a case must be `received`. */
  'not_received',
  'already_received',
  'case_withdrawn',
  'case_closed',
  'case_on_hold',
  'event_before_previous_event',
  'event_after_today',
  /** The working-day calendar cannot answer for this date. */
  'date_outside_calendar',
  /** The matter complained about cannot have happened after the complaint was received. */
  'matter_after_receipt',
  'already_acknowledged',
  /** No extension exists at this stage (stage 3, or a corporate policy with none). */
  'extension_not_available',
  'extension_exceeds_limit',
  /** An extension must be agreed before the deadline it extends has passed. */
  'extension_after_deadline',
  'already_on_hold',
  'not_on_hold',
  /** Nothing to pause: the council is waiting for the complainant, or the procedure is over. */
  'hold_not_available',
  'no_response_to_escalate',
  'escalation_already_requested',
  'escalation_to_wrong_stage',
  /** A stage 2 step before anyone asked for stage 2. */
  'no_escalation_request',
  'statement_already_agreed',
  'statement_of_complaint_not_agreed',
  'investigating_officer_not_appointed',
  'independent_person_not_appointed',
  'independent_person_not_independent',
  'independent_person_is_investigating_officer',
  'stage2_handler_was_stage1_responder',
  'panel_before_request',
  'panel_already_held',
  'panel_member_not_independent',
  'panel_member_was_stage2_independent_person',
  'recommendations_before_panel',
  'recommendations_already_issued',
  'council_response_before_recommendations',
  'already_responded',
  'not_in_corporate_procedure',
  'procedure_unchanged',
  'procedure_change_after_response',
  'within_time_limit',
  'time_limit_already_waived',
  'not_closed',
  'event_not_allowed_now',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Things that are allowed but must be seen: they are flagged on the case, never stored. */
export const WARNING_CODES = [
  /** The request came after the advised period; it is accepted (Isle of Wight 2021 §2.11) and flagged. */
  'late_escalation_request',
  /** Good practice: not employed by the council for at least three years (Wandsworth 2021-22 §4.3). */
  'independent_person_recently_employed',
  /** Received more than 12 months after the matter and the limit not waived (reg 9). */
  'outside_time_limit',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
