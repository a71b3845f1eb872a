/**
 * The portal's procedures against a real database: complaints from helpers (with the young
 * person's consent) and with an advocate asked for, comments, following a complaint through its
 * response to the letter, and asking for the next stage, late or not.
 */
import { randomUUID } from 'node:crypto';
import {
  findAdvocacyReferralForComplaint,
  findAuthorityByCode,
  findComplaintByReference,
  listComments,
  listEvents,
  listOutbox,
} from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, statusOf, type TestApi, type TestClient } from '../harness.js';

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(500, 32),
  Buffer.from('\n%%EOF\n'),
]);

describe.each(testEngines())('portal procedures on %s', (engine) => {
  let api: TestApi;
  let portal: TestClient;
  let officer: TestClient;
  let authorityId: string;
  // Monday 23 November 2026, 10:00 in London.
  let clock = new Date('2026-11-23T10:00:00Z');
  const today = () => clock.toISOString().slice(0, 10);

  beforeAll(async () => {
    api = await startTestApi(engine, () => clock);
    portal = api.client({ client: 'portal' });
    officer = api.client();
    await officer.signIn('officer@heard.example');
    authorityId =
      (await officer.trpc.auth.me.query())?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
  });
  afterAll(async () => {
    await api.close();
  });

  const complaint = (extra: Record<string, unknown> = {}) => ({
    authorityCode: 'WBC',
    idempotencyKey: randomUUID(),
    complainantType: 'young_person' as const,
    whatHappened: 'Nobody came to my review meeting.',
    contactEmail: 'sam@example.com',
    ...extra,
  });

  async function stored(reference: string) {
    const authority = await findAuthorityByCode(api.handle.db, 'WBC');
    const row = await findComplaintByReference(api.handle.db, authority?.id ?? '', reference);
    if (!row) throw new Error(`no complaint ${reference}`);
    return row;
  }

  it('needs the young person’s agreement when someone helping complains for them', async () => {
    const without = portal.trpc.portal.submitComplaint.mutate(
      complaint({ complainantType: 'advocate', onBehalfOf: 'Sam' }),
    );
    expect(await statusOf(without)).toBe(400);
    const made = await portal.trpc.portal.submitComplaint.mutate(
      complaint({ complainantType: 'advocate', onBehalfOf: 'Sam', consentGiven: true }),
    );
    const row = await stored(made.reference);
    expect(row.consentRecorded).toBe(true);
    expect(row.onBehalfOf).toBe('Sam');
    expect(row.complainantType).toBe('advocate');
  });

  it('refers a young person who wants an advocate to the council’s provider, once', async () => {
    const input = complaint({ advocateWanted: true });
    const made = await portal.trpc.portal.submitComplaint.mutate(input);
    expect(made.advocacy?.provider?.name).toBeTruthy();
    expect(made.replyByText).toBe('Monday 7 December 2026');
    const row = await stored(made.reference);
    expect(row.advocacyOffered).toBe(true);
    expect(row.advocacyAccepted).toBe(true);
    const referral = await findAdvocacyReferralForComplaint(api.handle.db, row.authorityId, row.id);
    expect(referral?.providerName).toBe(made.advocacy?.provider?.name);
    expect(referral?.requestedBy).toBe('young_person');
    // Sent twice: one complaint, one referral.
    expect((await portal.trpc.portal.submitComplaint.mutate(input)).reference).toBe(made.reference);

    // The provider is told by mail, with how to reach the young person but not what happened.
    const mail = (await listOutbox(api.handle.db, { authorityId: row.authorityId })).filter(
      (m) => m.kind === 'advocacy.referral' && m.subject.includes(made.reference),
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]?.toAddress).toBe(referral?.providerEmail);
    expect(mail[0]?.body).toContain('Asked by: the young person');
    expect(mail[0]?.body).not.toContain('review meeting');

    // The complaints team sees the referral.
    const seen = await officer.trpc.portal.advocacyReferrals.query({ authorityId });
    expect(seen.find((r) => r.reference === made.reference)).toMatchObject({
      requestedBy: 'young_person',
      providerName: referral?.providerName,
    });
  });

  it('makes no referral when the young person says no', async () => {
    const made = await portal.trpc.portal.submitComplaint.mutate(
      complaint({ advocateWanted: false }),
    );
    expect(made.advocacy).toBeNull();
    const row = await stored(made.reference);
    expect(row.advocacyOffered).toBe(true);
    expect(row.advocacyAccepted).toBe(false);
    expect(
      await findAdvocacyReferralForComplaint(api.handle.db, row.authorityId, row.id),
    ).toBeUndefined();
  });

  it('records a comment once, for the complaints team to answer by a date', async () => {
    const input = {
      authorityCode: 'WBC',
      idempotencyKey: randomUUID(),
      fromType: 'young_person' as const,
      summary: `The youth club should open later (${randomUUID()}).`,
      contactName: 'Sam',
      contactEmail: 'sam@example.com',
    };
    const first = await portal.trpc.portal.submitComment.mutate(input);
    const again = await portal.trpc.portal.submitComment.mutate(input);
    expect(first.replyByText).toBe('Monday 7 December 2026');
    expect(again).toEqual(first);
    const page = await listComments(api.handle.db, authorityId, {
      limit: 100,
      offset: 0,
      view: 'all',
    });
    const mine = page.rows.filter((c) => c.summary.startsWith(input.summary));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.summary).toBe(`${input.summary}\n\nHow to reply:\nEmail: sam@example.com`);
    expect(mine[0]?.fromName).toBe('Sam');
    expect(mine[0]?.receivedVia).toBe('online');
    expect(mine[0]?.responsibleName).toBeTruthy();
    // No way to reply: no date to wait for.
    const anonymous = await portal.trpc.portal.submitComment.mutate({
      ...input,
      idempotencyKey: randomUUID(),
      contactName: '',
      contactEmail: '',
    });
    expect(anonymous.replyByText).toBeNull();
    const helper = portal.trpc.portal.submitComment.mutate({
      ...input,
      idempotencyKey: randomUUID(),
      fromType: 'professional',
    });
    expect(await statusOf(helper)).toBe(400);
  });

  describe('following a complaint to its reply and asking for the next stage', () => {
    let made: { reference: string; trackingCode: string };
    let complaintId: string;
    const lookup = () => ({
      authorityCode: 'WBC',
      reference: made.reference,
      trackingCode: made.trackingCode,
    });

    beforeAll(async () => {
      clock = new Date('2026-11-23T10:00:00Z');
      made = await portal.trpc.portal.submitComplaint.mutate(complaint());
      complaintId = (await stored(made.reference)).id;
    });

    it('has no letter and no next stage before the reply', async () => {
      const seen = await portal.trpc.portal.track.query(lookup());
      expect(seen.stage).toBe(1);
      expect(seen.nextStage).toBeNull();
      expect(seen.letter).toBeNull();
      expect(seen.nextDateText).toBe('Monday 7 December 2026');
      expect(
        await statusOf(
          portal.trpc.portal.requestNextStage.mutate({ ...lookup(), requestId: randomUUID() }),
        ),
      ).toBe(409);
      expect(await statusOf(portal.trpc.portal.letter.query(lookup()))).toBe(404);
    });

    it('offers the response letter once it is sent, and only with the right code', async () => {
      const staff = await officer.trpc.staff.list.query({ authorityId });
      const responder = staff.find((s) => s.roles.includes('responding_manager'));
      // The clock moves on by days, so the officer's session would expire: sign in each time.
      const record = async (event: Record<string, unknown>) => {
        await officer.signIn('officer@heard.example');
        return officer.trpc.complaints.recordEvent.mutate({
          authorityId,
          complaintId,
          requestId: randomUUID(),
          event: event as never,
        });
      };
      clock = new Date('2026-11-24T10:00:00Z');
      await record({ type: 'acknowledged', on: today() });
      clock = new Date('2026-12-01T10:00:00Z');
      await record({
        type: 'responded',
        on: today(),
        outcomes: [{ issue: 'Communication', outcome: 'upheld' }],
        respondedBy: { id: responder?.id ?? '', name: responder?.name ?? '' },
      });
      const upload = await fetch(
        `${api.url}/files/${authorityId}/complaints/${complaintId}/attachments`,
        {
          method: 'POST',
          headers: {
            'x-heard-client': 'test',
            'x-csrf-token': officer.csrfToken ?? '',
            'x-file-name': encodeURIComponent('Our reply.pdf'),
            'x-attachment-kind': 'letter',
            'content-type': 'application/octet-stream',
            cookie: [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          },
          body: pdf,
        },
      );
      expect(upload.status).toBe(201);

      const seen = await portal.trpc.portal.track.query(lookup());
      expect(seen.letter?.fileName).toBe('Our reply.pdf');
      expect(seen.nextStage).toMatchObject({ to: 2, late: false, becauseWeAreLate: false });
      expect(seen.nextStage?.askByText).toBeTruthy();
      const letter = await portal.trpc.portal.letter.query(lookup());
      expect(letter.contentType).toBe('application/pdf');
      expect(Buffer.from(letter.contentBase64, 'base64').equals(pdf)).toBe(true);
      expect(
        await statusOf(
          portal.trpc.portal.letter.query({ ...lookup(), trackingCode: 'AAAA-BBBB-CCCC' }),
        ),
      ).toBe(404);
    });

    it('never shows one complaint to the holder of another’s code', async () => {
      const other = await portal.trpc.portal.submitComplaint.mutate(
        complaint({ complainantType: 'parent_carer' }),
      );
      const crossed = { ...lookup(), trackingCode: other.trackingCode };
      expect(await statusOf(portal.trpc.portal.track.query(crossed))).toBe(404);
      expect(await statusOf(portal.trpc.portal.letter.query(crossed))).toBe(404);
      expect(
        await statusOf(
          portal.trpc.portal.requestNextStage.mutate({ ...crossed, requestId: randomUUID() }),
        ),
      ).toBe(404);
    });

    it('takes a late request for the next stage kindly, and a repeat once', async () => {
      // Well past the 20 working days advised after the reply (reg 18; Isle of Wight 2021 §2.11).
      clock = new Date('2027-02-15T10:00:00Z');
      const seen = await portal.trpc.portal.track.query(lookup());
      expect(seen.nextStage).toMatchObject({ to: 2, late: true });
      const requestId = randomUUID();
      const asked = await portal.trpc.portal.requestNextStage.mutate({ ...lookup(), requestId });
      expect(asked).toMatchObject({ stage: 2, late: true });
      const again = await portal.trpc.portal.requestNextStage.mutate({ ...lookup(), requestId });
      expect(again.stage).toBe(2);
      const events = await listEvents(api.handle.db, complaintId);
      expect(events.filter((e) => e.type === 'escalation_requested')).toHaveLength(1);
      const after = await portal.trpc.portal.track.query(lookup());
      expect(after.stage).toBe(2);
      expect(after.nextStage).toBeNull();
      expect(
        await statusOf(
          portal.trpc.portal.requestNextStage.mutate({ ...lookup(), requestId: randomUUID() }),
        ),
      ).toBe(409);
    });
  });
});
