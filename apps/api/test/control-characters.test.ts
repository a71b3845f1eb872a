/**
 * A control character in text is the caller's mistake, answered 400 with the message at the
 * field, on every engine. PostgreSQL refuses U+0000 in text, so without the schemas' check these
 * calls reached the database and failed with a 500.
 */
import { randomUUID } from 'node:crypto';
import { CONTROL_CHARACTER_MESSAGE } from '@heard/domain';
import { testEngines } from '@heard/db/testing';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

const NUL = '\u0000';

interface Refusal {
  status: number;
  fieldErrors: Record<string, string[] | undefined>;
}

/** The status and field messages of a call expected to be refused. */
async function refusalOf(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as
      { httpStatus?: number; fieldErrors?: Record<string, string[] | undefined> } | undefined;
    return { status: data?.httpStatus ?? 500, fieldErrors: data?.fieldErrors ?? {} };
  }
  throw new Error('the call was accepted');
}

describe.each(testEngines())('control characters on %s', (engine) => {
  let api: TestApi;
  let officer: TestClient;
  let authorityId: string;

  beforeAll(async () => {
    api = await startTestApi(engine, () => new Date('2026-11-23T10:00:00Z'));
    officer = api.client();
    await officer.signIn('officer@heard.example');
    authorityId =
      (await officer.trpc.auth.me.query())?.authorities.find((a) => a.code === 'WBC')?.id ?? '';
  });
  afterAll(async () => {
    await api.close();
  });

  const complaintInput = (whatHappened: string) => ({
    authorityId,
    requestId: randomUUID(),
    receivedOn: '2026-11-20',
    receivedVia: 'letter' as const,
    complainantType: 'young_person' as const,
    complainantRelationship: 'young_person' as const,
    subject: 'looked_after_child' as const,
    whatHappened,
    procedure: 'statutory' as const,
    procedureReason: 'As advised.',
  });

  it.each([
    ['whatHappened', { whatHappened: `My placement${NUL} changed.` }],
    ['contactName', { whatHappened: 'My placement changed.', contactName: `Al${NUL}ex` }],
  ])(
    'portal.submitComplaint with a NUL in %s is a 400 with the message at the field',
    async (field, text) => {
      const portal = api.client({ client: 'portal' });
      const refused = await refusalOf(
        portal.trpc.portal.submitComplaint.mutate({
          authorityCode: 'WBC',
          idempotencyKey: randomUUID(),
          complainantType: 'young_person',
          ...text,
        }),
      );
      expect(refused.status).toBe(400);
      expect(refused.fieldErrors[field]).toContain(CONTROL_CHARACTER_MESSAGE);
    },
  );

  it('a signed-in officer gets a 400 for a complaint or a note with a NUL, and a note may have lines', async () => {
    const created = await refusalOf(
      officer.trpc.complaints.create.mutate(complaintInput(`Nobody${NUL} came.`)),
    );
    expect(created.status).toBe(400);
    expect(created.fieldErrors.whatHappened).toContain(CONTROL_CHARACTER_MESSAGE);

    const complaint = await officer.trpc.complaints.create.mutate(complaintInput('Nobody came.'));
    const note = await refusalOf(
      officer.trpc.complaints.addNote.mutate({
        authorityId,
        complaintId: complaint.id,
        requestId: randomUUID(),
        body: `Phoned${NUL} the carer.`,
      }),
    );
    expect(note.status).toBe(400);
    expect(note.fieldErrors.body).toContain(CONTROL_CHARACTER_MESSAGE);

    await officer.trpc.complaints.addNote.mutate({
      authorityId,
      complaintId: complaint.id,
      requestId: randomUUID(),
      body: 'Phoned the carer.\nThey will call back.\tTuesday',
    });
  });

  it('a NUL in a sign-in address, an inbox filter or a tracking reference is a 400', async () => {
    const stranger = api.client();
    const signIn = await refusalOf(
      stranger.trpc.auth.signIn.mutate({ email: `officer${NUL}@heard.example`, password: 'x' }),
    );
    expect(signIn.status).toBe(400);
    expect(signIn.fieldErrors.email).toContain(CONTROL_CHARACTER_MESSAGE);

    const inbox = await refusalOf(
      officer.trpc.complaints.inbox.query({ authorityId, team: `North${NUL}` }),
    );
    expect(inbox.status).toBe(400);

    const portal = api.client({ client: 'portal' });
    const track = await refusalOf(
      portal.trpc.portal.track.query({
        authorityCode: 'WBC',
        reference: `WBC-26-${NUL}1`,
        trackingCode: 'code',
      }),
    );
    expect(track.status).toBe(400);
    expect(track.fieldErrors.reference).toContain(CONTROL_CHARACTER_MESSAGE);
  });
});
