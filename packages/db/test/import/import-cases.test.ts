import { readFile } from 'node:fs/promises';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findAuthorityByCode,
  importHistoricCases,
  parseHistoricCasesCsv,
  schema,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const HEADER =
  'case_ref,record_type,procedure,stage,received_on,clock_started_on,extended,hold_from,hold_to,responded_on,panel_held_on,panel_recommendations_on,outcome,service_area,team,principal_issue,other_issues,complainant_type,category_of_support,received_via,child_age,child_gender,child_ethnicity,child_disability';

const GOOD = [
  HEADER,
  'H-1,complaint,statutory,1,2021-05-04,,no,,,2021-05-14,,,upheld,Children Looked After,Future First,Placement,Communication;Contact,young_person,care_leaver,email,,,,',
  'H-1,complaint,statutory,2,2021-05-20,2021-06-01,yes,2021-06-07,2021-06-14,2021-08-20,,,partly_upheld,,,,,,,,,,,',
  'H-1,child,,,,,,,,,,,,,,,,,care_leaver,,19,female,black,not_disabled',
  '"H-2",complaint,statutory,1,04/05/2021,,yes,,,21/05/2021,,,not_upheld,"Advice, Support and Help",MASH,"Staff ""attitude""",,parent_carer,child_in_need,letter,,,,',
  'H-2,child,,,,,,,,,,,,,,,,,,,4,male,white,disabled',
  'H-2,child,,,,,,,,,,,,,,,,,,,,,,',
  'H-3,complaint,corporate,1,2021-06-01,,no,,,2021-06-08,,,withdrawn,Education,,Transport,,parent_carer,,online,,,,',
  'H-4,complaint,statutory,1,2021-06-01,,no,,,2021-06-10,,,not_upheld,CLA,CLA locality teams,Contact,,parent_carer,child_looked_after,email,,,,',
  'H-4,complaint,statutory,2,2021-06-14,,yes,,,2021-08-02,,,not_upheld,,,,,,,,,,,',
  'H-4,complaint,statutory,3,2021-08-04,,no,,,2021-10-20,2021-09-20,2021-09-24,partly_upheld,,,,,,,,,,,',
  'H-5,complaint,statutory,1,2022-02-01,,no,,,,,,,CLA,Future First,Placement,,advocate,care_leaver,app,,,,',
].join('\n');

describe('reading the file', () => {
  it('counts lines as the file has them, with quoted fields over several lines (RFC 4180)', () => {
    const text = `${HEADER}\n\n"Q-1",complaint,statutory,1,2021-05-04,,no,,,2021-05-14,,,upheld,"Area\nwith a line break",Team,Issue,,parent_carer,,,,,,\nQ-2,complaint,statutory,1,2021-13-04,,no,,,,,,,,,,,parent_carer,,,,,,\n`;
    const parsed = parseHistoricCasesCsv(text);
    expect(parsed.stageRows.map((r) => [r.caseRef, r.line, r.serviceArea])).toEqual([
      ['Q-1', 3, 'Area\nwith a line break'],
    ]);
    expect(parsed.errors).toEqual([
      {
        line: 5,
        message: 'received_on "2021-13-04" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY',
      },
    ]);
  });

  it('refuses an unknown or missing column in the header', () => {
    const parsed = parseHistoricCasesCsv(
      'case_ref,record_type,procedure,stage,recieved_on,responded_on,outcome,complainant_type\n',
    );
    expect(parsed.errors.map((e) => e.message)).toEqual([
      'The header has an unknown column "recieved_on"',
      'The header has no received_on column',
    ]);
  });
});

