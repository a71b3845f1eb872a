/**
 * The annual report for staff through the real API: the report and its tables, the years, the
 * complaints behind a figure (as many as the figure says, and audited), the context figures, the
 * downloads over plain HTTP, and a historic case import run as a job with its progress.
 */
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { schema } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { annualReportSchema, financialYearOf, isoDateInLondon } from '@heard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, statusOf, type TestApi, type TestClient } from '../harness.js';

const goodCsv = readFileSync(
  new URL('../../../../docs/examples/historic-cases.csv', import.meta.url),
);
const header = goodCsv.toString('utf8').split(/\r?\n/)[0] ?? '';
const badCsv = [
  header,
  'BAD-1,complaint,statutory,1,2023-05-04,,no,,,2023-05-14,,,upheld,,,,,young_person,,email,,,,',
  'BAD-2,complaint,statutory,1,not-a-date,,no,,,,,,,,,,,young_person,,email,,,,',
  'BAD-3,complaint,statutory,7,2023-05-04,,no,,,,,,,,,,,young_person,,email,,,,',
  '',
].join('\n');

describe.each(testEngines())('reports on %s', (engine) => {
  let api: TestApi;
  let manager: TestClient;
  let authorityId: string;
  const year = financialYearOf(isoDateInLondon(new Date()));

  beforeAll(async () => {
    api = await startTestApi(engine);
    manager = api.client();
    await manager.signIn('manager@heard.example');
    const me = await manager.trpc.auth.me.query();
    authorityId = me?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
  });
  afterAll(async () => {
    await api.close();
  });

  async function signedIn(email: string): Promise<TestClient> {
    const client = api.client();
    await client.signIn(email);
    return client;
  }

  function cookieOf(client: TestClient): string {
    return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async function download(client: TestClient, format: string, forYear = year) {
    return fetch(`${api.url}/files/${authorityId}/reports/${String(forYear)}/${format}`, {
      headers: { cookie: cookieOf(client) },
    });
  }

  async function upload(client: TestClient, body: Buffer | string, csrf = client.csrfToken) {
    const headers: Record<string, string> = {
      cookie: cookieOf(client),
      'x-heard-client': 'test',
      'content-type': 'text/csv',
    };
    if (csrf) headers['x-csrf-token'] = csrf;
    return fetch(`${api.url}/files/${authorityId}/imports`, { method: 'POST', headers, body });
  }

  async function finished(client: TestClient, jobId: string) {
    for (let i = 0; i < 200; i++) {
      const status = await client.trpc.reports.importStatus.query({ authorityId, jobId });
      if (status.phase === 'finished' || status.phase === 'failed') return status;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the import did not finish');
  }

  it('gives the year’s report in the JSON contract, with its tables', async () => {
    const { report, tables } = await manager.trpc.reports.annual.query({ authorityId, year });
    expect(annualReportSchema.parse(report)).toEqual(report);
    expect(report.authority.code).toBe('WBC');
    expect(tables.map((t) => t.id)).toContain('by-year');
    expect(tables.find((t) => t.id === 'by-quarter')?.rows[0]?.[5]).toBe(
      report.statutory.stage1.completed,
    );
    const years = await manager.trpc.reports.years.query({ authorityId });
    expect(years.current).toBe(year);
    expect(years.years[0]).toEqual({ year, label: report.label });
  });

  it('lists as many complaints behind a figure as it counts, and records who looked', async () => {
    const { report } = await manager.trpc.reports.annual.query({ authorityId, year });
    const stage1 = { procedure: 'statutory', stage: 1 } as const;
    const received = await manager.trpc.reports.cases.query({
      authorityId,
      year,
      figure: { ...stage1, measure: 'received' },
    });
    expect(report.statutory.stage1.received).toBeGreaterThan(0);
    expect(received.total).toBe(report.statutory.stage1.received);
    expect(received.cases).toHaveLength(received.total);
    expect(received.title).toBe(`Stage 1 complaints received (${report.label})`);
    const open = await manager.trpc.reports.cases.query({
      authorityId,
      year,
      figure: { ...stage1, measure: 'openAtYearEnd' },
    });
    expect(open.total).toBe(report.statutory.stage1.openAtYearEnd);

    const audit = await api.handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.authorityId, authorityId),
          eq(schema.auditLog.action, 'report.cases_viewed'),
        ),
      );
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit[0]?.detail).toMatchObject({ year, total: received.total });

    const investigator = await signedIn('investigator@heard.example');
    expect(
      await statusOf(
        investigator.trpc.reports.cases.query({
          authorityId,
          year,
          figure: { ...stage1, measure: 'received' },
        }),
      ),
    ).toBe(403);
    // A corporate stage 3 does not exist.
    expect(
      await statusOf(
        manager.trpc.reports.cases.query({
          authorityId,
          year,
          figure: { procedure: 'corporate', stage: 3, measure: 'received' },
        }),
      ),
    ).toBe(400);
  });

  it('records the year’s context figures, and refuses a figure that is not a whole number', async () => {
    const before = await manager.trpc.reports.context.query({ authorityId, year: 2021 });
    expect(before.updatedAt).toBeNull();
    const figures = {
      contacts: 11893,
      referrals: 3201,
      assessments: null,
      section47Enquiries: 812,
    };
    await manager.trpc.reports.saveContext.mutate({ authorityId, year: 2021, figures });
    const after = await manager.trpc.reports.context.query({ authorityId, year: 2021 });
    expect(after.figures).toEqual(figures);
    expect(after.updatedAt).not.toBeNull();
    expect(
      await statusOf(
        manager.trpc.reports.saveContext.mutate({
          authorityId,
          year: 2021,
          figures: { ...figures, contacts: -1 },
        }),
      ),
    ).toBe(400);
    const director = await signedIn('director@heard.example');
    expect(
      await statusOf(
        director.trpc.reports.saveContext.mutate({ authorityId, year: 2021, figures }),
      ),
    ).toBe(403);
  });

  it('downloads the report as Word, spreadsheet, CSV and JSON, and records each download', async () => {
    const docx = await download(manager, 'docx');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toMatch(
      /^attachment; filename="WBC-annual-complaints-report-\d{4}-\d{2}\.docx"$/,
    );
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 4)).toEqual(
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    );
    const xlsx = await download(manager, 'xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const csv = await (await download(manager, 'csv')).text();
    expect(csv).toContain('Table 1: Statutory complaints by year and stage');
    expect(csv).toContain('Table 2: Statutory complaints completed by quarter');
    const json: unknown = await (await download(manager, 'json')).json();
    expect(annualReportSchema.parse(json).authority.code).toBe('WBC');

    expect((await download(api.client(), 'docx')).status).toBe(401);
    expect((await download(await signedIn('panel@heard.example'), 'docx')).status).toBe(403);
    expect((await download(manager, 'pdf')).status).toBe(404);

    const audit = await api.handle.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'report.downloaded'));
    expect(audit.map((a) => (a.detail as { format: string }).format).sort()).toEqual([
      'csv',
      'docx',
      'json',
      'xlsx',
    ]);
  }, 60_000);

  it('imports a file as a job: a bad file lists every bad line and imports nothing', async () => {
    const res = await upload(manager, badCsv);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const status = await finished(manager, jobId);
    expect(status.phase).toBe('finished');
    expect(status.result?.ok).toBe(false);
    const lines = status.result && !status.result.ok ? status.result.errors.map((e) => e.line) : [];
    expect(lines).toContain(3);
    expect(lines).toContain(4);
    const inbox = await manager.trpc.complaints.inbox.query({ authorityId, limit: 100 });
    expect(inbox.rows.some((r) => r.reference.startsWith('BAD-'))).toBe(false);
  });

  it('imports a good file to the last row, and only its starter may ask how it went', async () => {
    const res = await upload(manager, goodCsv);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const status = await finished(manager, jobId);
    expect(status).toMatchObject({ phase: 'finished', result: { ok: true } });
    expect(status.rowsDone).toBe(status.rowsTotal);
    expect(status.rowsTotal).toBe(12);
    if (status.result?.ok) expect(status.result.complaintsCreated).toBeGreaterThan(0);

    // Another manager of the same council cannot follow someone else's import.
    const admin = await signedIn('admin@heard.example');
    expect(await statusOf(admin.trpc.reports.importStatus.query({ authorityId, jobId }))).toBe(404);

    // The same file again changes nothing.
    const again = await upload(manager, goodCsv);
    const second = await finished(manager, ((await again.json()) as { jobId: string }).jobId);
    expect(second.result).toMatchObject({ ok: true, complaintsCreated: 0 });
  });

  it('refuses an upload without the CSRF token, from a role that does not import, or empty', async () => {
    expect((await upload(manager, goodCsv, 'wrong')).status).toBe(403);
    expect((await upload(await signedIn('officer@heard.example'), goodCsv)).status).toBe(403);
    expect((await upload(api.client(), goodCsv)).status).toBe(401);
    expect((await upload(manager, '')).status).toBe(400);
    const noClient = await fetch(`${api.url}/files/${authorityId}/imports`, {
      method: 'POST',
      headers: { cookie: cookieOf(manager), 'x-csrf-token': manager.csrfToken ?? '' },
      body: goodCsv,
    });
    expect(noClient.status).toBe(403);
  });
});
