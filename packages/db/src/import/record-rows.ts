/**
 * Compliment and Ombudsman rows of the historic cases file (docs/import-format.md): what needs
 * several rows or the database is checked here, before anything is stored, so a file that mixes
 * them with complaints stays all or nothing; then they are stored in the import's transaction,
 * after its complaints, so an Ombudsman case can point at a complaint of the same file.
 *
 * Importing the same file again changes nothing: a compliment is known by its `case_ref` (kept as
 * its idempotency key, `import:<case_ref>`), an Ombudsman case by the Ombudsman's reference.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import type { Authority } from '../repositories/authorities.js';
import {
  complaints,
  compliments,
  ombudsmanCases,
  ombudsmanRemedies,
  staffMemberships,
  staffUsers,
} from '../schema.js';
import type {
  ComplimentRow,
  OmbudsmanRemedyRow,
  OmbudsmanRow,
  RecordRow,
  RowError,
} from './format.js';

export interface OmbudsmanCasePlan {
  readonly row: OmbudsmanRow;
  readonly remedies: readonly OmbudsmanRemedyRow[];
  readonly responsibleStaffId: string;
}

export interface RecordRowsPlan {
  readonly compliments: readonly ComplimentRow[];
  readonly ombudsmanCases: readonly OmbudsmanCasePlan[];
  /** Imported before with the same details: left as they were. */
  readonly unchanged: number;
}

const complimentKey = (caseRef: string) => `import:${caseRef}`;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

function remedyKey(r: {
  remedyKind: string;
  description: string | null;
  amountPence: number | null;
  dueOn: string;
  compliedOn: string | null;
}): string {
  return JSON.stringify([r.remedyKind, r.description, r.amountPence, r.dueOn, r.compliedOn]);
}

/**
 * Checks the compliment and Ombudsman rows against each other, the file's complaints
 * (`complaintRefs`), today, and what the authority already holds. `authority` is undefined when
 * the import will create it.
 */
