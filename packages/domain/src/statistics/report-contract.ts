/**
 * The annual complaints report as JSON: the contract external tools read. Keys are only ever added;
 * a key's meaning never changes. `contractVersion` goes up if one ever has to.
 *
 * Counting rules (domain brief, "How councils count"; Wandsworth 2021-22 §4.11, 4.12, 11.1, 11.3):
 * - The year is the financial year, 1 April to 31 March.
 * - A stage is *received* in the year it began (complaint received, or next stage requested).
 * - A stage is *completed* in the year it ended: the response was sent (stage 3: the council's
 *   response after the panel), it was withdrawn, or the complainant took it to the next stage
 *   before it was answered (Wandsworth 2021-22 §6.5). Quarters are of the completion date.
 * - *carriedIn*: began before the year and not completed before it. *openAtYearEnd*: began by the
 *   end of the year and not completed by then.
 * - Withdrawn stages are counted, but left out of timeliness.
 * - *On time*: responded by the deadline that applied (extension included, hold days not counted).
 *   Lateness in working days past that deadline: 1-10, 11-30, over 30.
 * - Percentages are whole numbers, rounded half up; null when there is nothing to divide by.
 * - Team, service area and issue names appear as recorded; a missing one is "Not recorded".
 *
 * The other records are counted by the day that puts them in a year (statistics/sections.ts):
 * - Compliments, comments and enquiries by the day they were received (Dudley 2022-23 sections 4 and
 *   12: "compliments received for the period 1st April 2022 to 31st March 2023"; Wandsworth 2021-22 §6.9).
 * - Ombudsman cases by the day the Ombudsman decided them (Wandsworth 2021-22 §15.3: "11 Ombudsman
 *   enquiries/investigations were completed ... on the 8 completed last year"), with the remedies
 *   of those decisions.
 * - Learning actions raised in the year, and those raised earlier still open at its end (Dudley 2022-23
 *   section 14 lists actions "Completed: Yes" beside "Completed - ongoing").
 * - Delays and costs: stages completed in the year, as the complaint tables count them.
 */
import { z } from 'zod';

const count = z.number().int().min(0);
const percent = z.number().int().min(0).max(100).nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** April-June, July-September, October-December, January-March. */
const byQuarter = z.tuple([count, count, count, count]);

export const NOT_RECORDED = 'Not recorded';

export const stageOutcomesSchema = z.object({
  upheld: count,
  partlyUpheld: count,
  notUpheld: count,
  withdrawn: count,
  /** Answered without an outcome being recorded. */
  notRecorded: count,
  /** Taken to the next stage before it was answered (Wandsworth 2021-22 §6.5). */
  escalatedUnanswered: count,
});

export const timelinessSchema = z.object({
  /** Completed and not withdrawn. */
  assessed: count,
  onTime: count,
  onTimePercent: percent,
  lateBy: z.object({ upTo10: count, upTo30: count, over30: count }),
});

export const teamRowSchema = z.object({
  serviceArea: z.string(),
  team: z.string(),
  byQuarter,
  total: count,
});

export const issueRowSchema = z.object({
  issue: z.string(),
  byQuarter,
  total: count,
  upheldOrPartly: count,
});

/** Every issue a completed stage raised: the principal issue and the others (Wandsworth 2021-22 fn 8). */
export const allIssuesRowSchema = z.object({
  issue: z.string(),
  total: count,
  upheldOrPartly: count,
});

export const byComplainantSchema = z.object({
  youngPerson: count,
  parentCarer: count,
  advocate: count,
  other: count,
});

export const stageReportSchema = z.object({
  received: count,
  completed: count,
  completedByQuarter: byQuarter,
  carriedIn: count,
  openAtYearEnd: count,
  outcomes: stageOutcomesSchema,
  /** Upheld or partly upheld, of all completed (Wandsworth 2021-22 §2.4: 58% of 68). */
  upheldOrPartlyPercent: percent,
  timeliness: timelinessSchema,
  byTeam: z.array(teamRowSchema),
  byPrincipalIssue: z.array(issueRowSchema),
  allIssues: z.array(allIssuesRowSchema),
  byComplainant: byComplainantSchema,
});

export const statutoryStage1ReportSchema = stageReportSchema.extend({
  timeliness: timelinessSchema.extend({
    /** Answered within 10 working days of the stage beginning, hold days not counted. */
    within10: count,
    within20: count,
  }),
});

const onTimeCountSchema = z.object({ assessed: count, onTime: count });

export const statutoryStage3ReportSchema = stageReportSchema.extend({
  /** The panel met within 30 working days of the request (reg 19(4)). */
  panelTimeliness: onTimeCountSchema,
  /** The council responded within 15 working days of the recommendations (Wandsworth 2021-22 §4.4). */
  responseTimeliness: onTimeCountSchema,
  /** The panel's recommendations went out within 5 working days of it (Wandsworth 2021-22 §4.4). */
  recommendationsTimeliness: onTimeCountSchema,
});

