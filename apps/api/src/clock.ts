const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at an instant, as `YYYY-MM-DD`: what "today" means to a council. */
export function isoDateInLondon(instant: Date): string {
  return londonDate.format(instant);
}
