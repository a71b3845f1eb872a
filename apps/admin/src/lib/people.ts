/**
 * Choosing people for a step: who agreed an extension, who responded, who was appointed. The
 * candidates come from the council's staff list (`staff.list`), narrowed to the roles that do
 * each job; the procedure engine checks independence and who may handle stage 2.
 */
import { staffRoleLabel } from './roles';

export interface StaffPerson {
  id: string;
  name: string;
  roles: readonly string[];
  /** A member or officer of the council: never an Independent Person (SI 2006/1738 reg 2). */
  councilMemberOrOfficer: boolean;
  /** Not employed by the council, such as a commissioned investigator. */
  external: boolean;
}

/** The roles that may do each job, most usual first. */
export const rolesFor = {
  /** Extensions are agreed by the Complaints Manager (Wandsworth 2021-22 §4.1). */
  agreeExtension: ['complaints_manager'],
  respond: ['responding_manager', 'senior_responder', 'complaints_manager'],
  respondAfterPanel: ['senior_responder'],
  investigate: ['investigating_officer', 'responding_manager', 'senior_responder'],
  independentPerson: ['independent_person'],
  panel: ['panel_member'],
  /** The responder chosen at triage. */
  responder: ['responding_manager', 'senior_responder'],
} as const satisfies Record<string, readonly string[]>;

/** The people holding any of `roles`, those with the first role first, then by name. */
export function peopleWithRoles(
  staff: readonly StaffPerson[],
  roles: readonly string[],
): StaffPerson[] {
  const rank = (person: StaffPerson) => {
    const index = roles.findIndex((role) => person.roles.includes(role));
    return index === -1 ? roles.length : index;
  };
  return staff
    .filter((person) => rank(person) < roles.length)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** `Grace Adeyemi, Investigating Officer`: the person with the role that fits the job. */
export function personOptionLabel(person: StaffPerson, roles: readonly string[]): string {
  const role = roles.find((r) => person.roles.includes(r)) ?? person.roles[0];
  return role === undefined ? person.name : `${person.name}, ${staffRoleLabel(role)}`;
}

/** Whether a person may be independent of the council, in words for a picker. */
export function independenceText(person: StaffPerson): string {
  return person.councilMemberOrOfficer
    ? 'member or officer of the council'
    : 'not a member or officer of the council';
}

/** `Martin Cole (not a member or officer of the council)`. */
export function independentOptionLabel(person: StaffPerson): string {
  return `${person.name} (${independenceText(person)})`;
}

/** Just what the procedure needs to know about a person: `{ id, name }`. */
export function personRef(staff: readonly StaffPerson[], id: string): { id: string; name: string } {
  const trimmed = id.trim();
  const person = staff.find((p) => p.id === trimmed);
  // Nobody chosen: the id's own message ("Choose a person") is the one to show, not the name's.
  return { id: trimmed, name: person?.name ?? (trimmed === '' ? 'Not chosen' : '') };
}