export async function checkRecordRows(
  db: Executor,
  authority: Authority | undefined,
  rows: readonly RecordRow[],
  complaintRefs: ReadonlySet<string>,
  today: string,
): Promise<{ plan: RecordRowsPlan; errors: RowError[] }> {
  const errors: RowError[] = [];
  for (const row of rows) {
    const dated: [string, string | null][] =
      row.kind === 'ombudsman_remedy'
        ? [['complied_on', row.compliedOn]]
        : row.kind === 'ombudsman'
          ? [
              ['received_on', row.receivedOn],
              ['decided_on', row.decidedOn],
            ]
          : [['received_on', row.receivedOn]];
    for (const [column, day] of dated) {
      if (day !== null && day > today) {
        errors.push({ line: row.line, message: `${column} ${day} is after today (${today})` });
      }
    }
  }
  const complimentRows: ComplimentRow[] = [];
  const caseRows = new Map<string, OmbudsmanRow>();
  const remediesOf = new Map<string, OmbudsmanRemedyRow[]>();
  const seenCompliments = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'compliment') {
      const first = seenCompliments.get(row.caseRef);
      if (first !== undefined) {
        errors.push({
          line: row.line,
          message: `compliment ${row.caseRef} is in the file twice (also on line ${String(first)})`,
        });
      } else {
        seenCompliments.set(row.caseRef, row.line);
        complimentRows.push(row);
      }
    } else if (row.kind === 'ombudsman') {
      const first = caseRows.get(row.caseRef);
      if (first !== undefined) {
        errors.push({
          line: row.line,
          message: `Ombudsman case ${row.caseRef} is in the file twice (also on line ${String(first.line)})`,
        });
      } else caseRows.set(row.caseRef, row);
    }
  }
  for (const row of rows) {
    if (row.kind !== 'ombudsman_remedy') continue;
    const parent = caseRows.get(row.caseRef);
    if (parent === undefined) {
      errors.push({
        line: row.line,
        message: `case_ref ${row.caseRef} has no ombudsman row in this file`,
      });
      continue;
    }
    if (row.dueOn < parent.receivedOn) {
      errors.push({
        line: row.line,
        message: `due_on ${row.dueOn} is before the Ombudsman case was received (${parent.receivedOn})`,
      });
    }
    const list = remediesOf.get(row.caseRef) ?? [];
    list.push(row);
    remediesOf.set(row.caseRef, list);
  }

  // The people responsible, and the complaints the cases are about, as the authority has them.
  const staffOf = new Map<string, string>();
  const knownComplaints = new Set(complaintRefs);
  const emails = [...new Set([...caseRows.values()].map((r) => r.responsibleEmail))];
  const linked = [...caseRows.values()]
    .map((r) => r.complaintRef)
    .filter((ref): ref is string => ref !== null && !complaintRefs.has(ref));
  if (authority !== undefined && emails.length > 0) {
    const staff = await db
      .selectDistinct({ id: staffUsers.id, email: staffUsers.email })
      .from(staffUsers)
      .innerJoin(staffMemberships, eq(staffMemberships.staffId, staffUsers.id))
      .where(
        and(eq(staffMemberships.authorityId, authority.id), inArray(staffUsers.email, emails)),
      );
    for (const s of staff) staffOf.set(s.email, s.id);
  }
  if (authority !== undefined && linked.length > 0) {
    const found = await db
      .select({ ref: complaints.externalReference })
      .from(complaints)
      .where(
        and(
          eq(complaints.authorityId, authority.id),
          isNotNull(complaints.externalReference),
          inArray(complaints.externalReference, linked),
        ),
      );
    for (const f of found) if (f.ref !== null) knownComplaints.add(f.ref);
  }
  const plans: OmbudsmanCasePlan[] = [];
  for (const row of caseRows.values()) {
    const staffId = staffOf.get(row.responsibleEmail);
    if (staffId === undefined) {
      errors.push({
        line: row.line,
        message: `responsible_email ${row.responsibleEmail} is not a member of staff of this authority in Heard`,
      });
    }
    if (row.complaintRef !== null && !knownComplaints.has(row.complaintRef)) {
      errors.push({
        line: row.line,
        message: `complaint_ref ${row.complaintRef} is not a complaint in this file or imported before`,
      });
    }
    if (staffId !== undefined) {
      plans.push({ row, remedies: remediesOf.get(row.caseRef) ?? [], responsibleStaffId: staffId });
    }
  }

  // Records imported before: the same again is left alone; different details are refused.
  let unchanged = 0;
  const newCompliments: ComplimentRow[] = [];
  const newCases: OmbudsmanCasePlan[] = [];
  if (authority === undefined) {
    newCompliments.push(...complimentRows);
    newCases.push(...plans);
  } else {
    const keys = complimentRows.map((r) => complimentKey(r.caseRef));
    const stored =
      keys.length === 0
        ? []
        : await db
            .select()
            .from(compliments)
            .where(
              and(
                eq(compliments.authorityId, authority.id),
                inArray(compliments.idempotencyKey, keys),
              ),
            );
    const storedByKey = new Map(stored.map((c) => [c.idempotencyKey ?? '', c]));
    for (const row of complimentRows) {
      const before = storedByKey.get(complimentKey(row.caseRef));
      if (before === undefined) newCompliments.push(row);
      else if (
        before.receivedOn === row.receivedOn &&
        before.fromType === row.fromType &&
        sameList(before.teams, row.teams) &&
        before.words === row.words &&
        before.approvedWords === row.approvedWords
      ) {
        unchanged += 1;
      } else {
        errors.push({
          line: row.line,
          message: `compliment ${row.caseRef} was imported before with different details; change it in Heard rather than importing it again`,
        });
      }
    }
    const refs = plans.map((p) => p.row.caseRef);
    const storedCases =
      refs.length === 0
        ? []
        : await db
            .select()
            .from(ombudsmanCases)
            .where(
              and(
                eq(ombudsmanCases.authorityId, authority.id),
                inArray(ombudsmanCases.lgscoReference, refs),
              ),
            );
    const storedRemedies =
      storedCases.length === 0
        ? []
        : await db
            .select()
            .from(ombudsmanRemedies)
            .where(
              inArray(
                ombudsmanRemedies.caseId,
                storedCases.map((c) => c.id),
              ),
            );
    for (const plan of plans) {
      const { row } = plan;
      const before = storedCases.find((c) => c.lgscoReference === row.caseRef);
      if (before === undefined) {
        newCases.push(plan);
        continue;
      }
      const remediesBefore = storedRemedies
        .filter((r) => r.caseId === before.id)
        .map((r) =>
          remedyKey({
            remedyKind: r.kind,
            description: r.description,
            amountPence: r.amountPence,
            dueOn: r.dueOn,
            compliedOn: r.compliedOn,
          }),
        )
        .sort();
      const same =
        before.receivedOn === row.receivedOn &&
        before.area === row.area &&
        before.summary === row.summary &&
        before.decision === row.decision &&
        before.decidedOn === row.decidedOn &&
        before.closedReason === row.closedReason &&
        before.publication === row.publication &&
        sameList(remediesBefore, plan.remedies.map(remedyKey).sort());
      if (same) unchanged += 1;
      else {
        errors.push({
          line: row.line,
          message: `Ombudsman case ${row.caseRef} was imported before with different details; change it in Heard rather than importing it again`,
        });
      }
    }
  }
  return { plan: { compliments: newCompliments, ombudsmanCases: newCases, unchanged }, errors };
}

