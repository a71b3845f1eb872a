/** Questions more than one journey asks: who it is from, and a helper's word that they may. */
import { z } from 'zod';
import { portalLimits } from './limits.js';

export const journeyMessages = {
  consent: 'Tick the box to say the young person agreed',
  onBehalfOf: 'Tell us the young person’s name',
  onBehalfOfTooLong: `The young person’s name must be ${String(portalLimits.name)} characters or fewer`,
  advocate: 'Choose yes or no',
} as const;

/** A tick in a box comes from a form as "yes", and as nothing at all when left empty. */
export const consentSchema = z.literal('yes', { error: journeyMessages.consent });

export const onBehalfOfSchema = z
  .string({ error: journeyMessages.onBehalfOf })
  .trim()
  .min(1, journeyMessages.onBehalfOf)
  .max(portalLimits.name, journeyMessages.onBehalfOfTooLong);

export const yesNoSchema = z.enum(['yes', 'no'], { error: journeyMessages.advocate });
