/**
 * Say thank you: a compliment. Who it is from (someone helping says the young person agreed), the
 * words, and who it is for if they know. Staff place it against teams, and replace names before
 * its words appear in any report (Dudley 2022-23 sections 4 and 5).
 */
import { z } from 'zod';
import { portalLimits } from './limits.js';
import type { Journey, Values } from './journey.js';
import { consentSchema } from './shared.js';

export const complimentFields = ['fromType', 'consent', 'words', 'teamHint'] as const;
export type ComplimentField = (typeof complimentFields)[number];
export type ComplimentValues = Values<ComplimentField>;

/** Someone helping a young person is recorded as a professional (`COMPLIMENT_FROM_TYPES`). */
export const complimentFromTypes = ['young_person', 'parent_carer', 'professional'] as const;

export const complimentMessages = {
  fromType: 'Choose who the thank you is from',
  words: 'Tell us what you want to say thank you for',
  wordsTooLong: `Your thank you must be ${String(portalLimits.thankYou)} characters or fewer`,
  teamHintTooLong: `This must be ${String(portalLimits.team)} characters or fewer`,
} as const;

export const complimentJourney: Journey<ComplimentField> = {
  id: 'compliment',
  fields: complimentFields,
  steps: [
    {
      id: 'who',
      fields: ['fromType'],
      schema: z.object({
        fromType: z.enum(complimentFromTypes, { error: complimentMessages.fromType }),
      }),
    },
    {
      id: 'young-person',
      fields: ['consent'],
      schema: z.object({ consent: consentSchema }),
      applies: (values) => values.fromType === 'professional',
    },
    {
      id: 'words',
      fields: ['words'],
      schema: z.object({
        words: z
          .string({ error: complimentMessages.words })
          .trim()
          .min(1, complimentMessages.words)
          .max(portalLimits.thankYou, complimentMessages.wordsTooLong),
      }),
    },
    {
      id: 'who-for',
      fields: ['teamHint'],
      schema: z.object({
        teamHint: z.string().trim().max(portalLimits.team, complimentMessages.teamHintTooLong),
      }),
    },
  ],
};
