import { Tag } from '@heard/ui';
import { Link } from 'react-router';
import { PageHeading } from '../../components/Page';
import { useAuthority } from '../../context';
import { procedureLabel, stageLabel } from '../../lib/labels';
import type { ComplaintCase } from './caseContext';

/** The top of the case page and its audit log: which complaint, and where it is. */
export function CaseHeader({
  complaintCase,
  casePath,
  current,
}: {
  complaintCase: ComplaintCase;
  casePath: string;
  current: 'case' | 'audit';
}) {
  const authority = useAuthority();
  const { complaint, can } = complaintCase;
  return (
    <>
      <PageHeading caption={`${authority.name} complaint`}>{complaint.reference}</PageHeading>
      <p className="govuk-body app-case-status">
        <Tag colour="blue">{complaint.stateLabel}</Tag>
        <span>
          {complaint.procedure === null
            ? 'Procedure not decided'
            : `${procedureLabel(complaint.procedure)} procedure`}
          , {stageLabel(complaint.stage).toLowerCase()}
        </span>
        {complaint.triagedAt === null ? <Tag colour="yellow">Not triaged</Tag> : null}
      </p>
      {can.readAudit ? (
        <nav className="app-sub-navigation" aria-label="Complaint">
          <ul className="app-sub-navigation__list">
            <li className="app-sub-navigation__item">
              <Link
                className="govuk-link govuk-link--no-visited-state app-sub-navigation__link"
                to={casePath}
                aria-current={current === 'case' ? 'page' : undefined}
              >
                Case
              </Link>
            </li>
            <li className="app-sub-navigation__item">
              <Link
                className="govuk-link govuk-link--no-visited-state app-sub-navigation__link"
                to={`${casePath}/audit`}
                aria-current={current === 'audit' ? 'page' : undefined}
              >
                Audit log
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}
