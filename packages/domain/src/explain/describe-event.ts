/**
 * One line per event for a case's history. Staff see who did what; a young person or a parent
 * sees what happened, never staff names.
 */
import type { Audience } from '../procedure/types.js';
import type { CaseEvent, IssueOutcome } from '../schemas/events.js';

function outcomeSummary(outcomes: readonly IssueOutcome[]): string {
  const count = (outcome: IssueOutcome['outcome']) =>
    outcomes.filter((o) => o.outcome === outcome).length;
  return `upheld ${String(count('upheld'))}, partly upheld ${String(count('partly_upheld'))}, not upheld ${String(count('not_upheld'))}`;
}

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

function forStaff(event: CaseEvent): string {
  switch (event.type) {
    case 'received':
      return `Received (${event.procedure} procedure${event.channel === undefined ? '' : `, by ${event.channel.replace('_', ' ')}`})`;
    case 'acknowledged':
      return 'Acknowledged';
    case 'extension_agreed':
      return `Extension of ${plural(event.workingDays, 'working day')} agreed by ${event.agreedBy.name}: ${event.reason}`;
    case 'put_on_hold':
      return `Put on hold: ${event.reason}`;
    case 'resumed':
      return 'Resumed';
    case 'responded':
      return `Response sent by ${event.respondedBy.name} (${outcomeSummary(event.outcomes)})`;
    case 'escalation_requested':
      return event.to === 'ombudsman'
        ? 'Complainant went to the Ombudsman'
        : `Stage ${String(event.to)} requested`;
    case 'statement_of_complaint_agreed':
      return 'Statement of complaint agreed';
    case 'investigating_officer_appointed':
      return `Investigating Officer appointed: ${event.person.name}`;
    case 'independent_person_appointed':
      return `Independent Person appointed: ${event.person.name}`;
    case 'panel_held': {
      const chair = event.members.find((m) => m.id === event.chairId);
      return `Review panel held (chair: ${chair?.name ?? event.chairId})`;
    }
    case 'panel_recommendations_issued':
      return 'Panel recommendations issued';
    case 'council_responded_after_panel':
      return `Council responded to the panel (${event.respondedBy.name})`;
    case 'time_limit_waived':
      return `12-month time limit waived: ${event.reason}`;
    case 'withdrawn':
      return event.reason === undefined ? 'Withdrawn' : `Withdrawn: ${event.reason}`;
    case 'closed':
      return event.reason === undefined ? 'Closed' : `Closed: ${event.reason}`;
    case 'reopened':
      return `Reopened: ${event.reason}`;
    case 'procedure_changed':
      return `Moved to the ${event.to} procedure: ${event.reason}`;
  }
}

function forComplainant(event: CaseEvent, young: boolean): string {
  switch (event.type) {
    case 'received':
      return young ? 'We got your complaint' : 'We received your complaint';
    case 'acknowledged':
      return young ? 'We told you we got it' : 'We acknowledged your complaint';
    case 'extension_agreed':
      return young
        ? `We gave ourselves ${plural(event.workingDays, 'more working day')} to reply`
        : `We extended the time to reply by ${plural(event.workingDays, 'working day')}`;
    case 'put_on_hold':
      return young ? 'We paused your complaint' : 'We put your complaint on hold';
    case 'resumed':
      return young ? 'We started again' : 'We started work on your complaint again';
    case 'responded':
    case 'council_responded_after_panel':
      return 'We sent you our reply';
    case 'escalation_requested':
      if (event.to === 'ombudsman') return 'You went to the Ombudsman';
      if (event.to === 2) {
        return young ? 'You asked for someone new to look at it' : 'You asked for stage 2';
      }
      return young ? 'You asked for a panel to listen' : 'You asked for a review panel';
    case 'statement_of_complaint_agreed':
      return young ? 'We agreed what will be looked at' : 'We agreed the statement of complaint';
    case 'investigating_officer_appointed':
      return young ? 'We chose someone new to look at it' : 'We appointed an investigator';
    case 'independent_person_appointed':
      return young
        ? 'We chose someone to check it is fair'
        : 'We appointed an Independent Person to make sure it is fair';
    case 'panel_held':
      return young ? 'The panel met' : 'The review panel met';
    case 'panel_recommendations_issued':
      return young ? 'The panel told us what it thinks' : 'The panel sent its recommendations';
    case 'time_limit_waived':
      return young
        ? 'We agreed to look at it even though it happened over a year ago'
        : 'We agreed to consider your complaint although it was made after 12 months';
    case 'withdrawn':
      return young ? 'You asked us to stop' : 'You withdrew your complaint';
    case 'closed':
      return young ? 'We finished your complaint' : 'We closed your complaint';
    case 'reopened':
      return young ? 'We opened your complaint again' : 'We reopened your complaint';
    case 'procedure_changed':
      return young
        ? 'We moved your complaint to a different way of looking at it'
        : `We moved your complaint to the ${event.to} complaints procedure`;
  }
}

/** One line describing an event, for an audience. */
export function describeEvent(event: CaseEvent, audience: Audience): string {
  return audience === 'staff'
    ? forStaff(event)
    : forComplainant(event, audience === 'young_person');
}
