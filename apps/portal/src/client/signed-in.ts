/**
 * Signed-in pages: "Leave this page" and the rest of the common script, and the timeout warning
 * (WCAG 2.2.1 Timing Adjustable; GOV.UK Design System "timeout warning"). Two minutes before the
 * session's idle end, a modal dialog says so and offers "Stay signed in", which posts to the
 * portal with fetch so nothing typed on the page is lost, or "Sign out". Focus moves into the
 * dialog, which screen readers announce by its heading and text, stays inside it while it is
 * open, and returns where it was. Escape stays signed in. At the end the page is replaced by
 * "You've been signed out", so Back cannot show it again.
 */
/// <reference types="vite/client" />
import './common.js';
import './signed-in.css';

const warnBeforeSeconds = 120;

function whenLeft(seconds: number): string {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? '1 minute' : `${String(minutes)} minutes`;
  }
  return seconds === 1 ? '1 second' : `${String(seconds)} seconds`;
}

function setUp(root: HTMLElement) {
  const dialog = root.querySelector<HTMLElement>('#heard-timeout');
  const box = dialog?.querySelector<HTMLElement>('.heard-timeout__box');
  const count = dialog?.querySelector<HTMLElement>('[data-heard-timeout-count]');
  const stay = dialog?.querySelector<HTMLButtonElement>('[data-heard-timeout-stay]');
  const idleSeconds = Number(root.dataset.idleSeconds);
  const extendAction = root.dataset.extendAction;
  const signedOutPath = root.dataset.signedOutPath;
  if (!dialog || !box || !count || !stay || !extendAction || !signedOutPath) return;
  if (!Number.isFinite(idleSeconds) || idleSeconds <= 0) return;

  // The dialog sits at the end of <body>, so everything else can be made inert while it is open.
  document.body.appendChild(dialog);

  let endsAt = Date.now() + idleSeconds * 1000;
  let warnTimer: number | undefined;
  let tick: number | undefined;
  let returnFocus: Element | null = null;
  const others = () => [...document.body.children].filter((el) => el !== dialog);

  const signOutNow = () => {
    window.location.replace(signedOutPath);
  };

  function open() {
    returnFocus = document.activeElement;
    for (const el of others()) el.setAttribute('inert', '');
    dialog?.removeAttribute('hidden');
    update();
    box?.focus();
    tick = window.setInterval(update, 1000);
  }

  function close() {
    window.clearInterval(tick);
    dialog?.setAttribute('hidden', '');
    for (const el of others()) el.removeAttribute('inert');
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  }

  function update() {
    const left = Math.round((endsAt - Date.now()) / 1000);
    if (left <= 0) {
      signOutNow();
      return;
    }
    if (count) count.textContent = whenLeft(left);
  }

  function schedule() {
    window.clearTimeout(warnTimer);
    const warnIn = Math.max(0, endsAt - Date.now() - warnBeforeSeconds * 1000);
    warnTimer = window.setTimeout(open, warnIn);
  }

  async function staySignedIn() {
    try {
      const response = await fetch(extendAction ?? '', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'x-heard-fetch': 'extend' },
      });
      if (!response.ok) {
        signOutNow();
        return;
      }
      const answer = (await response.json()) as { idleSeconds?: number };
      endsAt = Date.now() + (answer.idleSeconds ?? idleSeconds) * 1000;
      close();
      schedule();
    } catch {
      // Could not reach the portal: leave the warning up, so the person can try again.
    }
  }

  stay.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void staySignedIn();
  });

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      void staySignedIn();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('button')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === box)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  schedule();
}

const root = document.querySelector<HTMLElement>('[data-heard-timeout]');
if (root) setUp(root);