const escalationRateSchema = z.object({
  /** Completed this year and not withdrawn. */
  completed: count,
  /** Of those, taken to the next stage (so far). */
  escalated: count,
  percent,
});

/** Keys of the categories of support (Wandsworth 2021-22 table 6). */
export const categoryOfSupportSchema = z.object({
  childLookedAfter: count,
  careLeaver: count,
  childInNeed: count,
  childProtection: count,
  referralAssessment: count,
  other: count,
  notRecorded: count,
});

export const ageBandsSchema = z.object({
  age0to9: count,
  age10to15: count,
  age16to17: count,
  age18to25: count,
  over25: count,
  notRecorded: count,
});

export const genderSchema = z.object({
  female: count,
  male: count,
  other: count,
  notRecorded: count,
});

export const ethnicitySchema = z.object({
  white: count,
  mixed: count,
  asian: count,
  black: count,
  otherEthnicGroup: count,
  notRecorded: count,
});

export const disabilitySchema = z.object({
  disabled: count,
  notDisabled: count,
  notRecorded: count,
});

export const channelsSchema = z.object({
  letter: count,
  email: count,
  form: count,
  telephone: count,
  inPerson: count,
  online: count,
  app: count,
  notRecorded: count,
});

const headlineStageSchema = z.object({
  received: count,
  completed: count,
  assessed: count,
  onTime: count,
  onTimePercent: percent,
});

export const headlineSchema = z.object({
  year: z.number().int(),
  label: z.string(),
  statutory: z.object({
    stage1: headlineStageSchema,
    stage2: headlineStageSchema,
    stage3: headlineStageSchema,
  }),
  corporate: z.object({ stage1: headlineStageSchema, stage2: headlineStageSchema }),
});

/**
 * Compliments received in the year, by team, with their words (Dudley 2022-23 sections 4-5: "102
 * compliments were received over 28 teams"). A compliment logged against several teams counts once
 * for each, so the teams may add up to more than `received`; one with no team is "Not recorded".
 * A team's service area is the one the council's settings list it under. `quotes` are only the
 * words approved for publication, with names replaced by "XX", oldest first; words not approved
 * never appear.
 */
export const complimentsSchema = z.object({
  received: count,
  byTeam: z.array(z.object({ serviceArea: z.string(), team: z.string(), total: count })),
  quotes: z.array(z.string()),
});

/**
 * Informal comments (Dudley 2022-23 section 12): `received` in the year, and `responded`, those whose
 * answer was sent in the year, whenever they arrived.
 */
export const commentsSchema = z.object({ received: count, responded: count });

/**
 * Enquiries received in the year, of both kinds, and of those the member enquiries from MPs and
 * councillors (Wandsworth 2021-22 §6.9: "responded to 221 Member enquiries this year").
 */
export const enquiriesSchema = z.object({ received: count, memberEnquiries: count });

/**
 * Ombudsman cases decided in the year (Wandsworth 2021-22 section 15; Isle of Wight 2021 §2.56-2.70). `decided` counts
 * every decision, cases referred back for local resolution too; `decisions` the four kinds the
 * Ombudsman publishes. The remedies are those of the cases decided in the year: payments are the
 * payments for distress and for time and trouble (Isle of Wight 2021 §2.53), with their total in pence.
 */
export const ombudsmanSchema = z.object({
  decided: count,
  decisions: z.object({
    upheldFaultAndInjustice: count,
    upheldFaultNoInjustice: count,
    notUpheld: count,
    closedAfterInitialEnquiries: count,
  }),
  publicInterestReports: count,
  remedies: z.object({
    apologies: count,
    payments: count,
    paymentsTotalPence: count,
    serviceImprovements: count,
  }),
});

/**
 * Learning from complaints: issue, lesson, action, owner (the team), due date, done (Dudley 2022-23
 * s.14). Listed: actions raised in the year, and those raised before it still open at its end;
 * an action cancelled by the end of the year is left out. `done`: done by the end of the year.
 * In order of due date.
 */
export const learningActionSchema = z.object({
  issue: z.string(),
  lesson: z.string(),
  action: z.string(),
  owner: z.string(),
  dueOn: isoDate.nullable(),
  done: z.boolean(),
});

/**
 * Children's services activity in the year, entered by staff for each authority and year (Wandsworth 2021-22
 * 6.8 sets complaints against contacts, referrals, assessments and section 47 enquiries). Null
 * until recorded.
 */
export const contextFiguresSchema = z.object({
  contacts: count.nullable(),
  referrals: count.nullable(),
  assessments: count.nullable(),
  section47Enquiries: count.nullable(),
});

/** Activity to set complaints against (Wandsworth 2021-22 §6.8), and complaints as a rate of it. */
export const contextSchema = contextFiguresSchema.extend({
  /**
   * Statutory stage 1 complaints received in the year per 1,000 contacts, to one decimal place
   * (rounded half up). Null when no contacts are recorded, or none were made.
   */
  complaintsPerThousandContacts: z.number().min(0).nullable(),
});

