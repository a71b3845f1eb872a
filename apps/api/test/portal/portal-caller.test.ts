/**
 * Only the portal server may call `portal.*`, the mail it can cause carries only the council's
 * own links, and the limits that protect people are counted by the API in the database: per
 * reference and address for tracking, so nobody else's wrong guesses lock out the holder of the
 * right code.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { listOutbox } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../src/router.js';
import { PORTAL_LIMITS } from '../../src/routers/portal/limits.js';
import { startTestApi, statusOf, type TestApi } from '../harness.js';

const portalProcedures = Object.entries(appRouter._def.procedures as Record<string, unknown>)
  .filter(([path]) => path.startsWith('portal.') && path !== 'portal.advocacyReferrals')
  .map(([path, procedure]) => ({
    path,
    type: (procedure as { _def: { type: string } })._def.type,
  }));

describe.each(testEngines())('callers of the portal procedures on %s', (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses every portal procedure to a caller without the portal secret', async () => {
    expect(portalProcedures.length).toBeGreaterThan(15);
    for (const secret of [undefined, 'a-wrong-secret-of-enough-length-0000000000']) {
      for (const { path, type } of portalProcedures) {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'x-heard-client': 'admin',
        };
        if (secret) headers['x-heard-portal-secret'] = secret;
        const res =
          type === 'query'
            ? await fetch(`${api.url}/trpc/${path}?input=${encodeURIComponent('{}')}`, { headers })
            : await fetch(`${api.url}/trpc/${path}`, { method: 'POST', headers, body: '{}' });
        expect(res.status, `${path} with ${secret ?? 'no secret'}`).toBe(403);
      }
    }
    // The portal's own calls, with the secret, are answered.
    const portal = api.client({ client: 'portal' });
    expect((await portal.trpc.portal.authorities.query()).length).toBeGreaterThan(0);
  });

  it('mails a return code with the council’s own portal link, whatever the caller sends', async () => {
    const portal = api.client({ client: 'portal' });
    const lookupId = randomBytes(32).toString('hex');
    await portal.trpc.portal.saveDraft.mutate({
      authorityCode: 'WBC',
      journey: 'complaint',
      lookupId,
      salt: randomBytes(16).toString('base64url'),
      iv: randomBytes(12).toString('base64url'),
      ciphertext: randomBytes(40).toString('base64url'),
    });
    const input = {
      authorityCode: 'WBC',
      lookupId,
      returnCode: '7kqm 4x2p 9hdt',
      email: 'sam@example.com',
      link: 'https://attacker.example/phish',
    };
    // An extra field is not part of the input: it is dropped before the procedure sees it.
    expect(await portal.trpc.portal.emailDraftCode.mutate(input)).toEqual({ sent: true });
    const mail = (await listOutbox(api.handle.db)).find(
      (m) => m.kind === 'portal.draft_code' && m.toAddress === 'sam@example.com',
    );
    expect(mail?.body).toContain('http://localhost:3000/wbc/come-back');
    expect(mail?.body).not.toContain('attacker.example');
  });

  it('limits the return-code mails one address can cause', async () => {
    const portal = api.client({ client: 'portal' });
    const statuses: number[] = [];
    const { limit } = PORTAL_LIMITS.draftMailsPerAddress;
    for (let i = 0; i <= limit; i += 1) {
      statuses.push(
        await statusOf(
          portal.trpc.portal.emailDraftCode.mutate({
            authorityCode: 'WBC',
            lookupId: randomBytes(32).toString('hex'),
            returnCode: '7kqm 4x2p 9hdt',
            email: `someone${String(i)}@example.com`,
          }),
        ),
      );
    }
    // Nothing was saved with those codes, so each is 404, until the limit refuses the rest.
    expect(statuses.slice(0, limit).every((s) => s === 404)).toBe(true);
    expect(statuses[limit]).toBe(429);
  });

  it('the holder of the right tracking code is never locked out by other people’s wrong guesses', async () => {
    const holder = api.client({ client: 'portal', address: '192.0.2.10' });
    const made = await holder.trpc.portal.submitComplaint.mutate({
      authorityCode: 'WBC',
      idempotencyKey: randomUUID(),
      complainantType: 'young_person',
      whatHappened: 'Somebody keeps guessing my code.',
    });
    const guesser = api.client({ client: 'portal', address: '198.51.100.7' });
    const guesses: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      guesses.push(
        await statusOf(
          guesser.trpc.portal.track.query({
            authorityCode: 'WBC',
            reference: made.reference,
            trackingCode: `WRONG-${String(i)}`,
          }),
        ),
      );
    }
    const { limit } = PORTAL_LIMITS.lookupsPerReferenceAndAddress;
    expect(guesses.slice(0, limit).every((s) => s === 404)).toBe(true);
    expect(guesses.slice(limit).every((s) => s === 429)).toBe(true);
    // Even the right code is refused from the guessing address while its count lasts...
    expect(
      await statusOf(
        guesser.trpc.portal.track.query({
          authorityCode: 'WBC',
          reference: made.reference,
          trackingCode: made.trackingCode,
        }),
      ),
    ).toBe(429);
    // ...but the holder, elsewhere, follows their complaint as usual.
    const status = await holder.trpc.portal.track.query({
      authorityCode: 'WBC',
      reference: made.reference.toLowerCase(),
      trackingCode: made.trackingCode,
    });
    expect(status.reference).toBe(made.reference);
  });

  it('a batch of tracking calls counts every call', async () => {
    const reference = 'WBC-26-99990';
    const calls = Array.from({ length: 30 }, (_, i) => ({
      authorityCode: 'WBC',
      reference,
      trackingCode: `BATCH-${String(i)}`,
    }));
    const res = await fetch(
      `${api.url}/trpc/${calls.map(() => 'portal.track').join(',')}?batch=1&input=${encodeURIComponent(
        JSON.stringify(Object.fromEntries(calls.map((c, i) => [i, c]))),
      )}`,
      {
        headers: {
          'x-heard-client': 'portal',
          'x-heard-portal-secret': 'heard-development-portal-api-secret-not-for-production',
          'x-heard-visitor-address': '203.0.113.99',
        },
      },
    );
    const answers = (await res.json()) as { error?: { data?: { httpStatus?: number } } }[];
    const statuses = answers.map((a) => a.error?.data?.httpStatus ?? 200);
    const { limit } = PORTAL_LIMITS.lookupsPerReferenceAndAddress;
    expect(statuses.filter((s) => s === 404)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(calls.length - limit);
  });
});
