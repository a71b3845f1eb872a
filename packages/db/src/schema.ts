/**
 * The database schema. Every record that holds casework carries `authorityId`: one complaints
 * team can serve several councils, and nothing may cross between them.
 *
 * Change it, then run `pnpm --filter @heard/db generate` and commit the SQL migration it writes.
 * Migrations are history: never edit one that has been committed.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Binary data: `bytea`, read and written as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A council whose children's services complaints are handled here. */
export const authorities = pgTable('authorities', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Short code used in references, URLs and the command line, e.g. `WBC`. */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Per-council settings: corporate timescale policy, closure days, advocacy provider. */
  settings: jsonb('settings').$type<AuthoritySettings>().notNull().default({}),
  createdAt: createdAt(),
});

export interface AuthoritySettings {
  /** Extra days the council is closed (ISO dates), on top of England and Wales bank holidays. */
  closureDays?: string[];
  /** Name of a corporate timescale policy preset from @heard/domain. */
  corporatePolicy?: string;
  advocacyProvider?: { name: string; phone?: string; email?: string; website?: string };
  /** The service areas and their teams that complaints are logged against. */
  serviceAreas?: { name: string; teams: string[] }[];
  /** The council's taxonomy of issues a complaint can raise. */
  issues?: string[];
}

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
  /** The 30-second step of the last TOTP code accepted: a code is good once (RFC 6238 §5.2). */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** External people (independent persons, investigating officers) see only assigned cases. */
  external: boolean('external').notNull().default(false),
  /** For independence checks: a member or officer of the council (SI 2006/1738 reg 2). */
  councilMemberOrOfficer: boolean('council_member_or_officer').notNull().default(true),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const staffRoles = [
  'complaints_officer',
  'complaints_manager',
  'responding_manager',
  'investigating_officer',
  'independent_person',
  'panel_member',
  'senior_responder',
  'auditor',
  'system_administrator',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Which authorities a staff member serves, and in what role for each. */
export const staffMemberships = pgTable(
  'staff_memberships',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id, { onDelete: 'cascade' }),
    role: text('role').$type<StaffRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.authorityId, t.role] })],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the browser's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

/** Per-authority, per-year counters that number references without gaps or collisions. */
export const referenceCounters = pgTable(
  'reference_counters',
  {
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.year] })],
);

export const complainantTypes = ['young_person', 'parent_carer', 'advocate', 'other'] as const;
export type ComplainantType = (typeof complainantTypes)[number];

