import { calendarFor, type Authority, type Comment } from '@heard/db';
import { recordTimescalesFor, recordTiming, responseDueOn } from '@heard/domain';

/** When a comment's answer is due under the council's timescale, and whether it is late. */
export function commentTiming(
  authority: Authority,
  comment: Pick<Comment, 'receivedOn' | 'answeredOn'>,
  today: string,
) {
  const calendar = calendarFor(authority);
  const timescale = recordTimescalesFor(authority.settings).commentResponse;
  const dueOn = responseDueOn(comment.receivedOn, timescale, calendar);
  return {
    ...recordTiming(dueOn, comment.answeredOn, today, calendar),
    rule: timescale.rule,
    citation: timescale.citation,
  };
}
