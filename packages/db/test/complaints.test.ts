import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthority,
  findComplaintByReference,
  insertComplaint,
  listComplaints,
  listEvents,
  nextReference,
  recordAudit,
  type DatabaseHandle,
} from '../src/index.js';
import { openTestDatabase, testEngines } from '../src/testing.js';

describe.each(testEngines())('complaints on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  const newComplaint = (authorityId: string, reference: string) => ({
    authorityId,
    reference,
    trackingCodeHash: 'hash',
    idempotencyKey: null,
    receivedOn: '2026-11-20',
    receivedVia: 'online',
    complainantType: 'young_person' as const,
    complainantName: null,
    contactEmail: null,
    contactPhone: null,
    whatHappened: 'My social worker never calls me back.',
    desiredOutcome: null,
  });
  const projection = { procedure: null, stage: 1, state: 'received', nextDueOn: '2026-12-04' };

  it('numbers references per authority and year without gaps', async () => {
    const a = await createAuthority(handle.db, { code: 'AAA', name: 'A Council' });
    const b = await createAuthority(handle.db, { code: 'BBB', name: 'B Council' });
    expect(await nextReference(handle.db, a, 2026)).toBe('AAA-26-00001');
    expect(await nextReference(handle.db, a, 2026)).toBe('AAA-26-00002');
    expect(await nextReference(handle.db, b, 2026)).toBe('BBB-26-00001');
    expect(await nextReference(handle.db, a, 2027)).toBe('AAA-27-00001');
    const many = await Promise.all(
      Array.from({ length: 20 }, () => nextReference(handle.db, b, 2030)),
    );
    expect(new Set(many).size).toBe(20);
  });

  it('keeps each authority’s complaints apart', async () => {
    const a = await createAuthority(handle.db, { code: 'CCC', name: 'C Council' });
    const b = await createAuthority(handle.db, { code: 'DDD', name: 'D Council' });
    await handle.db.transaction(async (tx) => {
      await insertComplaint(
        tx,
        newComplaint(a.id, 'CCC-26-00001'),
        projection,
        [{ type: 'received', on: '2026-11-20', channel: 'online' }],
        null,
      );
    });
    expect(await findComplaintByReference(handle.db, a.id, 'CCC-26-00001')).toBeDefined();
    expect(await findComplaintByReference(handle.db, b.id, 'CCC-26-00001')).toBeUndefined();
    expect(
      (
        await listComplaints(handle.db, b.id, {
          limit: 10,
          offset: 0,
          today: '2026-11-23',
          weekEndsOn: '2026-11-29',
        })
      ).total,
    ).toBe(0);
    const page = await listComplaints(handle.db, a.id, {
      limit: 10,
      offset: 0,
      today: '2026-11-23',
      weekEndsOn: '2026-11-29',
    });
    expect(page.total).toBe(1);
    const first = page.rows[0];
    expect(first?.reference).toBe('CCC-26-00001');
    const events = await listEvents(handle.db, first?.id ?? '');
    expect(events.map((e) => [e.sequence, e.type, e.occurredOn])).toEqual([
      [1, 'received', '2026-11-20'],
    ]);
    expect(events[0]?.payload).toEqual({ type: 'received', on: '2026-11-20', channel: 'online' });
  });

  it('refuses to change or delete the audit log and the case history', async () => {
    const a = await createAuthority(handle.db, { code: 'EEE', name: 'E Council' });
    await recordAudit(handle.db, { authorityId: a.id, action: 'complaint.viewed' });
    await expect(handle.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from case_events`)).rejects.toThrow();
  });

  it('rolls back a failed transaction completely', async () => {
    const a = await createAuthority(handle.db, { code: 'FFF', name: 'F Council' });
    await expect(
      handle.db.transaction(async (tx) => {
        await insertComplaint(tx, newComplaint(a.id, 'FFF-26-00001'), projection, [], null);
        throw new Error('fail after insert');
      }),
    ).rejects.toThrow('fail after insert');
    expect(await findComplaintByReference(handle.db, a.id, 'FFF-26-00001')).toBeUndefined();
  });
});

describe('the complaint projection', () => {
  it('keeps a deadline that has passed as the next one due until it is met', async () => {
    const { evaluateStoredCase, projectionOf } = await import('../src/casework.js');
    const evaluation = evaluateStoredCase(
      { settings: {} },
      [
        { type: 'received', on: '2026-10-01', procedure: 'statutory' },
        { type: 'acknowledged', on: '2026-10-02' },
      ],
      '2026-11-23',
    );
    const projection = projectionOf(evaluation);
    expect(projection.state).toBe('stage1_awaiting_response');
    // Ten working days after Thursday 1 October 2026.
    expect(projection.nextDueOn).toBe('2026-10-15');
  });
});
