import { Link, useLocation } from 'react-router';
import type { SignedInStaff } from '../context';
import { importsCases, readsReports } from '../lib/reports';
import { AuthoritySwitcher } from './AuthoritySwitcher';

/**
 * A service navigation link, marked as the current page (`aria-current="page"`) on its own page
 * and as the current section (`"true"`) on the pages under it, such as a complaint opened from
 * the inbox. The bold fallback keeps the marker visible when colours are overridden.
 */
function NavigationItem({
  to,
  section,
  children,
}: {
  to: string;
  section: string;
  children: string;
}) {
  const { pathname } = useLocation();
  const current = pathname === to ? 'page' : pathname.startsWith(section) ? 'true' : undefined;
  return (
    <li
      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
    >
      <Link className="govuk-service-navigation__link" to={to} aria-current={current}>
        {current ? (
          <strong className="govuk-service-navigation__active-fallback">{children}</strong>
        ) : (
          children
        )}
      </Link>
    </li>
  );
}

interface ServiceHeaderProps {
  staff: SignedInStaff | null;
  /** The council in the address, when the page belongs to one. */
  authorityCode: string | undefined;
  onSignOut: () => void;
  signingOut: boolean;
}

/**
 * The header: the product, the signed-in member of staff with a way out, and the service
 * navigation with the council being worked on. Nothing here needs JavaScript from
 * govuk-frontend: the navigation is short enough to show in full on a phone.
 */
export function ServiceHeader({ staff, authorityCode, onSignOut, signingOut }: ServiceHeaderProps) {
  const authority = staff?.authorities.find((a) => a.code === authorityCode);
  const home = authority ? `/a/${encodeURIComponent(authority.code)}/inbox` : '/';

  return (
    <>
      <header className="govuk-header app-header">
        <div className="govuk-width-container app-header__container">
          <div className="app-header__logo">
            <Link
              to={home}
              className="govuk-header__link govuk-header__link--homepage app-header__product"
            >
              Heard
            </Link>
          </div>
          {staff ? (
            <div className="app-header__account">
              <span className="app-header__name">
                <span className="govuk-visually-hidden">Signed in as </span>
                {staff.staff.name}
              </span>
              <button
                type="button"
                className="app-header__sign-out"
                onClick={onSignOut}
                aria-disabled={signingOut}
              >
                Sign out
              </button>
            </div>
          ) : null}
        </div>
      </header>
      <section
        aria-label="Service information"
        className="govuk-service-navigation app-service-navigation"
      >
        <div className="govuk-width-container app-service-navigation__container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <span className="govuk-service-navigation__text">Complaints team</span>
            </span>
            {authority ? (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  <NavigationItem
                    to={`/a/${encodeURIComponent(authority.code)}/inbox`}
                    section={`/a/${encodeURIComponent(authority.code)}/complaints/`}
                  >
                    Inbox
                  </NavigationItem>
                  <NavigationItem
                    to={`/a/${encodeURIComponent(authority.code)}/records`}
                    section={`/a/${encodeURIComponent(authority.code)}/records/`}
                  >
                    Compliments, comments and more
                  </NavigationItem>
                  {readsReports(authority.roles) ? (
                    <NavigationItem
                      to={`/a/${encodeURIComponent(authority.code)}/reports`}
                      section={`/a/${encodeURIComponent(authority.code)}/reports/`}
                    >
                      Reports
                    </NavigationItem>
                  ) : importsCases(authority.roles) ? (
                    <NavigationItem
                      to={`/a/${encodeURIComponent(authority.code)}/reports/import`}
                      section={`/a/${encodeURIComponent(authority.code)}/reports/`}
                    >
                      Import cases
                    </NavigationItem>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </div>
          {staff && authority ? (
            <div className="app-service-navigation__authority">
              {staff.authorities.length > 1 ? (
                <AuthoritySwitcher
                  key={authority.code}
                  authorities={staff.authorities}
                  currentCode={authority.code}
                />
              ) : (
                <p className="govuk-body-s app-service-navigation__council">{authority.name}</p>
              )}
            </div>
          ) : null}
        </div>
      </section>
    </>
  );
}
