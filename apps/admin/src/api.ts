/**
 * One API client and one query cache for the app. A 401 from any call but sign-in means the
 * session has ended (idle, too old, or signed out elsewhere): the cached `auth.me` becomes null,
 * and the signed-in routes send the member of staff to sign in, coming back afterwards.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { rememberCsrfToken } from './lib/csrf';
import { errorCode, isRetryable } from './lib/errors';
import { setSignInNotice } from './lib/session';
import { createApiClient, type AppRouter } from './trpc';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The mutation explains a 401 itself (sign-in: "Email or password is not right"). */
      handlesUnauthorized?: boolean;
    };
  }
}

export const apiClient = createApiClient();

function endSessionOnUnauthorized(error: unknown): void {
  if (errorCode(error) !== 'UNAUTHORIZED') return;
  rememberCsrfToken(null);
  setSignInNotice('session-ended');
  queryClient.setQueryData(trpc.auth.me.queryKey(), null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: endSessionOnUnauthorized }),
  mutationCache: new MutationCache({
    onError(error, _variables, _context, mutation) {
      if (!mutation.meta?.handlesUnauthorized) endSessionOnUnauthorized(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Refusals (401, 403, 404, 400) come back the same however often they are asked.
      retry: (failures, error) => isRetryable(error) && failures < 2,
    },
    mutations: { retry: false },
  },
});

/** Query keys and options outside React (the cache handlers above, tests of the wiring). */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });
