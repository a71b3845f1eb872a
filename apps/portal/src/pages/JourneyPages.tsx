/** The pages around a journey's questions: check your answers, and what happens once it is sent. */
import { Button, ErrorSummary, InsetText, Panel, SummaryList, WarningText } from '@heard/ui';
import type { SummaryListRow } from '@heard/ui';

export interface AnswerRow {
  question: string;
  /** The answer as typed; '' when none was given. */
  answer: string;
  /** The page that asks it, for its "Change" button. */
  step: string;
  /** Said after "Change" to screen reader users, such as "what happened". */
  changeLabel: string;
}

export interface CheckAnswersPageProps {
  caption: string;
  action: string;
  rows: readonly AnswerRow[];
  /** The answers and the form's own fields, sent again with the form. */
  hidden: Readonly<Record<string, string>>;
  sendLines: readonly string[];
  sendText: string;
  /** Sending failed as a whole (the service was down, or too many tries). */
  formError?: string | undefined;
}

export const checkAnswersTitle = 'Check your answers';

export function CheckAnswersPage({
  caption,
  action,
  rows,
  hidden,
  sendLines,
  sendText,
  formError,
}: CheckAnswersPageProps) {
  const summaryRows: SummaryListRow[] = rows.map((row) => ({
    key: row.question,
    value:
      row.answer.trim() === '' ? (
        <span className="heard-secondary-text">You did not say</span>
      ) : (
        <span className="heard-answer">{row.answer}</span>
      ),
    action: {
      name: 'nav',
      value: `change:${row.step}`,
      text: 'Change',
      visuallyHiddenText: row.changeLabel,
    },
  }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formError === undefined ? [] : [{ text: formError }]} />
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{checkAnswersTitle}</h1>
        <form method="post" action={action} data-heard-send-once="">
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SummaryList rows={summaryRows} />
          <h2 className="govuk-heading-m">Now send it</h2>
          {sendLines.map((line) => (
            <p key={line} className="govuk-body">
              {line}
            </p>
          ))}
          <Button name="nav" value="send">
            {sendText}
          </Button>
        </form>
      </div>
    </div>
  );
}

export interface AdvocacyProvider {
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface ComplaintSentPageProps {
  reference: string;
  trackingCode: string;
  replyByText: string | null;
  /** Set when the young person asked for an advocate. */
  advocate: { provider: AdvocacyProvider | null } | null;
  trackPath: string;
  startPath: string;
}

export const complaintSentTitle = 'Complaint sent';

/** Shown once, straight after a complaint is sent. */
export function ComplaintSentPage({
  reference,
  trackingCode,
  replyByText,
  advocate,
  trackPath,
  startPath,
}: ComplaintSentPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={complaintSentTitle}>
          Your reference is
          <br />
          <strong className="heard-code">{reference}</strong>
        </Panel>

        <h2 className="govuk-heading-m">Your tracking code</h2>
        <p className="govuk-body">
          You need your reference and this tracking code to check on your complaint.
        </p>
        <p className="govuk-body govuk-!-font-size-27 govuk-!-font-weight-bold heard-code">
          {trackingCode}
        </p>
        <WarningText>
          Write down your reference and tracking code now. Keep them safe. We cannot show you the
          tracking code again.
        </WarningText>

        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          {replyByText === null
            ? 'We will reply as soon as we can.'
            : `We will reply by ${replyByText}.`}
        </p>
        <p className="govuk-body">
          Someone in the complaints team will read what you told us. If you gave us a way to contact
          you, they may get in touch to talk about it.
        </p>
        <p className="govuk-body">
          If you are not happy with our reply, you can ask for someone new to look at it.
        </p>

        {advocate === null ? null : <AdvocateNext provider={advocate.provider} />}

        <p className="govuk-body">
          <a className="govuk-link" href={trackPath}>
            Check on your complaint
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

function AdvocateNext({ provider }: { provider: AdvocacyProvider | null }) {
  return (
    <>
      <h2 className="govuk-heading-m">Your advocate</h2>
      {provider === null ? (
        <p className="govuk-body">
          You asked for an advocate. We will find one for you and tell you who it is.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            You asked for an advocate. We have asked {provider.name} to help. They will get in
            touch.
          </p>
          <p className="govuk-body">You can also contact them yourself:</p>
          <InsetText>
            <span className="heard-line govuk-!-font-weight-bold">{provider.name}</span>
            {provider.phone === null ? null : (
              <span className="heard-line">Phone: {provider.phone}</span>
            )}
            {provider.email === null ? null : (
              <span className="heard-line">
                Email:{' '}
                <a className="govuk-link" href={`mailto:${provider.email}`}>
                  {provider.email}
                </a>
              </span>
            )}
            {provider.website === null ? null : (
              <span className="heard-line">
                Website:{' '}
                <a className="govuk-link" href={provider.website} rel="noreferrer noopener">
                  {provider.website.replace(/^https?:\/\//, '')}
                </a>
              </span>
            )}
          </InsetText>
        </>
      )}
    </>
  );
}

export const thankYouSentTitle = 'Thank you sent';

export function ThankYouSentPage({ startPath }: { startPath: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={thankYouSentTitle}>Thank you for telling us.</Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          We will pass your thank you on to the people you told us about. It helps them know what
          they did well.
        </p>
        <p className="govuk-body">
          We might share your words in a report. We will take out any names first.
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

export const messageSentTitle = 'Message sent';

export function MessageSentPage({
  replyByText,
  startPath,
}: {
  /** Null when they gave no way to reply. */
  replyByText: string | null;
  startPath: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={messageSentTitle}>Thank you for telling us.</Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">We will read it and pass it to the right team.</p>
        {replyByText === null ? (
          <p className="govuk-body">
            You did not give us a way to reply, so we cannot answer you. We will still read it.
          </p>
        ) : (
          <p className="govuk-body">We will reply by {replyByText}.</p>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Go back to the start
          </a>
        </p>
      </div>
    </div>
  );
}

export interface SentGoneProps {
  /** What was sent, in words: "complaint", "thank you", "message". */
  what: string;
  startPath: string;
  trackPath?: string | undefined;
}

export const sentGoneTitle = 'This page cannot be shown again';

/** A confirmation is shown once; coming back to it, or arriving late, gives this. */
export function SentGonePage({ what, startPath, trackPath }: SentGoneProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{sentGoneTitle}</h1>
        <p className="govuk-body">
          We only show this page once, straight after you send your {what}. This keeps it safe.
        </p>
        {trackPath === undefined ? null : (
          <>
            <p className="govuk-body">
              If you wrote down your reference and tracking code, you can{' '}
              <a className="govuk-link" href={trackPath}>
                check on your complaint
              </a>
              .
            </p>
            <p className="govuk-body">
              If you did not write them down, contact the council&apos;s complaints team. They can
              still find your complaint.
            </p>
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Go back to the start
          </a>
        </p>
      </div>
    </div>
  );
}

/** The same complaint arrived twice and the first one's confirmation cannot be found. */
export function AlreadySentPage({ trackPath }: { trackPath: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">We already have your complaint</h1>
        <p className="govuk-body">
          This complaint was sent to us twice. We have it, and we will only deal with it once.
        </p>
        <p className="govuk-body">
          We showed your reference and tracking code when it was first sent. If you wrote them down,
          you can{' '}
          <a className="govuk-link" href={trackPath}>
            check on your complaint
          </a>
          .
        </p>
        <p className="govuk-body">
          If you did not see them, contact the council&apos;s complaints team. They can find your
          complaint.
        </p>
      </div>
    </div>
  );
}
