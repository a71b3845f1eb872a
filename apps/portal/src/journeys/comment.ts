/**
 * Tell us something: a comment, which is not a complaint. It is passed to a team manager and
 * answered (Dudley 2022-23 section 12), so it asks how to reply, which is up to the person.
 */
import { complaintSubmissionSchema } from '@heard/domain';
import { z } from 'zod';
import { portalLimits } from './limits.js';
import type { Journey, Values } from './journey.js';
import { consentSchema } from './shared.js';

export const commentFields = [
  'fromType',
  'consent',
  'words',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;
export type CommentField = (typeof commentFields)[number];
export type CommentValues = Values<CommentField>;

export const commentFromTypes = ['young_person', 'parent_carer', 'professional'] as const;

export const commentMessages = {
  fromType: 'Choose who this is from',
  words: 'Tell us what you want to say',
  wordsTooLong: `What you want to say must be ${String(portalLimits.comment)} characters or fewer`,
} as const;

export const commentJourney: Journey<CommentField> = {
  id: 'comment',
  fields: commentFields,
  steps: [
    {
      id: 'who',
      fields: ['fromType'],
      schema: z.object({
        fromType: z.enum(commentFromTypes, { error: commentMessages.fromType }),
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
          .string({ error: commentMessages.words })
          .trim()
          .min(1, commentMessages.words)
          .max(portalLimits.comment, commentMessages.wordsTooLong),
      }),
    },
    {
      id: 'contact',
      fields: ['contactName', 'contactEmail', 'contactPhone'],
      schema: complaintSubmissionSchema.pick({
        contactName: true,
        contactEmail: true,
        contactPhone: true,
      }),
    },
  ],
};
