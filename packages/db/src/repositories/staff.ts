import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { staffMemberships, staffSessions, staffUsers, type StaffRole } from '../schema.js';

export type StaffUser = typeof staffUsers.$inferSelect;
export interface Membership {
  authorityId: string;
  role: StaffRole;
}

export async function findStaffByEmail(
  db: Executor,
  email: string,
): Promise<StaffUser | undefined> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, email.trim().toLowerCase()))
    .limit(1);
  return row;
}

export async function findStaffById(db: Executor, id: string): Promise<StaffUser | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return row;
}

export function listMemberships(db: Executor, staffId: string): Promise<Membership[]> {
  return db
    .select({ authorityId: staffMemberships.authorityId, role: staffMemberships.role })
    .from(staffMemberships)
    .where(eq(staffMemberships.staffId, staffId));
}

export async function createStaff(
  db: Executor,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    memberships: Membership[];
    external?: boolean;
    councilMemberOrOfficer?: boolean;
  },
): Promise<StaffUser> {
  const [row] = await db
    .insert(staffUsers)
    .values({
      email: input.email.trim().toLowerCase(),
      name: input.name,
      passwordHash: input.passwordHash,
      external: input.external ?? false,
      councilMemberOrOfficer: input.councilMemberOrOfficer ?? true,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  if (input.memberships.length > 0) {
    await db
      .insert(staffMemberships)
      .values(input.memberships.map((m) => ({ staffId: row.id, ...m })));
  }
  return row;
}

/** Records a failed sign-in and, at `lockAfter` failures in a row, locks the account. */
export async function recordFailedSignIn(
  db: Executor,
  staffId: string,
  lockAfter: number,
  lockUntil: Date,
): Promise<void> {
  await db
    .update(staffUsers)
    .set({
      failedSignIns: sql`${staffUsers.failedSignIns} + 1`,
      lockedUntil: sql`case when ${staffUsers.failedSignIns} + 1 >= ${lockAfter} then ${lockUntil.toISOString()}::timestamptz else ${staffUsers.lockedUntil} end`,
    })
    .where(eq(staffUsers.id, staffId));
}

export async function recordSuccessfulSignIn(db: Executor, staffId: string): Promise<void> {
  await db
    .update(staffUsers)
    .set({ failedSignIns: 0, lockedUntil: null })
    .where(eq(staffUsers.id, staffId));
}

export type StaffSession = typeof staffSessions.$inferSelect;

export async function createSession(
  db: Executor,
  input: { tokenHash: string; staffId: string; csrfToken: string; expiresAt: Date; now: Date },
): Promise<void> {
  const { now, ...session } = input;
  await db.insert(staffSessions).values({ ...session, createdAt: now, lastSeenAt: now });
}

export async function findLiveSession(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<StaffSession | undefined> {
  const [row] = await db
    .select()
    .from(staffSessions)
    .where(and(eq(staffSessions.tokenHash, tokenHash), gt(staffSessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(staffSessions)
    .set({ lastSeenAt: now })
    .where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

/** Staff who serve an authority, with their roles there, for choosing who does what. */
export async function listStaffOfAuthority(db: Executor, authorityId: string) {
  const rows = await db
    .select({
      id: staffUsers.id,
      name: staffUsers.name,
      email: staffUsers.email,
      external: staffUsers.external,
      councilMemberOrOfficer: staffUsers.councilMemberOrOfficer,
      role: staffMemberships.role,
    })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(and(eq(staffMemberships.authorityId, authorityId), isNull(staffUsers.disabledAt)));
  const byId = new Map<string, Omit<(typeof rows)[number], 'role'> & { roles: StaffRole[] }>();
  for (const { role, ...person } of rows) {
    const entry = byId.get(person.id) ?? { ...person, roles: [] };
    entry.roles.push(role);
    byId.set(person.id, entry);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function setTotpSecret(
  db: Executor,
  staffId: string,
  secret: string | null,
): Promise<void> {
  await db.update(staffUsers).set({ totpSecret: secret }).where(eq(staffUsers.id, staffId));
}
