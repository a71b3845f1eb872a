/**
 * The CSRF token of the signed-in session. It comes from `auth.signIn` and `auth.me` and goes back
 * on every mutation. It lives only in this module's memory: a script that can read localStorage
 * must not be able to lift it, and a reload simply asks `auth.me` again.
 */
let token: string | null = null;

export function rememberCsrfToken(value: string | null): void {
  token = value;
}

export function csrfToken(): string | null {
  return token;
}
