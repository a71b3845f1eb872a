import { Button, InsetText, Panel, SummaryList } from '@heard/ui';
import type { SummaryListRow } from '@heard/ui';
import { TrackForm, trackFormIslandId } from '../islands/TrackForm.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { Island } from './Island.js';
import { formatIsoDate } from './service.js';

export const trackTitle = 'Check on your complaint';

export function TrackPage({
  easyReadPath,
  signInPath,
  ...props
}: TrackFormProps & { easyReadPath: string; signInPath?: string | undefined }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Island id={trackFormIslandId} component={TrackForm} props={props} />
        {signInPath === undefined ? null : (
          <>
            <h2 className="govuk-heading-m govuk-!-margin-top-6">Lost your tracking code?</h2>
            <p className="govuk-body">
              We can email you a link to see all the complaints you made.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={signInPath}>
                Email me a link
              </a>
            </p>
          </>
        )}
        <p className="govuk-body govuk-!-margin-top-6">
          <a className="govuk-link" href={easyReadPath}>
            Easy read: how to check on your complaint
          </a>
        </p>
      </div>
    </div>
  );
}

/** The reference and code, sent again with each action on a complaint, never kept anywhere. */
export interface TrackedCodes {
  reference: string;
  trackingCode: string;
}

function HiddenCodes({ codes }: { codes: TrackedCodes }) {
  return (
    <>
      <input type="hidden" name="reference" value={codes.reference} />
      <input type="hidden" name="trackingCode" value={codes.trackingCode} />
    </>
  );
}

export interface NextStage {
  to: 2 | 3 | 'ombudsman';
  /** Asking now is after the date we advised: still accepted. */
  late: boolean;
  askByText: string | null;
  /** Our stage 1 reply is late, which is why they may ask now. */
  becauseWeAreLate: boolean;
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
    nextStage?: NextStage | null | undefined;
    letter?: { fileName: string; sizeBytes: number; sentOn: string } | null | undefined;
  };
  codes: TrackedCodes;
  letterAction: string;
  nextStageAction: string;
  trackPath: string;
  startPath: string;
}

/** "12 KB", "1.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Where a complaint has got to, in plain words, and what the person can do now. */
export function TrackStatusPage({
  complaint,
  codes,
  letterAction,
  nextStageAction,
  trackPath,
  startPath,
}: TrackStatusPageProps) {
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
  const nextStage = complaint.nextStage ?? null;
  const letter = complaint.letter ?? null;
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

        {letter === null ? null : (
          <>
            <h2 className="govuk-heading-m">Our letter to you</h2>
            <p className="govuk-body">
              You can read the letter we sent you on {formatIsoDate(letter.sentOn)}.
            </p>
            <form method="post" action={letterAction}>
              <HiddenCodes codes={codes} />
              <Button variant="secondary">
                Download our letter
                <span className="govuk-visually-hidden">
                  {' '}
                  ({letter.fileName}, {fileSize(letter.sizeBytes)})
                </span>
              </Button>
            </form>
            <p className="govuk-body-s heard-secondary-text">
              {letter.fileName}, {fileSize(letter.sizeBytes)}
            </p>
          </>
        )}

        {nextStage === null ? null : nextStage.to === 'ombudsman' ? (
          <>
            <h2 className="govuk-heading-m">Still not happy?</h2>
            <p className="govuk-body">
              The Ombudsman is not part of the council. They can look at your complaint for free.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href="https://www.lgo.org.uk" rel="noreferrer noopener">
                Contact the Ombudsman (opens the Ombudsman&apos;s website)
              </a>
            </p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">Still not happy?</h2>
            <p className="govuk-body">
              You can ask for the next stage. We will tell you what happens before you choose.
            </p>
            <form method="post" action={nextStageAction}>
              <HiddenCodes codes={codes} />
              <Button variant="secondary">I&apos;m still not happy</Button>
            </form>
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

export interface NextStagePageProps {
  to: 2 | 3;
  late: boolean;
  askByText: string | null;
  codes: TrackedCodes;
  action: string;
  /** A new id for this request, so pressing twice asks once. */
  requestId: string;
  startPath: string;
}

export function nextStageTitle(to: 2 | 3): string {
  return to === 2 ? 'Ask for someone new to look at it' : 'Ask for a panel to listen to you';
}

/** What asking for the next stage means, before they ask. */
export function NextStagePage({
  to,
  late,
  askByText,
  codes,
  action,
  requestId,
  startPath,
}: NextStagePageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">I&apos;m still not happy</span>
        <h1 className="govuk-heading-l">{nextStageTitle(to)}</h1>
        {to === 2 ? (
          <>
            <p className="govuk-body">Someone new will look at your complaint.</p>
            <p className="govuk-body">
              First they will talk to you. You will agree what they look at.
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">A panel of three people will listen to you.</p>
            <p className="govuk-body">They are not part of the council.</p>
          </>
        )}
        {late ? (
          <InsetText>
            {askByText === null
              ? 'It is later than we asked. That is OK.'
              : `We asked you to tell us by ${askByText}. It is later than that. That is OK.`}{' '}
            You can still ask, and we will still look at it.
          </InsetText>
        ) : null}
        <p className="govuk-body">
          An advocate can help you with this. An advocate is someone on your side. Just ask us.
        </p>
        <form method="post" action={action} data-heard-send-once="">
          <HiddenCodes codes={codes} />
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="confirm" value="yes" />
          <Button>Yes, ask for the next stage</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Not now, go back to the start
          </a>
        </p>
      </div>
    </div>
  );
}

export const nextStageSentTitle = 'We got your request';

export function NextStageSentPage({
  stageName,
  trackPath,
}: {
  stageName: string;
  trackPath: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={nextStageSentTitle}>Your complaint is now at {stageName}.</Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">We will get in touch with you about the next stage.</p>
        <p className="govuk-body">
          You can check on your complaint at any time with your reference and tracking code.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={trackPath}>
            Check on your complaint
          </a>
        </p>
      </div>
    </div>
  );
}
