/**
 * Journeys saved on the portal to finish later, against a real database: what is stored is only
 * what the portal sealed (never the answers or the code in clear), a draft is found by its lookup
 * id for 28 days and not after, one kind answer covers unknown, expired and deleted drafts, the
 * code is mailed once and the mail goes with the draft, and the reminder scan deletes expired
 * drafts.
 */
import { randomBytes } from 'node:crypto';
import { listOutbox, schema } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueDueReminders } from '../../src/reminders/scan.js';
import { startTestApi, statusOf, type TestApi, type TestClient } from '../harness.js';

const lookupId = () => randomBytes(32).toString('hex');

/** Stands in for the portal's sealing: the API only ever sees bytes. */
function sealed(words: string) {
  const plain = Buffer.from(JSON.stringify({ step: 'what-happened', values: { words } }));
  // Not real encryption: enough to show the API stores what it is given, byte for byte.
  const ciphertext = Buffer.from(plain.map((b) => b ^ 0x5a));
  return {
    salt: randomBytes(16).toString('base64url'),
    iv: randomBytes(12).toString('base64url'),
    ciphertext: ciphertext.toString('base64url'),
  };
}

describe.each(testEngines())('saved portal journeys on %s', (engine) => {
  let api: TestApi;
  let portal: TestClient;
  // Monday 23 November 2026, 10:00 in London.
  let clock = new Date('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    api = await startTestApi(engine, () => clock);
    portal = api.client({ client: 'portal' });
  });
  afterAll(async () => {
    await api.close();
  });

  const save = (id: string, words: string, extra: { replacesLookupId?: string } = {}) =>
    portal.trpc.portal.saveDraft.mutate({
      authorityCode: 'WBC',
      journey: 'complaint',
      lookupId: id,
      ...sealed(words),
      ...extra,
    });

  it('keeps what the portal sealed for 28 days, and nothing in clear', async () => {
    const id = lookupId();
    const words = 'My social worker never calls me back';
    const input = sealed(words);
    const saved = await portal.trpc.portal.saveDraft.mutate({
      authorityCode: 'WBC',
      journey: 'complaint',
      lookupId: id,
      ...input,
    });
    expect(saved.expiresOnText).toBe('Monday 21 December 2026');

    const rows = await api.handle.db.select().from(schema.portalDrafts);
    const row = rows.find((r) => r.ciphertext.toString('base64url') === input.ciphertext);
    expect(row).toBeDefined();
    expect(row?.journey).toBe('complaint');
    expect(row?.expiresAt.toISOString()).toBe('2026-12-21T10:00:00.000Z');
    // The lookup id itself is not stored, only its hash; the words appear nowhere.
    const stored = JSON.stringify(rows, (_k, v: unknown) =>
      Buffer.isBuffer(v) ? v.toString('latin1') : v,
    );
    expect(stored).not.toContain(id);
    expect(stored).not.toContain(words);
    expect(stored).not.toContain('social worker');

    const back = await portal.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: id });
    expect(back).toMatchObject({ journey: 'complaint', ...input });
  });

  it('gives one answer for a lookup id never saved, another council’s, and a deleted one', async () => {
    const id = lookupId();
    await save(id, 'Saved for Westbridge');
    const never = portal.trpc.portal.resumeDraft.query({
      authorityCode: 'WBC',
      lookupId: lookupId(),
    });
    const elsewhere = portal.trpc.portal.resumeDraft.query({ authorityCode: 'NMC', lookupId: id });
    expect(await statusOf(never)).toBe(404);
    expect(await statusOf(elsewhere)).toBe(404);

    await portal.trpc.portal.deleteDraft.mutate({ authorityCode: 'WBC', lookupId: id });
    const deleted = portal.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: id });
    expect(await statusOf(deleted)).toBe(404);
    expect(
      await statusOf(portal.trpc.portal.deleteDraft.mutate({ authorityCode: 'WBC', lookupId: id })),
    ).toBe(404);
  });

  it('replaces a draft saved again, and refuses the same save twice', async () => {
    const first = lookupId();
    const second = lookupId();
    await save(first, 'First go');
    expect(await statusOf(save(first, 'First go'))).toBe(409);
    await save(second, 'Second go', { replacesLookupId: first });
    expect(
      await statusOf(
        portal.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: first }),
      ),
    ).toBe(404);
    const back = await portal.trpc.portal.resumeDraft.query({
      authorityCode: 'WBC',
      lookupId: second,
    });
    expect(back.journey).toBe('complaint');
  });

  it('refuses what the portal would never send', async () => {
    const bad = portal.trpc.portal.saveDraft.mutate({
      authorityCode: 'WBC',
      journey: 'complaint',
      lookupId: 'not-hex',
      ...sealed('x'),
    });
    expect(await statusOf(bad)).toBe(400);
  });

  it('mails the code once, with the link and no answers, and deletes the mail with the draft', async () => {
    const id = lookupId();
    await save(id, 'Words that must not be mailed');
    const mail = {
      authorityCode: 'WBC',
      lookupId: id,
      returnCode: '7kqm 4x2p 9hdt',
      email: 'sam@example.com',
    };
    expect(await portal.trpc.portal.emailDraftCode.mutate(mail)).toEqual({ sent: true });
    expect(await portal.trpc.portal.emailDraftCode.mutate(mail)).toEqual({ sent: false });
    const sent = (await listOutbox(api.handle.db)).filter((m) => m.kind === 'portal.draft_code');
    const ours = sent.filter((m) => m.body.includes('7KQM-4X2P-9HDT'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.toAddress).toBe('sam@example.com');
    expect(ours[0]?.body).toContain('http://localhost:3000/wbc/come-back');
    expect(ours[0]?.body).not.toContain('Words that must not be mailed');

    await portal.trpc.portal.deleteDraft.mutate({ authorityCode: 'WBC', lookupId: id });
    const after = (await listOutbox(api.handle.db)).filter((m) =>
      m.body.includes('7KQM-4X2P-9HDT'),
    );
    expect(after).toHaveLength(0);
    // Nothing saved with that id any more: nothing to mail.
    expect(await statusOf(portal.trpc.portal.emailDraftCode.mutate(mail))).toBe(404);
  });

  it('forgets a draft after 28 days, on reading it or at the reminder scan', async () => {
    const readLate = lookupId();
    const scannedLate = lookupId();
    const stillFresh = lookupId();
    await save(readLate, 'Read too late');
    await save(scannedLate, 'Scanned too late');
    clock = new Date('2026-12-21T09:59:00Z');
    await save(stillFresh, 'Saved later');
    expect(
      (await portal.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: readLate }))
        .journey,
    ).toBe('complaint');

    clock = new Date('2026-12-21T10:00:00Z');
    expect(
      await statusOf(
        portal.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: readLate }),
      ),
    ).toBe(404);
    const result = await enqueueDueReminders(api.handle.db, {
      now: clock,
      leadWorkingDays: 2,
      adminBaseUrl: 'https://heard.example',
    });
    expect(result.expiredDrafts).toBeGreaterThanOrEqual(1);
    const left = await api.handle.db.select().from(schema.portalDrafts);
    expect(left.every((r) => r.expiresAt.getTime() > clock.getTime())).toBe(true);
    expect(
      (await portal.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: stillFresh }))
        .journey,
    ).toBe('complaint');
  });
});
