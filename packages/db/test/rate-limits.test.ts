import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hitRateLimit,
  peekRateLimit,
  pruneRateLimits,
  resetRateLimit,
  type DatabaseHandle,
} from '../src/index.js';
import { openTestDatabase, testEngines } from '../src/testing.js';

describe.each(testEngines())('rate limits on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('concurrent hits count every attempt: exactly the limit are allowed', async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const hits = await Promise.all(
      Array.from({ length: 40 }, () =>
        hitRateLimit(handle.db, { key: 'test:burst', limit: 5, windowMs: 60_000, now }),
      ),
    );
    expect(hits.filter((hit) => hit.allowed)).toHaveLength(5);
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(await peekRateLimit(handle.db, 'test:burst', now)).toBe(40);
  });

  it('a window that has ended starts counting again', async () => {
    const start = new Date('2026-12-02T10:00:00Z');
    for (let i = 0; i < 3; i++) {
      await hitRateLimit(handle.db, { key: 'test:window', limit: 2, windowMs: 60_000, now: start });
    }
    const later = new Date(start.getTime() + 61_000);
    expect(await peekRateLimit(handle.db, 'test:window', later)).toBe(0);
    const hit = await hitRateLimit(handle.db, {
      key: 'test:window',
      limit: 2,
      windowMs: 60_000,
      now: later,
    });
    expect(hit).toMatchObject({ allowed: true, count: 1 });
  });

  it('reset forgets a key and prune removes ended windows only', async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    await hitRateLimit(handle.db, { key: 'test:reset', limit: 1, windowMs: 60_000, now });
    await resetRateLimit(handle.db, 'test:reset');
    expect(await peekRateLimit(handle.db, 'test:reset', now)).toBe(0);
    await hitRateLimit(handle.db, { key: 'test:old', limit: 1, windowMs: 1_000, now });
    await hitRateLimit(handle.db, { key: 'test:new', limit: 1, windowMs: 600_000, now });
    await pruneRateLimits(handle.db, new Date(now.getTime() + 5_000));
    expect(await peekRateLimit(handle.db, 'test:old', now)).toBe(0);
    expect(await peekRateLimit(handle.db, 'test:new', now)).toBe(1);
  });
});
