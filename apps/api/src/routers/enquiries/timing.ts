import { calendarFor, type Authority, type Enquiry } from '@heard/db';
import { recordTimescalesFor, recordTiming, responseDueOn } from '@heard/domain';

/** When an enquiry's answer is due under the council's timescale for its kind, and whether it is late. */
export function enquiryTiming(
  authority: Authority,
  enquiry: Pick<Enquiry, 'kind' | 'receivedOn' | 'answeredOn'>,
  today: string,
) {
  const calendar = calendarFor(authority);
  const timescales = recordTimescalesFor(authority.settings);
  const timescale =
    enquiry.kind === 'member_enquiry'
      ? timescales.memberEnquiryResponse
      : timescales.enquiryResponse;
  const dueOn = responseDueOn(enquiry.receivedOn, timescale, calendar);
  return {
    ...recordTiming(dueOn, enquiry.answeredOn, today, calendar),
    rule: timescale.rule,
    citation: timescale.citation,
  };
}
