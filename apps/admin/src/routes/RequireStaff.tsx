import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Loading';
import { ProblemPage } from '../components/Problem';
import { StaffContext } from '../context';
import { signInPath } from '../lib/redirect';
import { useSignInNotice } from '../lib/session';
import { useTRPC } from '../trpc';

/** The routes behind sign-in. Signed-out visitors go to sign in and come back here afterwards. */
export function RequireStaff() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const location = useLocation();
  const notice = useSignInNotice();

  if (me.isPending) return <Loading>Checking you are signed in</Loading>;
  if (me.isError) {
    return (
      <ProblemPage
        error={me.error}
        what="your account"
        onRetry={() => {
          void me.refetch();
        }}
      />
    );
  }
  if (me.data === null) {
    // After choosing Sign out there is nowhere to come back to.
    const from = notice === 'signed-out' ? undefined : location.pathname + location.search;
    return <Navigate to={signInPath(from)} replace />;
  }
  return (
    <StaffContext value={me.data}>
      <Outlet />
    </StaffContext>
  );
}
