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

/** What a complaint is about (`COMPLAINT_SUBJECTS` of `@heard/domain`), as triage reads it. */
export const subjectLabels: Record<string, string> = {
  looked_after_child: 'The care of a looked-after child',
  care_leaver: 'Support for a care leaver',
  child_in_need: 'Services for a child in need',
  adoption_support: 'Adoption support',
  special_guardianship_support: 'Special guardianship support',
  child_protection: 'Child protection (a conference or a section 47 enquiry)',
  early_help: 'Early help',
  foster_carer_assessment: 'The assessment of a foster carer',
  adopter_assessment: 'The assessment of an adopter',
  court_report: 'A court report',
  staff_conduct_toward_adult: 'How staff treated an adult',
  other: 'Something else',
};

/** Who is complaining (`COMPLAINANT_KINDS`), in the words of the procedure (Wandsworth 2021-22 §4.6). */
export const complainantKindLabels: Record<string, string> = {
  young_person: 'The child or young person',
  parent_or_parental_responsibility: 'A parent, or someone with parental responsibility',
  foster_carer: 'A foster carer',
  special_guardian: 'A special guardian',
  advocate_with_consent: 'An advocate, with the young person’s consent',
  other_adult_about_child: 'Another adult, about a child',
  adult_about_own_treatment: 'An adult, about how they were treated themselves',
};

/** Categories of support, as the annual report's tables name them. */
export const categoryOfSupportLabels: Record<string, string> = {
  child_looked_after: 'Looked-after child',
  care_leaver: 'Care leaver',
  child_in_need: 'Child in need',
  child_protection: 'Child protection',
  referral_assessment: 'Referral and assessment',
  other: 'Other',
};

export const disabilityLabels: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  not_known: 'Not known',
};

export const outcomeLabels: Record<string, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
};

/** Reasons for delay, as the annual report counts them (`DELAY_REASONS`). */
export const delayReasonLabels: Record<string, string> = {
  staff_absence: 'Staff absence',
  complexity: 'The complaint is complex',
  awaiting_information: 'Waiting for information',
  other: 'Another reason',
};

/** The word for a code from one of the tables above, or the code made readable. */
export function labelFrom(labels: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return labels[code] ?? humanise(code);
}

/** A file's size as people read it: `840 bytes`, `12 KB`, `3.4 MB`. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
