/**
 * Signing in by a one-time email link, "Your complaints", the advocates' area, and what every
 * signed-in page carries: who is signed in, how long the session lasts, the sign out button and
 * the timeout warning (docs/decisions/0011). Words are kept short and plain: the portal's
 * readability check holds every page to a reading age of about ten.
 */
import type { ReactNode } from 'react';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  InsetText,
  Panel,
  Tag,
  TextInput,
  Textarea,
} from '@heard/ui';
import type { ErrorSummaryItem } from '@heard/ui';

export const signInTitle = 'Get a link to see your complaints';
export const advocateSignInTitle = 'Sign in to the advocates’ area';
export const checkEmailTitle = 'Check your email';
export const followLinkTitle = 'Sign in';
export const linkSpentTitle = 'This link does not work any more';
export const signedOutTitle = 'You’ve been signed out';
export const yourComplaintsTitle = 'Your complaints';
export const advocateHomeTitle = 'Advocates’ area';
export const referTitle = 'Refer a case';
export const referSentTitle = 'We got the complaint';

/** Minutes, as words: "20 minutes", "1 minute". */
export function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1 ? '1 minute' : `${String(minutes)} minutes`;
}

function errorItems(errors: Record<string, string | undefined>): ErrorSummaryItem[] {
  return Object.entries(errors).flatMap(([fieldId, text]) =>
    text === undefined ? [] : [{ fieldId, text }],
  );
}

export interface EmailFormProps {
  action: string;
  email: string;
  error?: string | undefined;
  kind: 'contact' | 'advocate';
}

/** The form that asks for a sign-in link. */
export function SignInPage({ action, email, error, kind }: EmailFormProps) {
  const contact = kind === 'contact';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error === undefined ? null : <ErrorSummary errors={[{ fieldId: 'email', text: error }]} />}
        <h1 className="govuk-heading-l">{contact ? signInTitle : advocateSignInTitle}</h1>
        {contact ? (
          <>
            <p className="govuk-body">
              We can email you a link. It lets you see the complaints you made, without your
              tracking code.
            </p>
            <p className="govuk-body">Use the email you gave us when you made your complaint.</p>
          </>
        ) : (
          <p className="govuk-body">
            This is for advocates who help young people. Use the email your team gave the council.
          </p>
        )}
        <form method="post" action={action} noValidate>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            labelSize="m"
            autoComplete="email"
            spellCheck={false}
            defaultValue={email}
            error={error}
          />
          <Button>Email me a link</Button>
        </form>
      </div>
    </div>
  );
}

/** The same answer for every address: nobody can learn who has complained. */
export function CheckEmailPage({ minutes, againPath }: { minutes: number; againPath: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{checkEmailTitle}</h1>
        <p className="govuk-body">
          If we know this email, we have sent it a link. Open the link to sign in.
        </p>
        <p className="govuk-body">
          The link works once. It stops working after {String(minutes)} minutes.
        </p>
        <InsetText>No email? Look in your junk mail. It can take a few minutes.</InsetText>
        <p className="govuk-body">
          <a className="govuk-link" href={againPath}>
            Ask for a new link
          </a>
        </p>
      </div>
    </div>
  );
}

/**
 * Following the link shows a button first: some email systems open links to check them, and a
 * plain visit must not use up the link.
 */
export function FollowLinkPage({ action, token }: { action: string; token: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{followLinkTitle}</h1>
        <p className="govuk-body">Press the button to sign in.</p>
        <form method="post" action={action} data-heard-send-once="">
          <input type="hidden" name="token" value={token} />
          <Button>Sign in</Button>
        </form>
      </div>
    </div>
  );
}

export function LinkSpentPage({ againPath }: { againPath: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{linkSpentTitle}</h1>
        <p className="govuk-body">A link works once, and only for 20 minutes.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={againPath}>
            Ask for a new link
          </a>
        </p>
      </div>
    </div>
  );
}

/** Where an expired or ended session lands. It shows nothing about the person. */
export function SignedOutPage({ startPath, timedOut }: { startPath: string; timedOut: boolean }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{signedOutTitle}</h1>
        <p className="govuk-body">
          {timedOut
            ? 'You were not active for a while, so we signed you out. This keeps your details safe.'
            : 'We keep nothing on this device.'}
        </p>
        <p className="govuk-body">You can get a new link to sign in again.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={startPath}>
            Go to the start
          </a>
        </p>
      </div>
    </div>
  );
}

export interface SignedInBarProps {
  /** Who is signed in, as the page greets them; null for the contact, who gave only an email. */
  name: string | null;
  signOutAction: string;
  extendAction: string;
  signedOutPath: string;
  idleSeconds: number;
}

