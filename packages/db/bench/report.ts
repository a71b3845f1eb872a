/**
 * `pnpm bench`: the annual report over 1,000,000 complaint stages (5 authorities, 10 years) in a
 * fresh PostgreSQL database, and the import rate for a 100,000-row file through the real import.
 * The database is created on DATABASE_URL's server (or postgres://postgres@127.0.0.1:5432/postgres)
 * and dropped afterwards. Data are generated in SQL and inserted in bulk, not through the per-case
 * path: the report reads only `complaint_stages`, `complaints` and `complaint_children`.
 * `--report-only` leaves out the import.
 */
import { formatCount, isoDateInLondon } from '@heard/domain';
import { sql } from 'drizzle-orm';
import {
  buildAnnualReport,
  createAuthority,
  importHistoricCases,
  openDatabase,
  queryRows,
} from '../src/index.js';
import { createFreshPostgresDatabase } from '../src/testing.js';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const AUTHORITIES = 5;
/**
 * Each complaint has stage 1; one in five a stage 2; one in twenty (all statutory) a stage 3: 1.25
 * stages each, 1,000,000 in all.
 */
const COMPLAINTS = 800_000;
const IMPORT_ROWS = 100_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function historicFile(rows: number): string {
  const lines = [
    'case_ref,record_type,procedure,stage,received_on,responded_on,outcome,service_area,team,principal_issue,complainant_type,received_via',
  ];
  const outcomes = ['upheld', 'partly_upheld', 'not_upheld'];
  let n = 0;
  while (lines.length - 1 < rows) {
    n += 1;
    const day = new Date(Date.UTC(2015, 3, 1) + (n % 3000) * 86_400_000);
    const received = day.toISOString().slice(0, 10);
    const responded = new Date(day.getTime() + (7 + (n % 30)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const ref = `B-${String(n)}`;
    lines.push(
      `${ref},complaint,statutory,1,${received},${responded},${outcomes[n % 3] ?? 'upheld'},Area ${String(n % 6)},Team ${String(n % 17)},Issue ${String(n % 11)},${n % 4 === 0 ? 'young_person' : 'parent_carer'},email`,
    );
    if (n % 4 === 0 && lines.length - 1 < rows) {
      const asked = new Date(day.getTime() + (40 + (n % 10)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const answered = new Date(day.getTime() + (140 + (n % 20)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      lines.push(`${ref},complaint,statutory,2,${asked},${answered},not_upheld,,,,,`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const fresh = await createFreshPostgresDatabase(SERVER);
const handle = await openDatabase({ url: fresh.url, maxConnections: 4 });
try {
  const { db } = handle;
  const authorities = [];
  for (let i = 0; i < AUTHORITIES; i += 1) {
    authorities.push(
      await createAuthority(db, { code: `BN${String(i)}`, name: `Bench Council ${String(i)}` }),
    );
  }
  let started = performance.now();
  const per = COMPLAINTS / AUTHORITIES;
  for (const [a, authority] of authorities.entries()) {
    await db.execute(sql`
      insert into complaints (id, authority_id, reference, received_on, received_via, complainant_type,
        what_happened, procedure, stage, state, service_area, team, principal_issue, other_issues,
        category_of_support)
      select md5(${authority.id}::text || n::text)::uuid, ${authority.id}, ${authority.code}::text || '-' || n::text,
        date '2015-04-01' + (n % 3650), (array['email','letter','form','online','telephone'])[1 + n % 5],
        (array['young_person','parent_carer','advocate','other'])[1 + n % 4], 'Generated for the benchmark.',
        case when n % 9 = 0 and n % 20 <> 0 then 'corporate' else 'statutory' end, 1, 'stage1_responded',
        'Service ' || (n % 6), 'Team ' || (n % 23), 'Issue ' || (n % 13),
        array['Issue ' || (n % 7), 'Issue ' || (n % 5)],
        (array['child_looked_after','care_leaver','child_in_need','child_protection','referral_assessment'])[1 + n % 5]
      from generate_series(1, ${per}::int) as n`);
    await db.execute(sql`
      insert into complaint_stages (authority_id, complaint_id, procedure, stage, began_on, due_on,
        responded_on, outcome, withdrawn_on, working_days_to_respond, working_days_late)
      select ${authority.id}, md5(${authority.id}::text || n::text)::uuid,
        case when n % 9 = 0 and n % 20 <> 0 then 'corporate' else 'statutory' end, 1,
        date '2015-04-01' + (n % 3650), date '2015-04-01' + (n % 3650) + 14,
        case when n % 31 = 0 then null else date '2015-04-01' + (n % 3650) + 5 + (n % 40) end,
        case when n % 31 = 0 then null when n % 17 = 0 then 'withdrawn'
             else (array['upheld','partly_upheld','not_upheld'])[1 + n % 3] end,
        null, (n % 40) * 5 / 7, greatest(0, (n % 40) * 5 / 7 - 10)
      from generate_series(1, ${per}::int) as n`);
    for (const [stage, every, offset] of [
      [2, 5, 60],
      [3, 20, 160],
    ] as const) {
      await db.execute(sql`
        insert into complaint_stages (authority_id, complaint_id, procedure, stage, began_on, due_on,
          responded_on, outcome, working_days_to_respond, working_days_late, panel_held_on, panel_due_on,
          council_response_due_on)
        select ${authority.id}, md5(${authority.id}::text || n::text)::uuid,
          case when n % 9 = 0 and n % 20 <> 0 then 'corporate' else 'statutory' end, ${stage}::int,
          date '2015-04-01' + (n % 3650) + ${offset}::int, date '2015-04-01' + (n % 3650) + ${offset}::int + 60,
          case when n % 7 = 0 then null else date '2015-04-01' + (n % 3650) + ${offset}::int + 30 + (n % 80) end,
          (array['upheld','partly_upheld','not_upheld'])[1 + n % 3], 20 + (n % 60), greatest(0, (n % 60) - 45),
          case when ${stage}::int = 3 then date '2015-04-01' + (n % 3650) + ${offset}::int + 35 end,
          case when ${stage}::int = 3 then date '2015-04-01' + (n % 3650) + ${offset}::int + 42 end,
          case when ${stage}::int = 3 then date '2015-04-01' + (n % 3650) + ${offset}::int + 70 end
        from generate_series(1, ${per}::int) as n where n % ${every}::int = 0`);
    }
    await db.execute(sql`
      insert into complaint_children (authority_id, complaint_id, age, gender, ethnicity, disability)
      select ${authority.id}, md5(${authority.id}::text || n::text)::uuid, n % 26,
        (array['female','male','other'])[1 + n % 3], (array['white','mixed','asian','black','other_ethnic_group'])[1 + n % 5],
        case when n % 6 = 0 then 'disabled' else 'not_disabled' end
      from generate_series(1, ${per}::int) as n where n % 2 = 0`);
    process.stderr.write(`\rloaded authority ${String(a + 1)} of ${String(AUTHORITIES)}`);
  }
  await db.execute(sql`analyze`);
  const [{ n: stages } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from complaint_stages`,
  );
  process.stderr.write('\n');
  console.log(
    `load (${formatCount(stages)} complaint stages, ${String(AUTHORITIES)} authorities, 10 years): ${seconds(performance.now() - started)}`,
  );

  const authority = authorities[2];
  if (authority === undefined) throw new Error('no authority');
  const asOf = isoDateInLondon(new Date());
  const times: number[] = [];
  let completed = 0;
  for (let i = 0; i < 3; i += 1) {
    started = performance.now();
    const report = await buildAnnualReport(db, authority, 2020, asOf);
    times.push(performance.now() - started);
    completed = report.statutory.stage1.completed;
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `report (1 authority-year over ${formatCount(stages)} stages): ${seconds(sorted[1] ?? 0)} (first run ${seconds(times[0] ?? 0)}; ${formatCount(completed)} stage 1 completed)`,
  );

  if (!process.argv.includes('--report-only')) {
    const file = historicFile(IMPORT_ROWS);
    started = performance.now();
    const result = await importHistoricCases(db, file, {
      authority: { code: 'IMP', name: 'Import Bench Council' },
      today: asOf,
    });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
    console.log(
      `import (${formatCount(result.rows)} rows, ${formatCount(result.complaintsCreated)} complaints, through the casework path): ${seconds(elapsed)}, ${formatCount(Math.round(result.rows / (elapsed / 1000)))} rows/s`,
    );
  }
} finally {
  await handle.close();
  await fresh.drop();
}
