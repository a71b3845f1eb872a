import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@heard/db/testing';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(2000, 32),
  Buffer.from('\n%%EOF\n'),
]);

describe.each(testEngines())('attachments on %s', (engine) => {
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

  function upload(
    client: TestClient,
    body: Buffer,
    name: string,
    options: { csrf?: string; kind?: string; complaint?: string } = {},
  ) {
    return fetch(
      `${api.url}/files/${authorityId}/complaints/${options.complaint ?? complaintId}/attachments`,
      {
        method: 'POST',
        headers: {
          'x-heard-client': 'test',
          'x-csrf-token': options.csrf ?? client.csrfToken ?? '',
          'x-file-name': encodeURIComponent(name),
          'x-attachment-kind': options.kind ?? 'letter',
          'content-type': 'application/octet-stream',
          cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body,
      },
    );
  }

  async function attachmentCount(): Promise<number> {
    const c = await officer.trpc.complaints.get.query({ authorityId, complaintId });
    return c.attachments.length;
  }

  it('stores a letter and gives it back byte for byte', async () => {
    const res = await upload(officer, pdf, 'Stage 1 response.pdf');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const download = await fetch(`${api.url}/files/${authorityId}/attachments/${id}`, {
      headers: { cookie: [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    const c = await officer.trpc.complaints.get.query({ authorityId, complaintId });
    expect(c.attachments.map((a) => a.fileName)).toContain('Stage 1 response.pdf');
  });

  it('refuses wrong types, oversized files, forged requests and strangers, storing nothing', async () => {
    const before = await attachmentCount();
    expect((await upload(officer, Buffer.from('MZ executable'), 'tool.exe')).status).toBe(415);
    expect((await upload(officer, Buffer.from('not a pdf'), 'letter.pdf')).status).toBe(415);
    expect((await upload(officer, Buffer.alloc(11 * 1024 * 1024, 1), 'big.pdf')).status).toBe(413);
    expect((await upload(officer, pdf, 'letter.pdf', { csrf: 'forged' })).status).toBe(403);
    expect((await upload(officer, pdf, 'letter.pdf', { kind: 'secret' })).status).toBe(400);
    expect((await upload(api.client(), pdf, 'letter.pdf')).status).toBe(401);
    const auditor = api.client();
    await auditor.signIn('auditor@heard.example');
    expect((await upload(auditor, pdf, 'letter.pdf')).status).toBe(403);
    const stranger = api.client();
    await stranger.signIn('northmoor.officer@heard.example');
    expect((await upload(stranger, pdf, 'letter.pdf')).status).toBe(403);
    expect(
      (await upload(officer, pdf, 'letter.pdf', { complaint: crypto.randomUUID() })).status,
    ).toBe(404);
    expect(await attachmentCount()).toBe(before);
  });
});
