/**
 * What every page's script does: tell the styles a script is running, give "Leave this page" its
 * keyboard shortcut, and stop a second press of a send button sending twice. Pages work fully
 * without it.
 */
import { enhanceExitThisPage } from '@heard/ui';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

for (const root of document.querySelectorAll<HTMLElement>('[data-module="govuk-exit-this-page"]')) {
  enhanceExitThisPage(root);
}

// Without this a double-click sends the form twice; the server copes, but the second answer is the
// one the browser shows. Coming back to the page (Back) lets the button work again.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-heard-send-once]')) {
  let sent = false;
  form.addEventListener('submit', (event) => {
    if (sent) event.preventDefault();
    sent = true;
  });
  window.addEventListener('pageshow', () => {
    sent = false;
  });
}
