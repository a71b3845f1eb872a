/**
 * A statutory complaint from intake to the council's response after a review panel, and a
 * corporate complaint through both stages, through the real API on a real database. Every
 * deadline the API reports is the one the procedure engine computes from the same history.
 */
import { randomUUID } from 'node:crypto';
import {
  addWorkingDays,
  englandAndWalesCalendar,
  evaluateCase,
  LGSCO_COMPLAINT_HANDLING_CODE,
  type CaseEvent,
} from '@heard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@heard/db/testing';
import { startTestApi, statusOf, type TestApi, type TestClient } from './harness.js';

const today = '2026-11-23';
const calendar = englandAndWalesCalendar();
const wd = (from: string, n: number) => addWorkingDays(from, n, calendar);

describe.each(testEngines())('casework on %s', (engine) => {
  let api: TestApi;
  let officer: TestClient;
  let authorityId: string;
  let staff: Awaited<ReturnType<TestClient['trpc']['staff']['list']['query']>>;

  beforeAll(async () => {
    api = await startTestApi(engine, () => new Date(`${today}T10:00:00Z`));
    officer = api.client();
    await officer.signIn('officer@heard.example');
    authorityId =
      (await officer.trpc.auth.me.query())?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
    staff = await officer.trpc.staff.list.query({ authorityId });
  });
  afterAll(async () => {
    await api.close();
  });

  const person = (role: string) => {
    const found = staff.find((s) => s.roles.includes(role as never));
    if (!found) throw new Error(`no ${role}`);
    return { id: found.id, name: found.name };
  };

  async function logComplaint(procedure: 'statutory' | 'corporate', receivedOn: string) {
    return officer.trpc.complaints.create.mutate({
      authorityId,
      requestId: randomUUID(),
      receivedOn,
      receivedVia: 'letter',
      complainantType: 'young_person',
      complainantRelationship: 'young_person',
      subject: procedure === 'statutory' ? 'looked_after_child' : 'early_help',
      whatHappened: 'My placement was changed without asking me.',
      children: [{ age: 14, gender: 'Female', categoryOfSupport: 'child_looked_after' }],
      principalIssue: 'Communication',
      procedure,
      procedureReason: 'As advised.',
    });
  }

  async function record(complaintId: string, event: CaseEvent, requestId = randomUUID()) {
    return officer.trpc.complaints.recordEvent.mutate({
      authorityId,
      complaintId,
      requestId,
      event,
    });
  }

  async function expectDeadlinesMatchDomain(
    complaintId: string,
    events: CaseEvent[],
    policy = LGSCO_COMPLAINT_HANDLING_CODE,
  ) {
    const shown = await officer.trpc.complaints.get.query({ authorityId, complaintId });
    const expected = evaluateCase(events, { calendar, policy, today });
    expect(shown.deadlines.map((d) => [d.id, d.dueOn, d.status])).toEqual(
      expected.deadlines.map((d) => [d.id, d.dueOn, d.status]),
    );
    expect(shown.complaint.state).toBe(expected.state);
    return shown;
  }

  it('takes a statutory complaint through all three stages', async () => {
    const received = '2026-03-02';
    const { id } = await logComplaint('statutory', received);
    const events: CaseEvent[] = [
      { type: 'received', on: received, procedure: 'statutory', channel: 'letter' },
    ];
    const step = async (event: CaseEvent) => {
      await record(id, event);
      events.push(event);
      return expectDeadlinesMatchDomain(id, events);
    };
    await step({ type: 'acknowledged', on: wd(received, 1) });
    await step({
      type: 'extension_agreed',
      on: wd(received, 8),
      reason: 'An advocate is being arranged',
      agreedBy: person('complaints_manager'),
      workingDays: 10,
    });
    const afterStage1 = await step({
      type: 'responded',
      on: wd(received, 18),
      outcomes: [{ issue: 'Communication', outcome: 'not_upheld' }],
      respondedBy: person('responding_manager'),
    });
    expect(afterStage1.allowedEvents).toContain('escalation_requested');
    await step({ type: 'escalation_requested', on: wd(received, 25), to: 2 });
    await step({
      type: 'investigating_officer_appointed',
      on: wd(received, 27),
      person: person('investigating_officer'),
    });
    await step({
      type: 'independent_person_appointed',
      on: wd(received, 27),
      person: { ...person('independent_person'), isMemberOrOfficerOfCouncil: false },
    });
    const stage2 = await step({ type: 'statement_of_complaint_agreed', on: wd(received, 30) });
    expect(stage2.deadlines.find((d) => d.id === 'stage2_response')?.dueOn).toBe(
      wd(wd(received, 30), 25),
    );
    await step({
      type: 'responded',
      on: wd(received, 50),
      outcomes: [{ issue: 'Communication', outcome: 'partly_upheld' }],
      respondedBy: person('senior_responder'),
    });
    await step({ type: 'escalation_requested', on: wd(received, 60), to: 3 });
    await step({
      type: 'panel_held',
      on: wd(received, 85),
      chairId: 'p1',
      members: [
        { id: 'p1', name: 'Ruth Evans', isMemberOrOfficerOfCouncil: false },
        { id: 'p2', name: 'Imran Aziz', isMemberOrOfficerOfCouncil: false },
        { id: 'p3', name: 'Clare Dunn', isMemberOrOfficerOfCouncil: false },
      ],
    });
    await step({ type: 'panel_recommendations_issued', on: wd(received, 89) });
    const done = await step({
      type: 'council_responded_after_panel',
      on: wd(received, 100),
      respondedBy: person('senior_responder'),
    });
    expect(done.complaint.state).toBe('stage3_responded');
    expect(done.events).toHaveLength(events.length);
  });

  it('refuses a corporate stage 2 handled by the stage 1 responder', async () => {
    const received = '2026-09-01';
    const { id } = await logComplaint('corporate', received);
    const responder = person('responding_manager');
    await record(id, { type: 'acknowledged', on: wd(received, 2) });
    await record(id, {
      type: 'responded',
      on: wd(received, 10),
      outcomes: [{ issue: 'Communication', outcome: 'not_upheld' }],
      respondedBy: responder,
    });
    await record(id, { type: 'escalation_requested', on: wd(received, 14), to: 2 });
    await record(id, { type: 'acknowledged', on: wd(received, 15) });
    const refused = await officer.trpc.complaints.recordEvent
      .mutate({
        authorityId,
        complaintId: id,
        requestId: randomUUID(),
        event: {
          type: 'responded',
          on: wd(received, 30),
          outcomes: [{ issue: 'Communication', outcome: 'upheld' }],
          respondedBy: responder,
        },
      })
      .catch((e: unknown) => e as { data?: { reason?: string; httpStatus?: number } });
    expect(refused).toMatchObject({
      data: { reason: 'stage2_handler_was_stage1_responder', httpStatus: 409 },
    });
    await record(id, {
      type: 'responded',
      on: wd(received, 30),
      outcomes: [{ issue: 'Communication', outcome: 'upheld' }],
      respondedBy: person('senior_responder'),
    });
    const shown = await officer.trpc.complaints.get.query({ authorityId, complaintId: id });
    expect(shown.complaint.state).toBe('stage2_responded');
  });

  it('records a double-clicked action once', async () => {
    const { id } = await logComplaint('statutory', '2026-11-02');
    const requestId = randomUUID();
    const event: CaseEvent = { type: 'acknowledged', on: '2026-11-03' };
    const [a, b] = await Promise.all([record(id, event, requestId), record(id, event, requestId)]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    const shown = await officer.trpc.complaints.get.query({ authorityId, complaintId: id });
    expect(shown.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
  });

  it('names the field that is wrong and saves nothing', async () => {
    const before = (await officer.trpc.complaints.inbox.query({ authorityId })).total;
    const error = await officer.trpc.complaints.create
      .mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: '2026-13-45',
        receivedVia: 'letter',
        complainantType: 'young_person',
        complainantRelationship: 'young_person',
        subject: 'looked_after_child',
        whatHappened: '',
        procedure: 'statutory',
        procedureReason: 'x',
      })
      .catch((e: unknown) => e as { data?: { fieldErrors?: Record<string, string[]> } });
    expect(error).toMatchObject({
      data: {
        fieldErrors: {
          receivedOn: [expect.stringContaining('real date')],
          whatHappened: ['Tell us what happened'],
        },
      },
    });
    expect((await officer.trpc.complaints.inbox.query({ authorityId })).total).toBe(before);
  });

  it('keeps triage all-or-nothing when a step is refused', async () => {
    const { id } = await logComplaint('statutory', '2026-11-02');
    await record(id, { type: 'acknowledged', on: '2026-11-03' });
    // Acknowledging again is refused, so the procedure change in the same triage is not kept.
    const status = await statusOf(
      officer.trpc.complaints.triage.mutate({
        authorityId,
        complaintId: id,
        requestId: randomUUID(),
        procedure: 'corporate',
        procedureReason: 'About early help',
        acknowledgedOn: '2026-11-04',
        advocacyOffered: true,
      }),
    );
    expect(status).toBe(409);
    const shown = await officer.trpc.complaints.get.query({ authorityId, complaintId: id });
    expect(shown.complaint.procedure).toBe('statutory');
    expect(shown.complaint.triagedAt).toBeNull();
  });

  it('records every view and change in an audit trail managers can read', async () => {
    const { id } = await logComplaint('statutory', '2026-11-02');
    await officer.trpc.complaints.get.query({ authorityId, complaintId: id });
    const manager = api.client();
    await manager.signIn('manager@heard.example');
    const trail = await manager.trpc.audit.list.query({ authorityId, complaintId: id });
    expect(trail.map((t) => t.action).sort()).toEqual(['complaint.logged', 'complaint.viewed']);
  });
});
