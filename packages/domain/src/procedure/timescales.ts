/**
 * The statutory timescales for complaints about children's social care, in one place. They are the
 * law, so they are not configurable. Working days as in SI 2006/1738 reg 2
 * (calendar/working-day-calendar.ts); the day of the event is day 0.
 */

export interface Timescale {
  readonly workingDays: number;
  /** The rule in words. */
  readonly rule: string;
  /** Where the rule comes from: the regulation, the guidance or a council report quoting it. */
  readonly citation: string;
}

export const STATUTORY_TIMESCALES = {
  /**
   * "The timescale for a stage 1 complaint response is 10 working days" (Wandsworth 2021-22 §4.1; Unnamed borough 2016-17
   * section 2; Isle of Wight 2021 §2.9).
   */
  stage1Response: {
    workingDays: 10,
    rule: 'Stage 1 response within 10 working days of receiving the complaint',
    citation: 'SI 2006/1738; Wandsworth 2021-22 §4.1; Unnamed borough 2016-17 section 2',
  },
  /**
   * "Where the complaint is complex or requires more time, an extension of up to a further 10
   * working days can be agreed by the Complaints Manager" (Wandsworth 2021-22 §4.1).
   */
  stage1Extension: {
    workingDays: 10,
    rule: 'Stage 1 may be extended by up to 10 more working days, agreed by the Complaints Manager',
    citation: 'Wandsworth 2021-22 §4.1; Kingston 2017-18 Stage One',
  },
  /**
   * "They can request to progress to Stage 2 within 20 working days of receiving the response"
   * (Unnamed borough 2016-17 section 2). Advice, not a bar: "this is not a deadline and any requests received after
   * this period are still considered" (Isle of Wight 2021 §2.11).
   */
  stage2Request: {
    workingDays: 20,
    rule: 'Ask for stage 2 within 20 working days of the stage 1 response (late requests are still accepted)',
    citation: 'Unnamed borough 2016-17 section 2; Isle of Wight 2021 §2.11',
  },
  /**
   * "The date the statement is signed commences the start of the ... timescale" (Wandsworth 2021-22 §9.3);
   * "a full response should be provided within 25 working days" (Isle of Wight 2021 §2.12; Wandsworth 2021-22 §4.2).
   */
  stage2Response: {
    workingDays: 25,
    rule: 'Stage 2 response within 25 working days of agreeing the statement of complaint',
    citation: 'Wandsworth 2021-22 §4.2, 9.3; Kingston 2017-18 Stage Two',
  },
  /** "...but no longer than 65 working days" (Isle of Wight 2021 §2.12; Wandsworth 2021-22 §4.2, 15.4). */
  stage2Maximum: {
    workingDays: 65,
    rule: 'Stage 2 may be extended, but to no more than 65 working days in all',
    citation: 'Wandsworth 2021-22 §4.2; Kingston 2017-18 Stage Two; Isle of Wight 2021 §2.12',
  },
  /** Request for a review panel "within 20 working days" of the stage 2 response (reg 18). */
  stage3Request: {
    workingDays: 20,
    rule: 'Ask for a review panel within 20 working days of the stage 2 response (late requests are accepted and flagged)',
    citation: 'SI 2006/1738 reg 18; Unnamed borough 2016-17 section 2; Isle of Wight 2021 §2.15',
  },
  /** "The panel hearing must take place within 30 working days of the request" (reg 19(4)). */
  stage3Panel: {
    workingDays: 30,
    rule: 'Review panel meets within 30 working days of the request',
    citation: 'SI 2006/1738 reg 19(4); Wandsworth 2021-22 §4.4',
  },
  /** Panel decision to complainant and Director "within five working days" (Wandsworth 2021-22 §4.4). */
  stage3Recommendations: {
    workingDays: 5,
    rule: 'Panel recommendations sent within 5 working days of the panel',
    citation: 'Wandsworth 2021-22 §4.4, 11.9; Unnamed borough 2016-17 section 2',
  },
  /** "The Director must respond to the complainant within 15 working days" (Wandsworth 2021-22 §4.4). */
  stage3CouncilResponse: {
    workingDays: 15,
    rule: "Council's response within 15 working days of receiving the panel's recommendations",
    citation: 'Wandsworth 2021-22 §4.4, 11.9; Unnamed borough 2016-17 section 2',
  },
} as const satisfies Record<string, Timescale>;

/**
 * "Complaints will be considered if they are made within 12 months of the incident although the
 * Council can apply their discretion to waive this time limit" (Wandsworth 2021-22 §4.9; reg 9). Counted in
 * calendar months, not working days.
 */
export const TIME_LIMIT = {
  months: 12,
  rule: 'A complaint should be made within 12 months of the matter; the council may waive this',
  citation: 'SI 2006/1738 reg 9; Wandsworth 2021-22 §4.9',
} as const;

/** The most a stage 2 investigation may be extended by: 65 - 25 working days. */
export const STAGE2_MAX_EXTENSION =
  STATUTORY_TIMESCALES.stage2Maximum.workingDays - STATUTORY_TIMESCALES.stage2Response.workingDays;
