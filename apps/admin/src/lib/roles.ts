/**
 * What a member of staff's roles let them do, for choosing what the app offers. The API decides
 * (apps/api/src/permissions.ts) and refuses anything else; these mirror its table only so that
 * the app does not offer a button or ask for a list the API would refuse.
 */

/**
 * Roles that work on every case of a council. Everyone else (Investigating Officers, Independent
 * Persons, panel members) sees only the cases they are assigned to; the API applies the same
 * rule to what it returns, and the app uses it only to choose its words.
 */
const allCaseRoles = new Set([
  'complaints_officer',
  'complaints_manager',
  'responding_manager',
  'senior_responder',
  'auditor',
]);

const complaintsTeam = new Set(['complaints_officer', 'complaints_manager']);

/** Who may choose people from the council's staff list (`staff.list`). */
const staffListRoles = new Set([...complaintsTeam, 'responding_manager', 'senior_responder']);

export function seesAllCases(roles: readonly string[]): boolean {
  return roles.some((role) => allCaseRoles.has(role));
}

/** The workload counts are for the people who see every case, as the lists are. */
export function readsWorkload(roles: readonly string[]): boolean {
  return seesAllCases(roles);
}

/** Logging a complaint that came by letter, email or telephone is the complaints team's job. */
export function logsComplaints(roles: readonly string[]): boolean {
  return roles.some((role) => complaintsTeam.has(role));
}

export function listsStaff(roles: readonly string[]): boolean {
  return roles.some((role) => staffListRoles.has(role));
}

const staffRoleLabels: Record<string, string> = {
  complaints_officer: 'Complaints officer',
  complaints_manager: 'Complaints Manager',
  responding_manager: 'Responding manager',
  investigating_officer: 'Investigating Officer',
  independent_person: 'Independent Person',
  panel_member: 'Review panel member',
  senior_responder: 'Senior manager or Director',
  auditor: 'Auditor',
  system_administrator: 'System administrator',
};

/** A role as staff say it: `investigating_officer` → `Investigating Officer`. */
export function staffRoleLabel(role: string): string {
  return staffRoleLabels[role] ?? role.replace(/_/g, ' ');
}
