/** What each refusal means, for the staff who tried to record the event. */
import type { RefusalCode, WarningCode } from '../procedure/refusals.js';

export const REFUSAL_MESSAGES: Readonly<Record<RefusalCode, string>> = {
  not_received: 'Record that the complaint was received first.',
  already_received: 'This complaint has already been received.',
  case_withdrawn: 'The complaint was withdrawn, so nothing more can be recorded.',
  case_closed: 'The case is closed. Reopen it first.',
  case_on_hold: 'The case is on hold. Resume it first.',
  event_before_previous_event: 'The date is before the last thing recorded on this case.',
  event_after_today: 'The date is in the future.',
  date_outside_calendar: 'The date is outside the dates this system can count working days for.',
  matter_after_receipt:
    'The matter complained about cannot be after the day the complaint arrived.',
  already_acknowledged: 'This stage has already been acknowledged.',
  extension_not_available: 'No extension is possible at this stage.',
  extension_exceeds_limit:
    'That is more extension than the rules allow: 10 working days at stage 1, up to 65 in all at stage 2, or the council policy for corporate complaints.',
  extension_after_deadline:
    'The deadline has already passed. An extension must be agreed before it.',
  already_on_hold: 'The case is already on hold.',
  not_on_hold: 'The case is not on hold.',
  hold_not_available:
    'There is nothing to put on hold: the council is waiting for the complainant, or its procedure is finished.',
  no_response_to_escalate:
    'There is no response to escalate yet. A statutory complaint can move to stage 2 early only once the stage 1 response is late.',
  escalation_already_requested: 'The complaint has already gone to the Ombudsman.',
  escalation_to_wrong_stage:
    'The complaint can only go to the next stage (or to the Ombudsman after the last stage).',
  no_escalation_request: 'Nobody has asked for stage 2 yet.',
  statement_already_agreed: 'The statement of complaint has already been agreed.',
  statement_of_complaint_not_agreed:
    'Agree the statement of complaint first: the stage 2 investigation starts from it.',
  investigating_officer_not_appointed: 'Appoint an Investigating Officer first.',
  independent_person_not_appointed: 'Appoint an Independent Person first.',
  independent_person_not_independent:
    'The Independent Person must not be a member or officer of the council.',
  independent_person_is_investigating_officer:
    'The Independent Person and the Investigating Officer must be different people.',
  stage2_handler_was_stage1_responder:
    'Stage 2 must be handled by someone other than the person who responded at stage 1.',
  panel_before_request: 'Nobody has asked for a review panel yet.',
  panel_already_held: 'The review panel has already met.',
  panel_member_not_independent: 'Panel members must not be members or officers of the council.',
  panel_member_was_stage2_independent_person:
    'The stage 2 Independent Person cannot sit on the review panel.',
  recommendations_before_panel: 'The review panel has not met yet.',
  recommendations_already_issued: 'The panel has already sent its recommendations.',
  council_response_before_recommendations: 'The panel has not sent its recommendations yet.',
  already_responded: 'This stage has already been answered.',
  not_in_corporate_procedure: 'The corporate procedure has no such step.',
  procedure_unchanged: 'The complaint already follows that procedure.',
  procedure_change_after_response:
    'The procedure can only be changed at stage 1, before the response.',
  within_time_limit: 'The complaint was made within 12 months, so there is nothing to waive.',
  time_limit_already_waived: 'The time limit has already been waived.',
  not_closed: 'The case is not closed.',
  event_not_allowed_now: 'That cannot be recorded at this point in the procedure.',
};

export const WARNING_MESSAGES: Readonly<Record<WarningCode, string>> = {
  late_escalation_request:
    'The request came after the advised 20 working days. It is accepted, and flagged.',
  independent_person_recently_employed:
    'Good practice is an Independent Person not employed by the council in the last three years.',
  outside_time_limit:
    'The complaint was made more than 12 months after the matter. Decide whether to waive the limit.',
};

/** The words for a refusal code, for staff. */
export function refusalMessage(code: RefusalCode): string {
  return REFUSAL_MESSAGES[code];
}
