import { z } from 'zod';
import { LIMITS, MESSAGES } from './messages.js';
import { singleLineText } from './text.js';

/** Just enough about a person to check independence and to say who did what. */
export const personRefSchema = z.object({
  id: singleLineText().min(1, MESSAGES.idRequired).max(LIMITS.idMaxLength, MESSAGES.idTooLong),
  name: singleLineText()
    .min(1, MESSAGES.nameRequired)
    .max(LIMITS.nameMaxLength, MESSAGES.nameTooLong),
});
export type PersonRef = z.infer<typeof personRefSchema>;

/**
 * The stage 2 Independent Person. "Independent person" means a person who is neither a member
 * nor an officer of the local authority (SI 2006/1738 reg 2). Good practice adds that they have
 * not been employed by the council for at least three years (Wandsworth 2021-22 §4.3).
 */
export const independentPersonSchema = personRefSchema.extend({
  isMemberOrOfficerOfCouncil: z.boolean(MESSAGES.independenceRequired),
  employedByCouncilInLastThreeYears: z.boolean().optional(),
});
export type IndependentPersonRef = z.infer<typeof independentPersonSchema>;

/** A stage 3 review panel member: one of "three independent people" (reg 19; Unnamed borough 2016-17 section 2). */
export const panelMemberSchema = personRefSchema.extend({
  isMemberOrOfficerOfCouncil: z.boolean(MESSAGES.independenceRequired),
});
export type PanelMemberRef = z.infer<typeof panelMemberSchema>;
