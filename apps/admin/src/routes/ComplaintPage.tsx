import { SummaryList, Tag } from '@heard/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Loading } from '../components/Loading';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { ProblemPage } from '../components/Problem';
import { Timeline } from '../components/Timeline';
import { useAuthority } from '../context';
import { formatDate } from '../lib/dates';
import { isUuid } from '../lib/ids';
import {
  complainantTypeLabel,
  deadlineTimingText,
  procedureLabel,
  receivedViaLabel,
  stageLabel,
} from '../lib/labels';
import { useTRPC, type RouterOutputs } from '../trpc';

type ComplaintCase = RouterOutputs['complaints']['get'];

export function ComplaintPage() {
  const { complaintId } = useParams();
  const authority = useAuthority();
  const inboxPath = `/a/${encodeURIComponent(authority.code)}/inbox`;
  const back = { to: inboxPath, text: 'Back to the inbox' };

  if (!isUuid(complaintId)) {
    return (
      <ProblemPage
        error={{ data: { code: 'NOT_FOUND' } }}
        what="the complaint"
        onRetry={() => undefined}
        back={back}
        caption={authority.name}
      />
    );
  }
  return <LoadedComplaint complaintId={complaintId} inboxPath={inboxPath} />;
}

function LoadedComplaint({ complaintId, inboxPath }: { complaintId: string; inboxPath: string }) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const complaintCase = useQuery(
    trpc.complaints.get.queryOptions({ authorityId: authority.id, complaintId }),
  );

  if (complaintCase.isPending) {
    return <LoadingComplaint />;
  }
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
  return <ComplaintDetails complaintCase={complaintCase.data} inboxPath={inboxPath} />;
}

function LoadingComplaint() {
  useDocumentTitle('Loading complaint');
  return <Loading>Loading the complaint</Loading>;
}

function ComplaintDetails({
  complaintCase,
  inboxPath,
}: {
  complaintCase: ComplaintCase;
  inboxPath: string;
}) {
  const authority = useAuthority();
  const { complaint, deadlines, events, nextAction } = complaintCase;
  useDocumentTitle(`Complaint ${complaint.reference} – ${authority.name}`);

  return (
    <>
      <Link className="govuk-back-link app-back-link" to={inboxPath}>
        Back to the inbox
      </Link>
      <PageHeading caption={`${authority.name} complaint`}>{complaint.reference}</PageHeading>
      <p className="govuk-body app-case-status">
        <Tag colour="blue">{complaint.stateLabel}</Tag>
        <span>
          {complaint.procedure === null
            ? 'Procedure not decided'
            : `${procedureLabel(complaint.procedure)} procedure`}
          , {stageLabel(complaint.stage).toLowerCase()}
        </span>
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <section className="app-next-action" aria-labelledby="next-action-heading">
            <h2 className="govuk-heading-s app-next-action__title" id="next-action-heading">
              Next action
            </h2>
            <p className="govuk-body govuk-!-margin-bottom-0">
              {nextAction ? nextAction.label : 'Nothing to do now.'}
            </p>
          </section>

          <h2 className="govuk-heading-m">Deadlines</h2>
          <Deadlines deadlines={deadlines} />

          <h2 className="govuk-heading-m">The complaint</h2>
          <SummaryList
            rows={[
              { key: 'Received', value: formatDate(complaint.receivedOn) },
              { key: 'How it arrived', value: receivedViaLabel(complaint.receivedVia) },
              { key: 'From', value: complainantTypeLabel(complaint.complainantType) },
              { key: 'Name', value: complaint.complainantName ?? <NotGiven /> },
              {
                key: 'Email',
                value: complaint.contactEmail ? (
                  <a className="govuk-link" href={`mailto:${complaint.contactEmail}`}>
                    {complaint.contactEmail}
                  </a>
                ) : (
                  <NotGiven />
                ),
              },
              { key: 'Phone', value: complaint.contactPhone ?? <NotGiven /> },
              {
                key: 'What happened',
                value: <div className="app-free-text">{complaint.whatHappened}</div>,
              },
              {
                key: 'What they want to happen',
                value: complaint.desiredOutcome ? (
                  <div className="app-free-text">{complaint.desiredOutcome}</div>
                ) : (
                  <NotGiven />
                ),
              },
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third-from-desktop">
          <h2 className="govuk-heading-m">History</h2>
          <Timeline events={events} />
        </div>
      </div>
    </>
  );
}

function NotGiven() {
  return <span className="app-secondary-text">Not given</span>;
}

function Deadlines({ deadlines }: { deadlines: ComplaintCase['deadlines'] }) {
  if (deadlines.length === 0) {
    return <p className="govuk-body">There are no deadlines for this complaint now.</p>;
  }
  return (
    <table className="govuk-table app-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Deadlines for this complaint
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Deadline
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {deadlines.map((deadline) => {
          const timing = deadlineTimingText(deadline);
          return (
            <tr className="govuk-table__row" key={deadline.id}>
              <th scope="row" className="govuk-table__header app-deadline__label">
                {deadline.rule}
                <span className="app-citation">{deadline.citation}</span>
              </th>
              <td className="govuk-table__cell app-nowrap">
                {deadline.dueOn === null ? 'On hold' : formatDate(deadline.dueOn)}
              </td>
              <td className="govuk-table__cell">
                {timing.overdue ? (
                  <strong className="app-overdue">{timing.text}</strong>
                ) : (
                  timing.text
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
