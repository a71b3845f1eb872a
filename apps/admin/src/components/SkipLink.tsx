import type { MouseEvent } from 'react';

/**
 * Skips the header. The main element is focused by script, not by following `#main-content`,
 * because a fragment change would count as a navigation for the router.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main-content');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function SkipLink() {
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
      Skip to main content
    </a>
  );
}
