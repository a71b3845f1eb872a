import { Link } from 'react-router';
import { PageHeading, useDocumentTitle } from '../components/Page';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your inbox
        </Link>
      </p>
    </>
  );
}
