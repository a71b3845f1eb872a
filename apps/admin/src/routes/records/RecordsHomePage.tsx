import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { useTRPC } from '../../trpc';
import { useRecordsPath } from './shared';

const sections = [
  {
    path: 'compliments',
    title: 'Compliments',
    text: 'Praise for teams, and the words approved for reports.',
  },
  {
    path: 'comments',
    title: 'Comments',
    text: 'Issues raised without a formal complaint, answered by team managers.',
  },
  {
    path: 'enquiries',
    title: 'Enquiries and member enquiries',
    text: 'Questions from the public, MPs and councillors.',
  },
  {
    path: 'ombudsman',
    title: 'Ombudsman cases',
    text: 'Enquiries, decisions, remedies and compliance.',
  },
  {
    path: 'learning',
    title: 'Learning from complaints',
    text: 'Actions from upheld complaints and Ombudsman decisions.',
  },
] as const;

/** Everything beyond complaints that the complaints team logs and reports on. */
export function RecordsHomePage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const overdue = useQuery(
    trpc.learning.list.queryOptions({ authorityId: authority.id, view: 'overdue', limit: 1 }),
  );
  useDocumentTitle(`Records – ${authority.name}`);
  return (
    <>
      <PageHeading caption={authority.name}>Compliments, comments and more</PageHeading>
      {overdue.data && overdue.data.total > 0 ? (
        <div className="govuk-inset-text">
          <Link className="govuk-link" to={`${base}/learning`}>
            {overdue.data.total === 1
              ? '1 learning action is overdue'
              : `${String(overdue.data.total)} learning actions are overdue`}
          </Link>
        </div>
      ) : null}
      <ul className="govuk-list">
        {sections.map((s) => (
          <li key={s.path} className="govuk-!-margin-bottom-4">
            <Link
              className="govuk-link govuk-!-font-weight-bold govuk-!-font-size-24"
              to={`${base}/${s.path}`}
            >
              {s.title}
            </Link>
            <p className="govuk-body govuk-!-margin-bottom-0">{s.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
