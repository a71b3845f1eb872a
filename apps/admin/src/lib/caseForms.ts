/**
 * The small forms of a case that are not steps of the procedure: a note, and giving someone
 * access. The note's limits and words are the API's (`complaints.addNote`).
 */
import { z } from 'zod';

export const noteMessages = {
  body: 'Write the note',
  tooLong: 'A note must be 5000 characters or fewer',
} as const;

export const noteMaxLength = 5000;

export const noteFormSchema = z.object({
  body: z.string().trim().min(1, noteMessages.body).max(noteMaxLength, noteMessages.tooLong),
});
export type NoteFormValues = z.input<typeof noteFormSchema>;

/** The roles that see only the cases they are assigned to, and so need assigning. */
export const assignableRoles = [
  'investigating_officer',
  'independent_person',
  'panel_member',
] as const;
export type AssignableRole = (typeof assignableRoles)[number];

export const assignMessages = {
  assignee: 'Choose who to assign to this case',
} as const;

/** One choice of the picker: a person in one of their roles, `<staff id>:<role>`. */
export function assigneeValue(staffId: string, role: AssignableRole): string {
  return `${staffId}:${role}`;
}

function isAssignableRole(value: string): value is AssignableRole {
  return assignableRoles.some((role) => role === value);
}

export const assignFormSchema = z.object({
  assignee: z.string().transform((value, ctx) => {
    const [staffId = '', role = ''] = value.split(':');
    if (staffId === '' || !isAssignableRole(role)) {
      ctx.addIssue({ code: 'custom', message: assignMessages.assignee });
      return z.NEVER;
    }
    return { staffId, role };
  }),
});
export type AssignFormValues = z.input<typeof assignFormSchema>;
