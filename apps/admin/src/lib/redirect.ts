/**
 * Where to go after signing in. Only paths inside this app are followed: `//evil.example` and
 * `https://...` would take a freshly signed-in member of staff to another site.
 */
export function safeReturnPath(from: string | null): string | null {
  if (!from) return null;
  if (!from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return null;
  if (from === '/sign-in' || from.startsWith('/sign-in?') || from.startsWith('/sign-in/'))
    return null;
  return from;
}

export function signInPath(from?: string): string {
  const safe = safeReturnPath(from ?? null);
  return safe && safe !== '/' ? `/sign-in?from=${encodeURIComponent(safe)}` : '/sign-in';
}
