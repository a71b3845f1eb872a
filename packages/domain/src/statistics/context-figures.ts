/**
 * The activity a year's complaints are set against: contacts, referrals, assessments and section
 * 47 enquiries (Wandsworth 2021-22 §6.8: "there were 11,893 contacts ... complaints represent 0.5%"). They come
 * from the council's case management system, not from complaints, so staff type them in. Each may
 * be left blank: a blank is "not recorded", never zero.
 */
import { z } from 'zod';
import { contextFiguresSchema, type ContextFigures } from './report-contract.js';

export const CONTEXT_FIGURE_KEYS = [
  'contacts',
  'referrals',
  'assessments',
  'section47Enquiries',
] as const;
export type ContextFigureKey = (typeof CONTEXT_FIGURE_KEYS)[number];

export const CONTEXT_FIGURE_LABELS: Record<ContextFigureKey, string> = {
  contacts: 'Contacts',
  referrals: 'Referrals',
  assessments: 'Assessments',
  section47Enquiries: 'Section 47 enquiries',
};

/** Larger than any English council's yearly contacts (Kent: about 100,000). */
export const CONTEXT_FIGURE_MAX = 10_000_000;

export const CONTEXT_FIGURE_MESSAGES = {
  notWhole: (label: string) => `${label} must be a whole number, like 11893`,
  tooLarge: (label: string) =>
    `${label} must be ${CONTEXT_FIGURE_MAX.toLocaleString('en-GB')} or fewer`,
} as const;

/**
 * The figures as the API takes them: whole numbers, or null when not recorded, with the words a
 * member of staff reads at the field.
 */
export const contextFiguresInputSchema = contextFiguresSchema.extend(
  Object.fromEntries(
    CONTEXT_FIGURE_KEYS.map((k) => [
      k,
      z
        .number()
        .int(CONTEXT_FIGURE_MESSAGES.notWhole(CONTEXT_FIGURE_LABELS[k]))
        .min(0, CONTEXT_FIGURE_MESSAGES.notWhole(CONTEXT_FIGURE_LABELS[k]))
        .max(CONTEXT_FIGURE_MAX, CONTEXT_FIGURE_MESSAGES.tooLarge(CONTEXT_FIGURE_LABELS[k]))
        .nullable(),
    ]),
  ) as Record<ContextFigureKey, z.ZodNullable<z.ZodNumber>>,
);

function figureField(label: string) {
  return z.string().transform((typed, ctx): number | null => {
    const text = typed.trim().replace(/,/g, '');
    if (text === '') return null;
    if (!/^\d+$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: CONTEXT_FIGURE_MESSAGES.notWhole(label) });
      return z.NEVER;
    }
    const n = Number(text);
    if (n > CONTEXT_FIGURE_MAX) {
      ctx.addIssue({ code: 'custom', message: CONTEXT_FIGURE_MESSAGES.tooLarge(label) });
      return z.NEVER;
    }
    return n;
  });
}

/** The form: what staff type (commas allowed, blank for not recorded), read as the figures. */
export const contextFiguresFormSchema = z.object({
  contacts: figureField(CONTEXT_FIGURE_LABELS.contacts),
  referrals: figureField(CONTEXT_FIGURE_LABELS.referrals),
  assessments: figureField(CONTEXT_FIGURE_LABELS.assessments),
  section47Enquiries: figureField(CONTEXT_FIGURE_LABELS.section47Enquiries),
});
export type ContextFiguresFormValues = z.input<typeof contextFiguresFormSchema>;

/** The form's starting values from stored figures. */
export function contextFiguresFormValues(figures: ContextFigures): ContextFiguresFormValues {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    contacts: text(figures.contacts),
    referrals: text(figures.referrals),
    assessments: text(figures.assessments),
    section47Enquiries: text(figures.section47Enquiries),
  };
}
