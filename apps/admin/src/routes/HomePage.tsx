import { Navigate } from 'react-router';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { useStaff } from '../context';

/** `/`: the inbox of the first council the member of staff serves. */
export function HomePage() {
  const staff = useStaff();
  const first = staff.authorities[0];
  useDocumentTitle(first ? 'Inbox' : 'No councils');
  if (first) return <Navigate to={`/a/${encodeURIComponent(first.code)}/inbox`} replace />;
  return (
    <>
      <PageHeading>Your account is not linked to a council</PageHeading>
      <p className="govuk-body">
        You are signed in, but you do not work on any council’s complaints yet. Ask your Complaints
        Manager to give you a role.
      </p>
    </>
  );
}
