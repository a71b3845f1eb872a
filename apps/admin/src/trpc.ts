/**
 * The typed client for the Heard API. Only the router's type is imported: no API code reaches
 * the browser bundle. Every request says which client it comes from; every mutation carries the
 * session's CSRF token, which this client learns from `auth.signIn` and `auth.me` as their
 * answers pass through `csrfTokenLink`.
 */
import type { AppRouter } from '@heard/api/router';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, type TRPCLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { tap } from '@trpc/server/observable';
import { csrfToken, rememberCsrfToken } from './lib/csrf';

export type { AppRouter };
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function tokenIn(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object' || !('csrfToken' in value)) return undefined;
  return typeof value.csrfToken === 'string' ? value.csrfToken : undefined;
}

/** Keeps the CSRF token in memory as sign-in, `auth.me` and sign-out answers come back. */
const csrfTokenLink: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) =>
    next(op).pipe(
      tap({
        next({ result }) {
          if (!('data' in result)) return;
          if (op.path === 'auth.signIn' || op.path === 'auth.me') {
            const token = tokenIn(result.data);
            if (token !== undefined) rememberCsrfToken(token);
          } else if (op.path === 'auth.signOut') {
            rememberCsrfToken(null);
          }
        },
      }),
    );

function headersFor(mutation: boolean): Record<string, string> {
  const headers: Record<string, string> = { 'x-heard-client': 'admin' };
  const token = csrfToken();
  if (token && mutation) headers['x-csrf-token'] = token;
  return headers;
}

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      csrfTokenLink,
      // A password or code attempt goes alone: the API refuses a batch that includes one.
      splitLink({
        condition: (op) => op.path === 'auth.signIn' || op.path === 'auth.enableTotp',
        true: httpLink({ url: '/trpc', headers: () => headersFor(true) }),
        false: httpBatchLink({
          url: '/trpc',
          headers: ({ opList }) => headersFor(opList.some((op) => op.type === 'mutation')),
        }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
