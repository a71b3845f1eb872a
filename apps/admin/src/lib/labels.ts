import { formatDate } from './dates';

/**
 * The words staff see for the codes the API returns. Procedure states come with their own label
 * from the API (councils may rename them); the codes here are fixed by the data model.
 */

export type ComplainantType = 'young_person' | 'parent_carer' | 'advocate' | 'other';

const complainantTypeLabels: Record<ComplainantType, string> = {
  young_person: 'Young person',
  parent_carer: 'Parent or carer',
  advocate: 'Advocate',
  other: 'Someone else',
};

/** Who complained, in words: `parent_carer` → `Parent or carer`. */
export function complainantTypeLabel(type: string): string {
  return type in complainantTypeLabels
    ? complainantTypeLabels[type as ComplainantType]
    : humanise(type);
}

/** The procedure a complaint follows; until it is decided the complaint is still being triaged. */
export function procedureLabel(procedure: 'statutory' | 'corporate' | null): string {
  if (procedure === 'statutory') return 'Statutory';
  if (procedure === 'corporate') return 'Corporate';
  return 'Not decided';
}

export function stageLabel(stage: number): string {
  return `Stage ${stage}`;
}

/** The channels of `@heard/domain` (CHANNELS), in the words of the annual report's tables. */
const receivedViaLabels: Record<string, string> = {
  letter: 'Letter',
  email: 'Email',
  form: 'Form',
  telephone: 'Telephone',
  in_person: 'In person',
  online: 'Online',
  app: 'App',
};

/** How a complaint arrived: `in_person` → `In person`. Unknown codes are made readable. */
export function receivedViaLabel(via: string): string {
  return receivedViaLabels[via] ?? humanise(via);
}

/** `member_enquiry` → `Member enquiry`. */
export function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface DeadlineTiming {
  status: 'pending' | 'met' | 'missed' | 'paused' | 'stopped';
  /** The complainant's periods for asking for the next stage are advice, not a bar. */
  advisory: boolean;
  completedOn: string | null;
  workingDaysLeft: number | null;
  workingDaysLate: number | null;
}

/**
 * How a deadline stands, in words for the deadlines table: `3 working days left`, `Due today`,
 * `Overdue by 2 working days`, `Met on 4 Nov 2026`... `overdue` is true only for the council's
 * own work that is late and still not done: that is what the team must act on now.
 */
export function deadlineTimingText(deadline: DeadlineTiming): { text: string; overdue: boolean } {
  const late = plural(deadline.workingDaysLate ?? 0, 'working day');
  switch (deadline.status) {
    case 'pending': {
      const left = deadline.workingDaysLeft;
      if (left === null) return { text: 'Not yet due', overdue: false };
      if (left <= 0) return { text: 'Due today', overdue: false };
      return { text: `${plural(left, 'working day')} left`, overdue: false };
    }
    case 'met':
      return {
        text: deadline.completedOn ? `Met on ${formatDate(deadline.completedOn)}` : 'Met',
        overdue: false,
      };
    case 'missed':
      if (deadline.completedOn === null) {
        return deadline.advisory
          ? { text: `Period passed ${late} ago`, overdue: false }
          : { text: `Overdue by ${late}`, overdue: true };
      }
      return {
        text: deadline.advisory
          ? `Asked ${late} late on ${formatDate(deadline.completedOn)} (accepted)`
          : `Missed: done on ${formatDate(deadline.completedOn)}, ${late} late`,
        overdue: false,
      };
    case 'paused':
      return {
        text: `On hold with ${plural(deadline.workingDaysLeft ?? 0, 'working day')} left`,
        overdue: false,
      };
    case 'stopped':
      return { text: 'Stopped: the complaint was withdrawn or closed', overdue: false };
  }
}

/** `1 working day`, `2 working days`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
