/**
 * The access-control matrix: every tRPC procedure, called by every staff role, by an anonymous
 * caller and by another authority's staff. Each call is allowed, or refused with 401 ("who are
 * you?") or 403 ("you may not"); none fails with a server error. A procedure added to the router
 * without a row here fails the first test.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@heard/db/testing';
import { appRouter } from '../src/router.js';
import { startTestApi, statusOf, type TestApi, type TestClient } from './harness.js';

const roleAccounts = {
  complaints_officer: 'officer@heard.example',
  complaints_manager: 'manager@heard.example',
  responding_manager: 'responder@heard.example',
  senior_responder: 'director@heard.example',
  investigating_officer: 'investigator@heard.example',
  independent_person: 'independent@heard.example',
  panel_member: 'panel@heard.example',
  auditor: 'auditor@heard.example',
  system_administrator: 'admin@heard.example',
} as const;
type Role = keyof typeof roleAccounts;
type Caller = Role | 'anonymous' | 'other_authority';
const callers: Caller[] = [
  ...(Object.keys(roleAccounts) as Role[]),
  'anonymous',
  'other_authority',
];

interface Fixture {
  westbridgeId: string;
  northmoorId: string;
  complaintId: string;
}

type Expect = 'allowed' | 401 | 403;
interface Row {
  call: (client: TestClient, f: Fixture, authorityId: string) => Promise<unknown>;
  /**
   * Roles allowed; anyone else signed in gets 403, anonymous 401. `public` allows everyone.
   * `portal_session` needs a portal visitor's session token, which no staff caller holds: 401.
   */
  allowed: readonly Role[] | 'public' | 'signed_in' | 'portal_session';
}

const team: Role[] = ['complaints_officer', 'complaints_manager'];
const readAll: Role[] = [...team, 'responding_manager', 'senior_responder', 'auditor'];
const assignedOnly: Role[] = ['investigating_officer', 'independent_person', 'panel_member'];
/** Compliments, comments, enquiries, Ombudsman cases and learning actions. */
const records: Role[] = readAll;
/** The annual report, its drill-down and context figures. */
const reportReaders: Role[] = readAll;

/** A portal session token nobody was given: staff and anonymous callers hold none. */
const noPortalToken = 'not-a-portal-session-token-0000000000';

