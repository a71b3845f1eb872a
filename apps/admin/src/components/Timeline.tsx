import { formatDate, formatDateTime } from '../lib/dates';

export interface TimelineEvent {
  sequence: number;
  label: string;
  /** The day it happened, which may be earlier than the day it was recorded. */
  on: string;
  recordedAt: string;
  /** Who recorded it; absent or null for events the system recorded itself. */
  recordedByName?: string | null;
}

/**
 * What happened to a case, newest first: what, on which day, and who recorded it when.
 * `labelledBy` names the list after the heading above it ("History").
 */
export function Timeline({ events, labelledBy }: { events: TimelineEvent[]; labelledBy?: string }) {
  const newestFirst = [...events].sort((a, b) => b.sequence - a.sequence);
  if (newestFirst.length === 0) {
    return <p className="govuk-body">Nothing has been recorded yet.</p>;
  }
  return (
    <ol className="app-timeline" reversed aria-labelledby={labelledBy}>
      {newestFirst.map((event) => (
        <li className="app-timeline__item" key={event.sequence}>
          <h3 className="app-timeline__title">{event.label}</h3>
          <p className="app-timeline__date">{formatDate(event.on)}</p>
          <p className="app-timeline__byline">
            {event.recordedByName
              ? `Recorded by ${event.recordedByName}, ${formatDateTime(event.recordedAt)}`
              : `Recorded ${formatDateTime(event.recordedAt)}`}
          </p>
        </li>
      ))}
    </ol>
  );
}
