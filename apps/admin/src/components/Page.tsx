import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * Sets the browser tab's title, which screen readers also read out on navigation. `when` lets a
 * component that shows a loading message name the tab only while it does.
 */
export function useDocumentTitle(title: string, when = true): void {
  useEffect(() => {
    if (when) document.title = `${title} – Heard`;
  }, [title, when]);
}

/**
 * Which navigation last moved focus. On the first page shown focus stays where the browser puts
 * it; after each later navigation it moves to the new page's heading, so screen reader users hear
 * where they are and keyboard users carry on from the top of the content, as on a full page load.
 * A heading that replaces content holding the focus (a Try again button, a loading message) takes
 * it too, rather than leaving it lost on the page's body.
 */
const headingFocus: { firstKey?: string; focusedKey?: string } = {};

interface PageHeadingProps {
  children: ReactNode;
  /** A line above the heading saying what the page belongs to, such as the council. */
  caption?: string;
}

export function PageHeading({ children, caption }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    headingFocus.firstKey ??= key;
    if (key === headingFocus.firstKey) return;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (key === headingFocus.focusedKey && !focusLost) return;
    headingFocus.focusedKey = key;
    heading.current?.focus();
  }, [key]);

  return (
    <>
      {caption ? <span className="govuk-caption-m">{caption}</span> : null}
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
