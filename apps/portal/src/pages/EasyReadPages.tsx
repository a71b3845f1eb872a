/**
 * Easy read versions of the key pages: short sentences, one idea on each line, for people who find
 * reading hard. Each is linked from the page it explains, and links on to it.
 */
import { ButtonLink } from '@heard/ui';

export type EasyReadKind = 'start' | 'complain' | 'track';

interface EasyRead {
  title: string;
  lines: readonly string[];
}

const pages: Record<EasyReadKind, EasyRead> = {
  start: {
    title: 'Easy read: have your say',
    lines: [
      'This website is for young people who get help from social care.',
      'It is for young people who have left care too.',
      'It is for their families too.',
      'You can tell us when something is wrong.',
      'This is called a complaint.',
      'We will listen.',
      'We will write back to you.',
      'You can say thank you.',
      'You can tell us an idea.',
      'An advocate can help you.',
      'An advocate is on your side.',
      'It is free.',
      'If you are in danger now, call 999.',
    ],
  },
  complain: {
    title: 'Easy read: tell us what is wrong',
    lines: [
      'A complaint is when you tell us something is wrong.',
      'You answer a few questions.',
      'There is one question on each page.',
      'Write in your own words.',
      'Spelling does not matter.',
      'An advocate can help you.',
      'At the end, you check what you wrote.',
      'Then you send it.',
      'We give you a reference and a tracking code.',
      'Write them down.',
      'Keep them safe.',
      'We tell you the date we will reply by.',
    ],
  },
  track: {
    title: 'Easy read: check on your complaint',
    lines: [
      'You need your reference.',
      'You need your tracking code.',
      'We gave you these when you sent your complaint.',
      'Type them in.',
      'Then press the button.',
      'You will see what is happening.',
      'If we sent you a letter, you can read it.',
      'Still not happy? You can ask for the next stage.',
      'Lost your codes? Ask the complaints team for help.',
    ],
  },
};

export function easyReadTitle(kind: EasyReadKind): string {
  return pages[kind].title;
}

export interface EasyReadPageProps {
  kind: EasyReadKind;
  /** The page this explains, in its usual words. */
  fullPath: string;
  /** Where to go to do it. */
  next: { href: string; text: string }[];
}

export function EasyReadPage({ kind, fullPath, next }: EasyReadPageProps) {
  const page = pages[kind];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{page.title}</h1>
        <ul className="govuk-list govuk-list--spaced govuk-!-font-size-24">
          {page.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {next.map((link) => (
          <p key={link.href} className="govuk-body">
            <ButtonLink href={link.href}>{link.text}</ButtonLink>
          </p>
        ))}
        <p className="govuk-body">
          <a className="govuk-link" href={fullPath}>
            Go to the usual page
          </a>
        </p>
      </div>
    </div>
  );
}
