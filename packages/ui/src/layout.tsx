import type { ReactNode } from 'react';
import { cx } from './cx.js';

export interface SkipLinkProps {
  /** The id of the element to skip to, with its '#'. */
  href?: string;
  children?: ReactNode;
}

/** The first link on every page: lets keyboard users go straight past the header. */
export function SkipLink({
  href = '#main-content',
  children = 'Skip to main content',
}: SkipLinkProps) {
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  );
}

export interface HeaderProps {
  /** The organisation that runs the service, such as the council. */
  organisationName: string;
  organisationHref?: string;
  serviceName: string;
  serviceHref?: string;
}

/**
 * The page header. Councils are not GOV.UK, so there is no crown: the organisation's name takes
 * the logo's place and the service name sits in the service navigation bar under it.
 */
export function Header({
  organisationName,
  organisationHref = '/',
  serviceName,
  serviceHref,
}: HeaderProps) {
  return (
    <>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <a href={organisationHref} className="govuk-header__link govuk-header__link--homepage">
              <span className="govuk-header__product-name heard-header__organisation">
                {organisationName}
              </span>
            </a>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              {serviceHref === undefined ? (
                <span className="govuk-service-navigation__text">{serviceName}</span>
              ) : (
                <a href={serviceHref} className="govuk-service-navigation__link">
                  {serviceName}
                </a>
              )}
            </span>
          </div>
        </div>
      </section>
    </>
  );
}

export interface FooterLink {
  href: string;
  text: string;
}

export interface FooterProps {
  links: readonly FooterLink[];
  /** A short line under the links, such as who makes the software. */
  meta?: ReactNode;
}

/** The page footer: support links such as the accessibility statement and privacy notice. */
export function Footer({ links, meta }: FooterProps) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li key={link.href} className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
            {meta === undefined ? null : <div className="govuk-footer__meta-custom">{meta}</div>}
          </div>
        </div>
      </div>
    </footer>
  );
}

export interface PhaseBannerProps {
  phase: string;
  children: ReactNode;
}

/** Says the service is new (alpha or beta) and how to give feedback. */
export function PhaseBanner({ phase, children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{phase}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}

export interface WidthContainerProps {
  children: ReactNode;
  className?: string;
}

/** Centres the page's content and limits its width. */
export function WidthContainer({ children, className }: WidthContainerProps) {
  return <div className={cx('govuk-width-container', className)}>{children}</div>;
}

export interface MainProps {
  children: ReactNode;
  id?: string;
}

/** The page's main landmark, the target of the skip link. */
export function Main({ children, id = 'main-content' }: MainProps) {
  return (
    <main className="govuk-main-wrapper" id={id}>
      {children}
    </main>
  );
}

export interface GridRowProps {
  children: ReactNode;
}

/** The usual GOV.UK layout: one column two thirds wide, full width on a phone. */
export function TwoThirds({ children }: GridRowProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}