/**
 * A complaint. What happened to it lives in `case_events`; the procedure columns here are a
 * projection of those events, rewritten in the same transaction as each event, so that lists of
 * 100 000 cases can be filtered and sorted by index.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    reference: text('reference').notNull(),
    /** SHA-256 of the private tracking code given to the person who complained. */
    trackingCodeHash: text('tracking_code_hash'),
    /** A key the submitting client sends so that a retried submission creates one case. */
    idempotencyKey: text('idempotency_key'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedVia: text('received_via').notNull(),
    complainantType: text('complainant_type').$type<ComplainantType>().notNull(),
    complainantName: text('complainant_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    whatHappened: text('what_happened').notNull(),
    desiredOutcome: text('desired_outcome'),
    /** Projection of the events: see `@heard/domain` `evaluateCase`. */
    procedure: text('procedure').$type<'statutory' | 'corporate'>(),
    stage: integer('stage').notNull().default(1),
    state: text('state').notNull(),
    nextDueOn: date('next_due_on', { mode: 'string' }),
    assignedStaffId: uuid('assigned_staff_id').references(() => staffUsers.id),
    /** What the complaint is about, for triage (`ComplaintSubject` in @heard/domain). */
    subject: text('subject'),
    /** Who is complaining, in detail (`ComplainantKind` in @heard/domain). */
    complainantRelationship: text('complainant_relationship'),
    /** The young person the complaint is made for, when someone else makes it. */
    onBehalfOf: text('on_behalf_of'),
    /** The young person agreed to someone complaining for them (Wandsworth 2021-22 §4.6). */
    consentRecorded: boolean('consent_recorded').notNull().default(false),
    serviceArea: text('service_area'),
    team: text('team'),
    principalIssue: text('principal_issue'),
    otherIssues: text('other_issues')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    categoryOfSupport: text('category_of_support'),
    advocacyOffered: boolean('advocacy_offered').notNull().default(false),
    /** Null until the young person has answered the offer. */
    advocacyAccepted: boolean('advocacy_accepted'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    triageReason: text('triage_reason'),
    /** Why a response was late, as reported (staff absence, complexity, ...). */
    delayReason: text('delay_reason'),
    /** The case's reference in the system it was imported from. */
    externalReference: text('external_reference'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaints_reference_idx').on(t.authorityId, t.reference),
    uniqueIndex('complaints_idempotency_idx')
      .on(t.authorityId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index('complaints_list_idx').on(t.authorityId, t.createdAt),
    index('complaints_due_idx').on(t.authorityId, t.state, t.nextDueOn),
    // Open complaints by due date: the workload views. The predicate must match the text of
    // `openPredicate` in repositories/complaints.ts for the planner to use it.
    index('complaints_open_due_idx')
      .on(t.authorityId, t.nextDueOn)
      .where(
        sql`"complaints"."state" not in ('closed', 'withdrawn', 'stage3_responded', 'with_ombudsman')`,
      ),
    index('complaints_assignee_idx').on(t.authorityId, t.assignedStaffId, t.nextDueOn),
    // "Your complaints" on the portal: the cases whose contact email is the signed-in person's.
    index('complaints_contact_email_idx').on(t.authorityId, sql`lower(${t.contactEmail})`),
    uniqueIndex('complaints_external_reference_idx')
      .on(t.authorityId, t.externalReference)
      .where(sql`${t.externalReference} is not null`),
  ],
);

/** The children a complaint concerns, with the equalities data the annual report counts. */
export const complaintChildren = pgTable(
  'complaint_children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    age: integer('age'),
    gender: text('gender'),
    ethnicity: text('ethnicity'),
    disability: text('disability'),
    categoryOfSupport: text('category_of_support'),
  },
  (t) => [index('complaint_children_complaint_idx').on(t.complaintId)],
);

/**
 * One row per stage of a complaint, derived from its events by the procedure engine in the same
 * transaction as each event: the facts the annual report counts (when the stage began, the
 * deadline that applied, when and how it was answered), so reports aggregate in SQL.
 */
export const complaintStages = pgTable(
  'complaint_stages',
  {
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    procedure: text('procedure').$type<'statutory' | 'corporate'>().notNull(),
    stage: integer('stage').notNull(),
    beganOn: date('began_on', { mode: 'string' }).notNull(),
    clockStartedOn: date('clock_started_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    extended: boolean('extended').notNull().default(false),
    holdWorkingDays: integer('hold_working_days').notNull().default(0),
    respondedOn: date('responded_on', { mode: 'string' }),
    outcome: text('outcome'),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    /** Working days from the stage beginning to the response, hold days not counted. */
    workingDaysToRespond: integer('working_days_to_respond'),
    /** Working days after the deadline the response came (0 or more), null while open. */
    workingDaysLate: integer('working_days_late'),
    panelHeldOn: date('panel_held_on', { mode: 'string' }),
    panelDueOn: date('panel_due_on', { mode: 'string' }),
    recommendationsOn: date('recommendations_on', { mode: 'string' }),
    recommendationsDueOn: date('recommendations_due_on', { mode: 'string' }),
    councilResponseDueOn: date('council_response_due_on', { mode: 'string' }),
    /**
     * Why the stage took longer: the reason recorded with its last extension, or with a late
     * response (`DELAY_REASONS`). Null when none was recorded.
     */
    delayReason: text('delay_reason'),
    /** What the council paid the independent person at this stage, in pence (stage 2). */
    independentPersonFeePence: integer('independent_person_fee_pence'),
    /** What the council paid an external investigating officer at this stage, in pence. */
    investigatorFeePence: integer('investigator_fee_pence'),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.stage] }),
    index('complaint_stages_report_idx').on(t.authorityId, t.procedure, t.stage, t.beganOn),
    index('complaint_stages_responded_idx').on(t.authorityId, t.respondedOn),
  ],
);

