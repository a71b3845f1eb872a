/**
 * The API's logs carry nothing a caller sent. The real app runs with the real logger
 * configuration, writing to memory; a marked value goes in through every kind of input, including
 * a failed database query whose parameters hold it, and no line written may contain the mark.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import type { Database, DatabaseHandle } from '@heard/db';
import { openTestDatabase, testEngines } from '@heard/db/testing';
import { createTRPCClient, httpLink } from '@trpc/client';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadEnv } from '../src/env.js';
import { createLogger, serializeError } from '../src/logger.js';
import type { AppRouter } from '../src/router.js';
import { seedDemoDataIfEmpty } from '../src/seed.js';
import { statusOf } from './harness.js';

/** The part of every marked value that must never be written. */
const MARK = '7f3a9c';
const PHONE_MARK = '07700 731 739';

/** Every line the logger writes. */
class Captured extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}

/**
 * The real database, except that the next transaction begun while `failNext` is set fails as a
 * query rejected by the database would: a real query, sent with the mark as its parameter, that
 * the server refuses (`22P02`, and the value quoted in its message).
 */
function failingOnRequest(db: Database): { db: Database; failNext: () => void } {
  let fail = false;
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'transaction' && fail) {
        fail = false;
        return async () => {
          await target.execute(sql`select ${`MARK-${MARK}`}::uuid`);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return {
    db: proxy,
    failNext: () => {
      fail = true;
    },
  };
}

describe.each(testEngines())('logs on %s', (engine) => {
  let handle: DatabaseHandle;
  let server: Server;
  let url: string;
  let failNext: () => void;
  const captured = new Captured();
  const env = loadEnv({ NODE_ENV: 'test', COOKIE_SECURE: 'false' });

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    await seedDemoDataIfEmpty(handle.db);
    const failing = failingOnRequest(handle.db);
    failNext = failing.failNext;
    const app = createApp({ db: failing.db, env, log: createLogger('trace', captured) });
    server = await new Promise((resolve) => {
      const s = app.listen(0, () => {
        resolve(s);
      });
    });
    url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await handle.close();
  });

  /** A client with its own cookies, sending what the portal or the admin app sends. */
  function client(kind: 'portal' | 'staff') {
    const cookies = new Map<string, string>();
    let csrf: string | undefined;
    const trpc = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${url}/trpc`,
          headers: () => ({
            'x-heard-client': kind === 'portal' ? 'portal' : 'admin',
            ...(kind === 'portal'
              ? {
                  'x-heard-portal-secret': env.PORTAL_API_SECRET,
                  'x-heard-visitor-address': '192.0.2.10',
                }
              : {}),
            ...(csrf ? { 'x-csrf-token': csrf } : {}),
            ...(cookies.size > 0
              ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
              : {}),
          }),
          fetch: async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
            const res = await fetch(input, init);
            for (const line of res.headers.getSetCookie()) {
              const [pair = ''] = line.split(';');
              const [name = '', ...value] = pair.split('=');
              cookies.set(name, value.join('='));
            }
            return res;
          },
        }),
      ],
    });
    return {
      trpc,
      async signIn(email: string, password = 'heard-demo-password') {
        csrf = (await trpc.auth.signIn.mutate({ email, password })).csrfToken;
      },
    };
  }

  it('no log line carries a value sent to the API', async () => {
    const portal = client('portal');
    const complaint = {
      authorityCode: 'WBC',
      complainantType: 'young_person' as const,
      whatHappened: `MARK-${MARK} my social worker did not come.`,
      desiredOutcome: `MARK-${MARK} a visit.`,
      contactName: `Alex MARK-${MARK}`,
      contactEmail: `mark-${MARK}@example.com`,
      contactPhone: PHONE_MARK,
    };
    await portal.trpc.portal.submitComplaint.mutate({ ...complaint, idempotencyKey: randomUUID() });
    // Refused at the boundary: a NUL in the text, and an address that is not one.
    expect(
      await statusOf(
        portal.trpc.portal.submitComplaint.mutate({
          ...complaint,
          idempotencyKey: randomUUID(),
          whatHappened: `MARK-${MARK}\u0000`,
        }),
      ),
    ).toBe(400);
    expect(
      await statusOf(
        portal.trpc.portal.submitComplaint.mutate({
          ...complaint,
          idempotencyKey: randomUUID(),
          contactEmail: `MARK-${MARK}`,
        }),
      ),
    ).toBe(400);

    // Staff: a sign-in with a marked address and password, then a real one and a note.
    const stranger = client('staff');
    expect(
      await statusOf(stranger.signIn(`mark-${MARK}@heard.example`, `MARK-${MARK}-password`)),
    ).toBe(401);
    const officer = client('staff');
    await officer.signIn('officer@heard.example');
    const me = await officer.trpc.auth.me.query();
    const authorityId = me?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
    const inbox = await officer.trpc.complaints.inbox.query({ authorityId });
    const complaintId = inbox.rows[0]?.id ?? '';
    const note = { authorityId, complaintId, body: `MARK-${MARK} phoned the carer.` };
    await officer.trpc.complaints.addNote.mutate({ ...note, requestId: randomUUID() });

    // A database error whose parameters, and whose server message, hold the mark: logged by the
    // app's own error path as a failed procedure.
    const linesBefore = captured.lines.length;
    failNext();
    expect(
      await statusOf(officer.trpc.complaints.addNote.mutate({ ...note, requestId: randomUUID() })),
    ).toBe(500);
    const failure = captured.lines.slice(linesBefore).find((l) => l.includes('procedure failed'));
    expect(failure, 'the failed query is logged').toBeDefined();
    expect(JSON.parse(failure ?? '{}')).toMatchObject({
      err: {
        type: 'TRPCError',
        code: 'INTERNAL_SERVER_ERROR',
        sqlState: '22P02',
        message: 'Failed query: invalid input syntax for type uuid',
        causes: expect.arrayContaining(['DrizzleQueryError']) as string[],
      },
    });

    expect(captured.lines.length).toBeGreaterThan(0);
    const leaks = captured.lines.filter(
      (line) => line.toLowerCase().includes(MARK) || line.includes(PHONE_MARK),
    );
    expect(leaks).toEqual([]);
  });

  it('an error logged on its own, or under another key, is cleaned the same way', () => {
    const log = createLogger('info', captured);
    const before = captured.lines.length;
    const driver = Object.assign(new Error(`invalid input syntax for type uuid: "MARK-${MARK}"`), {
      code: '22P02',
      detail: `Key (email)=(mark-${MARK}@example.com) already exists.`,
      where: `MARK-${MARK}`,
    });
    const query = Object.assign(
      new Error(`Failed query: select $1::uuid\nparams: MARK-${MARK}`, { cause: driver }),
      { query: 'select $1::uuid', params: [`MARK-${MARK}`] },
    );
    log.error(query);
    log.warn({ error: query }, 'something went wrong');
    log.error({ err: `Error: Failed query: insert\nparams: mark-${MARK}@example.com` }, 'mail');
    const lines = captured.lines.slice(before);
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.toLowerCase().includes(MARK))).toEqual([]);
    expect(serializeError(query)).toMatchObject({
      type: 'Error',
      message: 'Failed query: invalid input syntax for type uuid',
      sqlState: '22P02',
      causes: ['Error'],
    });
  });
});
