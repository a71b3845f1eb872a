export interface ProblemPageProps {
  homePath: string;
}

export const notFoundTitle = 'Page not found';

export function NotFoundPage({ homePath }: ProblemPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{notFoundTitle}</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied all of it.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={homePath}>
            Go to the start
          </a>
        </p>
      </div>
    </div>
  );
}

export type ProblemKind = 'unavailable' | 'too-large' | 'refused' | 'too-many';

const problems: Record<ProblemKind, { title: string; lines: readonly string[] }> = {
  unavailable: {
    title: 'Sorry, there is a problem with the service',
    lines: [
      'Something went wrong on our side. It is not your fault.',
      'Please try again in a few minutes.',
    ],
  },
  'too-large': {
    title: 'What you sent was too long',
    lines: ['Please go back and make your answers shorter, then try again.'],
  },
  refused: {
    title: 'Sorry, we could not accept that',
    lines: ['Please go back to the start and try again.'],
  },
  'too-many': {
    title: 'Please wait a few minutes',
    lines: [
      'A lot was sent from here in a short time.',
      'To keep everyone safe, we have stopped it for now.',
      'Nothing you sent before has been lost.',
      'Wait 15 minutes, then try again.',
    ],
  },
};

export function problemTitle(kind: ProblemKind): string {
  return problems[kind].title;
}

export function ProblemPage({ kind, homePath }: ProblemPageProps & { kind: ProblemKind }) {
  const problem = problems[kind];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{problem.title}</h1>
        {problem.lines.map((line) => (
          <p key={line} className="govuk-body">
            {line}
          </p>
        ))}
        <p className="govuk-body">
          <a className="govuk-link" href={homePath}>
            Go to the start
          </a>
        </p>
      </div>
    </div>
  );
}