/**
 * People working on one case: the responding manager, and the external people (investigating
 * officer, independent person, panel members) who may see only the cases they are assigned to.
 */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    role: text('role').$type<StaffRole>().notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.staffId, t.role] }),
    index('case_assignments_staff_idx').on(t.staffId, t.authorityId),
  ],
);

/** Notes staff add to a case. Like the history, they are only ever added. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    body: text('body').notNull(),
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_notes_complaint_idx').on(t.complaintId, t.createdAt),
    uniqueIndex('case_notes_request_idx')
      .on(t.complaintId, t.requestId)
      .where(sql`${t.requestId} is not null`),
  ],
);

/**
 * Letters and reports attached to a case. The file is stored in the same row, written in one
 * statement, so an upload that fails leaves nothing behind.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_complaint_idx').on(t.complaintId)],
);

/** The append-only history of a complaint through its procedure (events from @heard/domain). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    sequence: integer('sequence').notNull(),
    type: text('type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    recordedBy: uuid('recorded_by').references(() => staffUsers.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** The client's id for the action, so a double-click or a retry records one event. */
    requestId: text('request_id'),
  },
  (t) => [
    uniqueIndex('case_events_sequence_idx').on(t.complaintId, t.sequence),
    uniqueIndex('case_events_request_idx')
      .on(t.complaintId, t.requestId)
      .where(sql`${t.requestId} is not null`),
  ],
);

/** Who did or saw what, and when. Rows are only ever inserted. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id').references(() => authorities.id),
    staffId: uuid('staff_id').references(() => staffUsers.id),
    action: text('action').notNull(),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_complaint_idx').on(t.complaintId, t.at)],
);

// -----------------------------------------------------------------------------------------------
// Beyond complaints: compliments, comments, enquiries, Ombudsman cases, learning actions, and the
// outbox that carries reminders. Each is counted in the annual report (domain brief, "How councils
// count and report").

/**
 * The client's id for each action on these records, so that a double-click or a retry records
 * once: an action first claims its id here, in the same transaction as its change.
 */