/** Stores the new compliments and Ombudsman cases, after the file's complaints. */
export async function storeRecordRows(
  tx: Executor,
  authority: Authority,
  plan: RecordRowsPlan,
): Promise<{ created: number }> {
  if (plan.compliments.length > 0) {
    await tx.insert(compliments).values(
      plan.compliments.map((row) => ({
        authorityId: authority.id,
        receivedOn: row.receivedOn,
        fromType: row.fromType,
        teams: [...row.teams],
        words: row.words,
        source: 'staff' as const,
        idempotencyKey: complimentKey(row.caseRef),
        loggedBy: null,
        // Words approved in the old system, already with names replaced (Dudley 2022-23 section 5).
        approvedWords: row.approvedWords,
        approvedAt: row.approvedWords === null ? null : sql`now()`,
      })),
    );
  }
  if (plan.ombudsmanCases.length > 0) {
    const refs = [
      ...new Set(
        plan.ombudsmanCases
          .map((p) => p.row.complaintRef)
          .filter((ref): ref is string => ref !== null),
      ),
    ];
    const complaintIds = new Map<string, string>();
    if (refs.length > 0) {
      const found = await tx
        .select({ id: complaints.id, ref: complaints.externalReference })
        .from(complaints)
        .where(
          and(
            eq(complaints.authorityId, authority.id),
            inArray(complaints.externalReference, refs),
          ),
        );
      for (const f of found) if (f.ref !== null) complaintIds.set(f.ref, f.id);
    }
    const cases = await tx
      .insert(ombudsmanCases)
      .values(
        plan.ombudsmanCases.map(({ row, responsibleStaffId }) => ({
          authorityId: authority.id,
          lgscoReference: row.caseRef,
          complaintId:
            row.complaintRef === null ? null : (complaintIds.get(row.complaintRef) ?? null),
          receivedOn: row.receivedOn,
          area: row.area,
          summary: row.summary,
          responsibleStaffId,
          decision: row.decision,
          closedReason: row.closedReason,
          decidedOn: row.decidedOn,
          publication: row.publication,
        })),
      )
      .returning({ id: ombudsmanCases.id, ref: ombudsmanCases.lgscoReference });
    const idOf = new Map(cases.map((c) => [c.ref ?? '', c.id]));
    const remedies = plan.ombudsmanCases.flatMap(({ row, remedies: list }) =>
      list.map((r) => ({
        authorityId: authority.id,
        caseId: idOf.get(row.caseRef) ?? '',
        kind: r.remedyKind,
        description: r.description,
        amountPence: r.amountPence,
        dueOn: r.dueOn,
        compliedOn: r.compliedOn,
        evidence: r.compliedOn === null ? null : 'Complied, as recorded in the imported file',
      })),
    );
    if (remedies.length > 0) await tx.insert(ombudsmanRemedies).values(remedies);
  }
  return { created: plan.compliments.length + plan.ombudsmanCases.length };
}
