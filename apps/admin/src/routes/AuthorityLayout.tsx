import { Link, Outlet, useParams } from 'react-router';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { AuthorityContext, useStaff } from '../context';

/** `/a/:authorityCode/...`: the pages of one council, which the member of staff must serve. */
export function AuthorityLayout() {
  const { authorityCode } = useParams();
  const staff = useStaff();
  const authority = staff.authorities.find((a) => a.code === authorityCode);

  if (!authority) return <NoAccessToAuthority />;
  return (
    <AuthorityContext value={authority}>
      <Outlet />
    </AuthorityContext>
  );
}

function NoAccessToAuthority() {
  const staff = useStaff();
  useDocumentTitle('You do not have access');
  return (
    <>
      <PageHeading>You do not have access</PageHeading>
      <p className="govuk-body">
        Your account does not let you work on this council’s complaints. If you need to, ask your
        Complaints Manager.
      </p>
      {staff.authorities.length > 0 ? (
        <>
          <p className="govuk-body">You can go to the inbox of:</p>
          <ul className="govuk-list">
            {staff.authorities.map((authority) => (
              <li key={authority.id}>
                <Link className="govuk-link" to={`/a/${encodeURIComponent(authority.code)}/inbox`}>
                  {authority.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
