/**
 * The behaviour of "Leave this page" when a script can run, modelled on GOV.UK Frontend's Exit this
 * page (same keys, timings, indicator and announcements) with one difference: it leaves with
 * `location.replace`, so the page being left is not kept in the history for Back to return to.
 */

/** How long someone has to press Shift three times (GOV.UK Frontend uses 5 s). */
const pressWindowMs = 5000;

export const exitThisPageMessages = {
  activated: 'Loading.',
  timedOut: 'Leave this page expired.',
  pressTwoMoreTimes: 'Shift, press 2 more times to leave.',
  pressOneMoreTime: 'Shift, press 1 more time to leave.',
} as const;

/**
 * Adds the keyboard shortcut and the history-replacing click to one "Leave this page" block.
 * Returns a function that removes what it added.
 */
export function enhanceExitThisPage(root: HTMLElement): () => void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const button = root.querySelector('.govuk-exit-this-page__button');
  if (win === null || !(button instanceof HTMLAnchorElement)) return () => undefined;
  const view = win;
  const link = button;

  const indicator = doc.createElement('div');
  indicator.className = 'govuk-exit-this-page__indicator';
  indicator.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < 3; i++) {
    const light = doc.createElement('div');
    light.className = 'govuk-exit-this-page__indicator-light';
    indicator.appendChild(light);
  }
  link.appendChild(indicator);

  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'govuk-visually-hidden';
  root.appendChild(status);

  let presses = 0;
  let lastKeyWasModified = false;
  let pressTimer: number | undefined;
  let messageTimer: number | undefined;
  let overlay: HTMLElement | undefined;

  function showPresses() {
    indicator.classList.toggle('govuk-exit-this-page__indicator--visible', presses > 0);
    indicator.querySelectorAll('.govuk-exit-this-page__indicator-light').forEach((light, index) => {
      light.classList.toggle('govuk-exit-this-page__indicator-light--on', index < presses);
    });
  }

  function leave() {
    status.textContent = '';
    // Hide everything at once, so nothing can be read while the next page loads.
    doc.body.classList.add('govuk-exit-this-page-hide-content');
    overlay = doc.createElement('div');
    overlay.className = 'govuk-exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = exitThisPageMessages.activated;
    doc.body.appendChild(overlay);
    view.location.replace(link.href);
  }

  function expire() {
    view.clearTimeout(pressTimer);
    pressTimer = undefined;
    presses = 0;
    status.textContent = exitThisPageMessages.timedOut;
    messageTimer = view.setTimeout(() => {
      status.textContent = '';
    }, pressWindowMs);
    showPresses();
  }

  function onClick(event: MouseEvent) {
    event.preventDefault();
    leave();
  }

  function onKeyUp(event: KeyboardEvent) {
    if (event.key === 'Shift' && !lastKeyWasModified) {
      presses += 1;
      showPresses();
      view.clearTimeout(messageTimer);
      if (presses >= 3) {
        presses = 0;
        view.clearTimeout(pressTimer);
        pressTimer = undefined;
        leave();
      } else {
        status.textContent =
          presses === 1
            ? exitThisPageMessages.pressTwoMoreTimes
            : exitThisPageMessages.pressOneMoreTime;
        view.clearTimeout(pressTimer);
        pressTimer = view.setTimeout(expire, pressWindowMs);
      }
    } else if (pressTimer !== undefined) {
      expire();
    }
    // Shift used to type a capital letter is not a press of the shortcut.
    lastKeyWasModified = event.shiftKey;
  }

  /** Coming Back to a page kept in the back/forward cache shows it again, not the overlay. */
  function onPageShow() {
    doc.body.classList.remove('govuk-exit-this-page-hide-content');
    overlay?.remove();
    overlay = undefined;
    status.textContent = '';
    presses = 0;
    showPresses();
    view.clearTimeout(pressTimer);
    view.clearTimeout(messageTimer);
  }

  link.addEventListener('click', onClick);
  doc.addEventListener('keyup', onKeyUp, true);
  view.addEventListener('pageshow', onPageShow);
  return () => {
    link.removeEventListener('click', onClick);
    doc.removeEventListener('keyup', onKeyUp, true);
    view.removeEventListener('pageshow', onPageShow);
    view.clearTimeout(pressTimer);
    view.clearTimeout(messageTimer);
    indicator.remove();
    status.remove();
  };
}
