/**
 * Which procedure a complaint should follow: advice for the complaints team, who confirm or
 * override it. The statutory procedure covers the council's functions under Part 3 of the Children
 * Act 1989 (children in need, looked-after children, care leavers) and specified Part 4 and 5
 * functions, adoption support and special guardianship support (SI 2006/1738 regs 3-5). Early
 * help, child protection conferences and s.47 enquiries, assessments of prospective foster carers
 * and adopters, and court reports "tend to be exempt" and go to the corporate procedure
 * (Wandsworth 2021-22 §4.7), as do complaints by adults about how they were treated themselves
 * (Wandsworth 2021-22 footnote 13).
 */
import type { Procedure } from '../schemas/events.js';
import type { AdviseProcedureInput, ComplainantKind, ComplaintSubject } from '../schemas/triage.js';

export interface ProcedureAdvice {
  readonly procedure: Procedure;
  /** The council must decide: its discretion applies, or the subject is unclear. */
  readonly needsDecision: boolean;
  /** Why, in plain words for staff. */
  readonly reason: string;
  readonly citation: string;
  /** Every child or young person who complains must be offered an advocate (Wandsworth 2021-22 §3.2). */
  readonly offerAdvocate: boolean;
}

interface SubjectScope {
  readonly inScope: boolean | null;
  readonly words: string;
  readonly citation: string;
}

const SCOPE = 'SI 2006/1738 regs 3-5; Wandsworth 2021-22 §4.7';

const SUBJECTS: Record<ComplaintSubject, SubjectScope> = {
  looked_after_child: { inScope: true, words: 'the care of a looked-after child', citation: SCOPE },
  care_leaver: { inScope: true, words: 'support for a care leaver', citation: SCOPE },
  child_in_need: { inScope: true, words: 'services for a child in need', citation: SCOPE },
  adoption_support: { inScope: true, words: 'adoption support', citation: SCOPE },
  special_guardianship_support: {
    inScope: true,
    words: 'special guardianship support',
    citation: SCOPE,
  },
  child_protection: {
    inScope: false,
    words: 'child protection (a conference or a section 47 enquiry)',
    citation: SCOPE,
  },
  early_help: { inScope: false, words: 'early help', citation: SCOPE },
  foster_carer_assessment: {
    inScope: false,
    words: 'the assessment or registration of a foster carer',
    citation: SCOPE,
  },
  adopter_assessment: { inScope: false, words: 'the assessment of an adopter', citation: SCOPE },
  court_report: {
    inScope: false,
    words: 'a court report (section 7 or 37)',
    citation: SCOPE,
  },
  staff_conduct_toward_adult: {
    inScope: false,
    words: 'how staff treated an adult',
    citation: 'Wandsworth 2021-22 footnote 13',
  },
  other: { inScope: null, words: 'something else', citation: SCOPE },
};

/** Who the statutory procedure lets complain about a child (Wandsworth 2021-22 §4.6). */
const ENTITLED: Record<ComplainantKind, 'entitled' | 'discretion' | 'not_about_child'> = {
  young_person: 'entitled',
  parent_or_parental_responsibility: 'entitled',
  foster_carer: 'entitled',
  special_guardian: 'entitled',
  advocate_with_consent: 'entitled',
  other_adult_about_child: 'discretion',
  adult_about_own_treatment: 'not_about_child',
};

export function adviseProcedure(input: AdviseProcedureInput): ProcedureAdvice {
  const subject = SUBJECTS[input.subject];
  const who = ENTITLED[input.complainant];
  const offerAdvocate = input.complainant === 'young_person';
  if (who === 'not_about_child') {
    return {
      procedure: 'corporate',
      needsDecision: false,
      reason:
        'An adult complaining about how they were treated themselves is not complaining about services for a child, so the corporate procedure applies.',
      citation: 'Wandsworth 2021-22 footnote 13',
      offerAdvocate,
    };
  }
  if (subject.inScope === false) {
    return {
      procedure: 'corporate',
      needsDecision: false,
      reason: `Complaints about ${subject.words} are usually outside the statutory procedure, so the corporate procedure applies.`,
      citation: subject.citation,
      offerAdvocate,
    };
  }
  if (subject.inScope === null) {
    return {
      procedure: 'statutory',
      needsDecision: true,
      reason:
        'Check what the complaint is about. If it is about services for a child in need, a looked-after child or a care leaver, use the statutory procedure; if not, use the corporate procedure.',
      citation: subject.citation,
      offerAdvocate,
    };
  }
  if (who === 'discretion') {
    return {
      procedure: 'statutory',
      needsDecision: true,
      reason: `Complaints about ${subject.words} follow the statutory procedure. This person is not the child, a parent, a foster carer or a special guardian, so the council decides whether they have enough interest in the child's welfare to complain.`,
      citation: `${SCOPE}, 4.6`,
      offerAdvocate,
    };
  }
  return {
    procedure: 'statutory',
    needsDecision: false,
    reason: `Complaints about ${subject.words} follow the statutory procedure, and this person is entitled to complain.`,
    citation: `${SCOPE}, 4.6`,
    offerAdvocate,
  };
}
