import { SummaryList, WarningText } from '@heard/ui';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useDocumentTitle } from '../../components/Page';
import { Timeline } from '../../components/Timeline';
import { useAuthority } from '../../context';
import { actionWords, offeredActions, type ActionContext } from '../../lib/actions';
import { attachmentKindLabels, downloadPath, isAttachmentKind } from '../../lib/attachments';
import { escalationText, timeLimitText } from '../../lib/caseText';
import { formatDate, formatDateTime } from '../../lib/dates';
import {
  categoryOfSupportLabels,
  complainantKindLabels,
  complainantTypeLabel,
  deadlineTimingText,
  disabilityLabels,
  fileSizeText,
  labelFrom,
  outcomeLabels,
  procedureLabel,
  receivedViaLabel,
  subjectLabels,
} from '../../lib/labels';
import { staffRoleLabel } from '../../lib/roles';
import { CaseHeader } from './CaseHeader';
import { flashOf, useCase, type ComplaintCase } from './caseContext';

export function CasePage() {
  const { complaintCase, casePath } = useCase();
  const authority = useAuthority();
  const location = useLocation();
  const flash = flashOf(location.state);
  const { complaint, deadlines, events, nextAction } = complaintCase;
  useDocumentTitle(`Complaint ${complaint.reference} – ${authority.name}`);

  return (
    <>
      <Link
        className="govuk-back-link app-back-link"
        to={`/a/${encodeURIComponent(authority.code)}/inbox`}
      >
        Back to the inbox
      </Link>
      {flash ? (
        <NotificationBanner title={flash.title} success id="case-saved-title">
          {null}
        </NotificationBanner>
      ) : null}
      {flash && flash.warnings.length > 0 ? (
        <NotificationBanner
          title={flash.warnings.length === 1 ? 'Check this' : 'Check these'}
          id="case-warnings-title"
        >
          <ul className="govuk-list govuk-list--bullet">
            {flash.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <CaseHeader complaintCase={complaintCase} casePath={casePath} current="case" />

      {complaintCase.warnings.length > 0 ? (
        <div className="app-case-warnings">
          {complaintCase.warnings.map((warning) => (
            <WarningText key={`${warning.code}:${String(warning.eventIndex)}`}>
              {warning.message} ({formatDate(warning.on)})
            </WarningText>
          ))}
        </div>
      ) : null}

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

          <TriageCallout complaintCase={complaintCase} casePath={casePath} />
          <Actions complaintCase={complaintCase} casePath={casePath} />

          <h2 className="govuk-heading-m">Deadlines</h2>
          <Deadlines deadlines={deadlines} />

          <h2 className="govuk-heading-m">Rights and time limit</h2>
          <Rights complaintCase={complaintCase} />

          <h2 className="govuk-heading-m">The complaint</h2>
          <div className="app-dense">
            <ComplaintDetails complaintCase={complaintCase} />
          </div>
          <Children complaintCase={complaintCase} />

          <Responses complaintCase={complaintCase} />

          <h2 className="govuk-heading-m">People</h2>
          <People complaintCase={complaintCase} casePath={casePath} />

          <h2 className="govuk-heading-m">Notes</h2>
          <Notes complaintCase={complaintCase} casePath={casePath} />

          <h2 className="govuk-heading-m">Documents</h2>
          <Documents complaintCase={complaintCase} casePath={casePath} authorityId={authority.id} />
        </div>
        <div className="govuk-grid-column-one-third-from-desktop">
          <h2 className="govuk-heading-m" id="history-heading">
            History
          </h2>
          <Timeline events={events} labelledBy="history-heading" />
        </div>
      </div>
    </>
  );
}

interface SectionProps {
  complaintCase: ComplaintCase;
  casePath: string;
}

function actionContext(complaintCase: ComplaintCase): ActionContext {
  return {
    stage: complaintCase.complaint.stage,
    escalationTo: complaintCase.escalation?.to ?? null,
  };
}

function TriageCallout({ complaintCase, casePath }: SectionProps) {
  const { complaint, can } = complaintCase;
  if (!can.triage) return null;
  if (complaint.triagedAt !== null) return null;
  return (
    <section className="app-callout" aria-labelledby="triage-heading">
      <h2 className="govuk-heading-m" id="triage-heading">
        Triage
      </h2>
      <p className="govuk-body">
        This complaint has not been triaged. Confirm the procedure, acknowledge it, choose who
        responds and record the offer of an advocate.
      </p>
      <Link className="govuk-button govuk-!-margin-bottom-0" to={`${casePath}/triage`}>
        Triage this complaint
      </Link>
    </section>
  );
}

function Actions({ complaintCase, casePath }: SectionProps) {
  const offered = offeredActions(complaintCase.allowedEvents, complaintCase.nextAction?.action);
  const context = actionContext(complaintCase);
  const { complaint, can } = complaintCase;
  const buttons = [...(offered.primary ? [offered.primary] : []), ...offered.progress];
  const retriage = can.triage && complaint.triagedAt !== null;
  const nothing = buttons.length === 0 && offered.other.length === 0 && !retriage;
  return (
    <section className="app-actions" aria-labelledby="actions-heading">
      <h2 className="govuk-heading-m" id="actions-heading">
        Actions
      </h2>
      {nothing ? (
        <p className="govuk-body">There is nothing you can record on this complaint now.</p>
      ) : null}
      {buttons.length > 0 ? (
        <div className="govuk-button-group app-actions__buttons">
          {buttons.map((type) => (
            <Link
              key={type}
              className={`govuk-button${type === offered.primary ? '' : ' govuk-button--secondary'}`}
              to={`${casePath}/actions/${type}`}
            >
              {actionWords(type, context).link}
            </Link>
          ))}
        </div>
      ) : null}
      {offered.other.length > 0 || retriage ? (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">Other actions</h3>
          <ul className="govuk-list app-actions__others">
            {offered.other.map((type) => (
              <li key={type}>
                <Link className="govuk-link" to={`${casePath}/actions/${type}`}>
                  {actionWords(type, context).link}
                </Link>
              </li>
            ))}
            {retriage ? (
              <li>
                <Link className="govuk-link" to={`${casePath}/triage`}>
                  Change the triage
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Deadlines({ deadlines }: { deadlines: ComplaintCase['deadlines'] }) {
  if (deadlines.length === 0) {
    return <p className="govuk-body">There are no deadlines for this complaint now.</p>;
  }
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table app-table--stacked app-deadlines">
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
                <th
                  scope="row"
                  className="govuk-table__header app-deadline__label app-table__row-heading"
                >
                  {deadline.rule}
                  {deadline.advisory ? (
                    <span className="app-deadline__advisory">
                      For the complainant: advice, not a bar
                    </span>
                  ) : null}
                  <span className="app-citation">{deadline.citation}</span>
                </th>
                <td className="govuk-table__cell app-nowrap" data-label="Due">
                  {deadline.dueOn === null ? (
                    'On hold'
                  ) : (
                    <time dateTime={deadline.dueOn}>{formatDate(deadline.dueOn)}</time>
                  )}
                </td>
                <td className="govuk-table__cell" data-label="Status">
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
    </div>
  );
}

function Rights({ complaintCase }: { complaintCase: ComplaintCase }) {
  const escalation = escalationText(complaintCase.escalation, complaintCase.today);
  const timeLimit = complaintCase.timeLimit;
  return (
    <dl className="govuk-summary-list app-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Taking it further</dt>
        <dd className="govuk-summary-list__value">
          {escalation ?? 'The complainant has no step to take now.'}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">12-month check</dt>
        <dd className="govuk-summary-list__value">
          {timeLimit.status === 'outside' ? (
            <strong className="app-overdue">{timeLimitText(timeLimit, complaintCase.today)}</strong>
          ) : (
            timeLimitText(timeLimit, complaintCase.today)
          )}
          <span className="app-citation">{timeLimit.citation}</span>
        </dd>
      </div>
    </dl>
  );
}

function NotGiven({ children = 'Not given' }: { children?: string }) {
  return <span className="app-secondary-text">{children}</span>;
}

function text(value: string | null | undefined, missing = 'Not given'): ReactNode {
  return value === null || value === undefined || value === '' ? (
    <NotGiven>{missing}</NotGiven>
  ) : (
    value
  );
}

function ComplaintDetails({ complaintCase }: { complaintCase: ComplaintCase }) {
  const { complaint } = complaintCase;
  const from = complaint.complainantRelationship
    ? labelFrom(complainantKindLabels, complaint.complainantRelationship)
    : complainantTypeLabel(complaint.complainantType);
  const advocacy = complaint.advocacyOffered
    ? complaint.advocacyAccepted === null
      ? 'Offered; no answer yet'
      : complaint.advocacyAccepted
        ? 'Offered and accepted'
        : 'Offered and declined'
    : 'Not offered yet';
  return (
    <SummaryList
      rows={[
        { key: 'Received', value: formatDate(complaint.receivedOn) },
        { key: 'How it arrived', value: receivedViaLabel(complaint.receivedVia) },
        { key: 'From', value: from },
        { key: 'Name', value: text(complaint.complainantName) },
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
        { key: 'Phone', value: text(complaint.contactPhone) },
        ...(complaint.onBehalfOf
          ? [
              {
                key: 'On behalf of',
                value: `${complaint.onBehalfOf}${complaint.consentRecorded ? ' (consent recorded)' : ' (consent not recorded)'}`,
              },
            ]
          : []),
        { key: 'About', value: text(labelFrom(subjectLabels, complaint.subject)) },
        { key: 'Service area', value: text(complaint.serviceArea) },
        { key: 'Team', value: text(complaint.team) },
        { key: 'Principal issue', value: text(complaint.principalIssue) },
        {
          key: 'Other issues',
          value:
            complaint.otherIssues.length === 0 ? (
              <NotGiven>None</NotGiven>
            ) : (
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
                {complaint.otherIssues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            ),
        },
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
        {
          key: 'Procedure',
          value: (
            <>
              {complaint.procedure === null ? 'Not decided' : procedureLabel(complaint.procedure)}
              {complaint.triageReason ? (
                <span className="app-citation app-free-text">{complaint.triageReason}</span>
              ) : null}
            </>
          ),
        },
        {
          key: 'Triaged',
          value:
            complaint.triagedAt === null ? (
              <NotGiven>Not yet</NotGiven>
            ) : (
              formatDateTime(complaint.triagedAt)
            ),
        },
        { key: 'Advocate', value: advocacy },
      ]}
    />
  );
}

function Children({ complaintCase }: { complaintCase: ComplaintCase }) {
  const { children } = complaintCase;
  if (children.length === 0) {
    return <p className="govuk-body">No details of the children concerned were recorded.</p>;
  }
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {children.length === 1 ? 'The child concerned' : 'The children concerned'}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Age
            </th>
            <th scope="col" className="govuk-table__header">
              Gender
            </th>
            <th scope="col" className="govuk-table__header">
              Ethnicity
            </th>
            <th scope="col" className="govuk-table__header">
              Disability
            </th>
            <th scope="col" className="govuk-table__header">
              Category of support
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {children.map((child, index) => (
            <tr className="govuk-table__row" key={index}>
              <td className="govuk-table__cell">{child.age ?? <NotGiven>–</NotGiven>}</td>
              <td className="govuk-table__cell">{text(child.gender, '–')}</td>
              <td className="govuk-table__cell">{text(child.ethnicity, '–')}</td>
              <td className="govuk-table__cell">
                {text(labelFrom(disabilityLabels, child.disability), '–')}
              </td>
              <td className="govuk-table__cell">
                {text(labelFrom(categoryOfSupportLabels, child.categoryOfSupport), '–')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Responses({ complaintCase }: { complaintCase: ComplaintCase }) {
  const { responses } = complaintCase;
  if (responses.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Responses</h2>
      {responses.map((response) =>
        response.stage === 3 ? (
          <p className="govuk-body app-dense-text" key={response.stage}>
            <strong>Stage 3:</strong> the council responded to the panel’s recommendations on{' '}
            {formatDate(response.on)}
            {response.by ? `, by ${response.by.name}` : ''}.
          </p>
        ) : (
          <div className="app-table-scroll" key={response.stage}>
            <table className="govuk-table app-table">
              <caption className="govuk-table__caption govuk-table__caption--s">
                Stage {response.stage} response, {formatDate(response.on)}
                {response.by ? `, by ${response.by.name}` : ''}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Issue
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Outcome
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {response.outcomes.map((outcome, index) => (
                  <tr className="govuk-table__row" key={index}>
                    <td className="govuk-table__cell">{outcome.issue}</td>
                    <td className="govuk-table__cell app-nowrap">
                      {labelFrom(outcomeLabels, outcome.outcome)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </>
  );
}

function People({ complaintCase, casePath }: SectionProps) {
  const { complaint, assignments, investigatingOfficer, independentPerson, can } = complaintCase;
  const responder = assignments.find((a) => a.staffId === complaint.assignedStaffId);
  return (
    <>
      <div className="app-dense">
        <SummaryList
          rows={[
            {
              key: 'Responder',
              value:
                complaint.assignedStaffId === null ? (
                  <NotGiven>Not chosen yet</NotGiven>
                ) : (
                  (responder?.name ?? 'Chosen')
                ),
            },
            {
              key: 'Investigating Officer',
              value: investigatingOfficer ? (
                investigatingOfficer.name
              ) : (
                <NotGiven>Not appointed</NotGiven>
              ),
            },
            {
              key: 'Independent Person',
              value: independentPerson ? (
                independentPerson.name
              ) : (
                <NotGiven>Not appointed</NotGiven>
              ),
            },
          ]}
        />
      </div>
      {assignments.length > 0 ? (
        <div className="app-table-scroll">
          <table className="govuk-table app-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Assigned to this case
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Role on the case
                </th>
                <th scope="col" className="govuk-table__header">
                  Since
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {assignments.map((assignment) => (
                <tr className="govuk-table__row" key={`${assignment.staffId}:${assignment.role}`}>
                  <td className="govuk-table__cell">{assignment.name}</td>
                  <td className="govuk-table__cell">{staffRoleLabel(assignment.role)}</td>
                  <td className="govuk-table__cell app-nowrap">
                    {formatDateTime(assignment.assignedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="govuk-body">Nobody has been assigned to this case.</p>
      )}
      {can.assign ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${casePath}/assign`}>
            Assign someone to this case
          </Link>
        </p>
      ) : null}
    </>
  );
}

function Notes({ complaintCase, casePath }: SectionProps) {
  const { notes, can } = complaintCase;
  const newestFirst = [...notes].reverse();
  return (
    <>
      {newestFirst.length === 0 ? (
        <p className="govuk-body">There are no notes.</p>
      ) : (
        <ul className="govuk-list app-notes">
          {newestFirst.map((note) => (
            <li className="app-note" key={note.id}>
              <p className="app-note__byline">
                {note.staffName}, {formatDateTime(note.createdAt)}
              </p>
              <div className="govuk-body app-free-text govuk-!-margin-bottom-0">{note.body}</div>
            </li>
          ))}
        </ul>
      )}
      {can.addNote ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${casePath}/notes/new`}>
            Add a note
          </Link>
        </p>
      ) : null}
    </>
  );
}

function Documents({
  complaintCase,
  casePath,
  authorityId,
}: SectionProps & { authorityId: string }) {
  const { attachments, can } = complaintCase;
  return (
    <>
      {attachments.length === 0 ? (
        <p className="govuk-body">There are no documents.</p>
      ) : (
        <div className="app-table-scroll">
          <table className="govuk-table app-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Documents</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Document
                </th>
                <th scope="col" className="govuk-table__header">
                  Kind
                </th>
                <th scope="col" className="govuk-table__header">
                  Size
                </th>
                <th scope="col" className="govuk-table__header">
                  Uploaded
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {attachments.map((file) => (
                <tr className="govuk-table__row" key={file.id}>
                  <td className="govuk-table__cell app-break-anywhere">
                    <a
                      className="govuk-link"
                      href={downloadPath(authorityId, file.id)}
                      download={file.fileName}
                    >
                      {file.fileName}
                    </a>
                  </td>
                  <td className="govuk-table__cell">
                    {isAttachmentKind(file.kind) ? attachmentKindLabels[file.kind] : file.kind}
                  </td>
                  <td className="govuk-table__cell app-nowrap">{fileSizeText(file.sizeBytes)}</td>
                  <td className="govuk-table__cell">
                    {file.uploadedByName}, {formatDateTime(file.createdAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can.addAttachment ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${casePath}/attachments/new`}>
            Upload a document
          </Link>
        </p>
      ) : null}
    </>
  );
}
