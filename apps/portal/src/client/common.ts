/**
 * What every page's script does: tell the styles a script is running, and give "Leave this page"
 * its keyboard shortcut. Pages work fully without it.
 */
import { enhanceExitThisPage } from '@heard/ui';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

for (const root of document.querySelectorAll<HTMLElement>('[data-module="govuk-exit-this-page"]')) {
  enhanceExitThisPage(root);
}
