/** The pages around a journey's questions: check your answers, and what happens once it is sent. */
import {
  Button,
  ErrorSummary,
  InsetText,
  Panel,
  SummaryList,
  TextInput,
  WarningText,
} from '@heard/ui';
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
  /** The words of the button that saves the answers to finish later. */
  saveText: string;
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
  saveText,
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
          <div className="govuk-button-group">
            <Button name="nav" value="send">
              {sendText}
            </Button>
            <Button name="nav" value="save" variant="secondary">
              {saveText}
            </Button>
          </div>
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

export const savedTitle = 'Your answers are saved';

export interface SavedPageProps {
  /** The return code, in three groups of four. */
  returnCode: string;
  /** The last day it works, in words. */
  expiresOnText: string;
  comeBackPath: string;
  emailAction: string;
  startPath: string;
  /** What was typed in the email box, and its problem, when mailing the code failed. */
  email?: string | undefined;
  emailError?: string | undefined;
}

/**
 * Shown once, straight after saving: the code that opens what was saved. Nothing on the page
 * says what was written, so it is safe to leave open on a shared device for a moment.
 */
export function SavedPage({
  returnCode,
  expiresOnText,
  comeBackPath,
  emailAction,
  startPath,
  email,
  emailError,
}: SavedPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={emailError === undefined ? [] : [{ text: emailError, fieldId: 'email' }]}
        />
        <Panel title={savedTitle}>
          Your code is
          <br />
          <strong className="heard-code">{returnCode}</strong>
        </Panel>
        <WarningText>
          Write this code down now, or keep it somewhere private. We cannot show it to you again.
        </WarningText>
        <p className="govuk-body">You need the code to carry on. Do not share it.</p>
        <p className="govuk-body">
          Anyone with the code can read what you wrote. Without it, nobody can. Not even us.
        </p>
        <p className="govuk-body">
          We keep what you saved until {expiresOnText}. After that, we delete it.
        </p>

        <h2 className="govuk-heading-m">When you come back</h2>
        <p className="govuk-body">
          Go to{' '}
          <a className="govuk-link" href={comeBackPath}>
            come back to something you saved
          </a>{' '}
          and type in your code. You can also find this on the first page.
        </p>

        <h2 className="govuk-heading-m">Email me the code</h2>
        <p className="govuk-body">
          You can get the code by email as well. The email has the code and a link. It does not have
          what you wrote.
        </p>
        <form method="post" action={emailAction} noValidate data-heard-send-once="">
          <input type="hidden" name="returnCode" value={returnCode} />
          <input type="hidden" name="expiresOnText" value={expiresOnText} />
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address (optional)"
            hint="Only use an email that nobody else reads."
            autoComplete="email"
            spellCheck={false}
            error={emailError}
            defaultValue={email}
          />
          <Button variant="secondary">Email me the code</Button>
        </form>

        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Go back to the start
          </a>
        </p>
      </div>
    </div>
  );
}

export const savedGoneTitle = 'Your code cannot be shown again';

/** The code is shown once; coming back to its page, or arriving late, gives this. */
export function SavedGonePage({
  comeBackPath,
  startPath,
}: {
  comeBackPath: string;
  startPath: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{savedGoneTitle}</h1>
        <p className="govuk-body">
          We only show your code once, just after you save. This keeps what you wrote safe.
        </p>
        <p className="govuk-body">
          If you wrote the code down, you can{' '}
          <a className="govuk-link" href={comeBackPath}>
            come back to what you saved
          </a>
          .
        </p>
        <p className="govuk-body">If you did not write it down, you will need to start again.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Go back to the start
          </a>
        </p>
      </div>
    </div>
  );
}

export const codeEmailedTitle = 'We sent you the code';
export const codeEmailedBeforeTitle = 'We sent the code before';

/** After "Email me the code": sent now, or sent once already. */
export function CodeEmailedPage({
  alreadySent,
  comeBackPath,
  startPath,
}: {
  alreadySent: boolean;
  comeBackPath: string;
  startPath: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          {alreadySent ? codeEmailedBeforeTitle : codeEmailedTitle}
        </h1>
        {alreadySent ? (
          <p className="govuk-body">
            We already sent this code by email. We only send it once, to keep it safe.
          </p>
        ) : (
          <p className="govuk-body">
            We sent the code to the email you gave us. It can take a few minutes to come.
          </p>
        )}
        <p className="govuk-body">
          When you are ready,{' '}
          <a className="govuk-link" href={comeBackPath}>
            come back to what you saved
          </a>
          .
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

export const comeBackTitle = 'Come back to something you saved';

export interface ComeBackPageProps {
  action: string;
  /** The code as typed, kept when there is a problem. */
  returnCode: string;
  error?: string | undefined;
  /** An example code, in the form codes take. */
  example: string;
}

/** Where a saved journey is opened again with its code, or deleted. */
export function ComeBackPage({ action, returnCode, error, example }: ComeBackPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={error === undefined ? [] : [{ text: error, fieldId: 'returnCode' }]}
        />
        <h1 className="govuk-heading-l">{comeBackTitle}</h1>
        <p className="govuk-body">
          If you saved something to finish later, type in the code we gave you. You can carry on
          from where you stopped.
        </p>
        <form method="post" action={action} noValidate>
          <TextInput
            id="returnCode"
            name="returnCode"
            label="Your code"
            labelSize="m"
            hint={`It has 12 letters and numbers, like ${example}.`}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            error={error}
            defaultValue={returnCode}
          />
          <div className="govuk-button-group">
            <Button name="nav" value="resume">
              Continue
            </Button>
            <Button name="nav" value="delete" variant="warning">
              Delete what I saved
            </Button>
          </div>
        </form>
        <p className="govuk-body">We keep what you save for 28 days. Then we delete it.</p>
        <p className="govuk-body">
          If you lost your code, we cannot open what you saved. You can start again.
        </p>
      </div>
    </div>
  );
}

export const draftDeletedTitle = 'What you saved is deleted';

export function DraftDeletedPage({ startPath }: { startPath: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={draftDeletedTitle} />
        <p className="govuk-body">
          We deleted what you saved. Nobody can open it now. Your code will not work any more.
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
