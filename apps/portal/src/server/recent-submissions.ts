/**
 * The sealed confirmation of each complaint sent in the last few minutes, by the form's
 * idempotency key. Without a script, pressing "Send" twice sends the form twice and the browser
 * shows only the second answer. A complaint sent again gets its reference and a fresh tracking
 * code from the API (the first code stops working); a repeat the API refuses as already sent
 * lets the portal still show the first answer's confirmation, once, from here. Entries go when shown or when they expire. The map lives in this
 * process only: with several portal processes, a repeat that lands on another one gets the
 * "we already have your complaint" page instead.
 */
export interface RecentSubmissions {
  remember(idempotencyKey: string, authorityCode: string, sealed: string, now: Date): void;
  /** Takes the entry out: each confirmation is handed over at most once. */
  take(idempotencyKey: string, authorityCode: string, now: Date): string | undefined;
  forget(idempotencyKey: string): void;
}

export function createRecentSubmissions(ttlMs: number, maxEntries = 10_000): RecentSubmissions {
  const entries = new Map<string, { authorityCode: string; sealed: string; expires: number }>();
  function prune(now: number) {
    for (const [key, entry] of entries) {
      if (entry.expires <= now) entries.delete(key);
    }
  }
  return {
    remember(idempotencyKey, authorityCode, sealed, now) {
      prune(now.getTime());
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(idempotencyKey, { authorityCode, sealed, expires: now.getTime() + ttlMs });
    },
    take(idempotencyKey, authorityCode, now) {
      const entry = entries.get(idempotencyKey);
      entries.delete(idempotencyKey);
      if (
        entry === undefined ||
        entry.expires <= now.getTime() ||
        entry.authorityCode !== authorityCode
      ) {
        return undefined;
      }
      return entry.sealed;
    },
    forget(idempotencyKey) {
      entries.delete(idempotencyKey);
    },
  };
}