const matrix: Record<string, Row> = {
  'auth.signIn': {
    allowed: 'public',
    call: (c) =>
      c.trpc.auth.signIn.mutate({ email: 'panel@heard.example', password: 'heard-demo-password' }),
  },
  'auth.signOut': { allowed: 'signed_in', call: (c) => c.trpc.auth.signOut.mutate() },
  'auth.startTotpSetup': { allowed: 'signed_in', call: (c) => c.trpc.auth.startTotpSetup.mutate() },
  'auth.enableTotp': {
    allowed: 'signed_in',
    call: (c) =>
      c.trpc.auth.enableTotp.mutate({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', code: '000000' }),
  },
  'auth.me': { allowed: 'public', call: (c) => c.trpc.auth.me.query() },
  'portal.authorities': { allowed: 'public', call: (c) => c.trpc.portal.authorities.query() },
  'portal.submitComplaint': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.submitComplaint.mutate({
        authorityCode: 'WBC',
        idempotencyKey: randomUUID(),
        complainantType: 'young_person',
        whatHappened: 'Testing who may submit.',
      }),
  },
  'portal.track': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.track.query({
        authorityCode: 'WBC',
        reference: 'WBC-26-00001',
        trackingCode: 'X',
      }),
  },
  'complaints.inbox': {
    allowed: [...readAll, ...assignedOnly],
    call: (c, _f, authorityId) => c.trpc.complaints.inbox.query({ authorityId }),
  },
  'complaints.get': {
    allowed: readAll,
    call: (c, f, authorityId) =>
      c.trpc.complaints.get.query({ authorityId, complaintId: f.complaintId }),
  },
  'complaints.create': {
    allowed: team,
    call: (c, _f, authorityId) =>
      c.trpc.complaints.create.mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: '2026-11-02',
        receivedVia: 'letter',
        complainantType: 'parent_carer',
        complainantRelationship: 'parent_or_parental_responsibility',
        subject: 'child_in_need',
        whatHappened: 'A letter about the child in need plan.',
        procedure: 'statutory',
        procedureReason: 'Services for a child in need are in scope of the statutory procedure.',
      }),
  },
  'complaints.triage': {
    allowed: team,
    call: (c, f, authorityId) =>
      c.trpc.complaints.triage.mutate({
        authorityId,
        complaintId: f.complaintId,
        requestId: randomUUID(),
        procedure: 'statutory',
        procedureReason: 'About a looked-after child.',
        advocacyOffered: true,
      }),
  },
  'complaints.recordEvent': {
    allowed: team,
    call: (c, f, authorityId) =>
      c.trpc.complaints.recordEvent.mutate({
        authorityId,
        complaintId: f.complaintId,
        requestId: randomUUID(),
        event: { type: 'put_on_hold', on: '2026-11-02', reason: 'Court proceedings' },
      }),
  },
  'complaints.addNote': {
    allowed: [...team, 'responding_manager', 'senior_responder'],
    call: (c, f, authorityId) =>
      c.trpc.complaints.addNote.mutate({
        authorityId,
        complaintId: f.complaintId,
        requestId: randomUUID(),
        body: 'Called the young person back.',
      }),
  },
  'complaints.assign': {
    allowed: team,
    call: async (c, f, authorityId) => {
      const staff = await c.trpc.staff.list.query({ authorityId }).catch(() => []);
      const investigator = staff.find((s) => s.roles.includes('investigating_officer'));
      return c.trpc.complaints.assign.mutate({
        authorityId,
        complaintId: f.complaintId,
        staffId: investigator?.id ?? randomUUID(),
        role: 'investigating_officer',
      });
    },
  },
  'workload.summary': {
    allowed: [...team, 'responding_manager', 'senior_responder', 'auditor'],
    call: (c, _f, authorityId) => c.trpc.workload.summary.query({ authorityId }),
  },
  'audit.list': {
    allowed: ['complaints_manager', 'auditor'],
    call: (c, _f, authorityId) => c.trpc.audit.list.query({ authorityId }),
  },
  'staff.list': {
    allowed: [...team, 'responding_manager', 'senior_responder'],
    call: (c, _f, authorityId) => c.trpc.staff.list.query({ authorityId }),
  },
  'portal.submitCompliment': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.submitCompliment.mutate({
        authorityCode: 'WBC',
        idempotencyKey: randomUUID(),
        fromType: 'young_person',
        words: 'Thank you for listening to me.',
      }),
  },
  'compliments.list': {
    allowed: records,
    call: (c, _f, authorityId) => c.trpc.compliments.list.query({ authorityId }),
  },
  'compliments.get': {
    allowed: records,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.compliments.list.query({ authorityId }).catch(() => null);
      return c.trpc.compliments.get.query({
        authorityId,
        complimentId: page?.rows[0]?.id ?? randomUUID(),
      });
    },
  },
  'compliments.create': {
    allowed: team,
    call: (c, _f, authorityId) =>
      c.trpc.compliments.create.mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: '2026-01-05',
        fromType: 'professional',
        teams: ['Fostering Team'],
        words: 'Exemplary work in a complex case.',
      }),
  },
  'compliments.setTeams': {
    allowed: team,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.compliments.list.query({ authorityId }).catch(() => null);
      return c.trpc.compliments.setTeams.mutate({
        authorityId,
        complimentId: page?.rows[0]?.id ?? randomUUID(),
        requestId: randomUUID(),
        teams: ['Fostering Team'],
      });
    },
  },
  'compliments.approve': {
    allowed: ['complaints_manager'],
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.compliments.list.query({ authorityId }).catch(() => null);
      return c.trpc.compliments.approve.mutate({
        authorityId,
        complimentId: page?.rows[0]?.id ?? randomUUID(),
        requestId: randomUUID(),
        markedNames: 'Amira',
        redactedWords: 'XX was wonderful.',
      });
    },
  },
  'comments.list': {
    allowed: records,
    call: (c, _f, authorityId) => c.trpc.comments.list.query({ authorityId }),
  },
  'comments.get': {
    allowed: records,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.comments.list.query({ authorityId }).catch(() => null);
      return c.trpc.comments.get.query({
        authorityId,
        commentId: page?.rows[0]?.id ?? randomUUID(),
      });
    },
  },
  'comments.create': {
    allowed: team,
    call: (c, _f, authorityId) =>
      c.trpc.comments.create.mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: '2026-01-05',
        receivedVia: 'telephone',
        fromType: 'parent_carer',
        summary: 'A question about contact arrangements.',
      }),
  },
  'comments.recordStep': {
    allowed: team,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.comments.list
        .query({ authorityId, view: 'open' })
        .catch(() => null);
      return c.trpc.comments.recordStep.mutate({
        authorityId,
        commentId: page?.rows[0]?.id ?? randomUUID(),
        requestId: randomUUID(),
        type: 'acknowledged',
        on: page?.today ?? '2026-01-05',
      });
    },
  },
  'enquiries.list': {
    allowed: records,
    call: (c, _f, authorityId) => c.trpc.enquiries.list.query({ authorityId }),
  },
  'enquiries.get': {
    allowed: records,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.enquiries.list.query({ authorityId }).catch(() => null);
      return c.trpc.enquiries.get.query({
        authorityId,
        enquiryId: page?.rows[0]?.id ?? randomUUID(),
      });
    },
  },
  'enquiries.create': {
    allowed: team,
    call: (c, _f, authorityId) =>
      c.trpc.enquiries.create.mutate({
        authorityId,
        requestId: randomUUID(),
        kind: 'member_enquiry',
        receivedOn: '2026-01-05',
        receivedVia: 'email',
        fromName: 'Cllr Test',
        memberRole: 'councillor',
        summary: 'Asks about a resident’s case.',
      }),
  },
  'enquiries.answer': {
    allowed: team,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.enquiries.list
        .query({ authorityId, view: 'open' })
        .catch(() => null);
      return c.trpc.enquiries.answer.mutate({
        authorityId,
        enquiryId: page?.rows[0]?.id ?? randomUUID(),
        requestId: randomUUID(),
        answeredOn: page?.today ?? '2026-01-05',
        answerSummary: 'Replied with the details.',
      });
    },
  },
  'ombudsman.list': {
    allowed: records,
    call: (c, _f, authorityId) => c.trpc.ombudsman.list.query({ authorityId }),
  },
  'ombudsman.get': {
    allowed: records,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.ombudsman.list.query({ authorityId }).catch(() => null);
      return c.trpc.ombudsman.get.query({ authorityId, caseId: page?.rows[0]?.id ?? randomUUID() });
    },
  },
  'ombudsman.create': {
    allowed: team,
    call: (c, _f, authorityId) =>
      c.trpc.ombudsman.create.mutate({
        authorityId,
        requestId: randomUUID(),
        receivedOn: '2026-01-05',
        area: 'education_send',
        summary: 'Delay in issuing an EHCP.',
      }),
  },
  'ombudsman.recordStep': {
    allowed: team,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.ombudsman.list.query({ authorityId }).catch(() => null);
      return c.trpc.ombudsman.recordStep.mutate({
        authorityId,
        caseId: page?.rows[0]?.id ?? randomUUID(),
        requestId: randomUUID(),
        type: 'enquiry_received',
        receivedOn: '2026-01-05',
        dueOn: '2026-01-19',
        summary: 'Further questions.',
      });
    },
  },
  'learning.list': {
    allowed: records,
    call: (c, _f, authorityId) => c.trpc.learning.list.query({ authorityId }),
  },
  'learning.get': {
    allowed: records,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.learning.list.query({ authorityId }).catch(() => null);
      return c.trpc.learning.get.query({
        authorityId,
        actionId: page?.rows[0]?.id ?? randomUUID(),
      });
    },
  },
  'learning.create': {
    allowed: team,
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.ombudsman.list.query({ authorityId }).catch(() => null);
      return c.trpc.learning.create.mutate({
        authorityId,
        requestId: randomUUID(),
        ombudsmanCaseId: page?.rows[0]?.id ?? randomUUID(),
        issue: 'Delay',
        lesson: 'Assessments overran.',
        action: 'Check timescales weekly.',
        owningTeam: 'Assessment Team 1',
        dueOn: '2026-03-02',
      });
    },
  },
  'learning.setStatus': {
    allowed: [...team, 'responding_manager', 'senior_responder'],
    call: async (c, _f, authorityId) => {
      const page = await c.trpc.learning.list
        .query({ authorityId, view: 'open' })
        .catch(() => null);
      return c.trpc.learning.setStatus.mutate({
        authorityId,
        actionId: page?.rows[0]?.id ?? randomUUID(),
        requestId: randomUUID(),
        status: 'done',
        on: page?.today ?? '2026-01-05',
      });
    },
  },
  'learning.themes': {
    allowed: records,
    call: (c, _f, authorityId) => c.trpc.learning.themes.query({ authorityId }),
  },
  'portal.submitComment': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.submitComment.mutate({
        authorityCode: 'WBC',
        idempotencyKey: randomUUID(),
        fromType: 'young_person',
        summary: 'The new youth club times are good.',
      }),
  },
  'portal.requestNextStage': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.requestNextStage.mutate({
        authorityCode: 'WBC',
        reference: 'WBC-26-00001',
        trackingCode: 'X',
        requestId: randomUUID(),
      }),
  },
  'portal.advocacyReferrals': {
    allowed: readAll,
    call: (c, _f, authorityId) => c.trpc.portal.advocacyReferrals.query({ authorityId }),
  },
  'portal.letter': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.letter.query({
        authorityCode: 'WBC',
        reference: 'WBC-26-00001',
        trackingCode: 'X',
      }),
  },
  'portal.saveDraft': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.saveDraft.mutate({
        authorityCode: 'WBC',
        journey: 'complaint',
        lookupId: randomBytes(32).toString('hex'),
        salt: randomBytes(16).toString('base64url'),
        iv: randomBytes(12).toString('base64url'),
        ciphertext: randomBytes(48).toString('base64url'),
      }),
  },
  'portal.emailDraftCode': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.emailDraftCode.mutate({
        authorityCode: 'WBC',
        lookupId: 'f'.repeat(64),
        returnCode: '7KQM-4X2P-9HDT',
        email: 'sam@example.com',
      }),
  },
  'portal.resumeDraft': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.resumeDraft.query({ authorityCode: 'WBC', lookupId: 'f'.repeat(64) }),
  },
  'portal.deleteDraft': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.deleteDraft.mutate({ authorityCode: 'WBC', lookupId: 'f'.repeat(64) }),
  },
  'portal.requestSignInLink': {
    allowed: 'public',
    call: (c) =>
      c.trpc.portal.requestSignInLink.mutate({
        authorityCode: 'WBC',
        email: 'nobody@example.com',
        kind: 'contact',
      }),
  },
  'portal.signIn': {
    allowed: 'public',
    call: (c) => c.trpc.portal.signIn.mutate({ authorityCode: 'WBC', token: noPortalToken }),
  },
  'portal.session': {
    allowed: 'public',
    call: (c) => c.trpc.portal.session.query({ sessionToken: noPortalToken }),
  },
  'portal.extendSession': {
    allowed: 'portal_session',
    call: (c) => c.trpc.portal.extendSession.mutate({ sessionToken: noPortalToken }),
  },
  'portal.signOut': {
    allowed: 'public',
    call: (c) => c.trpc.portal.signOut.mutate({ sessionToken: noPortalToken }),
  },
  'portal.myComplaints': {
    allowed: 'portal_session',
    call: (c) => c.trpc.portal.myComplaints.query({ sessionToken: noPortalToken }),
  },
  'portal.myComplaint': {
    allowed: 'portal_session',
    call: (c) =>
      c.trpc.portal.myComplaint.query({ sessionToken: noPortalToken, reference: 'WBC-26-00001' }),
  },
  'portal.myLetter': {
    allowed: 'portal_session',
    call: (c) =>
      c.trpc.portal.myLetter.query({ sessionToken: noPortalToken, reference: 'WBC-26-00001' }),
  },
  'portal.myNextStage': {
    allowed: 'portal_session',
    call: (c) =>
      c.trpc.portal.myNextStage.mutate({
        sessionToken: noPortalToken,
        reference: 'WBC-26-00001',
        requestId: randomUUID(),
      }),
  },
  'portal.advocateProfile': {
    allowed: 'portal_session',
    call: (c) => c.trpc.portal.advocateProfile.query({ sessionToken: noPortalToken }),
  },
  'portal.advocateReferrals': {
    allowed: 'portal_session',
    call: (c) => c.trpc.portal.advocateReferrals.query({ sessionToken: noPortalToken }),
  },
  'portal.supportReferral': {
    allowed: 'portal_session',
    call: (c, f) =>
      c.trpc.portal.supportReferral.mutate({
        sessionToken: noPortalToken,
        complaintId: f.complaintId,
      }),
  },
  'portal.advocateCases': {
    allowed: 'portal_session',
    call: (c) => c.trpc.portal.advocateCases.query({ sessionToken: noPortalToken }),
  },
  'portal.referCase': {
    allowed: 'portal_session',
    call: (c) =>
      c.trpc.portal.referCase.mutate({
        sessionToken: noPortalToken,
        idempotencyKey: randomUUID(),
        onBehalfOf: 'Alex',
        consentGiven: true,
        whatHappened: 'Testing who may refer.',
      }),
  },
  'reports.annual': {
    allowed: reportReaders,
    call: (c, _f, authorityId) => c.trpc.reports.annual.query({ authorityId, year: 2025 }),
  },
  'reports.years': {
    allowed: reportReaders,
    call: (c, _f, authorityId) => c.trpc.reports.years.query({ authorityId }),
  },
  'reports.cases': {
    allowed: reportReaders,
    call: (c, _f, authorityId) =>
      c.trpc.reports.cases.query({
        authorityId,
        year: 2025,
        figure: { procedure: 'statutory', stage: 1, measure: 'received' },
      }),
  },
  'reports.context': {
    allowed: reportReaders,
    call: (c, _f, authorityId) => c.trpc.reports.context.query({ authorityId, year: 2025 }),
  },
  'reports.saveContext': {
    allowed: team,
    call: (c, _f, authorityId) =>
      c.trpc.reports.saveContext.mutate({
        authorityId,
        year: 2024,
        figures: { contacts: 11893, referrals: null, assessments: null, section47Enquiries: null },
      }),
  },
  'reports.importStatus': {
    // An unknown job is "not found" for those who may import; 403 for anyone else.
    allowed: ['complaints_manager', 'system_administrator'],
    call: (c, _f, authorityId) => c.trpc.reports.importStatus.query({ authorityId, jobId: 'none' }),
  },
};

