/**
 * The codes records use, and the report keys they are counted under. Written as data so that the
 * counting in TypeScript (figures.ts) and the counting in SQL (`@heard/db` reports) read the same
 * tables.
 */
import type {
  AgeBandCounts,
  CategoryOfSupportCounts,
  ChannelCounts,
  DisabilityCounts,
  EthnicityCounts,
  GenderCounts,
} from './report-contract.js';

/** Who made the complaint: `complaints.complainant_type`. Anything else counts as `other`. */
export const COMPLAINANT_KEYS = {
  young_person: 'youngPerson',
  parent_carer: 'parentCarer',
  advocate: 'advocate',
  other: 'other',
} as const;
export type ComplainantKey = (typeof COMPLAINANT_KEYS)[keyof typeof COMPLAINANT_KEYS];

/** Categories of support (Wandsworth 2021-22 table 6). Unknown codes count as `other`. */
export const CATEGORY_OF_SUPPORT_KEYS = {
  child_looked_after: 'childLookedAfter',
  care_leaver: 'careLeaver',
  child_in_need: 'childInNeed',
  child_protection: 'childProtection',
  referral_assessment: 'referralAssessment',
  other: 'other',
} as const satisfies Record<string, keyof CategoryOfSupportCounts>;
export type CategoryOfSupportCode = keyof typeof CATEGORY_OF_SUPPORT_KEYS;
export const CATEGORY_OF_SUPPORT_CODES = Object.keys(
  CATEGORY_OF_SUPPORT_KEYS,
) as CategoryOfSupportCode[];

/** How a complaint arrived (domain brief; `CHANNELS` in the event schemas). */
export const CHANNEL_KEYS = {
  letter: 'letter',
  email: 'email',
  form: 'form',
  telephone: 'telephone',
  in_person: 'inPerson',
  online: 'online',
  app: 'app',
} as const satisfies Record<string, keyof ChannelCounts>;

/** A child's gender as recorded for equalities monitoring. Other recorded values count as `other`. */
export const GENDER_KEYS = {
  female: 'female',
  male: 'male',
  other: 'other',
} as const satisfies Record<string, keyof GenderCounts>;
export type GenderCode = keyof typeof GENDER_KEYS;
export const GENDER_CODES = Object.keys(GENDER_KEYS) as GenderCode[];

/**
 * Ethnicity in the five high-level groups of the census. Other recorded values count as
 * `otherEthnicGroup`.
 */
export const ETHNICITY_KEYS = {
  white: 'white',
  mixed: 'mixed',
  asian: 'asian',
  black: 'black',
  other_ethnic_group: 'otherEthnicGroup',
} as const satisfies Record<string, keyof EthnicityCounts>;
export type EthnicityCode = keyof typeof ETHNICITY_KEYS;
export const ETHNICITY_CODES = Object.keys(ETHNICITY_KEYS) as EthnicityCode[];

/** Whether the child is disabled. Any other recorded value counts as not recorded. */
export const DISABILITY_KEYS = {
  disabled: 'disabled',
  not_disabled: 'notDisabled',
} as const satisfies Record<string, keyof DisabilityCounts>;
export type DisabilityCode = keyof typeof DISABILITY_KEYS;
export const DISABILITY_CODES = Object.keys(DISABILITY_KEYS) as DisabilityCode[];

/**
 * Age bands of the children a complaint concerns (Wandsworth 2021-22 §13.6 counts 0-9, 10-15 and 18-25;
 * 16-17 completes the range up to leaving care).
 */
export const AGE_BANDS = [
  { key: 'age0to9', upTo: 9 },
  { key: 'age10to15', upTo: 15 },
  { key: 'age16to17', upTo: 17 },
  { key: 'age18to25', upTo: 25 },
] as const satisfies readonly { key: keyof AgeBandCounts; upTo: number }[];

export function ageBandOf(age: number | null): keyof AgeBandCounts {
  if (age === null) return 'notRecorded';
  for (const band of AGE_BANDS) if (age <= band.upTo) return band.key;
  return 'over25';
}

export function keyOf<K extends string>(
  table: Readonly<Record<string, K>>,
  code: string | null,
  otherwise: K,
  whenMissing: K,
): K {
  if (code === null) return whenMissing;
  return Object.hasOwn(table, code) ? (table[code] ?? otherwise) : otherwise;
}

export const emptyCategoryOfSupport = (): CategoryOfSupportCounts => ({
  childLookedAfter: 0,
  careLeaver: 0,
  childInNeed: 0,
  childProtection: 0,
  referralAssessment: 0,
  other: 0,
  notRecorded: 0,
});

export const emptyAgeBands = (): AgeBandCounts => ({
  age0to9: 0,
  age10to15: 0,
  age16to17: 0,
  age18to25: 0,
  over25: 0,
  notRecorded: 0,
});

export const emptyGender = (): GenderCounts => ({ female: 0, male: 0, other: 0, notRecorded: 0 });

export const emptyEthnicity = (): EthnicityCounts => ({
  white: 0,
  mixed: 0,
  asian: 0,
  black: 0,
  otherEthnicGroup: 0,
  notRecorded: 0,
});

export const emptyDisability = (): DisabilityCounts => ({
  disabled: 0,
  notDisabled: 0,
  notRecorded: 0,
});

export const emptyChannels = (): ChannelCounts => ({
  letter: 0,
  email: 0,
  form: 0,
  telephone: 0,
  inPerson: 0,
  online: 0,
  app: 0,
  notRecorded: 0,
});
