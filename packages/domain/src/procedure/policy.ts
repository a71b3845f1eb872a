/**
 * Corporate complaint timescales differ between councils, so they are configuration (domain brief,
 * "Corporate procedure"). These presets are the ones seen in the sources.
 */
import type { CorporatePolicy } from '../schemas/policy.js';

export type { CorporatePolicy, CorporateStageTimescales } from '../schemas/policy.js';

/**
 * LGSCO Complaint Handling Code, which applies from April 2026 to complaints with no statutory
 * process: acknowledge within 5 working days; stage 1 response within 10 working days of the
 * acknowledgement, extendable by up to 10 with reasons; stage 2 acknowledged within 5 and answered
 * within 20 working days of the acknowledgement, by someone other than the stage 1 responder. The
 * Code allows the same extension of up to 10 working days at stage 2. It sets no period within
 * which the complainant must ask for stage 2.
 */
export const LGSCO_COMPLAINT_HANDLING_CODE: CorporatePolicy = {
  id: 'lgsco_complaint_handling_code',
  name: 'LGSCO Complaint Handling Code',
  source: 'Local Government and Social Care Ombudsman, Complaint Handling Code (from April 2026)',
  stage1: {
    acknowledgeWithin: 5,
    respondWithin: 10,
    respondClockStartsAt: 'acknowledgement',
    maxExtension: 10,
  },
  stage2: {
    acknowledgeWithin: 5,
    respondWithin: 20,
    respondClockStartsAt: 'acknowledgement',
    maxExtension: 10,
  },
  escalationRequestWithin: null,
};

/**
 * Acknowledgement "within three working days"; reply "within a maximum of 20 working days,
 * starting from the first working day following the receipt of the complaint" (Isle of Wight 2021 §2.29);
 * stage 2 review "within 20 working days" (Isle of Wight 2021 §2.34). No extensions are described.
 */
export const TWENTY_AND_TWENTY_WORKING_DAYS: CorporatePolicy = {
  id: 'twenty_and_twenty_working_days',
  name: 'Stage 1 in 20 working days, stage 2 in 20',
  source: 'Isle of Wight 2021 §2.29, 2.34',
  stage1: {
    acknowledgeWithin: 3,
    respondWithin: 20,
    respondClockStartsAt: 'receipt',
    maxExtension: 0,
  },
  stage2: {
    acknowledgeWithin: null,
    respondWithin: 20,
    respondClockStartsAt: 'receipt',
    maxExtension: 0,
  },
  escalationRequestWithin: null,
};

/**
 * Stage 1 "on time, which is 20 working days"; stage 2 "on time, which is 15 working days"
 * (Wandsworth 2021-22 §14.4). No acknowledgement timescale or extensions are described.
 */
export const TWENTY_AND_FIFTEEN_WORKING_DAYS: CorporatePolicy = {
  id: 'twenty_and_fifteen_working_days',
  name: 'Stage 1 in 20 working days, stage 2 in 15',
  source: 'Wandsworth 2021-22 §14.4',
  stage1: {
    acknowledgeWithin: null,
    respondWithin: 20,
    respondClockStartsAt: 'receipt',
    maxExtension: 0,
  },
  stage2: {
    acknowledgeWithin: null,
    respondWithin: 15,
    respondClockStartsAt: 'receipt',
    maxExtension: 0,
  },
  escalationRequestWithin: null,
};

/** The named presets, by id. */
export const CORPORATE_POLICY_PRESETS = {
  lgsco_complaint_handling_code: LGSCO_COMPLAINT_HANDLING_CODE,
  twenty_and_twenty_working_days: TWENTY_AND_TWENTY_WORKING_DAYS,
  twenty_and_fifteen_working_days: TWENTY_AND_FIFTEEN_WORKING_DAYS,
} as const satisfies Record<string, CorporatePolicy>;

export type CorporatePolicyPresetId = keyof typeof CORPORATE_POLICY_PRESETS;

/** The policy used when an authority has chosen none: the LGSCO Code. */
export const DEFAULT_CORPORATE_POLICY = LGSCO_COMPLAINT_HANDLING_CODE;

function isPresetId(id: string): id is CorporatePolicyPresetId {
  return Object.hasOwn(CORPORATE_POLICY_PRESETS, id);
}

/**
 * The corporate policy an authority's settings name. No name means the default (the LGSCO Code);
 * an unknown name is a configuration error and throws, rather than silently changing deadlines.
 */
export function policyForAuthority(presetId: string | null | undefined): CorporatePolicy {
  if (presetId === null || presetId === undefined || presetId === '') {
    return DEFAULT_CORPORATE_POLICY;
  }
  if (!isPresetId(presetId)) {
    throw new RangeError(
      `Unknown corporate policy preset ${JSON.stringify(presetId)}; expected one of ${Object.keys(CORPORATE_POLICY_PRESETS).join(', ')}`,
    );
  }
  return CORPORATE_POLICY_PRESETS[presetId];
}