export const recordRequests = pgTable(
  'record_requests',
  {
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    requestId: text('request_id').notNull(),
    action: text('action').notNull(),
    /** The record the action created or changed. */
    recordId: uuid('record_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.requestId] })],
);

/**
 * A compliment, logged against one or more teams (Dudley 2022-23 section 4). Its words appear in a
 * report only once approved, with names replaced by "XX" (Dudley 2022-23 section 5); the words as
 * received are kept beside the approved ones.
 */
export const compliments = pgTable(
  'compliments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** young_person, parent_carer, professional or partner_agency (`COMPLIMENT_FROM_TYPES`). */
    fromType: text('from_type').notNull(),
    teams: text('teams')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The team the sender named on the portal, for staff to place the compliment. */
    teamHint: text('team_hint'),
    words: text('words').notNull(),
    /** `staff` when logged in the admin app, `portal` when sent online. */
    source: text('source').$type<'staff' | 'portal'>().notNull(),
    /** The portal's key for one submission, so a retried one creates one compliment. */
    idempotencyKey: text('idempotency_key'),
    loggedBy: uuid('logged_by').references(() => staffUsers.id),
    markedNames: text('marked_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    approvedWords: text('approved_words'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('compliments_list_idx').on(t.authorityId, t.receivedOn),
    uniqueIndex('compliments_idempotency_idx')
      .on(t.authorityId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
  ],
);

/**
 * A comment: an issue raised without a formal complaint, acknowledged, forwarded to a team manager
 * and answered, monitored like a complaint (Dudley 2022-23 section 12). Its due date is worked out from
 * the receipt date and the council's timescale, never stored.
 */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedVia: text('received_via').notNull(),
    fromType: text('from_type').notNull(),
    fromName: text('from_name'),
    summary: text('summary').notNull(),
    team: text('team'),
    /** Who chases it: reminders go to them. */
    responsibleStaffId: uuid('responsible_staff_id')
      .notNull()
      .references(() => staffUsers.id),
    acknowledgedOn: date('acknowledged_on', { mode: 'string' }),
    forwardedOn: date('forwarded_on', { mode: 'string' }),
    forwardedTo: text('forwarded_to'),
    answeredOn: date('answered_on', { mode: 'string' }),
    answerSummary: text('answer_summary'),
    createdAt: createdAt(),
  },
  (t) => [
    index('comments_list_idx').on(t.authorityId, t.receivedOn),
    index('comments_open_idx')
      .on(t.authorityId, t.receivedOn)
      .where(sql`${t.answeredOn} is null`),
  ],
);

/** An enquiry, or a member enquiry from an MP or councillor (Wandsworth 2021-22 §6.9; Unnamed borough 2016-17 section 7). */
export const enquiries = pgTable(
  'enquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    kind: text('kind').$type<'enquiry' | 'member_enquiry'>().notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedVia: text('received_via').notNull(),
    fromName: text('from_name'),
    /** `mp` or `councillor`, for a member enquiry. */
    memberRole: text('member_role'),
    /** The resident or family the member writes for. */
    onBehalfOf: text('on_behalf_of'),
    summary: text('summary').notNull(),
    team: text('team'),
    responsibleStaffId: uuid('responsible_staff_id')
      .notNull()
      .references(() => staffUsers.id),
    answeredOn: date('answered_on', { mode: 'string' }),
    answerSummary: text('answer_summary'),
    createdAt: createdAt(),
  },
  (t) => [
    index('enquiries_list_idx').on(t.authorityId, t.kind, t.receivedOn),
    index('enquiries_open_idx')
      .on(t.authorityId, t.receivedOn)
      .where(sql`${t.answeredOn} is null`),
  ],
);

/**
 * A case with the Local Government and Social Care Ombudsman: linked to the council's complaint
 * when there is one, with its decision and how it was published (Wandsworth 2021-22 section 15; Kingston 2017-18
 * section 5; Isle of Wight 2021 §2.56-2.70).
 */
export const ombudsmanCases = pgTable(
  'ombudsman_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    lgscoReference: text('lgsco_reference'),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** social_care, education_send or other (`OMBUDSMAN_AREAS`). */
    area: text('area').notNull(),
    summary: text('summary').notNull(),
    responsibleStaffId: uuid('responsible_staff_id')
      .notNull()
      .references(() => staffUsers.id),
    decision: text('decision'),
    closedReason: text('closed_reason'),
    decidedOn: date('decided_on', { mode: 'string' }),
    publication: text('publication'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ombudsman_cases_list_idx').on(t.authorityId, t.receivedOn),
    index('ombudsman_cases_complaint_idx').on(t.complaintId),
  ],
);

/** The Ombudsman's enquiries to the council about a case, each answered by a date it sets. */
export const ombudsmanEnquiries = pgTable(
  'ombudsman_enquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => ombudsmanCases.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('ombudsman_enquiries_case_idx').on(t.caseId),
    index('ombudsman_enquiries_open_idx')
      .on(t.authorityId, t.dueOn)
      .where(sql`${t.answeredOn} is null`),
  ],
);

/**
 * What the Ombudsman asked the council to do to put things right, by when, and the evidence that
 * it did (Isle of Wight 2021 §2.53, 2.70). Payments are in pence.
 */
