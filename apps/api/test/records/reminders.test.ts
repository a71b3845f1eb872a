/**
 * Reminders and the outbox on real databases. The outbox keeps each reminder once however often
 * the scan runs, keeps mail through an outage, and settles a delivery a crash left in doubt. On
 * PostgreSQL, the worker runs as its own process and is killed with SIGKILL mid-run, twice, then
 * restarted as two processes at once: every reminder due is enqueued once and delivered once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  calendarFor,
  claimNextMessage,
  createAuthority,
  createStaff,
  enqueueMessages,
  evaluateStoredCase,
  insertComment,
  insertEnquiry,
  insertLearningAction,
  insertOmbudsmanCase,
  insertOmbudsmanEnquiry,
  insertOmbudsmanRemedy,
  listEvents,
  listOutbox,
  recordNewComplaint,
  schema,
  type Database,
  type DatabaseHandle,
} from '@heard/db';
import { openTestDatabase, testEngines } from '@heard/db/testing';
import {
  addWorkingDays,
  isoDateInLondon,
  recordTimescalesFor,
  reminderDedupeKey,
  responseDueOn,
  trackerDedupeKey,
  weekStartingOn,
} from '@heard/domain';
import { randomUUID } from 'node:crypto';
import { isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { deliverDueMail } from '../../src/reminders/deliver.js';
import { fileMailAdapter, type MailAdapter } from '../../src/reminders/mail.js';
import { enqueueDueReminders } from '../../src/reminders/scan.js';
import { startReminderWorker } from '../../src/reminders/worker.js';
import { loadEnv } from '../../src/env.js';

const log = createLogger('silent');
const apiRoot = fileURLToPath(new URL('../..', import.meta.url));

async function linesOf(file: string): Promise<{ id: string }[]> {
  try {
    const text = await readFile(file, 'utf8');
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string });
  } catch {
    return [];
  }
}

async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A council with a manager and an officer, and a few hundred things due or late. */
async function loadFixture(
  db: Database,
  now: Date,
  sizes = { learning: 60, enquiries: 30, comments: 10, complaints: 3 },
) {
  const authority = await createAuthority(db, { code: 'TST', name: 'Test Council' });
  const staff = async (email: string, role: 'complaints_manager' | 'complaints_officer') =>
    createStaff(db, {
      email,
      name: email,
      passwordHash: 'x',
      memberships: [{ authorityId: authority.id, role }],
    });
  const manager = await staff('manager@test.example', 'complaints_manager');
  const deputy = await staff('deputy@test.example', 'complaints_manager');
  const officer = await staff('officer@test.example', 'complaints_officer');
  const today = isoDateInLondon(now);
  const calendar = calendarFor(authority);
  // A day 30 working days ago: everything received then is late by now.
  let longAgo = today;
  while (addWorkingDays(longAgo, 30, calendar) > today) {
    const d = new Date(`${longAgo}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    longAgo = d.toISOString().slice(0, 10);
  }
  const expected: string[] = [];
  const timescales = recordTimescalesFor(authority.settings);

  for (let i = 0; i < sizes.learning; i++) {
    const row = await insertLearningAction(db, {
      authorityId: authority.id,
      issue: `Issue ${String(i % 5)}`,
      lesson: 'A lesson.',
      action: 'An action.',
      owningTeam: `Team ${String(i % 3)}`,
      responsibleStaffId: officer.id,
      dueOn: today,
    });
    expected.push(
      reminderDedupeKey({
        recordType: 'learning_action',
        recordId: row.id,
        deadlineId: 'due',
        dueOn: today,
        kind: 'due_soon',
        recipientId: officer.id,
      }),
    );
  }
  for (let i = 0; i < sizes.enquiries; i++) {
    const row = await insertEnquiry(db, {
      authorityId: authority.id,
      kind: i % 2 === 0 ? 'member_enquiry' : 'enquiry',
      receivedOn: longAgo,
      receivedVia: 'email',
      summary: 'A question.',
      responsibleStaffId: officer.id,
    });
    const dueOn = responseDueOn(
      longAgo,
      i % 2 === 0 ? timescales.memberEnquiryResponse : timescales.enquiryResponse,
      calendar,
    );
    expected.push(
      reminderDedupeKey({
        recordType: 'enquiry',
        recordId: row.id,
        deadlineId: 'response',
        dueOn,
        kind: 'missed',
        recipientId: officer.id,
      }),
    );
  }
  for (let i = 0; i < sizes.comments; i++) {
    const row = await insertComment(db, {
      authorityId: authority.id,
      receivedOn: longAgo,
      receivedVia: 'telephone',
      fromType: 'parent_carer',
      summary: 'A comment.',
      responsibleStaffId: officer.id,
    });
    const dueOn = responseDueOn(longAgo, timescales.commentResponse, calendar);
    expected.push(
      reminderDedupeKey({
        recordType: 'comment',
        recordId: row.id,
        deadlineId: 'response',
        dueOn,
        kind: 'missed',
        recipientId: officer.id,
      }),
    );
  }
  // An answered comment and a learning action due far ahead: nothing to remind.
  await insertComment(db, {
    authorityId: authority.id,
    receivedOn: longAgo,
    receivedVia: 'email',
    fromType: 'professional',
    summary: 'Answered.',
    responsibleStaffId: officer.id,
  }).then((c) =>
    db
      .update(schema.comments)
      .set({ answeredOn: today })
      .where(sql`${schema.comments.id} = ${c.id}`),
  );
  await insertLearningAction(db, {
    authorityId: authority.id,
    issue: 'Later',
    lesson: 'Later.',
    action: 'Later.',
    owningTeam: 'Team 9',
    responsibleStaffId: officer.id,
    dueOn: addWorkingDays(today, 10, calendar),
  });

  const ombudsmanCase = await insertOmbudsmanCase(db, {
    authorityId: authority.id,
    receivedOn: longAgo,
    area: 'social_care',
    summary: 'A case.',
    responsibleStaffId: manager.id,
  });
  const enquiryId = randomUUID();
  await insertOmbudsmanEnquiry(db, {
    id: enquiryId,
    authorityId: authority.id,
    caseId: ombudsmanCase.id,
    receivedOn: longAgo,
    dueOn: today,
    summary: 'Questions.',
  });
  expected.push(
    reminderDedupeKey({
      recordType: 'ombudsman_enquiry',
      recordId: enquiryId,
      deadlineId: 'answer',
      dueOn: today,
      kind: 'due_soon',
      recipientId: manager.id,
    }),
  );
  const remedyId = randomUUID();
  await insertOmbudsmanRemedy(db, {
    id: remedyId,
    authorityId: authority.id,
    caseId: ombudsmanCase.id,
    kind: 'apology',
    dueOn: longAgo,
  });
  expected.push(
    reminderDedupeKey({
      recordType: 'ombudsman_remedy',
      recordId: remedyId,
      deadlineId: 'compliance',
      dueOn: longAgo,
      kind: 'missed',
      recipientId: manager.id,
    }),
  );

  for (let i = 0; i < sizes.complaints; i++) {
    const { complaint } = await db.transaction((tx) =>
      recordNewComplaint(
        tx,
        authority,
        {
          trackingCodeHash: null,
          idempotencyKey: null,
          receivedOn: longAgo,
          receivedVia: 'letter',
          complainantType: 'parent_carer',
          complainantName: null,
          contactEmail: null,
          contactPhone: null,
          whatHappened: 'Nobody called back.',
          desiredOutcome: null,
        },
        [{ type: 'received', on: longAgo, procedure: 'statutory', channel: 'letter' }],
        { today, recordedBy: null },
      ),
    );
    // No one is assigned, so the managers are reminded of every deadline the team has missed.
    const evaluation = evaluateStoredCase(authority, await listEvents(db, complaint.id), today);
    for (const d of evaluation.deadlines) {
      if (d.advisory || d.dueOn === null || d.completedOn !== null || d.status !== 'missed')
        continue;
      for (const person of [manager, deputy]) {
        expected.push(
          reminderDedupeKey({
            recordType: 'complaint',
            recordId: complaint.id,
            deadlineId: d.id,
            dueOn: d.dueOn,
            kind: 'missed',
            recipientId: person.id,
          }),
        );
      }
    }
  }
  return { authority, manager, deputy, officer, expected, today };
}

function trackerKeys(f: Awaited<ReturnType<typeof loadFixture>>, now: Date): string[] {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(now),
  );
  const monday = weekStartingOn(f.today);
  if (f.today === monday && hour < 7) return [];
  return [f.manager, f.deputy].map((m) =>
    trackerDedupeKey({ authorityId: f.authority.id, weekStartingOn: monday, recipientId: m.id }),
  );
}

describe.each(testEngines())('the outbox on %s', (engine) => {
  let handle: DatabaseHandle;
  let dir: string;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    dir = await mkdtemp(path.join(tmpdir(), 'heard-outbox-'));
  });
  afterAll(async () => {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('enqueues each reminder once however often the scan runs', async () => {
    const now = new Date();
    const fixture = await loadFixture(handle.db, now, {
      learning: 4,
      enquiries: 2,
      comments: 2,
      complaints: 1,
    });
    const options = { now, leadWorkingDays: 2, adminBaseUrl: 'https://heard.example' };
    const first = await enqueueDueReminders(handle.db, options);
    const again = await Promise.all([
      enqueueDueReminders(handle.db, options),
      enqueueDueReminders(handle.db, options),
    ]);
    const expected = [...fixture.expected, ...trackerKeys(fixture, now)].sort();
    expect(first.enqueued).toBe(expected.length);
    expect(again.map((r) => r.enqueued)).toEqual([0, 0]);
    const keys = (await listOutbox(handle.db)).map((m) => m.dedupeKey).sort();
    expect(keys).toEqual(expected);
    const complaintReminder = (await listOutbox(handle.db)).find((m) =>
      m.dedupeKey.startsWith('reminder:complaint:'),
    );
    expect(complaintReminder?.subject).toMatch(/^Missed: Complaint TST-\d\d-\d{5} was due /);
    expect(complaintReminder?.body).toContain('https://heard.example/a/TST/complaints/');
    await handle.db.delete(schema.outboxMessages);
  });

  it('keeps mail through a mail outage and delivers it when the relay is back', async () => {
    await enqueueMessages(handle.db, [
      {
        authorityId: null,
        dedupeKey: 'test:outage:1',
        kind: 'test',
        recipientStaffId: null,
        toAddress: 'a@example.org',
        subject: 'One',
        body: 'One',
      },
      {
        authorityId: null,
        dedupeKey: 'test:outage:2',
        kind: 'test',
        recipientStaffId: null,
        toAddress: 'b@example.org',
        subject: 'Two',
        body: 'Two',
      },
    ]);
    const down: MailAdapter = {
      name: 'smtp',
      deliver: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.25:587')),
    };
    expect(
      await deliverDueMail(handle.db, down, { leaseSeconds: 60, minIntervalMs: 0, log }),
    ).toEqual({ sent: 0, failed: 2, settled: 0 });
    const failed = await listOutbox(handle.db);
    expect(failed.map((m) => [m.attempts, m.sentAt, m.lockedUntil, m.lastError])).toEqual([
      [1, null, null, 'Error: connect ECONNREFUSED 10.0.0.25:587'],
      [1, null, null, 'Error: connect ECONNREFUSED 10.0.0.25:587'],
    ]);
    for (const m of failed) expect(m.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Nothing is due before the backoff has passed.
    const file = path.join(dir, 'outage.jsonl');
    const up = fileMailAdapter(file, 'Heard <no-reply@heard.invalid>');
    expect(
      await deliverDueMail(handle.db, up, { leaseSeconds: 60, minIntervalMs: 0, log }),
    ).toEqual({ sent: 0, failed: 0, settled: 0 });
    await handle.db
      .update(schema.outboxMessages)
      .set({ nextAttemptAt: sql`now()` })
      .where(isNull(schema.outboxMessages.sentAt));
    expect(
      await deliverDueMail(handle.db, up, { leaseSeconds: 60, minIntervalMs: 0, log }),
    ).toEqual({ sent: 2, failed: 0, settled: 0 });
    expect((await linesOf(file)).map((l) => l.id).sort()).toEqual(failed.map((m) => m.id).sort());
    await handle.db.delete(schema.outboxMessages);
  });

  it('settles a delivery left in doubt by a crash without sending it twice', async () => {
    await enqueueMessages(handle.db, [
      {
        authorityId: null,
        dedupeKey: 'test:doubt:sent',
        kind: 'test',
        recipientStaffId: null,
        toAddress: 'a@example.org',
        subject: 'Sent',
        body: 'Sent',
      },
    ]);
    const file = path.join(dir, 'doubt.jsonl');
    const adapter = fileMailAdapter(file, 'Heard <no-reply@heard.invalid>');
    // A worker claims the message, sends it, and dies before it can mark it sent.
    const claimed = await claimNextMessage(handle.db, 1);
    expect(claimed?.inDoubt).toBe(false);
    await adapter.deliver({
      id: claimed?.message.id ?? '',
      to: 'a@example.org',
      subject: 'Sent',
      text: 'Sent',
    });
    // A second one claims and dies before sending.
    await enqueueMessages(handle.db, [
      {
        authorityId: null,
        dedupeKey: 'test:doubt:unsent',
        kind: 'test',
        recipientStaffId: null,
        toAddress: 'b@example.org',
        subject: 'Unsent',
        body: 'Unsent',
      },
    ]);
    const unsent = await claimNextMessage(handle.db, 1);
    expect(unsent?.message.dedupeKey).toBe('test:doubt:unsent');
    // While the leases last, no other worker takes them.
    expect(await claimNextMessage(handle.db, 1)).toBeNull();
    await new Promise((r) => setTimeout(r, 1100));
    expect(
      await deliverDueMail(handle.db, adapter, { leaseSeconds: 60, minIntervalMs: 0, log }),
    ).toEqual({ sent: 1, failed: 0, settled: 1 });
    const lines = await linesOf(file);
    expect(lines.map((l) => l.id).sort()).toEqual([claimed?.message.id, unsent?.message.id].sort());
    expect((await listOutbox(handle.db)).every((m) => m.sentAt !== null)).toBe(true);
  });
});

describe('the reminder worker on the embedded engine', () => {
  it('runs in the API process, without pg-boss, through the same outbox', async () => {
    const handle = await openTestDatabase('pglite');
    const dir = await mkdtemp(path.join(tmpdir(), 'heard-inprocess-'));
    try {
      const now = new Date();
      const fixture = await loadFixture(handle.db, now, {
        learning: 3,
        enquiries: 2,
        comments: 1,
        complaints: 1,
      });
      const file = path.join(dir, 'mail.jsonl');
      const env = loadEnv({
        NODE_ENV: 'test',
        REMINDERS_ENABLED: 'true',
        MAIL_TRANSPORT: 'file',
        MAIL_FILE_PATH: file,
      });
      const worker = await startReminderWorker({ db: handle.db, env, log });
      const expected = [...fixture.expected, ...trackerKeys(fixture, now)];
      await until(
        async () => (await linesOf(file)).length === expected.length,
        30_000,
        'the in-process worker to send',
      );
      await worker.stop();
      const outbox = await listOutbox(handle.db);
      expect(outbox.map((m) => m.dedupeKey).sort()).toEqual(expected.sort());
      expect(outbox.every((m) => m.sentAt !== null)).toBe(true);
    } finally {
      await handle.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)(
  'the reminder worker on PostgreSQL, killed and restarted',
  () => {
    let handle: DatabaseHandle;
    let dir: string;
    let url: string;
    const children: ChildProcess[] = [];

    beforeAll(async () => {
      handle = await openTestDatabase('postgres');
      dir = await mkdtemp(path.join(tmpdir(), 'heard-worker-'));
      const result: unknown = await handle.db.execute(sql`select current_database() as name`);
      const rows = (result as { rows: { name: string }[] }).rows;
      const server = new URL(process.env.DATABASE_URL ?? '');
      server.pathname = `/${rows[0]?.name ?? ''}`;
      url = server.toString();
    });
    afterAll(async () => {
      for (const child of children)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await handle.close();
      await rm(dir, { recursive: true, force: true });
    });

    function startWorker(file: string): ChildProcess {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/reminders/worker-main.ts'], {
        cwd: apiRoot,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'error',
          DATABASE_URL: url,
          MAIL_TRANSPORT: 'file',
          MAIL_FILE_PATH: file,
          // Short enough for the test to see a killed worker's messages taken over.
          OUTBOX_LEASE_SECONDS: '2',
          OUTBOX_POLL_SECONDS: '1',
          MAIL_MIN_INTERVAL_MS: '15',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      children.push(child);
      return child;
    }

    const exited = (child: ChildProcess) =>
      new Promise<number | string | null>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          resolve(child.exitCode ?? child.signalCode);
        else
          child.once('exit', (code, signal) => {
            resolve(code ?? signal);
          });
      });

    it(
      'enqueues every reminder once and delivers every message once',
      { timeout: 120_000 },
      async () => {
        const now = new Date();
        const fixture = await loadFixture(handle.db, now);
        const expected = [...fixture.expected, ...trackerKeys(fixture, now)].sort();
        const file = path.join(dir, 'mail.jsonl');

        // Killed early: while starting, scanning or sending its first messages.
        const first = startWorker(file);
        await new Promise((r) => setTimeout(r, 1500));
        first.kill('SIGKILL');
        expect(await exited(first)).toBe('SIGKILL');
        const atFirstKill = (await linesOf(file)).length;

        // Killed in the middle of sending.
        const second = startWorker(file);
        const linesBefore = (await linesOf(file)).length;
        await until(
          async () => (await linesOf(file)).length >= linesBefore + 25,
          60_000,
          'the second worker to send 25 messages',
        );
        second.kill('SIGKILL');
        expect(await exited(second)).toBe('SIGKILL');
        const atSecondKill = (await linesOf(file)).length;
        expect(atSecondKill).toBeLessThan(expected.length);

        // Two workers at once finish the job.
        const third = startWorker(file);
        const fourth = startWorker(file);
        await until(
          async () => {
            const rows = await listOutbox(handle.db);
            return rows.length === expected.length && rows.every((m) => m.sentAt !== null);
          },
          90_000,
          'every message to be sent',
        );
        third.kill('SIGTERM');
        fourth.kill('SIGTERM');
        expect(await Promise.all([exited(third), exited(fourth)])).toEqual([0, 0]);

        const outbox = await listOutbox(handle.db);
        expect(outbox.map((m) => m.dedupeKey).sort()).toEqual(expected);
        const delivered = (await linesOf(file)).map((l) => l.id);
        const perMessage = new Map<string, number>();
        for (const id of delivered) perMessage.set(id, (perMessage.get(id) ?? 0) + 1);
        expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
        expect([...perMessage.keys()].sort()).toEqual(outbox.map((m) => m.id).sort());
        process.stdout.write(
          `reminder worker: ${String(expected.length)} reminders expected, ${String(outbox.length)} in the outbox, ` +
            `${String(delivered.length)} delivered; ${String(atFirstKill)} and ${String(atSecondKill)} delivered before the kills; ` +
            `${String(outbox.filter((m) => m.attempts > 1).length)} taken over after a kill\n`,
        );
      },
    );
  },
);