/**
 * Who is signed in, how long the session lasts without a script, the sign out button, and the
 * timeout warning a script opens two minutes before the idle end (WCAG 2.2.1; GOV.UK "timeout
 * warning"). The dialog is in the page from the start, hidden, so the script only shows it.
 */
export function SignedInBar({
  name,
  signOutAction,
  extendAction,
  signedOutPath,
  idleSeconds,
}: SignedInBarProps) {
  return (
    <div
      className="heard-signed-in"
      data-heard-timeout=""
      data-idle-seconds={String(idleSeconds)}
      data-extend-action={extendAction}
      data-signed-out-path={signedOutPath}
    >
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        {name === null ? 'You are signed in.' : `Signed in as ${name}.`} We sign you out after{' '}
        {minutesText(idleSeconds)} if you do not use this site.
      </p>
      <form method="post" action={signOutAction} className="govuk-!-margin-bottom-4">
        <Button variant="secondary">Sign out</Button>
      </form>
      <div
        className="heard-timeout"
        id="heard-timeout"
        role="dialog"
        aria-modal="true"
        aria-labelledby="heard-timeout-heading"
        aria-describedby="heard-timeout-text"
        hidden
      >
        <div className="heard-timeout__box" tabIndex={-1}>
          <h2 className="govuk-heading-m" id="heard-timeout-heading">
            You’ll be signed out soon
          </h2>
          <p className="govuk-body" id="heard-timeout-text">
            You’ll be signed out in <span data-heard-timeout-count="">2 minutes</span> to protect
            your information.
          </p>
          <div className="govuk-button-group">
            <form method="post" action={extendAction}>
              <Button data-heard-timeout-stay="">Stay signed in</Button>
            </form>
            <form method="post" action={signOutAction}>
              <Button variant="secondary">Sign out</Button>
            </form>
          </div>
        </div>
      </div>
    </div>
  );
}

export function SignedInLayout({ bar, children }: { bar: SignedInBarProps; children: ReactNode }) {
  return (
    <>
      <SignedInBar {...bar} />
      {children}
    </>
  );
}

export interface ComplaintRow {
  reference: string;
  receivedOnText: string;
  stageName: string;
  status: string;
}

