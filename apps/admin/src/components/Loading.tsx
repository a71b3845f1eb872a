import { useEffect, useState } from 'react';

/**
 * A polite live region that says what is loading. The region is in the page before its words
 * arrive, because screen readers (NVDA, JAWS, VoiceOver) announce changes to a live region but
 * not a region that appears with its text already inside. Loads that finish within the delay show
 * nothing, so quick pages do not flash.
 */
export function Loading({ children }: { children: string }) {
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setText(children);
    }, 150);
    return () => {
      clearTimeout(timer);
    };
  }, [children]);
  return (
    <p className="govuk-body app-loading" role="status" aria-live="polite">
      {text}
    </p>
  );
}