export const ombudsmanRemedies = pgTable(
  'ombudsman_remedies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => ombudsmanCases.id),
    kind: text('kind').notNull(),
    description: text('description'),
    amountPence: integer('amount_pence'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    compliedOn: date('complied_on', { mode: 'string' }),
    evidence: text('evidence'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ombudsman_remedies_case_idx').on(t.caseId),
    index('ombudsman_remedies_open_idx')
      .on(t.authorityId, t.dueOn)
      .where(sql`${t.compliedOn} is null`),
  ],
);

/**
 * Learning from a complaint or an Ombudsman decision: the issue found, the lesson, the action,
 * the team that owns it, when it is due and whether it was done (Dudley 2022-23 section 14).
 */
export const learningActions = pgTable(
  'learning_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id').references(() => complaints.id),
    ombudsmanCaseId: uuid('ombudsman_case_id').references(() => ombudsmanCases.id),
    issue: text('issue').notNull(),
    lesson: text('lesson').notNull(),
    action: text('action').notNull(),
    owningTeam: text('owning_team').notNull(),
    responsibleStaffId: uuid('responsible_staff_id')
      .notNull()
      .references(() => staffUsers.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<'open' | 'done' | 'cancelled'>().notNull().default('open'),
    doneOn: date('done_on', { mode: 'string' }),
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    cancelledReason: text('cancelled_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('learning_actions_list_idx').on(t.authorityId, t.status, t.dueOn),
    index('learning_actions_themes_idx').on(t.authorityId, t.issue, t.owningTeam),
  ],
);

/**
 * Mail waiting to go, and mail gone. Reminders are written here in the same database as the
 * records they are about, each with a key that is unique (`dedupe_key`), so a job that runs twice
 * cannot enqueue one twice; a delivery that fails is retried later with backoff, so a mail outage
 * delays mail and loses none (docs/decisions/0008).
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id').references(() => authorities.id),
    dedupeKey: text('dedupe_key').notNull(),
    /** What it is: `reminder.due_soon`, `reminder.missed`, `tracker.weekly`. */
    kind: text('kind').notNull(),
    recipientStaffId: uuid('recipient_staff_id').references(() => staffUsers.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set while a worker is delivering it; a worker that dies leaves it to run out. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_messages_dedupe_idx').on(t.dedupeKey),
    index('outbox_messages_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Public portal: advocacy referrals

/**
 * A young person's yes to the offer of an advocate, made on the portal with their complaint
 * (Wandsworth 2021-22 §3.2; Dudley 2022-23 section 2: every child must be offered one). It goes to the advocacy
 * provider the council commissions; the provider's name and contact are copied from
 * `authorities.settings.advocacyProvider` when the referral is made, so the record says who it
 * was sent to even if the council later changes provider.
 */
export const advocacyReferrals = pgTable(
  'advocacy_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    /** Who asked: the young person, a parent or carer for their child, or someone helping. */
    requestedBy: text('requested_by').$type<ComplainantType>().notNull(),
    providerName: text('provider_name').notNull(),
    providerPhone: text('provider_phone'),
    providerEmail: text('provider_email'),
    providerWebsite: text('provider_website'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('advocacy_referrals_complaint_idx').on(t.complaintId),
    index('advocacy_referrals_list_idx').on(t.authorityId, t.createdAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// Annual report: context figures

/**
 * The children's services activity an annual report sets its complaints against: contacts,
 * referrals, assessments and section 47 enquiries in one financial year (`year` is the year it
 * starts, 2025 for 2025-26), entered by staff for each authority. Any figure may be unknown.
 */
export const reportContextFigures = pgTable(
  'report_context_figures',
  {
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    year: integer('year').notNull(),
    contacts: integer('contacts'),
    referrals: integer('referrals'),
    assessments: integer('assessments'),
    section47Enquiries: integer('section47_enquiries'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => staffUsers.id),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.year] })],
);

// ---------------------------------------------------------------------------------------------
// Public portal: signing in by a one-time email link (docs/decisions/0011)

/**
 * The advocates of a council's commissioned advocacy provider (Wandsworth 2021-22 §3.2), who sign in to the
 * portal's advocates' area with a one-time link sent to this address. `email` is kept in lower
 * case. A disabled advocate can no longer sign in.
 */
export const advocates = pgTable(
  'advocates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** The provider they work for, as the council names it in `settings.advocacyProvider`. */
    providerName: text('provider_name').notNull(),
    phone: text('phone'),
    createdAt: createdAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('advocates_email_idx').on(t.authorityId, t.email)],
);

/** Who a portal sign-in is for: the contact who made complaints, or an advocate. */
export const portalSignInKinds = ['contact', 'advocate'] as const;
export type PortalSignInKind = (typeof portalSignInKinds)[number];

/**
 * A one-time sign-in link sent by email. Only the SHA-256 of its token is kept; it can be used
 * once (`used_at`) and only until `expires_at`.
 */
export const portalSignInLinks = pgTable(
  'portal_sign_in_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    kind: text('kind').$type<PortalSignInKind>().notNull(),
    /** For `contact`: the address the link was sent to, in lower case; their cases carry it. */
    contactEmail: text('contact_email'),
    advocateId: uuid('advocate_id').references(() => advocates.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('portal_sign_in_links_expiry_idx').on(t.expiresAt)],
);

/**
 * A portal session, started by following a sign-in link. Only the SHA-256 of its token is kept;
 * the token lives in the browser's cookie and the portal passes it to the API.
 */
export const portalSessions = pgTable(
  'portal_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    kind: text('kind').$type<PortalSignInKind>().notNull(),
    contactEmail: text('contact_email'),
    advocateId: uuid('advocate_id').references(() => advocates.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('portal_sessions_expiry_idx').on(t.expiresAt)],
);

/** How an advocate came to support a case: they made it, or took up its advocacy referral. */
export const advocateCaseLinks = ['made', 'referral'] as const;
export type AdvocateCaseLink = (typeof advocateCaseLinks)[number];

/** The cases an advocate supports, shown to them under "Cases I support". */
export const advocateCases = pgTable(
  'advocate_cases',
  {
    advocateId: uuid('advocate_id')
      .notNull()
      .references(() => advocates.id),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    how: text('how').$type<AdvocateCaseLink>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.advocateId, t.complaintId] }),
    index('advocate_cases_complaint_idx').on(t.authorityId, t.complaintId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Public portal: journeys saved to finish later

/**
 * A journey saved on the portal to finish later (docs/decisions/0010). The portal encrypts the
 * answers so far with AES-256-GCM under a key derived (scrypt, with this row's salt) from a
 * return code that only the person holds; this table keeps the sealed answers and the SHA-256 of
 * a lookup id the portal derives from the code, never the answers in clear and never the code.
 * Deleted when the journey is sent, when the person deletes it, and after 28 days.
 */
export const portalDrafts = pgTable(
  'portal_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => authorities.id),
    /** The SHA-256 of the lookup id, as hex. */
    lookupHash: text('lookup_hash').notNull(),
    /** Which journey: `complaint`, `compliment` or `comment`. */
    journey: text('journey').notNull(),
    salt: bytea('salt').notNull(),
    iv: bytea('iv').notNull(),
    /** The encrypted answers followed by GCM's 16-byte tag. */
    ciphertext: bytea('ciphertext').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('portal_drafts_lookup_idx').on(t.lookupHash),
    index('portal_drafts_expiry_idx').on(t.expiresAt),
  ],
);

/**
 * Counters for every limit that protects people (sign-in attempts, tracking-code guesses, drafts,
 * sign-in links, submissions), kept in the database so that they hold across batched and
 * concurrent requests and across several API processes. `key` names the limit and what it counts
 * (hashed where it would otherwise hold personal data); a row's count resets when its window ends.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull().default(0),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_window_idx').on(t.windowEndsAt)],
);
