/**
 * `recordNewComplaints` writes in a few multi-row statements what `recordNewComplaint` writes one
 * complaint at a time: the same complaint rows (projection and reference included), events, stage
 * facts and audit trail. Two authorities with the same settings get the same cases, one by each
 * path, and every row is compared except ids, timestamps and the authority code in the reference.
 */
import { readFile } from 'node:fs/promises';
import type { CaseEvent } from '@heard/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IMPORTED_WHAT_HAPPENED,
  buildCases,
  contextFor,
  createAuthority,
  parseHistoricCasesCsv,
  recordNewComplaint,
  recordNewComplaints,
  schema,
  type Authority,
  type DatabaseHandle,
  type NewComplaintToRecord,
} from '../src/index.js';
import { openTestDatabase, testEngines } from '../src/testing.js';

const TODAY = '2026-11-22';
const SETTINGS = { corporatePolicy: 'twenty_and_fifteen_working_days' } as const;

/** Every kind of history the import makes: each stage, holds, extensions, withdrawals, unanswered. */
const MORE_CASES = [
  'M-1,complaint,statutory,1,2021-05-04,,no,,,2021-05-14,,,upheld,Children Looked After,Future First,Placement,Communication;Contact,young_person,care_leaver,email,,,,',
  'M-1,complaint,statutory,2,2021-05-20,2021-06-01,yes,2021-06-07,2021-06-14,2021-08-20,,,partly_upheld,,,,,,,,,,,',
  'M-2,complaint,statutory,1,04/05/2021,,yes,,,21/05/2021,,,not_upheld,"Advice, Support and Help",MASH,"Staff ""attitude""",,parent_carer,child_in_need,letter,,,,',
  'M-3,complaint,corporate,1,2021-06-01,,no,,,2021-06-08,,,withdrawn,Education,,Transport,,parent_carer,,online,,,,',
  'M-4,complaint,statutory,1,2021-06-01,,no,,,2021-06-10,,,not_upheld,CLA,CLA locality teams,Contact,,parent_carer,child_looked_after,email,,,,',
  'M-4,complaint,statutory,2,2021-06-14,,yes,,,2021-08-02,,,not_upheld,,,,,,,,,,,',
  'M-4,complaint,statutory,3,2021-08-04,,no,,,2021-10-20,2021-09-20,2021-09-24,partly_upheld,,,,,,,,,,,',
  'M-5,complaint,statutory,1,2022-02-01,,no,,,,,,,CLA,Future First,Placement,,advocate,care_leaver,app,,,,',
  'M-6,complaint,corporate,1,2022-03-01,,no,,,2022-03-20,,,upheld,Education,,Transport,,other,,telephone,,,,',
  'M-6,complaint,corporate,2,2022-04-04,,no,,,2022-05-03,,,not_upheld,,,,,,,,,,,',
];

async function historicCases(authority: Authority): Promise<NewComplaintToRecord[]> {
  const example = await readFile(
    new URL('../../../docs/examples/historic-cases.csv', import.meta.url),
    'utf8',
  );
  const lines = [...example.trim().split('\n'), ...MORE_CASES];
  const parsed = parseHistoricCasesCsv(lines.join('\n'));
  expect(parsed.errors).toEqual([]);
  const { cases, errors } = buildCases(
    parsed.stageRows,
    parsed.childRows,
    contextFor(authority, TODAY),
  );
  expect(errors).toEqual([]);
  return cases.map((c) => ({
    input: {
      trackingCodeHash: null,
      idempotencyKey: null,
      complainantName: null,
      contactEmail: null,
      contactPhone: null,
      whatHappened: IMPORTED_WHAT_HAPPENED,
      desiredOutcome: null,
      ...c.complaint,
      externalReference: c.caseRef,
    },
    events: c.events,
  }));
}

/** A complaint as the portal sends one, with its idempotency key and contact details. */
function portalCase(key: string, receivedOn: string): NewComplaintToRecord {
  const events: CaseEvent[] = [
    { type: 'received', on: receivedOn, procedure: 'statutory', channel: 'online' },
  ];
  return {
    input: {
      trackingCodeHash: `hash-${key}`,
      idempotencyKey: key,
      complainantName: 'Sam',
      contactEmail: 'sam@example.org',
      contactPhone: null,
      whatHappened: 'My social worker did not come to my review.',
      desiredOutcome: 'An apology',
      receivedOn,
      receivedVia: 'online',
      complainantType: 'young_person',
    },
    events,
  };
}

