import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/Page';
import { ProblemPage } from '../../components/Problem';
import { useAuthority } from '../../context';
import { isUuid } from '../../lib/ids';
import { useTRPC } from '../../trpc';
import type { CaseOutletContext } from './caseContext';

/**
 * `/a/:authorityCode/complaints/:complaintId/...`: loads the complaint once for the case page and
 * the pages of its actions, which share it (and its refresh after each change).
 */
export function CaseLayout() {
  const { complaintId } = useParams();
  const authority = useAuthority();
  const inboxPath = `/a/${encodeURIComponent(authority.code)}/inbox`;

  if (!isUuid(complaintId)) {
    return (
      <ProblemPage
        error={{ data: { code: 'NOT_FOUND' } }}
        what="the complaint"
        onRetry={() => undefined}
        back={{ to: inboxPath, text: 'Back to the inbox' }}
        caption={authority.name}
      />
    );
  }
  return <LoadedCase complaintId={complaintId} inboxPath={inboxPath} />;
}

function LoadedCase({ complaintId, inboxPath }: { complaintId: string; inboxPath: string }) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const complaintCase = useQuery(
    trpc.complaints.get.queryOptions({ authorityId: authority.id, complaintId }),
  );

  if (complaintCase.isPending) return <LoadingComplaint />;
  if (complaintCase.isError) {
    return (
      <ProblemPage
        error={complaintCase.error}
        what="the complaint"
        onRetry={() => {
          void complaintCase.refetch();
        }}
        back={{ to: inboxPath, text: 'Back to the inbox' }}
        caption={authority.name}
      />
    );
  }
  const context: CaseOutletContext = {
    complaintCase: complaintCase.data,
    casePath: `/a/${encodeURIComponent(authority.code)}/complaints/${encodeURIComponent(complaintId)}`,
  };
  return <Outlet context={context} />;
}

function LoadingComplaint() {
  useDocumentTitle('Loading complaint');
  return <Loading>Loading the complaint</Loading>;
}
