import { Panel, WarningText } from '@heard/ui';
import { ComplaintForm, complaintFormIslandId } from '../islands/ComplaintForm.js';
import type { ComplaintFormProps } from '../islands/ComplaintForm.js';
import { Island } from './Island.js';

export const complainTitle = "Tell us what's wrong";

export function ComplainPage(props: ComplaintFormProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Island id={complaintFormIslandId} component={ComplaintForm} props={props} />
      </div>
    </div>
  );
}

export interface ConfirmationPageProps {
  reference: string;
  trackingCode: string;
  replyByText: string | null;
  trackPath: string;
  startPath: string;
}

/** Shown once, straight after a complaint is sent. */
export function ConfirmationPage({
  reference,
  trackingCode,
  replyByText,
  trackPath,
  startPath,
}: ConfirmationPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Complaint sent">
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
          Write down your reference and tracking code now. Keep them somewhere safe. We cannot show
          you the tracking code again.
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

export interface ConfirmationGoneProps {
  trackPath: string;
  complainPath: string;
}

/** The confirmation is shown once; coming back to it, or arriving late, gives this. */
export function ConfirmationGonePage({ trackPath, complainPath }: ConfirmationGoneProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This page cannot be shown again</h1>
        <p className="govuk-body">
          We only show your reference and tracking code once, to keep them safe. So this page cannot
          be shown again.
        </p>
        <p className="govuk-body">
          If you wrote them down, you can{' '}
          <a className="govuk-link" href={trackPath}>
            check on your complaint
          </a>
          .
        </p>
        <p className="govuk-body">
          If you did not write them down, contact the council&apos;s complaints team. They can still
          find your complaint.
        </p>
        <p className="govuk-body">
          If you have not sent a complaint yet, you can{' '}
          <a className="govuk-link" href={complainPath}>
            make a complaint
          </a>
          .
        </p>
      </div>
    </div>
  );
}

/** The same form arrived twice and the first one's confirmation cannot be found. */
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
