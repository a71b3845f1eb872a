import { SummaryList } from '@heard/ui';
import type { SummaryListRow } from '@heard/ui';
import { TrackForm, trackFormIslandId } from '../islands/TrackForm.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { Island } from './Island.js';
import { formatIsoDate } from './service.js';

export const trackTitle = 'Check on your complaint';

export function TrackPage(props: TrackFormProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Island id={trackFormIslandId} component={TrackForm} props={props} />
      </div>
    </div>
  );
}

export interface TrackStatusPageProps {
  complaint: {
    reference: string;
    receivedOn: string;
    stage: number;
    stageName: string;
    /** Where it has got to, in a few plain words. */
    status: string;
    /** What that means for the person, a sentence each. */
    lines?: readonly string[] | undefined;
    nextStep: string | null;
    nextDateText: string | null;
  };
  trackPath: string;
  startPath: string;
}

/** Where a complaint has got to, in plain words. */
export function TrackStatusPage({ complaint, trackPath, startPath }: TrackStatusPageProps) {
  const rows: SummaryListRow[] = [
    { key: 'Reference', value: <span className="heard-code">{complaint.reference}</span> },
    { key: 'Sent on', value: formatIsoDate(complaint.receivedOn) },
    { key: 'Stage', value: complaint.stageName },
    { key: 'Where it is now', value: complaint.status },
  ];
  if (complaint.nextDateText !== null)
    rows.push({ key: 'Next date', value: complaint.nextDateText });
  const lines = [...(complaint.lines ?? [])];
  if (complaint.nextStep !== null && !lines.includes(complaint.nextStep))
    lines.push(complaint.nextStep);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your complaint</h1>
        <SummaryList rows={rows} />
        {lines.length === 0 ? null : (
          <>
            <h2 className="govuk-heading-m">What this means</h2>
            {lines.map((line) => (
              <p key={line} className="govuk-body">
                {line}
              </p>
            ))}
          </>
        )}
        <p className="govuk-body">
          If you have a question about your complaint, contact the council&apos;s complaints team.
          Tell them your reference.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={trackPath}>
            Check another complaint
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Go back to the start
          </a>
        </p>
      </div>
    </div>
  );
}
