/**
 * Every procedure, called by a signed-in officer (and as the portal, for `portal.*`) with inputs
 * that are missing, of the wrong kind, too large, or carry control characters and unknown ids:
 * each is answered with a refusal (4xx) or a result, never a server error. It prints how many
 * calls it made and how many failed with 5xx.
 */
import { randomUUID } from 'node:crypto';
import { testEngines } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/router.js';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>)
  .filter(([path]) => path !== 'auth.signOut')
  .map(([path, procedure]) => ({
    path,
    type: (procedure as { _def: { type: string } })._def.type,
  }));

/** Strings that have broken software before: NUL and other controls, markup, SQL, huge, odd. */
const nasty = [
  'a\u0000b',
  '\u0007\u001b[31m',
  '<script>alert(1)</script>',
  "'; drop table complaints; --",
  '%E0%A4%A',
  '\ud800',
  '=HYPERLINK("http://x")',
  'x'.repeat(5000),
  '',
  ' ',
];

function inputsFor(authorityId: string): unknown[] {
  const ids = { id: randomUUID(), complaintId: randomUUID(), staffId: randomUUID() };
  const texts = (value: string) => ({
    authorityId,
    ...ids,
    reference: value,
    trackingCode: value,
    authorityCode: value,
    text: value,
    summary: value,
    words: value,
    whatHappened: value,
    name: value,
    contactName: value,
    email: value,
    team: value,
    note: value,
    body: value,
    query: value,
    search: value,
    reason: value,
  });
  return [
    undefined,
    null,
    {},
    12345,
    'text',
    [1, 2],
    { authorityId },
    { authorityId: 'not-a-uuid' },
    { authorityId, ...ids },
    { authorityId: randomUUID(), ...ids },
    { authorityId, limit: -1, offset: 1e20, page: 'x', year: 99999, cursor: {} },
    { authorityId, ...ids, requestId: randomUUID(), event: { type: 'nonsense' } },
    ...nasty.map(texts),
  ];
}

describe.each(testEngines())('fuzzing every procedure on %s', (engine) => {
  let api: TestApi;
  let officer: TestClient;
  let authorityId = '';
  beforeAll(async () => {
    api = await startTestApi(engine);
    officer = api.client();
    await officer.signIn('officer@heard.example');
    const me = await officer.trpc.auth.me.query();
    authorityId = me?.authorities[0]?.id ?? '';
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers every call with a result or a refusal, never a server error', async () => {
    expect(authorityId).not.toBe('');
    let calls = 0;
    const failures: string[] = [];
    for (const { path, type } of procedures) {
      for (const input of inputsFor(authorityId)) {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'x-heard-client': 'test',
          'x-csrf-token': officer.csrfToken ?? '',
          'x-heard-portal-secret': api.portalSecret,
          cookie: [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        };
        const json = input === undefined ? undefined : JSON.stringify(input);
        const res =
          type === 'query'
            ? await fetch(
                `${api.url}/trpc/${path}${json === undefined ? '' : `?input=${encodeURIComponent(json)}`}`,
                { headers },
              )
            : await fetch(`${api.url}/trpc/${path}`, {
                method: 'POST',
                headers,
                ...(json === undefined ? {} : { body: json }),
              });
        await res.arrayBuffer();
        calls += 1;
        if (res.status >= 500)
          failures.push(`${path} ${String(res.status)} ${json ?? ''}`.slice(-160));
      }
    }
    process.stdout.write(
      `\nfuzz (${engine}): ${String(procedures.length)} procedures, ${String(calls)} calls, ${String(failures.length)} answered 5xx\n`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
