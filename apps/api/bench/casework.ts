/**
 * Case list and workload views over 100 000 complaints in PostgreSQL: server time per call, through
 * the real procedures (session, role check, query, mapping), without the network.
 * Uses a fresh database on DATABASE_URL's server (default: the local server), dropped afterwards.
 */
import { performance } from 'node:perf_hooks';
import {
  findAuthorityByCode,
  findStaffByEmail,
  listMemberships,
  openDatabase,
  seedDemoDataIfEmpty,
} from '@heard/db';
import { createFreshPostgresDatabase, loadSyntheticComplaints } from '@heard/db/testing';
import { isoDateInLondon } from '@heard/domain';
import type { Request, Response } from 'express';
import { hashPassword } from '../src/auth/passwords.js';
import { loadEnv } from '../src/env.js';
import { createLogger } from '../src/logger.js';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/trpc.js';

const cases = 100_000;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const fresh = await createFreshPostgresDatabase(serverUrl);
const handle = await openDatabase({ url: fresh.url });
try {
  const today = isoDateInLondon(new Date());
  await seedDemoDataIfEmpty(handle.db, { today, hashPassword });
  const authority = await findAuthorityByCode(handle.db, 'WBC');
  if (!authority) throw new Error('no demo authority');
  const started = performance.now();
  await loadSyntheticComplaints(handle.db, authority.id, cases, today);
  console.log(
    `loaded ${cases.toLocaleString('en-GB')} complaints in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const manager = await findStaffByEmail(handle.db, 'manager@heard.example');
  const memberships = await listMemberships(handle.db, manager?.id ?? '');
  const caller = createCallerFactory(appRouter)({
    db: handle.db,
    env,
    log: createLogger('silent'),
    req: { get: () => undefined } as unknown as Request,
    res: {} as unknown as Response,
    now: () => new Date(),
    session: {
      tokenHash: 'bench',
      csrfToken: 'bench',
      staff: {
        id: manager?.id ?? '',
        email: 'manager@heard.example',
        name: 'Bench',
        external: false,
      },
      memberships,
    },
  });

  const views = [
    'all',
    'open',
    'untriaged',
    'due_this_week',
    'overdue',
    'on_hold',
    'awaiting_escalation',
  ] as const;
  const measure = async (name: string, call: () => Promise<unknown>) => {
    await call();
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await call();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p50 = times[10] ?? 0;
    const p95 = times[18] ?? 0;
    console.log(
      `${name}: median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms${p95 > 200 ? '  (OVER 200 ms)' : ''}`,
    );
  };
  for (const view of views) {
    await measure(`case list (${view}, first page of 25)`, () =>
      caller.complaints.inbox({ authorityId: authority.id, view }),
    );
  }
  await measure('case list (stage 2, Team 7, page 40)', () =>
    caller.complaints.inbox({
      authorityId: authority.id,
      view: 'open',
      stage: 2,
      team: 'Team 7',
      offset: 975,
    }),
  );
  await measure('workload summary (all counts)', () =>
    caller.workload.summary({ authorityId: authority.id }),
  );
  await measure('workload summary (team filter)', () =>
    caller.workload.summary({ authorityId: authority.id, team: 'Team 3' }),
  );
} finally {
  await handle.close();
  await fresh.drop();
}
