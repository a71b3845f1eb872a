import { authenticator } from 'otplib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, statusOf, type TestApi } from './harness.js';

/** One POST carrying `count` sign-in calls as a tRPC batch; returns each call's HTTP status. */
async function batchSignIn(
  url: string,
  email: string,
  passwords: string[],
): Promise<{ status: number; codes: number[] }> {
  const path = passwords.map(() => 'auth.signIn').join(',');
  const body = Object.fromEntries(passwords.map((password, i) => [i, { email, password }]));
  const response = await fetch(`${url}/trpc/${path}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-heard-client': 'test' },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json();
  return {
    status: response.status,
    codes: Array.isArray(parsed)
      ? parsed.map(
          (item: { error?: { data?: { httpStatus?: number } } }) =>
            item.error?.data?.httpStatus ?? 200,
        )
      : [],
  };
}

describe('staff sign-in attempts', () => {
  // A fresh API (and database) for each test: every test signs in from the same address, and the
  // per-address limit must not carry from one test into the next.
  let api: TestApi;
  beforeEach(async () => {
    api = await startTestApi('pglite');
  });
  afterEach(async () => {
    await api.close();
  });

  it('a batch of sign-in attempts is refused whole, so it cannot multiply attempts', async () => {
    const wrong = Array.from({ length: 20 }, (_, i) => `wrong-password-${i}`);
    const { status } = await batchSignIn(api.url, 'auditor@heard.example', [
      ...wrong,
      'heard-demo-password',
    ]);
    expect(status).toBe(400);
    // Mixed into a batch with another procedure, or encoded, it is refused too.
    const mixed = await fetch(`${api.url}/trpc/portal.authorities%2Cauth.signIn?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-heard-client': 'test' },
      body: '{}',
    });
    expect(mixed.status).toBe(400);
    // None of it ran: the account is not locked, and the right password works at once.
    const client = api.client();
    await client.signIn('auditor@heard.example');
    expect(client.csrfToken).toBeTruthy();
  });

  it('concurrent sign-in attempts cannot exceed the limit', async () => {
    const client = api.client();
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        statusOf(
          client.trpc.auth.signIn.mutate({ email: 'panel@heard.example', password: `nope-${i}` }),
        ),
      ),
    );
    expect(codes.filter((code) => code === 401)).toHaveLength(5);
    expect(codes.filter((code) => code === 429)).toHaveLength(25);
  });

  it('an unknown account is refused exactly as a known one', async () => {
    const client = api.client();
    const tries = async (email: string) => {
      const codes: number[] = [];
      for (const password of ['a', 'b', 'c', 'd', 'e', 'f'])
        codes.push(await statusOf(client.trpc.auth.signIn.mutate({ email, password })));
      return { codes };
    };
    const known = await tries('investigator@heard.example');
    const unknown = await tries('nobody-here@heard.example');
    expect(unknown.codes).toEqual(known.codes);
    expect(known.codes).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('an unknown account takes as long to refuse as a known one', async () => {
    const time = async (email: string) => {
      const client = api.client();
      const started = performance.now();
      await statusOf(client.trpc.auth.signIn.mutate({ email, password: 'not-the-password' }));
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time('responder@heard.example'));
      unknown.push(await time(`unknown-${i}@heard.example`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
    // Both verify an argon2id hash; before, an unknown account answered in a tenth of the time.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('a TOTP code is accepted once, and changing the second factor needs the current code', async () => {
    const manager = api.client();
    await manager.signIn('manager@heard.example');
    const { secret } = await manager.trpc.auth.startTotpSetup.mutate();
    await manager.trpc.auth.enableTotp.mutate({ secret, code: authenticator.generate(secret) });

    const code = authenticator.generate(secret);
    const first = api.client();
    await first.trpc.auth.signIn.mutate({
      email: 'manager@heard.example',
      password: 'heard-demo-password',
      totpCode: code,
    });
    const second = api.client();
    expect(
      await statusOf(
        second.trpc.auth.signIn.mutate({
          email: 'manager@heard.example',
          password: 'heard-demo-password',
          totpCode: code,
        }),
      ),
    ).toBe(401);

    const other = authenticator.generateSecret();
    expect(
      await statusOf(
        manager.trpc.auth.enableTotp.mutate({ secret: other, code: authenticator.generate(other) }),
      ),
    ).toBe(403);
  });
});
