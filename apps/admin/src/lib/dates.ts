/**
 * Dates as the complaints team reads them. Casework dates (`receivedOn`, due dates) are calendar
 * dates with no time or zone, so they are formatted from their parts, never through `Date`, which
 * would shift them a day for anyone west of Greenwich. Timestamps (`recordedAt`) are shown in UK
 * time, where every council using Heard is.
 */

const monthsShort = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const ukTimeZone = 'Europe/London';

/** `2026-11-20` → `20 Nov 2026`. Anything that is not an ISO calendar date is returned as it is. */
export function formatDate(isoDate: string): string {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = monthsShort[Number(month) - 1];
  if (!monthName || !day) return isoDate;
  return `${Number(day)} ${monthName} ${year ?? ''}`;
}

const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ukTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsInUk(instant: Date): { date: string; hour: number; minute: number } {
  const parts = Object.fromEntries(ukParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/**
 * A timestamp in UK time, the GOV.UK way: `20 Nov 2026 at 2:05pm`, with `midday` and `midnight`
 * for 12:00 and 00:00.
 */
export function formatDateTime(isoTimestamp: string): string {
  const instant = new Date(isoTimestamp);
  if (Number.isNaN(instant.getTime())) return isoTimestamp;
  const { date, hour, minute } = partsInUk(instant);
  return `${formatDate(date)} at ${formatTime(hour, minute)}`;
}

function formatTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour12}:${String(minute).padStart(2, '0')}${hour < 12 ? 'am' : 'pm'}`;
}
