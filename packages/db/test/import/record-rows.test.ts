/**
 * Compliment and Ombudsman rows in the historic cases file (docs/import-format.md): imported with
 * the complaints, all or nothing, once, and counted by the annual report.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  createAuthority,
  createStaff,
  importHistoricCases,
  schema,
  type Authority,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const HEADER = [
  'case_ref',
  'record_type',
  'procedure',
  'stage',
  'received_on',
  'responded_on',
  'outcome',
  'complainant_type',
  'team',
  'from_type',
  'words',
  'approved_words',
  'area',
  'summary',
  'complaint_ref',
  'responsible_email',
  'decision',
  'decided_on',
  'closed_reason',
  'publication',
  'remedy_kind',
  'description',
  'amount',
  'due_on',
  'complied_on',
].join(',');

/** A row from the columns it fills; the others are blank. */
function row(cells: Record<string, string>): string {
  return HEADER.split(',')
    .map((column) => {
      const value = cells[column] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

const complaint = row({
  case_ref: 'C-1',
  record_type: 'complaint',
  procedure: 'statutory',
  stage: '1',
  received_on: '2021-05-04',
  responded_on: '2021-05-14',
  outcome: 'upheld',
  complainant_type: 'parent_carer',
});
const compliments = [
  row({
    case_ref: 'K-1',
    record_type: 'compliment',
    received_on: '2021-06-01',
    from_type: 'parent_carer',
    team: 'Fostering Team; Leaving Care',
    words: 'Sam has made a huge difference to Leo’s life.',
    approved_words: 'XX has made a huge difference to XX life.',
  }),
  row({
    case_ref: 'K-2',
    record_type: 'compliment',
    received_on: '12/01/2022',
    from_type: 'young_person',
    words: 'Thank you, Priya.',
  }),
];
const ombudsman = [
  row({
    case_ref: '21 001 234',
    record_type: 'ombudsman',
    received_on: '2021-07-01',
    area: 'social_care',
    summary: 'Delays in a family assessment.',
    complaint_ref: 'C-1',
    responsible_email: 'Manager@Records.example',
    decision: 'upheld_fault_injustice',
    decided_on: '2021-11-15',
    publication: 'statement',
  }),
  row({
    case_ref: '21 001 234',
    record_type: 'ombudsman_remedy',
    remedy_kind: 'payment_distress',
    amount: '£1,000.00',
    due_on: '2021-12-15',
    complied_on: '2021-12-01',
  }),
  row({
    case_ref: '21 001 234',
    record_type: 'ombudsman_remedy',
    remedy_kind: 'apology',
    due_on: '2021-12-15',
  }),
  row({
    case_ref: '21 009 999',
    record_type: 'ombudsman',
    received_on: '2021-09-01',
    area: 'education_send',
    summary: 'Outside jurisdiction.',
    responsible_email: 'manager@records.example',
    decision: 'closed_after_initial_enquiries',
    decided_on: '2021-09-20',
    closed_reason: 'outside_jurisdiction',
    publication: 'statement',
  }),
];
const GOOD = [HEADER, complaint, ...compliments, ...ombudsman].join('\n');

describe.each(testEngines())('importing compliments and Ombudsman cases on %s', (engine) => {
  let handle: DatabaseHandle;
  let authority: Authority;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    authority = await createAuthority(handle.db, { code: 'REC', name: 'Records Council' });
    await createStaff(handle.db, {
      email: 'manager@records.example',
      name: 'Records Manager',
      passwordHash: 'x',
      memberships: [{ authorityId: authority.id, role: 'complaints_manager' }],
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  const counts = async () => {
    const n = async (table: typeof schema.compliments | typeof schema.ombudsmanCases) => {
      const [r] = await handle.db
        .select({ n: count() })
        .from(table)
        .where(eq(table.authorityId, authority.id));
      return r?.n ?? 0;
    };
    const [complaints] = await handle.db
      .select({ n: count() })
      .from(schema.complaints)
      .where(eq(schema.complaints.authorityId, authority.id));
    return {
      complaints: complaints?.n ?? 0,
      compliments: await n(schema.compliments),
      ombudsman: await n(schema.ombudsmanCases),
    };
  };

  it('imports nothing, complaints included, when any record row is wrong', async () => {
    const bad = [
      HEADER,
      complaint,
      ...compliments,
      row({
        case_ref: '21 555 000',
        record_type: 'ombudsman',
        received_on: '2021-07-01',
        area: 'social_care',
        summary: 'Someone unknown looks after it.',
        complaint_ref: 'C-404',
        responsible_email: 'nobody@records.example',
        decision: 'not_upheld',
        decided_on: '2021-08-01',
        publication: 'statement',
      }),
      row({
        case_ref: '21 777 000',
        record_type: 'ombudsman_remedy',
        remedy_kind: 'payment_time_and_trouble',
        amount: '50.00',
        due_on: '2021-08-01',
      }),
      row({
        case_ref: 'K-3',
        record_type: 'compliment',
        received_on: '2021-06-01',
        from_type: 'grateful_parent',
        words: '',
        procedure: 'statutory',
      }),
      row({
        case_ref: '21 555 000',
        record_type: 'ombudsman_remedy',
        remedy_kind: 'payment_distress',
        due_on: '2021-08-01',
      }),
    ].join('\n');
    const result = await importHistoricCases(handle.db, bad, {
      authority: { code: 'REC' },
      today: '2026-11-22',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        line: 5,
        message:
          'responsible_email nobody@records.example is not a member of staff of this authority in Heard',
      },
      {
        line: 5,
        message: 'complaint_ref C-404 is not a complaint in this file or imported before',
      },
      { line: 6, message: 'case_ref 21 777 000 has no ombudsman row in this file' },
      {
        line: 7,
        message:
          'from_type "grateful_parent" is not one of young_person, parent_carer, professional, partner_agency',
      },
      { line: 7, message: 'words is missing' },
      { line: 7, message: 'procedure must be blank on a compliment row' },
      { line: 8, message: 'amount is missing: a payment needs its amount' },
    ]);
    expect(await counts()).toEqual({ complaints: 0, compliments: 0, ombudsman: 0 });
  });

  it('imports compliments and Ombudsman cases with the complaints, once', async () => {
    const first = await importHistoricCases(handle.db, GOOD, {
      authority: { code: 'REC' },
      today: '2026-11-22',
    });
    expect(first).toMatchObject({
      ok: true,
      complaintsCreated: 1,
      recordsCreated: 4,
      recordsUnchanged: 0,
    });
    expect(await counts()).toEqual({ complaints: 1, compliments: 2, ombudsman: 2 });

    const again = await importHistoricCases(handle.db, GOOD, {
      authority: { code: 'REC' },
      today: '2026-11-22',
    });
    expect(again).toMatchObject({
      ok: true,
      complaintsCreated: 0,
      recordsCreated: 0,
      recordsUnchanged: 4,
    });
    expect(await counts()).toEqual({ complaints: 1, compliments: 2, ombudsman: 2 });

    const changed = await importHistoricCases(
      handle.db,
      GOOD.replace('Thank you, Priya.', 'Thank you, Priya!'),
      { authority: { code: 'REC' }, today: '2026-11-22' },
    );
    expect(changed.ok ? [] : changed.errors).toEqual([
      {
        line: 4,
        message:
          'compliment K-2 was imported before with different details; change it in Heard rather than importing it again',
      },
    ]);

    const [linked] = await handle.db
      .select({ complaintId: schema.ombudsmanCases.complaintId })
      .from(schema.ombudsmanCases)
      .where(eq(schema.ombudsmanCases.lgscoReference, '21 001 234'));
    expect(linked?.complaintId).not.toBeNull();
  });

  it('counts them in the annual report', async () => {
    const report = await buildAnnualReport(handle.db, authority, 2021, '2026-11-22');
    expect(report.compliments.received).toBe(2);
    expect(report.compliments.quotes).toEqual(['XX has made a huge difference to XX life.']);
    expect(report.compliments.byTeam.map((r) => r.team).sort()).toEqual([
      'Fostering Team',
      'Leaving Care',
      'Not recorded',
    ]);
    expect(report.ombudsman).toMatchObject({
      decided: 2,
      decisions: { upheldFaultAndInjustice: 1, closedAfterInitialEnquiries: 1 },
      remedies: { apologies: 1, payments: 1, paymentsTotalPence: 100_000 },
    });
  });
});
