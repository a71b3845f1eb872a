import { serviceName } from './service.js';

export interface HomePageProps {
  authorities: readonly { name: string; path: string }[];
}

/** The councils this service is for: each leads to its own start page. */
export function HomePage({ authorities }: HomePageProps) {
  return (
    <>
      <h1 className="govuk-heading-l">{serviceName}</h1>
      <p className="govuk-body">You can tell a council if something is wrong. They will listen.</p>
      {authorities.length === 0 ? (
        <p className="govuk-body">This service is not open yet.</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">Choose your council</h2>
          <ul className="govuk-list govuk-list--spaced">
            {authorities.map((authority) => (
              <li key={authority.path}>
                <a className="govuk-link govuk-link--no-visited-state" href={authority.path}>
                  {authority.name}
                </a>
              </li>
            ))}
          </ul>
          <h2 className="govuk-heading-m">Come back to something you saved</h2>
          <p className="govuk-body">You need the code we gave you. Choose your council:</p>
          <ul className="govuk-list">
            {authorities.map((authority) => (
              <li key={authority.path}>
                <a
                  className="govuk-link govuk-link--no-visited-state"
                  href={`${authority.path}/come-back`}
                >
                  Come back to something you saved with {authority.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