function expected(row: Row, caller: Caller): Expect {
  if (row.allowed === 'public') return 'allowed';
  if (row.allowed === 'portal_session') return 401;
  if (caller === 'anonymous') return 401;
  if (row.allowed === 'signed_in') return 'allowed';
  if (caller === 'other_authority') return 403;
  return row.allowed.includes(caller) ? 'allowed' : 403;
}

describe.each(testEngines())('access control on %s', (engine) => {
  let api: TestApi;
  let fixture: Fixture;
  const clients = new Map<Caller, TestClient>();

  beforeAll(async () => {
    api = await startTestApi(engine);
    const manager = api.client();
    await manager.signIn('manager@heard.example');
    const me = await manager.trpc.auth.me.query();
    const westbridgeId = me?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
    const northmoorId = me?.authorities.find((a) => a.code === 'NMC')?.id ?? '';
    const inbox = await manager.trpc.complaints.inbox.query({
      authorityId: westbridgeId,
      view: 'open',
    });
    fixture = { westbridgeId, northmoorId, complaintId: inbox.rows[0]?.id ?? '' };
  });
  afterAll(async () => {
    await api.close();
  });

  /** A fresh signed-in client per call, so a sign-out or a lockout cannot affect the next. */
  /**
   * A signed-in client per caller, shared by the rows; `fresh` gives a new session, for the rows
   * that start or end one (sign-in, sign-out) so they cannot affect the rows after them.
   */
  async function clientFor(caller: Caller, fresh = false): Promise<TestClient> {
    const known = clients.get(caller);
    if (known && !fresh) return known;
    const client = api.client();
    if (caller === 'anonymous') return client;
    await client.signIn(
      caller === 'other_authority' ? 'northmoor.officer@heard.example' : roleAccounts[caller],
    );
    if (!fresh) clients.set(caller, client);
    return client;
  }

  it('has a row for every procedure in the router', () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [path, row] of Object.entries(matrix)) {
    it(`${path}: allowed, 401 or 403 as the matrix says, for every caller`, async () => {
      const seen: Record<string, Expect> = {};
      const want: Record<string, Expect> = {};
      for (const caller of callers) {
        const client = await clientFor(caller, path === 'auth.signIn' || path === 'auth.signOut');
        const status = await statusOf(row.call(client, fixture, fixture.westbridgeId));
        expect(status, `${path} as ${caller} must not fail with a server error`).toBeLessThan(500);
        seen[caller] = status === 401 || status === 403 ? status : 'allowed';
        want[caller] = expected(row, caller);
      }
      expect(seen).toEqual(want);
    });
  }

  it('never shows one authority’s complaint to another’s staff, even through their own authority', async () => {
    const other = await clientFor('other_authority');
    const status = await statusOf(
      other.trpc.complaints.get.query({
        authorityId: fixture.northmoorId,
        complaintId: fixture.complaintId,
      }),
    );
    expect(status).toBe(404);
    const inbox = await other.trpc.complaints.inbox.query({
      authorityId: fixture.northmoorId,
      limit: 100,
    });
    expect(inbox.rows.map((r) => r.id)).not.toContain(fixture.complaintId);
  });

  it('lets external people see only the cases they are assigned to', async () => {
    const officer = await clientFor('complaints_officer');
    const investigator = await clientFor('investigating_officer');
    const staff = await officer.trpc.staff.list.query({ authorityId: fixture.westbridgeId });
    const investigatorId = staff.find((s) => s.roles.includes('investigating_officer'))?.id ?? '';
    const inbox = await officer.trpc.complaints.inbox.query({
      authorityId: fixture.westbridgeId,
      limit: 5,
    });
    const target = inbox.rows[2]?.id ?? '';
    expect(
      await statusOf(
        investigator.trpc.complaints.get.query({
          authorityId: fixture.westbridgeId,
          complaintId: target,
        }),
      ),
    ).toBe(403);
    await officer.trpc.complaints.assign.mutate({
      authorityId: fixture.westbridgeId,
      complaintId: target,
      staffId: investigatorId,
      role: 'investigating_officer',
    });
    const seen = await investigator.trpc.complaints.get.query({
      authorityId: fixture.westbridgeId,
      complaintId: target,
    });
    expect(seen.complaint.id).toBe(target);
    const theirs = await investigator.trpc.complaints.inbox.query({
      authorityId: fixture.westbridgeId,
      limit: 100,
    });
    expect(theirs.rows.map((r) => r.id)).toContain(target);
    expect(theirs.rows.length).toBeLessThan(inbox.total);
  });
});
