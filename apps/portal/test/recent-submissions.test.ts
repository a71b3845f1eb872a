import { describe, expect, it } from 'vitest';
import { createRecentSubmissions } from '../src/server/recent-submissions.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 10, minutes));

describe('recent submissions', () => {
  it('hands a confirmation over once, to the same council', () => {
    const recent = createRecentSubmissions(15 * 60_000);
    recent.remember('key-1', 'WSC', 'sealed-1', at(0));
    expect(recent.take('key-1', 'OTHER', at(1))).toBeUndefined();
    recent.remember('key-1', 'WSC', 'sealed-1', at(0));
    expect(recent.take('key-1', 'WSC', at(1))).toBe('sealed-1');
    expect(recent.take('key-1', 'WSC', at(1))).toBeUndefined();
  });

  it('forgets after the time allowed, or when told', () => {
    const recent = createRecentSubmissions(15 * 60_000);
    recent.remember('key-1', 'WSC', 'sealed-1', at(0));
    recent.remember('key-2', 'WSC', 'sealed-2', at(0));
    expect(recent.take('key-1', 'WSC', at(15))).toBeUndefined();
    recent.forget('key-2');
    expect(recent.take('key-2', 'WSC', at(1))).toBeUndefined();
  });

  it('keeps at most the number of entries allowed, dropping the oldest', () => {
    const recent = createRecentSubmissions(15 * 60_000, 2);
    recent.remember('a', 'WSC', '1', at(0));
    recent.remember('b', 'WSC', '2', at(0));
    recent.remember('c', 'WSC', '3', at(0));
    expect(recent.take('a', 'WSC', at(1))).toBeUndefined();
    expect(recent.take('b', 'WSC', at(1))).toBe('2');
    expect(recent.take('c', 'WSC', at(1))).toBe('3');
  });
});
