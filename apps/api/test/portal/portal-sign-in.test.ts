/**
 * Signing in to the portal by a one-time email link (docs/decisions/0011), against a real
 * database: the same answer for known and unknown addresses, a link that works once and expires,
 * "Your complaints" showing only the complaints made with that address, the idle and absolute
 * ends of a session, and the advocates' area.
 */
import { randomUUID } from 'node:crypto';
import { findAuthorityByCode, listOutbox } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, statusOf, type TestApi, type TestClient } from '../harness.js';
import { shortName } from '../../src/routers/portal/advocates.js';

describe('shortName', () => {
  it('keeps the first name and the initials of the others', () => {
    expect(shortName('Alex Jordan Smith')).toBe('Alex J. S.');
    expect(shortName('  Alex ')).toBe('Alex');
    expect(shortName(null)).toBeNull();
  });
});

describe.each(testEngines())('portal sign-in on %s', (engine) => {
  let api: TestApi;
  let portal: TestClient;
  // Monday 23 November 2026, 10:00 in London.
  let clock = new Date('2026-11-23T10:00:00Z');
  const later = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };

  beforeAll(async () => {
    api = await startTestApi(engine, () => clock);
    portal = api.client({ client: 'portal' });
  });
  afterAll(async () => {
    await api.close();
  });

  async function complain(email: string, complainantType: 'young_person' | 'parent_carer') {
    return portal.trpc.portal.submitComplaint.mutate({
      authorityCode: 'WBC',
      idempotencyKey: randomUUID(),
      complainantType,
      whatHappened: 'Nobody came to my review meeting.',
      contactEmail: email,
      ...(complainantType === 'parent_carer' ? { onBehalfOf: 'Robin Jones' } : {}),
    });
  }

  /** The link in the newest sign-in mail to this address, as the person would read it. */
  async function linkTokenFor(email: string): Promise<string | undefined> {
    const mail = (await listOutbox(api.handle.db))
      .filter((m) => m.kind === 'portal.sign_in_link' && m.toAddress === email)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    return mail?.body.match(/sign-in\/link\?token=([\w-]+)/)?.[1];
  }

  async function signInAs(email: string, kind: 'contact' | 'advocate') {
    await portal.trpc.portal.requestSignInLink.mutate({ authorityCode: 'WBC', email, kind });
    const token = await linkTokenFor(email.toLowerCase());
    if (token === undefined) throw new Error(`no link for ${email}`);
    return portal.trpc.portal.signIn.mutate({ authorityCode: 'WBC', token });
  }

  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const made = await complain('parent@example.com', 'parent_carer');
    expect(made.reference).toMatch(/^WBC-/);
    const known = await portal.trpc.portal.requestSignInLink.mutate({
      authorityCode: 'WBC',
      email: ' Parent@Example.com ',
      kind: 'contact',
    });
    const unknown = await portal.trpc.portal.requestSignInLink.mutate({
      authorityCode: 'WBC',
      email: 'stranger@example.com',
      kind: 'contact',
    });
    expect(unknown).toEqual(known);
    expect(await linkTokenFor('parent@example.com')).toMatch(/^[\w-]{40,}$/);
    expect(await linkTokenFor('stranger@example.com')).toBeUndefined();
    const mail = (await listOutbox(api.handle.db)).find(
      (m) => m.toAddress === 'parent@example.com' && m.kind === 'portal.sign_in_link',
    );
    expect(mail?.body).toContain('http://localhost:3000/wbc/sign-in/link?token=');
    expect(mail?.body).not.toContain('review meeting');
  });

  it('keeps only hashes of link tokens', async () => {
    const token = (await linkTokenFor('parent@example.com')) ?? '';
    expect(token).not.toBe('');
    const links = await api.handle.db.execute(sql`select token_hash from portal_sign_in_links`);
    expect(JSON.stringify(links)).toContain('token_hash');
    expect(JSON.stringify(links)).not.toContain(token);
  });

  it('lets a link sign in once, and not after 20 minutes', async () => {
    await portal.trpc.portal.requestSignInLink.mutate({
      authorityCode: 'WBC',
      email: 'parent@example.com',
      kind: 'contact',
    });
    const token = (await linkTokenFor('parent@example.com')) ?? '';
    const first = await portal.trpc.portal.signIn.mutate({ authorityCode: 'WBC', token });
    expect(first.kind).toBe('contact');
    // The used link no longer sits in the outbox.
    expect(JSON.stringify(await listOutbox(api.handle.db))).not.toContain(token);
    expect(await statusOf(portal.trpc.portal.signIn.mutate({ authorityCode: 'WBC', token }))).toBe(
      404,
    );

    await portal.trpc.portal.requestSignInLink.mutate({
      authorityCode: 'WBC',
      email: 'parent@example.com',
      kind: 'contact',
    });
    const stale = (await linkTokenFor('parent@example.com')) ?? '';
    later(20 * 60 + 1);
    expect(
      await statusOf(portal.trpc.portal.signIn.mutate({ authorityCode: 'WBC', token: stale })),
    ).toBe(404);
  });

  it('shows a parent only the complaints made with their address, each with its status', async () => {
    const mine = await complain('carer@example.com', 'parent_carer');
    await complain('someone.else@example.com', 'young_person');
    const { sessionToken } = await signInAs('carer@example.com', 'contact');
    const list = await portal.trpc.portal.myComplaints.query({ sessionToken });
    expect(list.map((c) => c.reference)).toEqual([mine.reference]);
    const status = await portal.trpc.portal.myComplaint.query({
      sessionToken,
      reference: mine.reference,
    });
    expect(status.stageName).toBe('Stage 1: we look at what is wrong');
    expect(status.audience).toBe('parent_carer');

    const other = (await listOutbox(api.handle.db)).length; // unrelated: no mail for looking
    expect(other).toBeGreaterThan(0);
    const theirs = await complain('another@example.com', 'young_person');
    expect(
      await statusOf(
        portal.trpc.portal.myComplaint.query({ sessionToken, reference: theirs.reference }),
      ),
    ).toBe(404);
    expect(await statusOf(portal.trpc.portal.advocateReferrals.query({ sessionToken }))).toBe(403);
  });

  it('ends a session after 20 minutes idle, keeps it alive when extended, and on sign-out', async () => {
    const { sessionToken, idleSeconds } = await signInAs('carer@example.com', 'contact');
    expect(idleSeconds).toBe(1200);
    later(19 * 60);
    await portal.trpc.portal.extendSession.mutate({ sessionToken });
    later(19 * 60);
    expect((await portal.trpc.portal.session.query({ sessionToken }))?.kind).toBe('contact');
    later(20 * 60 + 1);
    expect(await portal.trpc.portal.session.query({ sessionToken })).toBeNull();
    expect(await statusOf(portal.trpc.portal.myComplaints.query({ sessionToken }))).toBe(401);

    const again = await signInAs('carer@example.com', 'contact');
    await portal.trpc.portal.signOut.mutate({ sessionToken: again.sessionToken });
    expect(
      await statusOf(portal.trpc.portal.myComplaints.query({ sessionToken: again.sessionToken })),
    ).toBe(401);
  });

  it('ends a session two hours after sign-in however active', async () => {
    const { sessionToken } = await signInAs('carer@example.com', 'contact');
    for (let i = 0; i < 7; i++) {
      later(15 * 60);
      await portal.trpc.portal.extendSession.mutate({ sessionToken });
    }
    later(16 * 60);
    expect(await portal.trpc.portal.session.query({ sessionToken })).toBeNull();
  });

  it('sends at most five links to one address in 20 minutes', async () => {
    const before = (await listOutbox(api.handle.db)).filter(
      (m) => m.toAddress === 'carer@example.com',
    ).length;
    later(21 * 60);
    for (let i = 0; i < 7; i++) {
      await portal.trpc.portal.requestSignInLink.mutate({
        authorityCode: 'WBC',
        email: 'carer@example.com',
        kind: 'contact',
      });
    }
    const after = (await listOutbox(api.handle.db)).filter(
      (m) => m.toAddress === 'carer@example.com',
    ).length;
    expect(after - before).toBe(5);
    later(21 * 60);
  });

  describe('the advocates’ area', () => {
    it('signs in only a known advocate, and a contact link is not an advocate’s', async () => {
      await portal.trpc.portal.requestSignInLink.mutate({
        authorityCode: 'WBC',
        email: 'carer@example.com',
        kind: 'advocate',
      });
      const before = (await listOutbox(api.handle.db)).length;
      await portal.trpc.portal.requestSignInLink.mutate({
        authorityCode: 'WBC',
        email: 'northmoor.advocate@heard.example',
        kind: 'advocate',
      });
      expect((await listOutbox(api.handle.db)).length).toBe(before);
      const advocate = await signInAs('advocate@heard.example', 'advocate');
      expect(advocate.kind).toBe('advocate');
      expect(
        await statusOf(
          portal.trpc.portal.myComplaints.query({ sessionToken: advocate.sessionToken }),
        ),
      ).toBe(403);
    });

    it('lists the provider’s referrals with first names only, supports one, and refers a case', async () => {
      const referred = await portal.trpc.portal.submitComplaint.mutate({
        authorityCode: 'WBC',
        idempotencyKey: randomUUID(),
        complainantType: 'young_person',
        whatHappened: 'I want help to say what is wrong.',
        contactName: 'Alex Jordan',
        contactEmail: 'alex@example.com',
        advocateWanted: true,
      });
      const { sessionToken } = await signInAs('advocate@heard.example', 'advocate');
      const referrals = await portal.trpc.portal.advocateReferrals.query({ sessionToken });
      const row = referrals.find((r) => r.reference === referred.reference);
      expect(row).toMatchObject({ youngPerson: 'Alex J.', status: 'waiting' });
      expect(JSON.stringify(referrals)).not.toContain('Jordan');

      expect(
        await statusOf(
          portal.trpc.portal.myComplaint.query({ sessionToken, reference: referred.reference }),
        ),
      ).toBe(404);
      await portal.trpc.portal.supportReferral.mutate({
        sessionToken,
        complaintId: row?.complaintId ?? '',
      });
      await portal.trpc.portal.supportReferral.mutate({
        sessionToken,
        complaintId: row?.complaintId ?? '',
      });
      const after = await portal.trpc.portal.advocateReferrals.query({ sessionToken });
      expect(after.find((r) => r.reference === referred.reference)?.status).toBe(
        'supported_by_you',
      );

      const made = await portal.trpc.portal.referCase.mutate({
        sessionToken,
        idempotencyKey: randomUUID(),
        onBehalfOf: 'Robin Lee',
        consentGiven: true,
        whatHappened: 'Robin was moved without being asked.',
      });
      const cases = await portal.trpc.portal.advocateCases.query({ sessionToken });
      expect(cases.map((c) => [c.reference, c.how]).sort()).toEqual(
        [
          [referred.reference, 'referral'],
          [made.reference, 'made'],
        ].sort(),
      );
      const status = await portal.trpc.portal.myComplaint.query({
        sessionToken,
        reference: made.reference,
      });
      expect(status.stage).toBe(1);
      const authority = await findAuthorityByCode(api.handle.db, 'WBC');
      expect(authority).toBeDefined();

      expect(
        await statusOf(
          portal.trpc.portal.referCase.mutate({
            sessionToken,
            idempotencyKey: randomUUID(),
            onBehalfOf: 'Robin',
            consentGiven: false as never,
            whatHappened: 'No agreement.',
          }),
        ),
      ).toBe(400);
    });
  });
});
