/**
 * The fault suite: young people's complaints keep arriving from clients that retry, while the API
 * is killed three times and PostgreSQL (a throwaway server this test starts) restarts twice. Then
 * it counts: every complaint acknowledged is stored once, every submission was acknowledged in
 * the end, the API survived every database restart, and each complaint's advocacy referral mail
 * was delivered exactly once across the kills. It prints the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listOutbox, openDatabase, schema, type DatabaseHandle } from '@heard/db';
import { freeTcpPort, startThrowawayPostgres, type ThrowawayPostgres } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('../../apps/api', import.meta.url));
const CLIENTS = 6;
/** Each client sends at least this many, and goes on until the faults are over. */
const PER_CLIENT = 20;
/** A client gives up on one submission after this long; the suite fails if any does. */
const GIVE_UP_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Ack {
  key: string;
  reference: string;
}

describe('complaints under faults', () => {
  let cluster: ThrowawayPostgres;
  let dir: string;
  let mailFile: string;
  let port: number;
  let api: ChildProcess | undefined;
  const secret = randomBytes(32).toString('base64url');
  const output: string[] = [];

  function startApi(): ChildProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiDir,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        API_PORT: String(port),
        DATABASE_URL: cluster.url,
        SEED_DEMO_DATA: 'true',
        REMINDERS_ENABLED: 'true',
        MAIL_TRANSPORT: 'file',
        MAIL_FILE_PATH: mailFile,
        OUTBOX_POLL_SECONDS: '1',
        OUTBOX_LEASE_SECONDS: '3',
        PORTAL_API_SECRET: secret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 400) output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    return child;
  }

  async function killApi(): Promise<void> {
    const child = api;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async function ready(timeoutMs = 60_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const ok = await fetch(`http://127.0.0.1:${String(port)}/health/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await sleep(200);
    }
    throw new Error(`the API was not ready within ${String(timeoutMs)} ms:\n${output.join('')}`);
  }

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    dir = await mkdtemp(path.join(tmpdir(), 'heard-faults-'));
    mailFile = path.join(dir, 'mail.jsonl');
    port = await freeTcpPort();
    api = startApi();
    await ready();
  }, 120_000);

  afterAll(async () => {
    await killApi();
    await cluster.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  /** One submission, retried with the same key until it is acknowledged or the client gives up. */
  async function submit(client: number, n: number): Promise<Ack | null> {
    const key = randomUUID();
    const end = Date.now() + GIVE_UP_MS;
    while (Date.now() < end) {
      try {
        const res = await fetch(`http://127.0.0.1:${String(port)}/trpc/portal.submitComplaint`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-heard-client': 'portal',
            'x-heard-portal-secret': secret,
            // A visitor of their own for each complaint, as on a real portal.
            'x-heard-visitor-address': `10.${String(client)}.${String(Math.floor(n / 200))}.${String(n % 200)}`,
          },
          body: JSON.stringify({
            authorityCode: 'WBC',
            idempotencyKey: key,
            complainantType: 'young_person',
            whatHappened: `Complaint ${String(n)} from client ${String(client)}.`,
            advocateWanted: true,
          }),
        });
        if (res.ok) {
          const body = (await res.json()) as { result: { data: { reference: string } } };
          return { key, reference: body.result.data.reference };
        }
      } catch {
        // The API was killed or restarting: try again with the same key.
      }
      await sleep(150);
    }
    return null;
  }

  it('loses, duplicates and leaves unacknowledged no complaint, and mails each referral once', async () => {
    const sent: string[] = [];
    const acks: Ack[] = [];
    let unacknowledged = 0;
    let faultsOver = false;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < PER_CLIENT || !faultsOver; n += 1) {
        const ack = await submit(client, n);
        sent.push(`${String(client)}:${String(n)}`);
        if (ack) acks.push(ack);
        else unacknowledged += 1;
        await sleep(40);
      }
    });

    // The faults, spread over the run: kill, restart the database, kill, restart it, kill.
    let apiKills = 0;
    let databaseRestarts = 0;
    let apiExitedOnItsOwn = 0;
    const faults: (() => Promise<void>)[] = [
      async () => {
        await killApi();
        api = startApi();
        apiKills += 1;
      },
      async () => {
        await cluster.restart();
        databaseRestarts += 1;
      },
    ];
    for (const fault of [faults[0], faults[1], faults[0], faults[1], faults[0]]) {
      await sleep(1_500);
      await fault?.();
      await sleep(300);
      if (api?.exitCode !== null) apiExitedOnItsOwn += 1;
    }
    faultsOver = true;
    await Promise.all(clients);
    expect(apiKills).toBe(3);
    expect(databaseRestarts).toBe(2);

    // Every referral mail due is delivered: wait for the outbox to empty.
    await ready();
    const handle: DatabaseHandle = await openDatabase({ url: cluster.url, maxConnections: 2 });
    try {
      const wbc = (await handle.db.select().from(schema.authorities)).find((a) => a.code === 'WBC');
      const keys = new Set(acks.map((a) => a.key));
      const end = Date.now() + 60_000;
      let waiting = 1;
      while (Date.now() < end) {
        const outbox = await listOutbox(handle.db, { authorityId: wbc?.id ?? '' });
        waiting = outbox.filter((m) => m.kind === 'advocacy.referral' && m.sentAt === null).length;
        if (waiting === 0) break;
        await sleep(500);
      }

      const rows = (await handle.db.select().from(schema.complaints)).filter(
        (c) => c.idempotencyKey !== null && keys.has(c.idempotencyKey),
      );
      const storedByKey = new Map<string, string[]>();
      for (const row of rows) {
        const key = row.idempotencyKey ?? '';
        storedByKey.set(key, [...(storedByKey.get(key) ?? []), row.reference]);
      }
      const lost = acks.filter((a) => !storedByKey.get(a.key)?.includes(a.reference)).length;
      const duplicated = [...storedByKey.values()].filter((refs) => refs.length > 1).length;

      const lines = (await readFile(mailFile, 'utf8').catch(() => ''))
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as { id: string; subject: string });
      const mailsPerReference = new Map<string, number>();
      for (const line of lines) {
        const reference = /complaint (\S+) to/.exec(line.subject)?.[1];
        if (reference)
          mailsPerReference.set(reference, (mailsPerReference.get(reference) ?? 0) + 1);
      }
      const references = rows.map((r) => r.reference);
      const mailedOnce = references.filter((r) => mailsPerReference.get(r) === 1).length;
      const mailedTwice = references.filter((r) => (mailsPerReference.get(r) ?? 0) > 1).length;
      const notMailed = references.filter((r) => !mailsPerReference.has(r)).length;

      process.stdout.write(
        [
          '',
          'fault suite:',
          `  submissions sent ${String(sent.length)}, acknowledged ${String(acks.length)}, stored ${String(rows.length)}`,
          `  lost ${String(lost)}, duplicated ${String(duplicated)}, unacknowledged ${String(unacknowledged)}`,
          `  restarts survived: API killed ${String(apiKills)} times, PostgreSQL restarted ${String(databaseRestarts)} times (API exited on its own ${String(apiExitedOnItsOwn)} times)`,
          `  referral mails: delivered once ${String(mailedOnce)}, more than once ${String(mailedTwice)}, not delivered ${String(notMailed)}, still waiting ${String(waiting)}`,
          '',
        ].join('\n'),
      );

      expect(sent.length).toBeGreaterThanOrEqual(CLIENTS * PER_CLIENT);
      expect(unacknowledged).toBe(0);
      expect(acks).toHaveLength(sent.length);
      expect(rows).toHaveLength(acks.length);
      expect(lost).toBe(0);
      expect(duplicated).toBe(0);
      expect(apiExitedOnItsOwn, output.join('')).toBe(0);
      expect(mailedTwice).toBe(0);
      expect(notMailed).toBe(0);
      expect(mailedOnce).toBe(rows.length);
    } finally {
      await handle.close();
    }
  }, 300_000);
});
