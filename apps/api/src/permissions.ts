/**
 * Who may do what, in one table. Procedures name an ability; `authorityProcedure` checks that the
 * caller holds one of its roles for the authority in the input.
 *
 * External people (investigating officers, independent persons, panel members) are given only
 * the cases they are assigned to: see `assignedOnlyRoles`.
 */
import type { StaffRole } from '@heard/db';
import type { CaseEventType } from '@heard/domain';

const team = ['complaints_officer', 'complaints_manager'] as const satisfies readonly StaffRole[];

export const abilities = {
  /** See every complaint of the authority. */
  readAllCases: [...team, 'responding_manager', 'senior_responder', 'auditor'],
  /** See the complaints one is assigned to. */
  readAssignedCases: ['investigating_officer', 'independent_person', 'panel_member'],
  logComplaint: team,
  triage: team,
  addNote: [
    ...team,
    'responding_manager',
    'senior_responder',
    'investigating_officer',
    'independent_person',
  ],
  addAttachment: [
    ...team,
    'responding_manager',
    'senior_responder',
    'investigating_officer',
    'independent_person',
  ],
  assign: team,
  readWorkload: [...team, 'responding_manager', 'senior_responder', 'auditor'],
  readAudit: ['complaints_manager', 'auditor'],
  listStaff: [...team, 'responding_manager', 'senior_responder'],
  /** See compliments, comments, enquiries, Ombudsman cases and learning actions. */
  readRecords: [...team, 'responding_manager', 'senior_responder', 'auditor'],
  /** Log and progress compliments, comments, enquiries and Ombudsman cases. */
  logRecords: team,
  /**
   * Approve a compliment's words for publication: a manager's decision, because once printed in
   * a report a name that was missed cannot be taken back (Dudley 2022-23 section 5 prints "XX").
   */
  approveCompliments: ['complaints_manager'],
  /** Raise a learning action from a complaint or an Ombudsman decision. */
  raiseLearning: team,
  /** Mark a learning action done or cancelled: the complaints team, or the managers who own it. */
  updateLearning: [...team, 'responding_manager', 'senior_responder'],
  /**
   * Read the annual complaints report and download it: the complaints team, the managers and
   * directors it is written for, and auditors. People outside the council (investigating
   * officers, independent persons, panel members) see only their own cases, never the totals.
   */
  readReports: [...team, 'responding_manager', 'senior_responder', 'auditor'],
  /**
   * See the complaints behind a figure of the report: only those who may read every case, since
   * the list names cases.
   */
  readReportCases: [...team, 'responding_manager', 'senior_responder', 'auditor'],
  /** Record the year's contacts, referrals, assessments and section 47 enquiries. */
  recordReportContext: team,
  /**
   * Import historic complaints from a CSV file: a manager's decision (it adds a year of records
   * in one go), or a system administrator bringing a council's history across.
   */
  importCases: ['complaints_manager', 'system_administrator'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const assignedOnlyRoles: readonly StaffRole[] = abilities.readAssignedCases;

/**
 * Who may record each event of the procedure. Extensions are agreed by the Complaints Manager
 * (Wandsworth 2021-22 §4.1), but officers record them for the manager; waiving the 12-month limit is the
 * manager's decision (reg 9; Wandsworth 2021-22 §4.9).
 */
export const eventAbilities: Record<CaseEventType, readonly StaffRole[]> = {
  received: team,
  acknowledged: team,
  extension_agreed: team,
  put_on_hold: team,
  resumed: team,
  responded: [...team, 'responding_manager', 'senior_responder'],
  escalation_requested: team,
  statement_of_complaint_agreed: [...team, 'investigating_officer'],
  investigating_officer_appointed: team,
  independent_person_appointed: team,
  panel_held: team,
  panel_recommendations_issued: team,
  council_responded_after_panel: [...team, 'senior_responder'],
  time_limit_waived: ['complaints_manager'],
  withdrawn: team,
  closed: team,
  reopened: ['complaints_manager'],
  procedure_changed: team,
};

export function holdsAny(held: readonly StaffRole[], allowed: readonly StaffRole[]): boolean {
  return held.some((role) => allowed.includes(role));
}