/**
 * Reasons for delay (domain brief, "How councils count"; Wandsworth 2021-22 §11.7): statutory stages completed
 * in the year that were extended or answered late (taken on unanswered after the deadline
 * included), by the reason recorded with the late response, else with the last extension.
 */
export const delaysSchema = z.object({
  staffAbsence: count,
  complexity: count,
  awaitingInformation: count,
  other: count,
  notRecorded: count,
});

/**
 * What independent people and external investigating officers cost (domain brief, "How councils
 * count"; Wandsworth 2021-22 §4.2): the fees recorded for the stages completed in the year, both procedures,
 * in pence. `stagesWithCost`: those stages with any fee recorded.
 */
export const costsSchema = z.object({
  independentPeoplePence: count,
  investigatorsPence: count,
  stagesWithCost: count,
});

export const annualReportSchema = z.object({
  contractVersion: z.literal(1),
  authority: z.object({ code: z.string(), name: z.string() }),
  /** The calendar year the financial year starts in. */
  year: z.number().int(),
  label: z.string(),
  period: z.object({ from: isoDate, to: isoDate }),
  /** The day the records were read: figures for a year not yet over are so far. */
  asOf: isoDate,
  statutory: z.object({
    stage1: statutoryStage1ReportSchema,
    stage2: stageReportSchema,
    stage3: statutoryStage3ReportSchema,
  }),
  corporate: z.object({ stage1: stageReportSchema, stage2: stageReportSchema }),
  compliments: complimentsSchema,
  comments: commentsSchema,
  enquiries: enquiriesSchema,
  ombudsman: ombudsmanSchema,
  learningActions: z.array(learningActionSchema),
  context: contextSchema,
  /** Escalation rates (Wandsworth 2021-22 §6.6, 6.7, 9.1, 10.1; Wandsworth 2021-22 §14.3 for corporate). */
  escalation: z.object({
    statutoryStage1ToStage2: escalationRateSchema,
    statutoryStage2ToStage3: escalationRateSchema,
    corporateStage1ToStage2: escalationRateSchema,
  }),
  /** Statutory stage 1 complaints completed in the year made by young people (Wandsworth 2021-22 section 12). */
  youngPeople: z.object({
    complaints: count,
    percentOfStage1: percent,
    escalatedToStage2: count,
    escalatedToStage3: count,
    categoryOfSupport: categoryOfSupportSchema,
    /** Of the children recorded on those complaints. */
    gender: genderSchema,
    ageBands: ageBandsSchema,
  }),
  /** Statutory stage 1 complaints completed, by the category of support (Wandsworth 2021-22 table 6). */
  categoryOfSupport: categoryOfSupportSchema,
  /** The children the statutory stage 1 complaints completed concern (Wandsworth 2021-22 §13.4-13.7). */
  equalities: z.object({
    complaints: count,
    children: count,
    ageBands: ageBandsSchema,
    gender: genderSchema,
    ethnicity: ethnicitySchema,
    disability: disabilitySchema,
  }),
  /** How the statutory stage 1 complaints received in the year arrived. */
  channels: channelsSchema,
  delays: delaysSchema,
  costs: costsSchema,
  /** The same headline figures for the two years before, most recent first. */
  previousYears: z.array(headlineSchema),
  /** Sentences for the report's summary, each with the figure it rests on. */
  summary: z.array(z.string()),
});

export type StageOutcomes = z.infer<typeof stageOutcomesSchema>;
export type StageReport = z.infer<typeof stageReportSchema>;
export type StatutoryStage1Report = z.infer<typeof statutoryStage1ReportSchema>;
export type StatutoryStage3Report = z.infer<typeof statutoryStage3ReportSchema>;
export type CategoryOfSupportCounts = z.infer<typeof categoryOfSupportSchema>;
export type AgeBandCounts = z.infer<typeof ageBandsSchema>;
export type GenderCounts = z.infer<typeof genderSchema>;
export type EthnicityCounts = z.infer<typeof ethnicitySchema>;
export type DisabilityCounts = z.infer<typeof disabilitySchema>;
export type ChannelCounts = z.infer<typeof channelsSchema>;
export type Headline = z.infer<typeof headlineSchema>;
export type ContextFigures = z.infer<typeof contextFiguresSchema>;
export type ComplimentsSection = z.infer<typeof complimentsSchema>;
export type CommentsSection = z.infer<typeof commentsSchema>;
export type EnquiriesSection = z.infer<typeof enquiriesSchema>;
export type OmbudsmanSection = z.infer<typeof ombudsmanSchema>;
export type LearningActionRow = z.infer<typeof learningActionSchema>;
export type DelayCounts = z.infer<typeof delaysSchema>;
export type StageCosts = z.infer<typeof costsSchema>;
export type AnnualReport = z.infer<typeof annualReportSchema>;