/** Everything the two paths wrote for an authority, without ids, timestamps or its code. */
async function written(handle: DatabaseHandle, authority: Authority) {
  const { db } = handle;
  const complaints = await db
    .select()
    .from(schema.complaints)
    .where(eq(schema.complaints.authorityId, authority.id))
    .orderBy(asc(schema.complaints.reference));
  const ids = new Map(complaints.map((c, i) => [c.id, i]));
  const events = await db
    .select()
    .from(schema.caseEvents)
    .where(eq(schema.caseEvents.authorityId, authority.id));
  const stages = await db
    .select()
    .from(schema.complaintStages)
    .where(eq(schema.complaintStages.authorityId, authority.id));
  const audit = await db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.authorityId, authority.id));
  const byPlace = <T extends { place: number; sequence?: number; stage?: number }>(rows: T[]) =>
    rows.sort(
      (a, b) =>
        a.place - b.place ||
        (a.sequence ?? 0) - (b.sequence ?? 0) ||
        (a.stage ?? 0) - (b.stage ?? 0),
    );
  return {
    complaints: complaints.map(
      ({ id: _id, authorityId: _a, createdAt: _c, updatedAt: _u, reference, ...rest }) => ({
        ...rest,
        reference: reference.slice(authority.code.length),
      }),
    ),
    events: byPlace(
      events.map(({ id: _id, authorityId: _a, complaintId, recordedAt: _r, ...rest }) => ({
        place: ids.get(complaintId) ?? -1,
        ...rest,
      })),
    ),
    stages: byPlace(
      stages.map(({ authorityId: _a, complaintId, ...rest }) => ({
        place: ids.get(complaintId) ?? -1,
        ...rest,
      })),
    ),
    audit: audit.map(({ id: _id, authorityId: _a, complaintId, at: _at, ...rest }) => ({
      place: complaintId === null ? null : (ids.get(complaintId) ?? -1),
      ...rest,
    })),
  };
}

describe.each(testEngines())('recording many new complaints at once on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('writes row for row what recordNewComplaint writes for each case', async () => {
    const { db } = handle;
    const oneByOne = await createAuthority(db, { code: 'ONE', name: 'One', settings: SETTINGS });
    const batched = await createAuthority(db, { code: 'TWO', name: 'Two', settings: SETTINGS });
    const cases = [
      portalCase('key-1', '2021-05-04'),
      ...(await historicCases(oneByOne)),
      portalCase('key-2', '2022-01-10'),
    ];
    expect(cases.length).toBeGreaterThan(12);
    const options = { today: TODAY, recordedBy: null };

    await db.transaction(async (tx) => {
      for (const c of cases) await recordNewComplaint(tx, oneByOne, c.input, c.events, options);
    });
    // In two batches, so the second carries on the first's references.
    const results = await db.transaction(async (tx) => [
      ...(await recordNewComplaints(tx, batched, cases.slice(0, 5), options)),
      ...(await recordNewComplaints(tx, batched, cases.slice(5), options)),
    ]);

    expect(results.every((r) => r.created)).toBe(true);
    const expected = await written(handle, oneByOne);
    const actual = await written(handle, batched);
    expect(actual.complaints).toHaveLength(cases.length);
    expect(actual.stages.length).toBeGreaterThan(cases.length);
    expect(actual.complaints).toEqual(expected.complaints);
    expect(actual.events).toEqual(expected.events);
    expect(actual.stages).toEqual(expected.stages);
    expect(actual.audit).toEqual(expected.audit);
  });

  it('gives back the complaint an idempotency key already made, in the database or the batch', async () => {
    const { db } = handle;
    const authority = await createAuthority(db, { code: 'KEY', name: 'Key', settings: SETTINGS });
    const options = { today: TODAY, recordedBy: null };
    const [first] = await recordNewComplaints(
      db,
      authority,
      [portalCase('again', '2023-06-01')],
      options,
    );
    const results = await db.transaction((tx) =>
      recordNewComplaints(
        tx,
        authority,
        [
          portalCase('again', '2023-06-01'),
          portalCase('new', '2023-06-02'),
          portalCase('new', '2023-06-02'),
        ],
        options,
      ),
    );
    expect(results.map((r) => r.created)).toEqual([false, true, false]);
    expect(results[0]?.complaint.id).toBe(first?.complaint.id);
    expect(results[2]?.complaint.id).toBe(results[1]?.complaint.id);
    const stored = await db
      .select({ reference: schema.complaints.reference })
      .from(schema.complaints)
      .where(eq(schema.complaints.authorityId, authority.id))
      .orderBy(asc(schema.complaints.reference));
    expect(stored.map((r) => r.reference)).toEqual(['KEY-23-00001', 'KEY-23-00002']);
  });
});
