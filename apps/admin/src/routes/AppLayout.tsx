import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Outlet, ScrollRestoration, useMatch } from 'react-router';
import { ServiceHeader } from '../components/ServiceHeader';
import { SkipLink } from '../components/SkipLink';
import { errorCode } from '../lib/errors';
import { setSignInNotice } from '../lib/session';
import { useTRPC } from '../trpc';

/** Every page: skip link, header, the main landmark and the footer. */
export function AppLayout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const authorityMatch = useMatch('/a/:authorityCode/*');
  const [signOutFailed, setSignOutFailed] = useState(false);

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess() {
        setSignInNotice('signed-out');
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
      onError(error) {
        // A 401 means the session had already ended: the member of staff is signed out anyway.
        if (errorCode(error) !== 'UNAUTHORIZED') setSignOutFailed(true);
      },
    }),
  );

  return (
    <>
      <ScrollRestoration />
      <SkipLink />
      <ServiceHeader
        staff={me.data ?? null}
        authorityCode={authorityMatch?.params.authorityCode}
        signingOut={signOut.isPending}
        onSignOut={() => {
          if (signOut.isPending) return;
          setSignOutFailed(false);
          signOut.mutate();
        }}
      />
      <div className="govuk-width-container app-width-container">
        <main className="govuk-main-wrapper app-main" id="main-content" tabIndex={-1}>
          {signOutFailed ? (
            <div className="govuk-error-summary" role="alert">
              <h2 className="govuk-error-summary__title">You are still signed in</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">
                  Signing out did not work. Check your connection, then press Sign out again. If it
                  still does not work, close your browser.
                </p>
              </div>
            </div>
          ) : null}
          <Outlet />
        </main>
      </div>
      <footer className="app-footer">
        <div className="govuk-width-container app-width-container">
          <p>Heard: complaints, compliments and comments about children’s social care.</p>
        </div>
      </footer>
    </>
  );
}
