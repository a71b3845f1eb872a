import { authenticator } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, statusOf, type TestApi } from './harness.js';

describe('second factor (TOTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('pglite');
  });
  afterAll(async () => {
    await api.close();
  });

  it('is required at sign-in once enabled, and a wrong code is refused', async () => {
    const manager = api.client();
    await manager.signIn('manager@heard.example');
    const { secret, otpauthUrl } = await manager.trpc.auth.startTotpSetup.mutate();
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect(await statusOf(manager.trpc.auth.enableTotp.mutate({ secret, code: '000000' }))).toBe(
      400,
    );
    await manager.trpc.auth.enableTotp.mutate({ secret, code: authenticator.generate(secret) });

    const next = api.client();
    expect(
      await statusOf(
        next.trpc.auth.signIn.mutate({
          email: 'manager@heard.example',
          password: 'heard-demo-password',
        }),
      ),
    ).toBe(401);
    const wrong = authenticator.generate(secret) === '123456' ? '654321' : '123456';
    expect(
      await statusOf(
        next.trpc.auth.signIn.mutate({
          email: 'manager@heard.example',
          password: 'heard-demo-password',
          totpCode: wrong,
        }),
      ),
    ).toBe(401);
    await next.trpc.auth.signIn.mutate({
      email: 'manager@heard.example',
      password: 'heard-demo-password',
      totpCode: authenticator.generate(secret),
    });
    expect((await next.trpc.auth.me.query())?.staff.email).toBe('manager@heard.example');
  });

  it('ends a session after the idle time', async () => {
    let clock = new Date('2026-11-23T09:00:00Z');
    const timed = await startTestApi('pglite', () => clock);
    try {
      const officer = timed.client();
      await officer.signIn('officer@heard.example');
      clock = new Date(clock.getTime() + 29 * 60_000);
      expect(await officer.trpc.auth.me.query()).not.toBeNull();
      clock = new Date(clock.getTime() + 31 * 60_000);
      expect(await officer.trpc.auth.me.query()).toBeNull();
    } finally {
      await timed.close();
    }
  });
});
