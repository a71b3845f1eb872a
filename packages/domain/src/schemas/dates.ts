import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.js';
import { LIMITS, MESSAGES } from './messages.js';

/** A real calendar date written `YYYY-MM-DD` (no time, no time zone). */
export const isoDateSchema = z.string().refine(isIsoDate, MESSAGES.dateFormat);

/**
 * The date of an event in a case. Bounded so that every deadline computed from it falls inside the
 * working-day calendar (docs/decisions/0004).
 */
export const caseDateSchema = isoDateSchema.refine(
  (date) => date >= LIMITS.caseDateMin && date <= LIMITS.caseDateMax,
  MESSAGES.caseDateRange,
);

/** When the matter complained about happened: for the 12-month time limit (reg 9). */
export const matterDateSchema = isoDateSchema.refine(
  (date) => date >= LIMITS.matterDateMin,
  MESSAGES.matterDateRange,
);
