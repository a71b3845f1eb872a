/**
 * Something's wrong: a complaint. Who it is from; for someone helping, the young person's name and
 * their agreement (Wandsworth 2021-22 §4.6); what happened; what they would like to happen; the offer of an
 * advocate, which every young person must have (Wandsworth 2021-22 §3.2); and how to contact them. The
 * shared submission schema's own rules and words check each answer, as the API does.
 */
import { complaintSubmissionSchema, submissionMessages } from '@heard/domain';
import { z } from 'zod';
import type { Journey, Values } from './journey.js';
import { consentSchema, onBehalfOfSchema, yesNoSchema } from './shared.js';

export const complaintFields = [
  'complainantType',
  'onBehalfOf',
  'consent',
  'whatHappened',
  'desiredOutcome',
  'advocate',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;
export type ComplaintField = (typeof complaintFields)[number];
export type ComplaintValues = Values<ComplaintField>;

/** The portal asks three ways; the team can record others (a foster carer, an MP) themselves. */
export const complaintFromTypes = ['young_person', 'parent_carer', 'advocate'] as const;
export type ComplaintFromType = (typeof complaintFromTypes)[number];

const isHelper = (values: ComplaintValues) => values.complainantType === 'advocate';

export const complaintJourney: Journey<ComplaintField> = {
  id: 'complaint',
  fields: complaintFields,
  steps: [
    {
      id: 'who',
      fields: ['complainantType'],
      schema: z.object({
        complainantType: z.enum(complaintFromTypes, { error: submissionMessages.complainantType }),
      }),
    },
    {
      id: 'young-person',
      fields: ['onBehalfOf', 'consent'],
      schema: z.object({ onBehalfOf: onBehalfOfSchema, consent: consentSchema }),
      applies: isHelper,
    },
    {
      id: 'what-happened',
      fields: ['whatHappened'],
      schema: complaintSubmissionSchema.pick({ whatHappened: true }),
    },
    {
      id: 'outcome',
      fields: ['desiredOutcome'],
      schema: complaintSubmissionSchema.pick({ desiredOutcome: true }),
    },
    {
      id: 'advocate',
      fields: ['advocate'],
      schema: z.object({ advocate: yesNoSchema }),
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