export function YourComplaintsPage({
  complaints,
  casePath,
  trackPath,
}: {
  complaints: readonly ComplaintRow[];
  casePath: (reference: string) => string;
  trackPath: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{yourComplaintsTitle}</h1>
        {complaints.length === 0 ? (
          <p className="govuk-body">We have no complaints made with this email.</p>
        ) : (
          <ul className="govuk-list heard-case-list">
            {complaints.map((c) => (
              <li key={c.reference} className="govuk-!-margin-bottom-4">
                <a className="govuk-link govuk-!-font-weight-bold" href={casePath(c.reference)}>
                  {c.reference}
                </a>
                <br />
                Sent on {c.receivedOnText}. {c.stageName}. <Tag>{c.status}</Tag>
              </li>
            ))}
          </ul>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={trackPath}>
            Check a complaint with a tracking code
          </a>
        </p>
      </div>
    </div>
  );
}

export interface ReferralRow {
  complaintId: string;
  reference: string;
  youngPerson: string | null;
  referredOnText: string;
  status: 'waiting' | 'supported' | 'supported_by_you';
}

export interface SupportedCaseRow {
  reference: string;
  youngPerson: string | null;
  receivedOnText: string;
  how: 'made' | 'referral';
}

const referralStatus: Record<ReferralRow['status'], { text: string; colour?: 'grey' | 'green' }> = {
  waiting: { text: 'Needs an advocate' },
  supported: { text: 'Has an advocate', colour: 'grey' },
  supported_by_you: { text: 'You support them', colour: 'green' },
};

export function AdvocateHomePage({
  name,
  providerName,
  referrals,
  cases,
  supportAction,
  casePath,
  referPath,
  notice,
}: {
  name: string;
  providerName: string;
  referrals: readonly ReferralRow[];
  cases: readonly SupportedCaseRow[];
  supportAction: (complaintId: string) => string;
  casePath: (reference: string) => string;
  referPath: string;
  notice?: string | undefined;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {notice === undefined ? null : (
          <div
            className="govuk-notification-banner govuk-notification-banner--success"
            role="status"
          >
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{notice}</p>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{providerName}</span>
        <h1 className="govuk-heading-l">{advocateHomeTitle}</h1>
        <p className="govuk-body">Hello {name}.</p>
        <p className="govuk-body">
          <a className="govuk-button" href={referPath} role="button" draggable="false">
            Refer a case
          </a>
        </p>

        <h2 className="govuk-heading-m" id="referrals">
          Referrals
        </h2>
        {referrals.length === 0 ? (
          <p className="govuk-body">There are no referrals for your team.</p>
        ) : (
          // A list, not a table: it fits a narrow phone screen without scrolling sideways.
          <ul className="govuk-list" aria-label="Young people who asked for an advocate">
            {referrals.map((r) => (
              <li key={r.complaintId + r.reference} className="govuk-!-margin-bottom-4">
                <strong>{r.youngPerson ?? 'Name not given'}</strong>
                <br />
                Case {r.reference}. Asked on {r.referredOnText}.
                <br />
                {r.status === 'waiting' ? (
                  <form method="post" action={supportAction(r.complaintId)}>
                    <Button variant="secondary">
                      I’ll support this young person
                      <span className="govuk-visually-hidden"> ({r.reference})</span>
                    </Button>
                  </form>
                ) : (
                  <Tag colour={referralStatus[r.status].colour}>
                    {referralStatus[r.status].text}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        )}

        <h2 className="govuk-heading-m" id="cases">
          Cases I support
        </h2>
        {cases.length === 0 ? (
          <p className="govuk-body">You do not support any cases yet.</p>
        ) : (
          <ul className="govuk-list">
            {cases.map((c) => (
              <li key={c.reference} className="govuk-!-margin-bottom-3">
                <a className="govuk-link govuk-!-font-weight-bold" href={casePath(c.reference)}>
                  {c.reference}
                </a>
                <br />
                {c.youngPerson ?? 'Name not given'}. Sent on {c.receivedOnText}.{' '}
                {c.how === 'made' ? 'You made it.' : 'From a referral.'}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export interface ReferFormValues {
  onBehalfOf: string;
  consent: boolean;
  whatHappened: string;
  desiredOutcome: string;
}
export type ReferField = 'onBehalfOf' | 'consentGiven' | 'whatHappened' | 'desiredOutcome';

/**
 * "Refer a case": the complaint, made as someone helping a young person. The advocate's own name
 * and email come from their account and are shown, not asked.
 */
export function ReferPage({
  action,
  advocate,
  values,
  errors,
  idempotencyKey,
  formError,
}: {
  action: string;
  advocate: { name: string; email: string; providerName: string };
  values: ReferFormValues;
  errors: Partial<Record<ReferField, string>>;
  idempotencyKey: string;
  formError?: string | undefined;
}) {
  const items = errorItems(errors);
  if (formError !== undefined) items.unshift({ text: formError });
  const consentId = 'consentGiven';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {items.length === 0 ? null : <ErrorSummary errors={items} />}
        <h1 className="govuk-heading-l">{referTitle}</h1>
        <p className="govuk-body">
          You are making a complaint for a young person, as {advocate.name} from{' '}
          {advocate.providerName}. We will write to you at {advocate.email}.
        </p>
        <form method="post" action={action} noValidate data-heard-send-once="">
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <TextInput
            id="onBehalfOf"
            name="onBehalfOf"
            label="The young person’s name"
            labelSize="s"
            hint="Their first name is enough."
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.onBehalfOf}
            error={errors.onBehalfOf}
          />
          <Checkboxes
            name="consentGiven"
            idPrefix={consentId}
            legend="Did they agree?"
            legendSize="s"
            error={errors.consentGiven}
            values={values.consent ? ['yes'] : []}
            items={[
              { value: 'yes', label: 'The young person agreed that I can complain for them' },
            ]}
          />
          <Textarea
            id="whatHappened"
            name="whatHappened"
            label="What happened?"
            labelSize="s"
            rows={6}
            defaultValue={values.whatHappened}
            error={errors.whatHappened}
          />
          <Textarea
            id="desiredOutcome"
            name="desiredOutcome"
            label="What would they like to happen? (optional)"
            labelSize="s"
            rows={3}
            defaultValue={values.desiredOutcome}
            error={errors.desiredOutcome}
          />
          <Button>Send complaint</Button>
        </form>
      </div>
    </div>
  );
}

export function ReferSentPage({
  reference,
  trackingCode,
  replyByText,
  homePath,
}: {
  reference: string;
  trackingCode: string;
  replyByText: string | null;
  homePath: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={referSentTitle}>
          Reference
          <br />
          <strong className="heard-code">{reference}</strong>
        </Panel>
        <p className="govuk-body">
          The tracking code is <strong className="heard-code">{trackingCode}</strong>. The young
          person can use it with the reference to check on the complaint.
        </p>
        {replyByText === null ? null : (
          <p className="govuk-body">We will reply by {replyByText}.</p>
        )}
        <p className="govuk-body">The case is now in your list of cases.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={homePath}>
            Go to the advocates’ area
          </a>
        </p>
      </div>
    </div>
  );
}
