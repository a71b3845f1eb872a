import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { attachments, caseNotes, staffUsers } from '../schema.js';

/** Adds a note; the same `requestId` twice adds it once. */
export async function addNote(
  db: Executor,
  input: {
    authorityId: string;
    complaintId: string;
    staffId: string;
    body: string;
    requestId: string;
  },
): Promise<void> {
  await db.insert(caseNotes).values(input).onConflictDoNothing();
}

export function listNotes(db: Executor, complaintId: string) {
  return db
    .select({
      id: caseNotes.id,
      body: caseNotes.body,
      createdAt: caseNotes.createdAt,
      staffName: staffUsers.name,
    })
    .from(caseNotes)
    .innerJoin(staffUsers, eq(staffUsers.id, caseNotes.staffId))
    .where(eq(caseNotes.complaintId, complaintId))
    .orderBy(asc(caseNotes.createdAt));
}

export type NewAttachment = Omit<typeof attachments.$inferInsert, 'id' | 'createdAt'>;

export async function insertAttachment(db: Executor, input: NewAttachment): Promise<string> {
  const [row] = await db.insert(attachments).values(input).returning({ id: attachments.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export function listAttachments(db: Executor, complaintId: string) {
  return db
    .select({
      id: attachments.id,
      kind: attachments.kind,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
      uploadedByName: staffUsers.name,
    })
    .from(attachments)
    .innerJoin(staffUsers, eq(staffUsers.id, attachments.uploadedBy))
    .where(eq(attachments.complaintId, complaintId))
    .orderBy(asc(attachments.createdAt));
}

export async function findAttachment(db: Executor, authorityId: string, id: string) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.authorityId, authorityId), eq(attachments.id, id)))
    .limit(1);
  return row;
}
