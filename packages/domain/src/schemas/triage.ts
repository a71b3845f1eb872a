import { z } from 'zod';
import { MESSAGES } from './messages.js';

/** What a complaint is about, in the words complaints teams use (Wandsworth 2021-22 §4.7, footnote 13). */
export const COMPLAINT_SUBJECTS = [
  'looked_after_child',
  'care_leaver',
  'child_in_need',
  'adoption_support',
  'special_guardianship_support',
  'child_protection',
  'early_help',
  'foster_carer_assessment',
  'adopter_assessment',
  'court_report',
  'staff_conduct_toward_adult',
  'other',
] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

/** Who is complaining (Wandsworth 2021-22 §4.6; domain brief, "Who may complain"). */
export const COMPLAINANT_KINDS = [
  'young_person',
  'parent_or_parental_responsibility',
  'foster_carer',
  'special_guardian',
  'advocate_with_consent',
  'other_adult_about_child',
  'adult_about_own_treatment',
] as const;
export type ComplainantKind = (typeof COMPLAINANT_KINDS)[number];

export const adviseProcedureInputSchema = z.object({
  subject: z.enum(COMPLAINT_SUBJECTS, MESSAGES.subjectRequired),
  complainant: z.enum(COMPLAINANT_KINDS, MESSAGES.complainantRequired),
});
export type AdviseProcedureInput = z.infer<typeof adviseProcedureInputSchema>;
