/**
 * Where "Leave this page" goes: an empty page with a plain title that says nothing about this
 * service, so someone looking at the screen or the tab sees nothing worth asking about.
 */
export const leaveTitle = 'New tab';

export function LeavePage() {
  return <h1 className="govuk-visually-hidden">{leaveTitle}</h1>;
}
