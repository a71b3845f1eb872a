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

export function seesAllCases(roles: readonly string[]): boolean {
  return roles.some((role) => allCaseRoles.has(role));
}
