/**
 * Attachment uploads whose file name cannot be read: a badly percent-encoded `x-file-name` (`%`,
 * `%E0%A4%A`) or one holding a control character is refused with 400 and the usual
 * `{ error }` answer, and nothing is stored. An upload that fails further on is logged by its
 * error's type and code only: never the file's name or bytes.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { schema, type Database } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadEnv } from '../src/env.js';
import { attachmentMessages, uploadFailure } from '../src/files.js';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('SECRET-BYTES-4f1c\n%%EOF\n')]);

/** The database, except that storing an attachment fails the way PostgreSQL reports it. */
function failingAttachments(db: Database): Database {
  const bound = (target: object, prop: string | symbol): unknown => {
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === 'function'
      ? (value as (...a: unknown[]) => unknown).bind(target)
      : value;
  };
  const tx = <T extends object>(inner: T): T =>
    new Proxy(inner, {
      get(target, prop) {
        if (prop !== 'insert') return bound(target, prop);
        return (table: unknown) => {
          if (table !== schema.attachments)
            return (bound(target, prop) as (t: unknown) => unknown)(table);
          // Like drizzle's error for a failed statement: it quotes the parameters.
          throw Object.assign(
            new Error(
              `Failed query: insert into "attachments" params: Private letter.pdf,${pdf.toString('hex')}`,
            ),
            { cause: Object.assign(new Error('invalid byte sequence'), { code: '22021' }) },
          );
        };
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return bound(target, prop);
      return (fn: (t: unknown) => Promise<unknown>) => target.transaction((inner) => fn(tx(inner)));
    },
  });
}

describe.each(testEngines())('upload file names on %s', (engine) => {
  let api: TestApi;
  let officer: TestClient;
  let authorityId: string;
  let complaintId: string;

  beforeAll(async () => {
    api = await startTestApi(engine);
    officer = api.client();
    await officer.signIn('officer@heard.example');
    authorityId =
      (await officer.trpc.auth.me.query())?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
    complaintId = (await officer.trpc.complaints.inbox.query({ authorityId })).rows[0]?.id ?? '';
  });
  afterAll(async () => {
    await api.close();
  });

  /** Posts `body` with the `x-file-name` header exactly as given (not encoded here). */
  function upload(url: string, rawName: string, body = pdf) {
    return fetch(`${url}/files/${authorityId}/complaints/${complaintId}/attachments`, {
      method: 'POST',
      headers: {
        'x-heard-client': 'test',
        'x-csrf-token': officer.csrfToken ?? '',
        'x-file-name': rawName,
        'x-attachment-kind': 'letter',
        'content-type': 'application/octet-stream',
        cookie: [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body,
    });
  }

  async function attachmentCount(): Promise<number> {
    const c = await officer.trpc.complaints.get.query({ authorityId, complaintId });
    return c.attachments.length;
  }

  it('refuses a badly percent-encoded file name with 400, not 500, and stores nothing', async () => {
    const before = await attachmentCount();
    for (const rawName of ['%E0%A4%A', '%', 'letter%.pdf', '%C3%28.pdf', 'a%00b.pdf', 'x%0A.pdf']) {
      const res = await upload(api.url, rawName);
      expect(res.status, rawName).toBe(400);
      expect(await res.json()).toEqual({ error: attachmentMessages.encoding });
    }
    expect(await attachmentCount()).toBe(before);
    // A well-encoded name still works.
    expect((await upload(api.url, encodeURIComponent('Reply – 100%.pdf'))).status).toBe(201);
  });

  it('logs a failed upload by its error type and code, never the file name or bytes', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', COOKIE_SECURE: 'false' });
    const app = createApp({ db: failingAttachments(api.handle.db), env, log });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, () => {
        resolve(s);
      });
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await upload(url, encodeURIComponent('Private letter.pdf'));
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: 'The request failed.' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const logged = lines.join('');
    expect(logged).toContain('attachment upload failed');
    expect(logged).toContain('"failure":{"type":"Error","code":"22021"}');
    expect(logged).not.toContain('Private letter');
    expect(logged).not.toContain('SECRET-BYTES');
    expect(logged).not.toContain(pdf.toString('hex'));
    expect(logged).not.toContain('Failed query');
  });

  it('keeps only a word-like type and code from an error', () => {
    expect(uploadFailure(Object.assign(new TypeError('bad name.pdf'), { code: 'ERR_X' }))).toEqual({
      type: 'TypeError',
      code: 'ERR_X',
    });
    expect(uploadFailure(Object.assign(new Error('x'), { code: 'name.pdf has spaces' }))).toEqual({
      type: 'Error',
    });
    expect(uploadFailure('a thrown string with a file name.pdf')).toEqual({ type: 'Error' });
  });
});
