/**
 * `pnpm heard` on a real database: the embedded engine in a data folder, and PostgreSQL when
 * DATABASE_URL is set, each starting empty.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { annualReportSchema } from '@heard/domain';
import { createFreshPostgresDatabase } from '@heard/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli, type CliIo } from '../../src/cli/run.js';

const apiRoot = fileURLToPath(new URL('../..', import.meta.url));
const FILE = [
  'case_ref,record_type,procedure,stage,received_on,responded_on,outcome,service_area,team,principal_issue,complainant_type,received_via',
  'C-1,complaint,statutory,1,2021-05-04,2021-05-14,upheld,Children Looked After,Future First,Placement,young_person,email',
  'C-2,complaint,statutory,1,2021-06-01,2021-06-30,not_upheld,Children Looked After,Future First,Contact,parent_carer,letter',
  'C-3,complaint,corporate,1,2021-07-01,2021-07-20,withdrawn,Education,,Transport,parent_carer,',
].join('\n');

function io(env: NodeJS.ProcessEnv, cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    env,
    cwd,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    now: () => new Date('2026-11-22T12:00:00Z'),
    stdout,
    stderr,
  };
}

type Target = {
  name: string;
  env: (dir: string) => Promise<NodeJS.ProcessEnv>;
  drop?: () => Promise<void>;
};

const targets: Target[] = [
  { name: 'pglite', env: (dir) => Promise.resolve({ PGLITE_DATA_DIR: path.join(dir, 'pglite') }) },
];
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  let drop: (() => Promise<void>) | undefined;
  targets.push({
    name: 'postgres',
    env: async () => {
      const fresh = await createFreshPostgresDatabase(serverUrl);
      drop = fresh.drop;
      return { DATABASE_URL: fresh.url };
    },
    drop: () => drop?.() ?? Promise.resolve(),
  });
}

describe.each(targets)('pnpm heard on $name', (target) => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'heard-cli-'));
    env = await target.env(dir);
    await mkdir(path.join(dir, 'work'));
    await writeFile(path.join(dir, 'work', 'cases.csv'), FILE);
  });
  afterAll(async () => {
    await target.drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a file named relative to where the command was run, creating the authority', async () => {
    // pnpm runs the script at the repository root and says where the user was in INIT_CWD.
    const run = io({ ...env, INIT_CWD: path.join(dir, 'work') }, apiRoot);
    const code = await runCli(
      ['import', './cases.csv', '--authority', 'cli', '--name', 'CLI Council'],
      run,
    );
    expect(run.stderr).toEqual([]);
    expect(code).toBe(EXIT.ok);
    expect(run.stdout[0]).toMatch(
      /^Imported .*cases\.csv for CLI \(CLI Council, created\): 3 rows, 3 complaints added, 0 already imported and left as they were, 0 children recorded, in [\d.]+ s\.$/,
    );
  });

  it('imports the same file again without changing anything', async () => {
    const run = io(env, path.join(dir, 'work'));
    expect(await runCli(['import', 'cases.csv', '--authority', 'CLI'], run)).toBe(EXIT.ok);
    expect(run.stdout[0]).toContain('0 complaints added, 3 already imported');
  });

  it('lists every bad line and imports nothing', async () => {
    await writeFile(
      path.join(dir, 'work', 'bad.csv'),
      `${FILE}\nC-4,complaint,statutory,1,2021-99-01,,,,,,parent_carer,\nC-5,complaint,statutory,1,2021-05-04,,,,,,alien,\n`,
    );
    const run = io(env, path.join(dir, 'work'));
    expect(await runCli(['import', 'bad.csv', '--authority', 'BAD'], run)).toBe(EXIT.failed);
    expect(run.stderr).toEqual([
      'line 5: received_on "2021-99-01" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY',
      'line 6: complainant_type "alien" is not one of young_person, parent_carer, advocate, other',
      `Nothing was imported from ${path.join(dir, 'work', 'bad.csv')}: 2 problems on 2 lines.`,
    ]);
    const report = io(env, dir);
    expect(
      await runCli(
        ['report', '--authority', 'BAD', '--year', '2021', '--format', 'json', '--out', 'r.json'],
        report,
      ),
    ).toBe(EXIT.failed);
    expect(report.stderr[0]).toContain('There is no authority with the code BAD');
  });

  it('writes the report as JSON, Word, a spreadsheet and CSV files', async () => {
    const run = io(env, dir);
    for (const [format, out] of [
      ['json', 'out/report.json'],
      ['docx', 'out/report.docx'],
      ['xlsx', 'out/report.xlsx'],
      ['csv', 'out/csv'],
    ] as const) {
      expect(
        await runCli(
          ['report', '--authority', 'CLI', '--year', '2021', '--format', format, '--out', out],
          run,
        ),
      ).toBe(EXIT.ok);
    }
    expect(run.stderr).toEqual([]);
    const report = annualReportSchema.parse(
      JSON.parse(await readFile(path.join(dir, 'out/report.json'), 'utf8')),
    );
    expect(report.authority).toEqual({ code: 'CLI', name: 'CLI Council' });
    expect(report.statutory.stage1).toMatchObject({
      completed: 2,
      received: 2,
      timeliness: { assessed: 2, onTime: 1 },
    });
    expect(report.corporate.stage1.outcomes.withdrawn).toBe(1);
    expect((await readFile(path.join(dir, 'out/report.docx'))).subarray(0, 2).toString()).toBe(
      'PK',
    );
    expect((await readFile(path.join(dir, 'out/report.xlsx'))).subarray(0, 2).toString()).toBe(
      'PK',
    );
    const csv = await readdir(path.join(dir, 'out/csv'));
    expect(csv).toContain('00-index.csv');
    expect(csv.length).toBeGreaterThan(20);
  });
});

describe('pnpm heard arguments', () => {
  const bad: [string[], string][] = [
    [['import'], 'import needs the CSV file to read'],
    [['import', 'x.csv'], '--authority is missing'],
    [['import', 'x.csv', '--authority', 'W B C'], 'is not an authority code'],
    [
      ['import', 'x.csv', '--authority', 'WBC', '--corporate-policy', 'fast'],
      '--corporate-policy "fast" is not a preset',
    ],
    [
      ['report', '--authority', 'WBC', '--year', '21', '--format', 'json', '--out', 'x'],
      '--year "21" is not a year',
    ],
    [
      ['report', '--authority', 'WBC', '--year', '2021', '--format', 'pdf', '--out', 'x'],
      '--format "pdf" is not one of json, docx, csv, xlsx',
    ],
    [['report', '--authority', 'WBC', '--year', '2021', '--format', 'json'], '--out is missing'],
    [
      ['report', '--authority', 'WBC', '--year', '2021', '--format', 'csv', '--out', 'x.csv'],
      'For csv, --out is a folder',
    ],
    [
      [
        'report',
        '--authority',
        'WBC',
        '--year',
        '2021',
        '--format',
        'json',
        '--out',
        'x',
        '--colour',
      ],
      "Unknown option '--colour'",
    ],
    [['publish'], 'Unknown command "publish"'],
  ];
  it.each(bad)('%j is refused with exit code 2', async (argv, message) => {
    const run = io({ PGLITE_MODE: 'memory' }, tmpdir());
    expect(await runCli(argv, run)).toBe(EXIT.usage);
    expect(run.stderr[0]).toContain(message);
  });

  it('says so when the embedded database is in use, and exits with 3', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'heard-cli-busy-'));
    try {
      await mkdir(path.join(dir, 'pglite'));
      await writeFile(path.join(dir, 'pglite', 'postmaster.pid'), '-42\n');
      await writeFile(path.join(dir, 'cases.csv'), FILE);
      const run = io({ PGLITE_DATA_DIR: path.join(dir, 'pglite') }, dir);
      expect(await runCli(['import', 'cases.csv', '--authority', 'WBC'], run)).toBe(
        EXIT.databaseInUse,
      );
      expect(run.stderr[0]).toContain('is in use by another program');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero from the real entry point', async () => {
    const tsx = path.join(apiRoot, 'node_modules', '.bin', 'tsx');
    const result = await promisify(execFile)(tsx, ['src/cli/main.ts', 'report', '--year', '2021'], {
      cwd: apiRoot,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('--format is missing');
  });
});
