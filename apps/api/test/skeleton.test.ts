import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { eq } from 'drizzle-orm';
import { startTestApi, statusOf, type TestApi } from './harness.js';

describe.each(testEngines())('API on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports health with the database', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('sends security headers', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses state-changing requests that do not come from a Heard client', async () => {
    const forged = await fetch(`${api.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'officer@heard.example', password: 'heard-demo-password' }),
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie')).toBeNull();
  });

  it('a badly percent-encoded path or session cookie is refused or ignored, never a 500', async () => {
    const path = await fetch(`${api.url}/trpc/auth.signIn%E0%A4%A,auth.me`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-heard-client': 'test' },
      body: '{}',
    });
    expect(path.status).toBe(400);
    const cookie = await fetch(`${api.url}/trpc/auth.me`, {
      headers: { cookie: 'heard_session=%E0%A4%A' },
    });
    expect(cookie.status).toBe(200);
  });

  it('refuses bodies over the size limit', async () => {
    const res = await fetch(`${api.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-heard-client': 'test' },
      body: JSON.stringify({ email: 'x'.repeat(200_000), password: 'y' }),
    });
    expect(res.status).toBe(413);
  });

  it('a retry of a submission whose answer was lost gets its reference and a fresh code', async () => {
    const portal = api.client({ client: 'portal' });
    const input = {
      authorityCode: 'WBC',
      idempotencyKey: crypto.randomUUID(),
      complainantType: 'young_person' as const,
      whatHappened: 'My answer never arrived.',
    };
    const first = await portal.trpc.portal.submitComplaint.mutate(input);
    const again = await portal.trpc.portal.submitComplaint.mutate(input);
    expect(again.reference).toBe(first.reference);
    expect(again.trackingCode).not.toBe(first.trackingCode);
    expect(again.replyBy).toBe(first.replyBy);
    const look = (trackingCode: string) =>
      portal.trpc.portal.track.query({
        authorityCode: 'WBC',
        reference: first.reference,
        trackingCode,
      });
    // The first code, which may never have reached its maker, stops working; the new one works.
    expect(await statusOf(look(first.trackingCode))).toBe(404);
    expect((await look(again.trackingCode)).reference).toBe(first.reference);
    const rows = await api.handle.db
      .select({ id: schema.complaints.id })
      .from(schema.complaints)
      .where(eq(schema.complaints.idempotencyKey, input.idempotencyKey));
    expect(rows).toHaveLength(1);
  });

  it('takes a complaint from the portal and lets its maker, and only its maker, follow it', async () => {
    const portal = api.client({ client: 'portal' });
    const input = {
      authorityCode: 'WBC',
      idempotencyKey: crypto.randomUUID(),
      complainantType: 'young_person' as const,
      whatHappened: 'Nobody came to my review meeting.',
      desiredOutcome: 'I want my review to happen.',
    };
    const made = await portal.trpc.portal.submitComplaint.mutate(input);
    expect(made.reference).toMatch(/^WBC-\d{2}-\d{5}$/);
    expect(made.trackingCode.replace(/-/g, '')).toHaveLength(26);
    expect(made.replyBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const status = await portal.trpc.portal.track.query({
      authorityCode: 'WBC',
      reference: made.reference,
      trackingCode: made.trackingCode.toLowerCase(),
    });
    expect(status.reference).toBe(made.reference);

    const wrongCode = portal.trpc.portal.track
      .query({ authorityCode: 'WBC', reference: made.reference, trackingCode: 'AAAA-BBBB' })
      .catch((e: unknown) => e);
    const unknownRef = portal.trpc.portal.track
      .query({ authorityCode: 'WBC', reference: 'WBC-26-99999', trackingCode: made.trackingCode })
      .catch((e: unknown) => e);
    const [a, b] = (await Promise.all([wrongCode, unknownRef])) as Error[];
    expect(a?.message).toBe(b?.message);
    expect(await statusOf(Promise.reject(a ?? new Error('no answer')))).toBe(404);
    // The other council has no such complaint.
    expect(
      await statusOf(
        portal.trpc.portal.track.query({
          authorityCode: 'NMC',
          reference: made.reference,
          trackingCode: made.trackingCode,
        }),
      ),
    ).toBe(404);

    const officer = api.client();
    await officer.signIn('officer@heard.example');
    const me = await officer.trpc.auth.me.query();
    const westbridge = me?.authorities.find((x) => x.code === 'WBC');
    expect(westbridge).toBeDefined();
    const inbox = await officer.trpc.complaints.inbox.query({ authorityId: westbridge?.id ?? '' });
    expect(inbox.rows.map((r) => r.reference)).toContain(made.reference);
  });

  it('tells apart who you are (401) from what you may do (403)', async () => {
    const anonymous = api.client();
    const officer = api.client();
    await officer.signIn('northmoor.officer@heard.example');
    const me = await officer.trpc.auth.me.query();
    expect(me?.authorities.map((a) => a.code)).toEqual(['NMC']);
    const manager = api.client();
    await manager.signIn('manager@heard.example');
    const westbridgeId =
      (await manager.trpc.auth.me.query())?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
    expect(
      await statusOf(anonymous.trpc.complaints.inbox.query({ authorityId: westbridgeId })),
    ).toBe(401);
    expect(await statusOf(officer.trpc.complaints.inbox.query({ authorityId: westbridgeId }))).toBe(
      403,
    );
    expect(await statusOf(manager.trpc.complaints.inbox.query({ authorityId: westbridgeId }))).toBe(
      200,
    );
  });

  it('refuses a staff mutation without the session’s CSRF token', async () => {
    const officer = api.client();
    await officer.signIn('officer@heard.example');
    officer.csrfToken = 'forged';
    expect(await statusOf(officer.trpc.auth.signOut.mutate())).toBe(403);
  });

  it('does not say whether an email exists, and locks after repeated failures', async () => {
    const guesser = api.client();
    const unknown = await guesser.trpc.auth.signIn
      .mutate({ email: 'nobody@heard.example', password: 'wrong' })
      .catch((e: unknown) => (e as Error).message);
    const known = await guesser.trpc.auth.signIn
      .mutate({ email: 'auditor@heard.example', password: 'wrong' })
      .catch((e: unknown) => (e as Error).message);
    expect(unknown).toBe(known);
    for (let i = 0; i < 4; i++) {
      await statusOf(
        guesser.trpc.auth.signIn.mutate({ email: 'auditor@heard.example', password: 'wrong' }),
      );
    }
    // Locked now, even with the right password.
    expect(
      await statusOf(
        guesser.trpc.auth.signIn.mutate({
          email: 'auditor@heard.example',
          password: 'heard-demo-password',
        }),
      ),
    ).toBe(429);
  });

  it('signs out and forgets the session', async () => {
    const officer = api.client();
    await officer.signIn('officer@heard.example');
    await officer.trpc.auth.signOut.mutate();
    expect(await officer.trpc.auth.me.query()).toBeNull();
  });
});
