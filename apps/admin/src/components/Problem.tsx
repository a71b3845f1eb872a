import { Link } from 'react-router';
import { problemOf, type Problem as ProblemKind } from '../lib/errors';
import { PageHeading, useDocumentTitle } from './Page';

interface ProblemProps {
  error: unknown;
  /** What could not be loaded, in a sentence: `the complaint`, `the inbox`. */
  what: string;
  onRetry: () => void;
  /** Where to go instead, when there is somewhere useful. */
  back?: { to: string; text: string };
}

export function problemTitle(problem: ProblemKind, what: string): string {
  switch (problem.kind) {
    case 'forbidden':
      return 'You do not have access';
    case 'not-found':
      return `${capitalise(what.replace(/^the /, ''))} not found`;
    case 'signed-out':
      return 'You have been signed out';
    case 'failed':
      return 'Sorry, there is a problem';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ProblemBody({
  problem,
  what,
  onRetry,
  back,
}: Omit<ProblemProps, 'error'> & { problem: ProblemKind }) {
  const backLink = back ? (
    <p className="govuk-body">
      <Link className="govuk-link" to={back.to}>
        {back.text}
      </Link>
    </p>
  ) : null;

  switch (problem.kind) {
    case 'forbidden':
      return (
        <>
          <p className="govuk-body">
            Your account does not let you see {what}. If you need to, ask your Complaints Manager.
          </p>
          {backLink}
        </>
      );
    case 'not-found':
      return (
        <>
          <p className="govuk-body">
            There is no such {what.replace(/^the /, '')} for this council. Check the link you
            followed.
          </p>
          {backLink}
        </>
      );
    case 'signed-out':
      return (
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in again
          </Link>{' '}
          to carry on.
        </p>
      );
    case 'failed':
      return (
        <>
          <p className="govuk-body">
            {problem.retryable
              ? `We could not load ${what}. Check your connection, then try again.`
              : `We could not load ${what}.`}
          </p>
          {problem.retryable ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={onRetry}
            >
              Try again
            </button>
          ) : null}
          {backLink}
        </>
      );
  }
}

/** A failed load explained in a section of a page that already has its heading. */
export function ProblemSection(props: ProblemProps) {
  const problem = problemOf(props.error);
  return (
    <div className="app-problem" role="alert">
      <h2 className="govuk-heading-m">{problemTitle(problem, props.what)}</h2>
      <ProblemBody problem={problem} {...props} />
    </div>
  );
}

/** A failed load that is the whole page: its title becomes the page's heading and tab title. */
export function ProblemPage(props: ProblemProps & { caption?: string }) {
  const problem = problemOf(props.error);
  const title = problemTitle(problem, props.what);
  useDocumentTitle(title);
  return (
    <>
      <PageHeading caption={props.caption}>{title}</PageHeading>
      <ProblemBody problem={problem} {...props} />
    </>
  );
}
