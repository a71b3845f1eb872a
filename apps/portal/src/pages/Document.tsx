import type { ReactNode } from 'react';
import {
  BackButton,
  BackLink,
  ExitThisPage,
  Footer,
  Header,
  Main,
  SkipLink,
  WidthContainer,
} from '@heard/ui';
import type { BackButtonProps } from '@heard/ui';
import type { PageAssets } from '../server/assets.js';
import { footerLinks, paths, productName, serviceName } from './service.js';

export interface DocumentProps {
  /** The page's own title; the service name is added after it. */
  title: string;
  assets: PageAssets;
  /** The council whose pages these are, once one is chosen. */
  authority?: { name: string; path: string } | undefined;
  /**
   * The way back: a link, or (in a journey, whose answers travel with each form) a button that
   * posts the answers so far.
   */
  back?: { href: string } | { form: BackButtonProps } | undefined;
  /**
   * 'service' pages carry the header, footer and "Leave this page"; the 'neutral' page someone
   * leaves to carries nothing that says what this site is.
   */
  layout?: 'service' | 'neutral';
  children: ReactNode;
}

/** The whole HTML page around a page's content. */
export function Document({
  title,
  assets,
  authority,
  back,
  layout = 'service',
  children,
}: DocumentProps) {
  const neutral = layout === 'neutral';
  return (
    // The neutral page is plain white all over, like a new tab.
    <html lang="en" className={neutral ? undefined : 'govuk-template'}>
      <head>
        <meta charSet="utf-8" />
        <title>{neutral ? title : `${title} – ${serviceName}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <meta name="referrer" content="no-referrer" />
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {assets.modulePreloads.map((href) => (
          <link key={href} rel="modulepreload" href={href} />
        ))}
      </head>
      <body className="govuk-template__body">
        {neutral ? (
          <WidthContainer>
            <Main>{children}</Main>
          </WidthContainer>
        ) : (
          <>
            <SkipLink />
            <Header
              organisationName={authority?.name ?? productName}
              organisationHref={authority?.path ?? paths.home}
              serviceName={serviceName}
              serviceHref={authority?.path}
            />
            <WidthContainer>
              {/*
                GOV.UK puts the back link before <main>, so "Skip to main content" skips it too; a
                navigation landmark keeps it inside a landmark, as every part of a page should be.
              */}
              {back === undefined ? null : (
                <nav aria-label="Back">
                  {'href' in back ? <BackLink href={back.href} /> : <BackButton {...back.form} />}
                </nav>
              )}
              <Main>
                <ExitThisPage href={paths.leave} />
                {children}
              </Main>
            </WidthContainer>
            <Footer links={footerLinks} meta="Heard is free, open-source software for councils." />
          </>
        )}
        {assets.script === undefined ? null : <script type="module" src={assets.script} />}
      </body>
    </html>
  );
}
