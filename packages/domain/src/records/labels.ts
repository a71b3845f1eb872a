/**
 * The kinds of things these records hold, and the words staff read for each. The codes are fixed
 * by the data model; the words follow the councils' own reports (Wandsworth 2021-22, Dudley 2022-23, Kingston 2017-18, Isle of Wight 2021).
 */

/** Who sent a compliment (Wandsworth 2021-22 §16.2: "service users and partner organisations"). */
export const COMPLIMENT_FROM_TYPES = [
  'young_person',
  'parent_carer',
  'professional',
  'partner_agency',
] as const;
export type ComplimentFromType = (typeof COMPLIMENT_FROM_TYPES)[number];

export const COMPLIMENT_FROM_LABELS: Record<ComplimentFromType, string> = {
  young_person: 'Young person',
  parent_carer: 'Parent or carer',
  professional: 'Professional',
  partner_agency: 'Partner agency',
};

/** Who made a comment: as for compliments, or someone else. */
export const COMMENT_FROM_TYPES = [...COMPLIMENT_FROM_TYPES, 'other'] as const;
export type CommentFromType = (typeof COMMENT_FROM_TYPES)[number];
export const COMMENT_FROM_LABELS: Record<CommentFromType, string> = {
  ...COMPLIMENT_FROM_LABELS,
  other: 'Someone else',
};

/** Enquiries, and enquiries from MPs and councillors (Wandsworth 2021-22 §6.9; Unnamed borough 2016-17 section 7). */
export const ENQUIRY_KINDS = ['enquiry', 'member_enquiry'] as const;
export type EnquiryKind = (typeof ENQUIRY_KINDS)[number];
export const ENQUIRY_KIND_LABELS: Record<EnquiryKind, string> = {
  enquiry: 'Enquiry',
  member_enquiry: 'Member enquiry',
};

export const MEMBER_ROLES = ['mp', 'councillor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  mp: 'MP',
  councillor: 'Councillor',
};

/** The Ombudsman's decisions (Isle of Wight 2021 §2.56; Kingston 2017-18 section 5). */
export const OMBUDSMAN_DECISIONS = [
  'upheld_fault_injustice',
  'upheld_fault_no_injustice',
  'not_upheld',
  'closed_after_initial_enquiries',
  'referred_back_for_local_resolution',
] as const;
export type OmbudsmanDecision = (typeof OMBUDSMAN_DECISIONS)[number];
export const OMBUDSMAN_DECISION_LABELS: Record<OmbudsmanDecision, string> = {
  upheld_fault_injustice: 'Upheld: fault causing injustice',
  upheld_fault_no_injustice: 'Upheld: fault, no injustice',
  not_upheld: 'Not upheld',
  closed_after_initial_enquiries: 'Closed after initial enquiries',
  referred_back_for_local_resolution: 'Referred back for local resolution',
};

/** Why the Ombudsman closed a case after initial enquiries (Isle of Wight 2021 §2.66; Wandsworth 2021-22 §15.5-15.6). */
export const OMBUDSMAN_CLOSED_REASONS = [
  'premature',
  'outside_jurisdiction',
  'out_of_time',
  'court_matter',
  'no_worthwhile_outcome',
  'other',
] as const;
export type OmbudsmanClosedReason = (typeof OMBUDSMAN_CLOSED_REASONS)[number];
export const OMBUDSMAN_CLOSED_REASON_LABELS: Record<OmbudsmanClosedReason, string> = {
  premature: 'Premature',
  outside_jurisdiction: 'Outside jurisdiction',
  out_of_time: 'Out of time',
  court_matter: 'Court matter',
  no_worthwhile_outcome: 'No worthwhile outcome',
  other: 'Other reason',
};

/** How a decision is published (Isle of Wight 2021 §2.57-2.58). */
export const OMBUDSMAN_PUBLICATIONS = ['statement', 'public_interest_report'] as const;
export type OmbudsmanPublication = (typeof OMBUDSMAN_PUBLICATIONS)[number];
export const OMBUDSMAN_PUBLICATION_LABELS: Record<OmbudsmanPublication, string> = {
  statement: 'Statement',
  public_interest_report: 'Public interest report',
};

/** Remedies the Ombudsman asks for (Isle of Wight 2021 §2.53: apology, distress and time and trouble payments, training). */
export const OMBUDSMAN_REMEDY_KINDS = [
  'apology',
  'payment_distress',
  'payment_time_and_trouble',
  'service_improvement',
  'other',
] as const;
export type OmbudsmanRemedyKind = (typeof OMBUDSMAN_REMEDY_KINDS)[number];
export const OMBUDSMAN_REMEDY_LABELS: Record<OmbudsmanRemedyKind, string> = {
  apology: 'Apology',
  payment_distress: 'Payment for distress',
  payment_time_and_trouble: 'Payment for time and trouble',
  service_improvement: 'Service improvement',
  other: 'Other remedy',
};
/** The remedies that are a payment, so need an amount. */
export const PAYMENT_REMEDY_KINDS: readonly OmbudsmanRemedyKind[] = [
  'payment_distress',
  'payment_time_and_trouble',
];

/** Which service the Ombudsman case is about (Wandsworth 2021-22 §15.3: social care and education/SEND). */
export const OMBUDSMAN_AREAS = ['social_care', 'education_send', 'other'] as const;
export type OmbudsmanArea = (typeof OMBUDSMAN_AREAS)[number];
export const OMBUDSMAN_AREA_LABELS: Record<OmbudsmanArea, string> = {
  social_care: 'Social care',
  education_send: 'Education and SEND',
  other: 'Other',
};

/** A learning action's status (Dudley 2022-23 section 14: "Completed: Yes", "Completed – ongoing"). */
export const LEARNING_STATUSES = ['open', 'done', 'cancelled'] as const;
export type LearningStatus = (typeof LEARNING_STATUSES)[number];
export const LEARNING_STATUS_LABELS: Record<LearningStatus, string> = {
  open: 'Open',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** An amount in pence as staff read it: 150000 → "£1,500.00". */
export function formatPence(pence: number): string {
  const pounds = Math.floor(Math.abs(pence) / 100);
  const rest = String(Math.abs(pence) % 100).padStart(2, '0');
  const grouped = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${pence < 0 ? '-' : ''}£${grouped}.${rest}`;
}
