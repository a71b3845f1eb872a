/** The privacy notice, written for a young person: short sentences, plain words. */
export const privacyTitle = 'Privacy notice';

export const privacyNoticeUpdated = '22 November 2026';

export function PrivacyPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{privacyTitle}</h1>
        <p className="govuk-body-l">
          This page tells you what happens to the information you give us.
        </p>

        <h2 className="govuk-heading-m">Who looks after your information</h2>
        <p className="govuk-body">
          The council you send your complaint, thank you or message to looks after your information.
          The law calls the council the &lsquo;data controller&rsquo;. This means the council must
          keep your information safe and use it properly.
        </p>
        <p className="govuk-body">
          Every council has a data protection officer. You can contact them about your information.
        </p>

        <h2 className="govuk-heading-m">What we collect</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            what you tell us in the form: who it is from, what happened, and what you would like to
            happen
          </li>
          <li>
            if you are helping a young person: their name, and that they agreed you could do this
          </li>
          <li>whether you would like an advocate</li>
          <li>your name, email address and phone number, but only if you give them to us</li>
          <li>the date you sent it</li>
          <li>
            your tracking code, so you can check on your complaint (we keep it scrambled, so even we
            cannot read it)
          </li>
          <li>your internet address (IP address), to help keep this website safe from misuse</li>
        </ul>
        <p className="govuk-body">
          We do not use cookies to follow you around the internet. We use one cookie for up to 15
          minutes, to show you your reference after you send something. It is deleted as soon as you
          have seen it. We do not keep what you type until you send it.
        </p>
        <p className="govuk-body">
          This website does not have adverts. It does not load anything from other websites.
        </p>

        <h2 className="govuk-heading-m">Why we collect it</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>to look into your complaint and reply to you</li>
          <li>to pass on your thank you or message to the right team</li>
          <li>to find you an advocate, if you ask for one</li>
          <li>
            to count complaints and learn from them, so things get better (reports show numbers, not
            names)
          </li>
        </ul>
        <p className="govuk-body">
          Councils must listen to complaints about children&apos;s social care. The Children Act
          1989 says so. Data protection law lets the council use your information to do this. The
          law calls it a &lsquo;public task&rsquo;.
        </p>

        <h2 className="govuk-heading-m">Who sees it</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>the complaints team at the council</li>
          <li>
            people who need to look into your complaint, like a manager, or an independent person
            from outside the council
          </li>
          <li>an advocate, if you have one and you say they can</li>
          <li>
            the advocacy service the council works with, if you ask for an advocate: we send them
            your reference and how to contact you, not what you told us
          </li>
        </ul>
        <p className="govuk-body">
          We do not sell your information. We only share it with anyone else if the law says we
          must. For example, if someone might be in danger.
        </p>

        <h2 className="govuk-heading-m">How long we keep it</h2>
        <p className="govuk-body">
          The council keeps complaints for as long as its records rules say. Ask the council&apos;s
          complaints team if you want to know how long that is.
        </p>

        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">You can ask the council:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>to see the information it has about you</li>
          <li>to put right anything that is wrong</li>
          <li>to delete your information, or use it less, in some cases</li>
          <li>to stop using your information in some ways</li>
        </ul>
        <p className="govuk-body">
          To ask, contact the council&apos;s complaints team or its data protection officer. Someone
          can help you ask, like an advocate.
        </p>

        <h2 className="govuk-heading-m">If you are not happy</h2>
        <p className="govuk-body">
          You can complain to the Information Commissioner&apos;s Office (ICO). The ICO makes sure
          organisations follow the law about information.
        </p>
        <ul className="govuk-list">
          <li>
            Website:{' '}
            <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
              ico.org.uk/make-a-complaint
            </a>
          </li>
          <li>Phone: 0303 123 1113</li>
        </ul>

        <p className="govuk-body-s">Last updated {privacyNoticeUpdated}.</p>
      </div>
    </div>
  );
}
