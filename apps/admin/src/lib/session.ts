/**
 * Why the sign-in page is showing: after signing out, or because the session ended (30 minutes
 * idle or 10 hours after sign-in, set by the API). Kept outside the router so the reason survives
 * the redirect that the signed-out state causes.
 */
import { useSyncExternalStore } from 'react';

export type SignInNotice = 'signed-out' | 'session-ended' | null;

let notice: SignInNotice = null;
const listeners = new Set<() => void>();

export function setSignInNotice(next: SignInNotice): void {
  notice = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSignInNotice(): SignInNotice {
  return useSyncExternalStore(subscribe, () => notice);
}
