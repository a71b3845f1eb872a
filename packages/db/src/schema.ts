/**
 * The database schema. Every record that holds casework carries `authorityId`: one complaints
 * team can serve several councils, and nothing may cross between them.
 *
 * Change it, then run `pnpm --filter @heard/db generate` and commit the SQL migration it writes.
 * Migrations are history: never edit one that has been committed.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
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
}

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
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
    team: text('team'),
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
  ],
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
  },
  (t) => [uniqueIndex('case_events_sequence_idx').on(t.complaintId, t.sequence)],
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
