import { ButtonLink, InsetText, WarningText } from '@heard/ui';
import { serviceName } from './service.js';

/**
 * A kind of feedback someone can give. The start page lists the ones that are open, so a new
 * journey (a compliment, a comment) is one more entry here, never a link to a page not built yet.
 */
export interface Journey {
  id: string;
  heading: string;
  description: readonly string[];
  start: { href: string; text: string };
}

export function journeysFor(authorityPath: string): Journey[] {
  return [
    {
      id: 'complain',
      heading: "Tell us what's wrong",
      description: [
        'This is called making a complaint.',
        'You can complain about something that happened to you, or to a young person you know.',
      ],
      start: { href: `${authorityPath}/complain`, text: 'Make a complaint' },
    },
    {
      id: 'thank-you',
      heading: 'Say thank you',
      description: ['Tell us if someone helped you or did a good job. We will pass it on.'],
      start: { href: `${authorityPath}/say-thank-you`, text: 'Say thank you' },
    },
    {
      id: 'tell-us',
      heading: 'Tell us something',
      description: [
        'Tell us an idea, ask a question, or tell us something we should know.',
        'This is not a complaint. We will pass it to the right team.',
      ],
      start: { href: `${authorityPath}/tell-us-something`, text: 'Tell us something' },
    },
  ];
}

export interface StartPageProps {
  authorityName: string;
  authorityPath: string;
}

export function StartPage({ authorityName, authorityPath }: StartPageProps) {
  const journeys = journeysFor(authorityPath);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{authorityName}</span>
        <h1 className="govuk-heading-l">{serviceName}</h1>
        <p className="govuk-body-l">You can tell us if something is wrong. We will listen.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={`${authorityPath}/easy-read`}>
            Easy read: this page in short, simple sentences
          </a>
        </p>
        <p className="govuk-body">
          This is for children and young people who get help from children&apos;s social care, young
          people who have left care, and their families.
        </p>

        {journeys.map((journey) => (
          <section key={journey.id} aria-labelledby={`${journey.id}-heading`}>
            <h2 className="govuk-heading-m" id={`${journey.id}-heading`}>
              {journey.heading}
            </h2>
            {journey.description.map((line) => (
              <p key={line} className="govuk-body">
                {line}
              </p>
            ))}
            <ButtonLink href={journey.start.href}>{journey.start.text}</ButtonLink>
          </section>
        ))}

        <h2 className="govuk-heading-m">Come back to something you saved</h2>
        <p className="govuk-body">
          If you saved your answers to finish later, you need the code we gave you.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`${authorityPath}/come-back`}>
            Come back to something you saved
          </a>
        </p>

        <h2 className="govuk-heading-m">Check on your complaint</h2>
        <p className="govuk-body">
          If you have already complained, you can see what is happening with it.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`${authorityPath}/track`}>
            Check on your complaint
          </a>
        </p>

        <h2 className="govuk-heading-m">Getting help</h2>
        <p className="govuk-body">
          You can ask for an advocate. An advocate is someone on your side who helps you say what
          you want. They do not work for the council. It is free.
        </p>
        <p className="govuk-body">
          You can talk to Childline about anything. Call 0800 1111. It is free, and it will not show
          on a phone bill.
        </p>
        <WarningText>If you or someone else is in danger now, call 999.</WarningText>

        <h2 className="govuk-heading-m">Leaving this website quickly</h2>
        <InsetText>
          To leave this website quickly, use the &lsquo;Leave this page&rsquo; button. It is at the
          top of every page. On a computer, you can also press the Shift key 3 times.
        </InsetText>
      </div>
    </div>
  );
}
