/**
 * The accessibility statement, in the structure the Public Sector Bodies (Websites and Mobile
 * Applications) (No. 2) Accessibility Regulations 2018 ask for (GOV.UK's model statement): what
 * people can expect, compliance status, how we tested, how to report a problem, and enforcement.
 */
export const accessibilityTitle = 'Accessibility statement';

/** When this statement was written and last checked against the service. */
export const accessibilityStatementReviewed = '22 November 2026';

export function AccessibilityPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{accessibilityTitle}</h1>
        <p className="govuk-body">
          This statement is about this website, where you can have your say about children&apos;s
          social care. Each council that uses it runs it for its own area. It is built with free,
          open-source software called Heard.
        </p>
        <p className="govuk-body">
          We want as many people as possible to be able to use this website. You should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use it on a small phone screen</li>
          <li>use all of it with just a keyboard</li>
          <li>use it with a screen reader or speech recognition software</li>
          <li>use it with JavaScript turned off</li>
        </ul>
        <p className="govuk-body">
          We have tried to use words that are short and easy to understand.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="https://mcmw.abilitynet.org.uk/">
            AbilityNet has advice on making your device easier to use
          </a>{' '}
          if you have a disability.
        </p>

        <h2 className="govuk-heading-m">How accessible this website is</h2>
        <p className="govuk-body">
          We do not know of any part of this website that is hard to use because of a disability. If
          you find one, please tell us.
        </p>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information from this website in a different format, like large print, easy
          read, audio or braille, contact the complaints team at your council. You can also ask
          someone, like an advocate, to contact them for you.
        </p>
        <p className="govuk-body">
          If you cannot use this website, you can still complain. Contact the complaints team at
          your council by phone, email, letter or in person.
        </p>

        <h2 className="govuk-heading-m">Reporting accessibility problems with this website</h2>
        <p className="govuk-body">
          We are always looking to make this website better. If you find a problem that is not
          listed on this page, or you think we are not meeting accessibility requirements, contact
          the complaints team at your council.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          (the &lsquo;accessibility regulations&rsquo;).
        </p>
        <p className="govuk-body">
          If you are not happy with how we respond to your complaint,{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            contact the Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">
          Technical information about this website&apos;s accessibility
        </h2>
        <p className="govuk-body">
          Councils are committed to making their websites accessible, in line with the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-s">Compliance status</h3>
        <p className="govuk-body">
          We believe this website is fully compliant with the{' '}
          <a className="govuk-link" href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </a>{' '}
          AA standard. This is based on our own testing, described below. It has not yet been
          checked by an independent accessibility specialist.
        </p>

        <h2 className="govuk-heading-m">How we tested this website</h2>
        <p className="govuk-body">
          Each time this website changes, every building block of its pages is checked with
          axe-core, an automated checker, in the Chromium browser. It checks against WCAG 2.2 levels
          A and AA, and axe-core&apos;s best practices.
        </p>
        <p className="govuk-body">Automated checks cannot find every problem, so we also:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            go through every form (complaining, saying thank you, telling us something and checking
            on a complaint) using only a keyboard
          </li>
          <li>check how easy each page is to read, and keep the words for young people simple</li>
          <li>
            look at the pages on a screen 320 pixels wide, on a large screen, with text twice as
            big, and with JavaScript turned off
          </li>
        </ul>

        <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
        <p className="govuk-body">
          This statement was prepared on {accessibilityStatementReviewed}. It was last reviewed on{' '}
          {accessibilityStatementReviewed}.
        </p>
      </div>
    </div>
  );
}
