/**
 * The import's `delay_reason` and `investigation_cost` columns (docs/import-format.md): checked row
 * by row, carried on the events the procedure engine records, and counted by the annual report.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  findAuthorityByCode,
  importHistoricCases,
  listEvents,
  parseHistoricCasesCsv,
  parsePounds,
  schema,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const HEADER =
  'case_ref,record_type,procedure,stage,received_on,extended,responded_on,outcome,complainant_type,delay_reason,investigation_cost';

const GOOD = [
  HEADER,
  // Extended for complexity, answered within the extension.
  'D-1,complaint,statutory,1,2021-05-04,yes,2021-05-28,upheld,parent_carer,complexity,',
  // Answered late (due 2021-05-18) because of staff absence.
  'D-2,complaint,statutory,1,2021-05-04,no,2021-05-25,not_upheld,parent_carer,staff_absence,',
  // Late with no reason recorded.
  'D-3,complaint,statutory,1,2021-05-04,no,2021-05-26,not_upheld,young_person,,',
  // Stage 2 with an external investigating officer, extended while waiting for information.
  'D-4,complaint,statutory,1,2021-04-06,no,2021-04-16,not_upheld,parent_carer,,',
  'D-4,complaint,statutory,2,2021-04-20,yes,2021-09-01,partly_upheld,,awaiting_information,"1,250.50"',
].join('\n');

describe('delay_reason and investigation_cost columns', () => {
  it('reads amounts in pounds and pence as spreadsheets write them', () => {
    expect(parsePounds('1250.00')).toBe(125_000);
    expect(parsePounds('1250')).toBe(125_000);
    expect(parsePounds('£1,250.50')).toBe(125_050);
    expect(parsePounds('0.99')).toBe(99);
    expect(parsePounds('12.5')).toBeNull();
    expect(parsePounds('-5.00')).toBeNull();
    expect(parsePounds('1,25.00')).toBeNull();
    expect(parsePounds('ten pounds')).toBeNull();
  });

  it('refuses a reason or a cost that is not one, or has nothing to explain', () => {
    const parsed = parseHistoricCasesCsv(
      [
        HEADER,
        'E-1,complaint,statutory,1,2021-05-04,no,2021-05-25,not_upheld,parent_carer,weather,',
        'E-2,complaint,statutory,1,2021-05-04,no,,,parent_carer,complexity,',
        'E-3,complaint,statutory,1,2021-05-04,no,2021-05-10,upheld,parent_carer,,100.00',
        'E-4,complaint,statutory,2,2021-05-20,no,,,parent_carer,,£12.5',
      ].join('\n'),
    );
    expect(parsed.errors).toEqual([
      {
        line: 2,
        message:
          'delay_reason "weather" is not one of staff_absence, complexity, awaiting_information, other',
      },
      {
        line: 3,
        message: 'delay_reason needs extended = yes, or a late response at stage 1 or 2 to explain',
      },
      {
        line: 4,
        message:
          'investigation_cost is only for statutory stage 2, where an investigating officer is appointed',
      },
      {
        line: 5,
        message:
          'investigation_cost "£12.5" is not an amount in pounds and pence up to 1000000.00, like 1250.00',
      },
    ]);
  });
});

describe.each(testEngines())('importing delays and costs on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('records them on the events, and the report counts them', async () => {
    const result = await importHistoricCases(handle.db, GOOD, {
      authority: { code: 'DLY', name: 'Delay Council' },
      today: '2026-11-22',
    });
    expect(result).toMatchObject({ ok: true, complaintsCreated: 4 });
    const authority = await findAuthorityByCode(handle.db, 'DLY');
    if (authority === undefined) throw new Error('not created');

    const [d4] = await handle.db
      .select({ id: schema.complaints.id })
      .from(schema.complaints)
      .where(eq(schema.complaints.externalReference, 'D-4'));
    const events = (await listEvents(handle.db, d4?.id ?? '')).map((e) => e.payload);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'investigating_officer_appointed', feePence: 125_050 }),
        expect.objectContaining({ type: 'extension_agreed', delayReason: 'awaiting_information' }),
      ]),
    );

    const report = await buildAnnualReport(handle.db, authority, 2021, '2026-11-22');
    expect(report.delays).toEqual({
      staffAbsence: 1,
      complexity: 1,
      awaitingInformation: 1,
      other: 0,
      notRecorded: 1,
    });
    expect(report.costs).toEqual({
      independentPeoplePence: 0,
      investigatorsPence: 125_050,
      stagesWithCost: 1,
    });
  });
});
