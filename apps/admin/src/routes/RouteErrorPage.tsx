import { useRouteError } from 'react-router';
import { PageHeading, useDocumentTitle } from '../components/Page';

/**
 * A fault in the app itself rather than a failed request (those are explained where they
 * happen). Reloading fetches the app afresh, which is what helps after a new version is deployed.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle('Sorry, there is a problem');
  if (import.meta.env.DEV) console.error(error);
  return (
    <>
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p className="govuk-body">Reload the page to try again. Nothing you saved has been lost.</p>
      <button
        type="button"
        className="govuk-button"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload the page
      </button>
    </>
  );
}