describe.each(testEngines())('importing historic cases on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  const complaintsOf = async (code: string) => {
    const authority = await findAuthorityByCode(handle.db, code);
    if (authority === undefined) return 0;
    const [row] = await handle.db
      .select({ n: count() })
      .from(schema.complaints)
      .where(eq(schema.complaints.authorityId, authority.id));
    return row?.n ?? 0;
  };

  it('imports nothing from a file with any bad row, and lists every bad row with its line', async () => {
    const bad = [
      HEADER,
      'B-1,complaint,statutory,1,2021-05-04,,no,,,2021-05-14,,,upheld,CLA,Team,Issue,,parent_carer,,email,,,,',
      'B-2,complaint,statutory,1,2021-02-30,,no,,,,,,,CLA,Team,Issue,,parent_carer,,,,,,',
      'B-3,complaint,statutory,4,2021-05-04,,perhaps,,,2021-05-10,,,great,CLA,Team,Issue,,neighbour,early_help,fax,,,,',
      'B-4,complaint,statutory,1,2021-05-04,,no,,,2021-05-01,,,upheld,CLA,Team,Issue,,parent_carer,,,,,,',
      'B-5,complaint,statutory,2,2021-05-04,,no,,,,,,,CLA,Team,Issue,,parent_carer,,,,,,',
      ',complaint,,1,,,,,,,,,,,,,,,,,,,,',
      'B-7,complaint,statutory,1,2021-05-04,,no,,,,,,,CLA,Team,Issue,,parent_carer,,,,,,',
      'B-7,complaint,statutory,2,2021-05-10,,no,,,,,,,,,,,,,,,,,',
      'B-8,complaint,corporate,1,2021-05-04,,yes,,,2021-05-20,,,upheld,Education,,Issue,,parent_carer,,,,,,',
      'B-9,child,,,,,,,,,,,,,,,,,,,44,unknown,,',
      'B-10,complaint,statutory,1,2021-05-04,no',
      'B-11,complaint,statutory,1,2030-05-04,,no,,,,,,,CLA,Team,Issue,,parent_carer,,,,,,',
    ].join('\n');
    const result = await importHistoricCases(handle.db, bad, {
      authority: {
        code: 'BAD',
        name: 'Bad File Council',
        settings: { corporatePolicy: 'twenty_and_fifteen_working_days' },
      },
      today: '2026-11-22',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        line: 3,
        message: 'received_on "2021-02-30" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY',
      },
      { line: 4, message: 'stage "4" is not a stage of the statutory procedure: write 1, 2 or 3' },
      { line: 4, message: 'extended "perhaps" is not one of yes, no' },
      {
        line: 4,
        message: 'outcome "great" is not one of upheld, partly_upheld, not_upheld, withdrawn',
      },
      {
        line: 4,
        message:
          'complainant_type "neighbour" is not one of young_person, parent_carer, advocate, other',
      },
      {
        line: 4,
        message:
          'category_of_support "early_help" is not one of child_looked_after, care_leaver, child_in_need, child_protection, referral_assessment, other',
      },
      {
        line: 4,
        message:
          'received_via "fax" is not one of letter, email, form, telephone, in_person, online, app',
      },
      {
        line: 5,
        message: 'responded_on 2021-05-01 is before the stage began (received_on 2021-05-04)',
      },
      { line: 6, message: 'case B-5 has a stage 2 without a stage 1' },
      { line: 7, message: 'case_ref is missing' },
      { line: 7, message: 'procedure is missing' },
      { line: 7, message: 'received_on is missing' },
      {
        line: 9,
        message:
          'stage 2 asked for on 2021-05-10: There is no response to escalate yet. A statutory complaint can move to stage 2 early only once the stage 1 response is late.',
      },
      { line: 10, message: 'extended = yes: No extension is possible at this stage.' },
      { line: 11, message: 'child_age "44" is not an age in whole years from 0 to 30' },
      { line: 11, message: 'child_gender "unknown" is not one of female, male, other' },
      { line: 12, message: 'The row has 6 fields; the header has 24' },
      { line: 13, message: 'the complaint received on 2030-05-04: The date is in the future.' },
    ]);
    expect(await findAuthorityByCode(handle.db, 'BAD')).toBeUndefined();
  });

  it('imports every case through the casework path, with its stage facts and children', async () => {
    const progress: [number, number][] = [];
    const result = await importHistoricCases(handle.db, GOOD, {
      authority: { code: 'HST', name: 'Historic Council' },
      today: '2026-11-22',
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toEqual({
      ok: true,
      authority: { code: 'HST', name: 'Historic Council', created: true },
      rows: 11,
      complaintsCreated: 5,
      complaintsUnchanged: 0,
      childrenCreated: 3,
    });
    expect(progress.at(-1)).toEqual([11, 11]);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(
      true,
    );

    const authority = await findAuthorityByCode(handle.db, 'HST');
    if (authority === undefined) throw new Error('not created');
    const complaints = await handle.db
      .select()
      .from(schema.complaints)
      .where(eq(schema.complaints.authorityId, authority.id));
    const byRef = new Map(complaints.map((c) => [c.externalReference, c]));
    expect(byRef.get('H-1')).toMatchObject({
      serviceArea: 'Children Looked After',
      team: 'Future First',
      principalIssue: 'Placement',
      otherIssues: ['Communication', 'Contact'],
      complainantType: 'young_person',
      categoryOfSupport: 'care_leaver',
      receivedVia: 'email',
      procedure: 'statutory',
      stage: 2,
      state: 'stage2_responded',
    });
    expect(byRef.get('H-2')).toMatchObject({
      serviceArea: 'Advice, Support and Help',
      principalIssue: 'Staff "attitude"',
      receivedOn: '2021-05-04',
    });
    expect(byRef.get('H-5')).toMatchObject({
      state: 'stage1_awaiting_acknowledgement',
      complainantType: 'advocate',
    });

    const stages = await handle.db
      .select()
      .from(schema.complaintStages)
      .where(eq(schema.complaintStages.authorityId, authority.id));
    const stage = (ref: string, n: number) =>
      stages.find((s) => s.complaintId === byRef.get(ref)?.id && s.stage === n);
    expect(stage('H-1', 2)).toMatchObject({
      beganOn: '2021-05-20',
      clockStartedOn: '2021-06-01',
      extended: true,
      holdWorkingDays: 5,
      respondedOn: '2021-08-20',
      outcome: 'partly_upheld',
      workingDaysLate: 0,
    });
    // DD/MM/YYYY dates; an extension of 10 working days at stage 1 (Wandsworth 2021-22 §4.1).
    expect(stage('H-2', 1)).toMatchObject({
      beganOn: '2021-05-04',
      dueOn: '2021-06-02',
      extended: true,
      workingDaysLate: 0,
    });
    expect(stage('H-3', 1)).toMatchObject({
      procedure: 'corporate',
      outcome: 'withdrawn',
      withdrawnOn: '2021-06-08',
    });
    expect(stage('H-4', 3)).toMatchObject({
      panelHeldOn: '2021-09-20',
      recommendationsOn: '2021-09-24',
      respondedOn: '2021-10-20',
      outcome: 'partly_upheld',
    });
    expect(stage('H-5', 1)).toMatchObject({ respondedOn: null, outcome: null });
    const children = await handle.db
      .select()
      .from(schema.complaintChildren)
      .where(eq(schema.complaintChildren.authorityId, authority.id));
    expect(
      children.map((c) => [c.age, c.gender, c.ethnicity, c.disability, c.categoryOfSupport]).sort(),
    ).toEqual(
      [
        [19, 'female', 'black', 'not_disabled', 'care_leaver'],
        [4, 'male', 'white', 'disabled', null],
        [null, null, null, null, null],
      ].sort(),
    );
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await complaintsOf('HST');
    const result = await importHistoricCases(handle.db, GOOD, {
      authority: { code: 'HST', name: 'Another Name' },
      today: '2026-11-22',
    });
    expect(result).toMatchObject({
      ok: true,
      authority: { code: 'HST', name: 'Historic Council', created: false },
      complaintsCreated: 0,
      complaintsUnchanged: 5,
      childrenCreated: 0,
    });
    expect(await complaintsOf('HST')).toBe(before);
  });

  it('refuses a case imported before with different details', async () => {
    const changed = GOOD.replace('2021-05-14,,,upheld', '2021-05-13,,,upheld');
    const result = await importHistoricCases(handle.db, changed, {
      authority: { code: 'HST' },
      today: '2026-11-22',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            'case H-1 was imported before with different details; change it in Heard rather than importing it again',
        },
      ],
    });
  });

  it('imports the example in docs/examples/historic-cases.csv', async () => {
    const example = await readFile(
      new URL('../../../../docs/examples/historic-cases.csv', import.meta.url),
    );
    const result = await importHistoricCases(handle.db, example, {
      authority: { code: 'EXA', name: 'Example Council' },
      today: '2026-11-22',
    });
    expect(result).toMatchObject({ ok: true, rows: 12, complaintsCreated: 5, childrenCreated: 4 });
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode(`${HEADER}\nX-1,complaint,statutory,1,2021-05-04,,no,,,,,,,Caf`),
      0xe9,
    ]);
    const result = await importHistoricCases(handle.db, latin1, {
      authority: { code: 'UTF' },
      today: '2026-11-22',
    });
    expect(result).toEqual({
      ok: false,
      rows: 0,
      errors: [{ line: 1, message: 'The file is not UTF-8 text: save it as CSV UTF-8' }],
    });
  });
});
