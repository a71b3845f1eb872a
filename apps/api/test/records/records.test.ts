/**
 * Compliments, comments, enquiries, Ombudsman cases and learning actions through the real API on
 * a real database: bad input is refused at its field, a double-click records once, and an action
 * refused half-way leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCompliment, findComplimentByIdempotencyKey, findRequestClaim } from '@heard/db';
import { testEngines } from '@heard/db/testing';
import { addWorkingDays, englandAndWalesCalendar, isoDateInLondon } from '@heard/domain';
import { TRPCClientError } from '@trpc/client';
import { startTestApi, type TestApi, type TestClient } from '../harness.js';

async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as {
        code?: string;
        fieldErrors?: Record<string, string[]>;
        reason?: string;
      };
      return {
        code: data.code,
        fieldErrors: data.fieldErrors ?? {},
        reason: data.reason,
        message: error.message,
      };
    }
    throw error;
  }
  throw new Error('the call was expected to be refused');
}

const calendar = englandAndWalesCalendar();
const today = isoDateInLondon(new Date());
const tomorrow = addWorkingDays(today, 1, calendar);

describe.each(testEngines())('records on %s', (engine) => {
  let api: TestApi;
  let manager: TestClient;
  let officer: TestClient;
  let authorityId: string;

  beforeAll(async () => {
    api = await startTestApi(engine);
    manager = api.client();
    await manager.signIn('manager@heard.example');
    officer = api.client();
    await officer.signIn('officer@heard.example');
    const me = await manager.trpc.auth.me.query();
    authorityId = me?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
  });
  afterAll(async () => {
    await api.close();
  });

  it('logs a compliment once however often it is sent, against each team named', async () => {
    const requestId = randomUUID();
    const input = {
      authorityId,
      requestId,
      receivedOn: today,
      fromType: 'parent_carer' as const,
      teams: 'Fostering Team\nCare Leavers Team, fostering team',
      words: 'Thank you Sara for everything you did for Jamal.',
    };
    const [first, second] = await Promise.all([
      officer.trpc.compliments.create.mutate(input),
      officer.trpc.compliments.create.mutate(input),
    ]);
    expect(first.id).toBe(second.id);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    const list = await officer.trpc.compliments.list.query({ authorityId, limit: 100 });
    expect(list.rows.filter((r) => r.id === first.id)).toHaveLength(1);
    expect((await findCompliment(api.handle.db, authorityId, first.id))?.teams).toEqual([
      'Fostering Team',
      'Care Leavers Team',
    ]);
  });

  it('refuses a compliment with no team, no words or a date in the future, at each field', async () => {
    const refused = await refusalOf(
      officer.trpc.compliments.create.mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: today,
        fromType: 'young_person',
        teams: ' ',
        words: '',
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fieldErrors.teams).toEqual(['Enter at least one team']);
    expect(refused.fieldErrors.words).toEqual(['Enter the words of the compliment']);
    const future = await refusalOf(
      officer.trpc.compliments.create.mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: tomorrow,
        fromType: 'young_person',
        teams: ['Fostering Team'],
        words: 'Thank you.',
      }),
    );
    expect(future.fieldErrors.receivedOn).toEqual(['The date cannot be in the future']);
  });

  it('publishes only approved words with the marked names replaced, keeping the words received', async () => {
    const { id } = await officer.trpc.compliments.create.mutate({
      authorityId,
      requestId: randomUUID(),
      receivedOn: today,
      fromType: 'young_person',
      teams: ['Children in Care Team'],
      words: 'Sara is the best social worker Jamal has ever had.',
    });
    const leaked = await refusalOf(
      manager.trpc.compliments.approve.mutate({
        authorityId,
        complimentId: id,
        requestId: randomUUID(),
        markedNames: 'Sara, Jamal',
        redactedWords: 'XX is the best social worker Jamal has ever had.',
      }),
    );
    expect(leaked.fieldErrors.redactedWords).toEqual([
      'The words to publish still contain the name “Jamal”',
    ]);
    expect(
      await officer.trpc.compliments.get.query({ authorityId, complimentId: id }),
    ).toMatchObject({
      approvedWords: null,
      draftWords: 'Sara is the best social worker Jamal has ever had.',
    });
    await manager.trpc.compliments.approve.mutate({
      authorityId,
      complimentId: id,
      requestId: randomUUID(),
      markedNames: 'Sara, Jamal',
      redactedWords: 'XX is the best social worker XX has ever had.',
    });
    const approved = await officer.trpc.compliments.get.query({ authorityId, complimentId: id });
    expect(approved.words).toBe('Sara is the best social worker Jamal has ever had.');
    expect(approved.approvedWords).toBe('XX is the best social worker XX has ever had.');
    expect(approved.markedNames).toEqual(['Jamal', 'Sara']);
    expect(approved.approvedByName).toBe('Priya Shah');
  });

  it('keeps one compliment sent twice from the portal', async () => {
    const idempotencyKey = randomUUID();
    const input = {
      authorityCode: 'WBC',
      idempotencyKey,
      fromType: 'young_person' as const,
      words: 'You listened to me.',
      teamHint: 'Leaving care',
    };
    await api.client().trpc.portal.submitCompliment.mutate(input);
    await api.client().trpc.portal.submitCompliment.mutate(input);
    const list = await officer.trpc.compliments.list.query({ authorityId, limit: 100 });
    const sent = list.rows.filter((r) => r.words === 'You listened to me.');
    expect(sent).toHaveLength(1);
    // Staff place it against a team before it is counted by team.
    await officer.trpc.compliments.setTeams.mutate({
      authorityId,
      complimentId: sent[0]?.id ?? '',
      requestId: randomUUID(),
      teams: 'Care Leavers Team',
    });
    expect(
      (await officer.trpc.compliments.get.query({ authorityId, complimentId: sent[0]?.id ?? '' }))
        .teams,
    ).toEqual(['Care Leavers Team']);
    expect(
      await findComplimentByIdempotencyKey(api.handle.db, authorityId, idempotencyKey),
    ).toMatchObject({
      source: 'portal',
      teamHint: 'Leaving care',
      teams: ['Care Leavers Team'],
    });
  });

  it('takes a comment through acknowledgement, forwarding and answer, against the council’s timescale', async () => {
    const receivedOn = addWorkingDays('2026-01-05', 0, calendar);
    const { id } = await officer.trpc.comments.create.mutate({
      authorityId,
      requestId: randomUUID(),
      receivedOn,
      receivedVia: 'telephone',
      fromType: 'parent_carer',
      summary: 'Asks why contact was moved.',
    });
    const before = await officer.trpc.comments.get.query({ authorityId, commentId: id });
    expect(before.timing.dueOn).toBe(addWorkingDays(receivedOn, 10, calendar));
    expect(before.timing.status).toBe(today > before.timing.dueOn ? 'missed' : 'pending');
    const early = await refusalOf(
      officer.trpc.comments.recordStep.mutate({
        authorityId,
        commentId: id,
        requestId: randomUUID(),
        type: 'acknowledged',
        on: '2025-12-31',
      }),
    );
    expect(early.fieldErrors.on).toEqual(['The date cannot be before the date it was received']);
    await officer.trpc.comments.recordStep.mutate({
      authorityId,
      commentId: id,
      requestId: randomUUID(),
      type: 'acknowledged',
      on: receivedOn,
    });
    const forward = {
      authorityId,
      commentId: id,
      requestId: randomUUID(),
      type: 'forwarded' as const,
      on: receivedOn,
      forwardedTo: 'Team Manager, Fostering',
    };
    await officer.trpc.comments.recordStep.mutate(forward);
    expect((await officer.trpc.comments.recordStep.mutate(forward)).duplicate).toBe(true);
    await officer.trpc.comments.recordStep.mutate({
      authorityId,
      commentId: id,
      requestId: randomUUID(),
      type: 'answered',
      on: addWorkingDays(receivedOn, 3, calendar),
      answerSummary: 'The team manager called back.',
    });
    const again = await refusalOf(
      officer.trpc.comments.recordStep.mutate({
        authorityId,
        commentId: id,
        requestId: randomUUID(),
        type: 'acknowledged',
        on: receivedOn,
      }),
    );
    expect(again).toMatchObject({ code: 'CONFLICT', reason: 'already_answered' });
    const after = await officer.trpc.comments.get.query({ authorityId, commentId: id });
    expect(after).toMatchObject({
      acknowledgedOn: receivedOn,
      forwardedTo: 'Team Manager, Fostering',
      timing: { status: 'met' },
    });
  });

  it('needs the member’s name and role for a member enquiry, and tracks its answer', async () => {
    const refused = await refusalOf(
      officer.trpc.enquiries.create.mutate({
        authorityId,
        requestId: randomUUID(),
        kind: 'member_enquiry',
        receivedOn: today,
        receivedVia: 'email',
        summary: 'About a constituent.',
      }),
    );
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(['fromName', 'memberRole']);
    const { id } = await officer.trpc.enquiries.create.mutate({
      authorityId,
      requestId: randomUUID(),
      kind: 'member_enquiry',
      receivedOn: today,
      receivedVia: 'email',
      fromName: 'Jane Porter MP',
      memberRole: 'mp',
      summary: 'About a constituent.',
    });
    await officer.trpc.enquiries.answer.mutate({
      authorityId,
      enquiryId: id,
      requestId: randomUUID(),
      answeredOn: today,
      answerSummary: 'Replied.',
    });
    const enquiry = await officer.trpc.enquiries.get.query({ authorityId, enquiryId: id });
    expect(enquiry).toMatchObject({
      memberRoleLabel: 'MP',
      answeredOn: today,
      timing: { status: 'met' },
    });
  });

  it('records an Ombudsman case from enquiry to decision, remedies and compliance', async () => {
    const unknown = await refusalOf(
      officer.trpc.ombudsman.create.mutate({
        authorityId,
        requestId: randomUUID(),
        complaintReference: 'WBC-99-99999',
        receivedOn: '2026-01-05',
        area: 'social_care',
        summary: 'Delay.',
      }),
    );
    expect(unknown.fieldErrors.complaintReference).toEqual([
      'There is no complaint with that reference for this council',
    ]);
    const inbox = await officer.trpc.complaints.inbox.query({ authorityId, limit: 1 });
    const complaint = inbox.rows[0];
    const { id: caseId } = await officer.trpc.ombudsman.create.mutate({
      authorityId,
      requestId: randomUUID(),
      lgscoReference: '26 001 002',
      complaintReference: complaint?.reference.toLowerCase(),
      receivedOn: '2026-01-05',
      area: 'social_care',
      summary: 'Delay in the family assessment.',
    });
    const step = (input: Record<string, unknown>) =>
      officer.trpc.ombudsman.recordStep.mutate({
        authorityId,
        caseId,
        requestId: randomUUID(),
        ...input,
      } as never);
    const tooSoon = await refusalOf(
      step({ type: 'remedy_added', kind: 'apology', dueOn: '2026-02-02' }),
    );
    expect(tooSoon).toMatchObject({ code: 'CONFLICT', reason: 'remedies_need_a_decision' });
    await step({
      type: 'enquiry_received',
      receivedOn: '2026-01-06',
      dueOn: '2026-01-20',
      summary: 'Send the chronology.',
    });
    const noAmount = await refusalOf(
      step({
        type: 'decision',
        decision: 'closed_after_initial_enquiries',
        decidedOn: '2026-01-26',
      }),
    );
    expect(Object.keys(noAmount.fieldErrors).sort()).toEqual(['closedReason', 'publication']);
    await step({
      type: 'decision',
      decision: 'upheld_fault_injustice',
      decidedOn: '2026-01-26',
      publication: 'public_interest_report',
    });
    const payment = await refusalOf(
      step({ type: 'remedy_added', kind: 'payment_time_and_trouble', dueOn: '2026-02-23' }),
    );
    expect(payment.fieldErrors.amount).toEqual(['Enter the amount in pounds, like 250 or 250.50']);
    await step({
      type: 'remedy_added',
      kind: 'payment_time_and_trouble',
      amount: '£1,000',
      dueOn: '2026-02-23',
    });
    const loaded = await officer.trpc.ombudsman.get.query({ authorityId, caseId });
    expect(loaded.complaintReference).toBe(complaint?.reference);
    expect(loaded.decisionLabel).toBe('Upheld: fault causing injustice');
    expect(loaded.publicationLabel).toBe('Public interest report');
    expect(loaded.remedies).toMatchObject([
      { kindLabel: 'Payment for time and trouble', amountPence: 100_000, amountText: '£1,000.00' },
    ]);
    const enquiryId = loaded.enquiries[0]?.id ?? '';
    await step({ type: 'enquiry_answered', enquiryId, answeredOn: '2026-01-19' });
    const remedyId = loaded.remedies[0]?.id ?? '';
    await step({
      type: 'remedy_complied',
      remedyId,
      compliedOn: '2026-02-20',
      evidence: 'Payment made on 20 February.',
    });
    const done = await officer.trpc.ombudsman.get.query({ authorityId, caseId });
    expect(done.enquiries[0]).toMatchObject({
      answeredOn: '2026-01-19',
      timing: { status: 'met' },
    });
    expect(done.remedies[0]).toMatchObject({
      compliedOn: '2026-02-20',
      evidence: 'Payment made on 20 February.',
      timing: { status: 'met' },
    });
  });

  it('shows overdue learning actions in the workload and groups them by theme', async () => {
    const inbox = await officer.trpc.complaints.inbox.query({ authorityId, limit: 1 });
    const before = await officer.trpc.workload.summary.query({ authorityId });
    const raise = (issue: string, dueOn: string) =>
      officer.trpc.learning.create.mutate({
        authorityId,
        requestId: randomUUID(),
        complaintReference: inbox.rows[0]?.reference,
        issue,
        lesson: 'Calls went unanswered.',
        action: 'Return calls within 24 hours.',
        owningTeam: 'Themes Team',
        dueOn,
      });
    const { id } = await raise('Lack of communication', '2026-01-05');
    await raise('Lack of communication', '2097-01-04');
    const after = await officer.trpc.workload.summary.query({ authorityId });
    expect(after.learningOverdue).toBe(before.learningOverdue + 1);
    const themes = await officer.trpc.learning.themes.query({ authorityId });
    expect(themes.rows.find((t) => t.owningTeam === 'Themes Team')).toEqual({
      issue: 'Lack of communication',
      owningTeam: 'Themes Team',
      total: 2,
      open: 2,
      overdue: 1,
      done: 0,
    });
    const future = await refusalOf(
      officer.trpc.learning.setStatus.mutate({
        authorityId,
        actionId: id,
        requestId: randomUUID(),
        status: 'done',
        on: tomorrow,
      }),
    );
    expect(future.fieldErrors.on).toEqual(['The date cannot be in the future']);
    await officer.trpc.learning.setStatus.mutate({
      authorityId,
      actionId: id,
      requestId: randomUUID(),
      status: 'done',
      on: today,
    });
    expect((await officer.trpc.workload.summary.query({ authorityId })).learningOverdue).toBe(
      before.learningOverdue,
    );
    expect(await officer.trpc.learning.get.query({ authorityId, actionId: id })).toMatchObject({
      status: 'done',
      doneOn: today,
      overdue: false,
    });
  });

  it('leaves nothing behind when an action is refused half-way', async () => {
    const page = await officer.trpc.comments.list.query({ authorityId, view: 'answered' });
    const answered = page.rows[0];
    const requestId = randomUUID();
    const refused = await refusalOf(
      officer.trpc.comments.recordStep.mutate({
        authorityId,
        commentId: answered?.id ?? '',
        requestId,
        type: 'forwarded',
        on: answered?.receivedOn ?? today,
        forwardedTo: 'Someone',
      }),
    );
    expect(refused.reason).toBe('already_answered');
    // The request id claimed at the start of the action was rolled back with it.
    expect(await findRequestClaim(api.handle.db, authorityId, requestId)).toBeUndefined();
  });

  it('reads each list a page at a time, the second page carrying on where the first stopped', async () => {
    // Three compliments received on the same day, sent at once: the id settles their order.
    await Promise.all(
      ['First', 'Second', 'Third'].map((words) =>
        officer.trpc.compliments.create.mutate({
          authorityId,
          requestId: randomUUID(),
          receivedOn: today,
          fromType: 'professional',
          teams: ['Paging Team'],
          words: `${words} compliment for paging.`,
        }),
      ),
    );
    const lists = {
      compliments: (page: { limit: number; offset?: number }) =>
        officer.trpc.compliments.list.query({ authorityId, ...page }),
      comments: (page: { limit: number; offset?: number }) =>
        officer.trpc.comments.list.query({ authorityId, ...page }),
      enquiries: (page: { limit: number; offset?: number }) =>
        officer.trpc.enquiries.list.query({ authorityId, ...page }),
      ombudsman: (page: { limit: number; offset?: number }) =>
        officer.trpc.ombudsman.list.query({ authorityId, ...page }),
      learning: (page: { limit: number; offset?: number }) =>
        officer.trpc.learning.list.query({ authorityId, ...page }),
    };
    for (const [name, list] of Object.entries(lists)) {
      const whole = await list({ limit: 100 });
      expect(whole.rows.length, name).toBeGreaterThan(1);
      const ids = whole.rows.map((r) => r.id);
      const first = await list({ limit: 2 });
      const second = await list({ limit: 2, offset: 2 });
      expect(
        first.rows.map((r) => r.id),
        name,
      ).toEqual(ids.slice(0, 2));
      expect(
        second.rows.map((r) => r.id),
        name,
      ).toEqual(ids.slice(2, 4));
      expect(second.total, name).toBe(whole.total);
      const beyond = await list({ limit: 2, offset: whole.total });
      expect(beyond.rows, name).toEqual([]);
      expect(beyond.total, name).toBe(whole.total);
    }
    const paged = await lists.compliments({ limit: 1, offset: 1 });
    expect(paged.rows[0]?.words).toMatch(/compliment for paging\.$/);
  });

  it('refuses a page before the first or larger than 100 rows', async () => {
    for (const page of [
      { limit: 2, offset: -1 },
      { limit: 101, offset: 0 },
    ]) {
      const refused = await refusalOf(officer.trpc.comments.list.query({ authorityId, ...page }));
      expect(refused.code).toBe('BAD_REQUEST');
    }
  });

  it('never shows one council’s records to another council’s staff', async () => {
    const other = api.client();
    await other.signIn('northmoor.officer@heard.example');
    const ours = await officer.trpc.comments.list.query({ authorityId });
    const me = await other.trpc.auth.me.query();
    const northmoorId = me?.authorities[0]?.id ?? '';
    const theirs = await other.trpc.comments.get
      .query({ authorityId: northmoorId, commentId: ours.rows[0]?.id ?? '' })
      .then(
        () => 'found',
        (error: unknown) =>
          error instanceof TRPCClientError ? (error.data as { code: string }).code : 'other',
      );
    expect(theirs).toBe('NOT_FOUND');
  });
});
