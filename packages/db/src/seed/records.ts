/**
 * Demo compliments, comments, enquiries, an Ombudsman case and learning actions, dated relative to
 * `today` so that something is due soon and something is late. The words follow the councils'
 * reports (Wandsworth 2021-22 section 16; Dudley 2022-23 sections 5, 12, 14).
 */
import { randomUUID } from 'node:crypto';
import { addWorkingDays, englandAndWalesCalendar, financialYearOf } from '@heard/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import type { Authority } from '../repositories/authorities.js';
import { insertComment, updateComment } from '../repositories/records/comments.js';
import { approveCompliment, insertCompliment } from '../repositories/records/compliments.js';
import { answerEnquiry, insertEnquiry } from '../repositories/records/enquiries.js';
import { insertLearningAction, setLearningStatus } from '../repositories/records/learning.js';
import {
  answerOmbudsmanEnquiry,
  insertOmbudsmanCase,
  insertOmbudsmanEnquiry,
  insertOmbudsmanRemedy,
  recordOmbudsmanDecision,
  recordRemedyCompliance,
} from '../repositories/records/ombudsman.js';
import { saveContextFigures } from '../repositories/report-context.js';
import type { StaffUser } from '../repositories/staff.js';
import { complaints } from '../schema.js';

/** The latest working day that is `n` working days before `today` (n > 0), or `-n` after it. */
function workingDaysFrom(today: string, n: number): string {
  const calendar = englandAndWalesCalendar();
  if (n <= 0) return addWorkingDays(today, -n, calendar);
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (Math.ceil(n * 1.5) + 10));
  let candidate = d.toISOString().slice(0, 10);
  // Walk forward to the last day from which `today` is still at least n working days on.
  for (;;) {
    const next = new Date(`${candidate}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const after = next.toISOString().slice(0, 10);
    if (addWorkingDays(after, n, calendar) > today) return candidate;
    candidate = after;
  }
}

export async function seedDemoRecords(
  tx: Executor,
  options: { today: string; authorities: Map<string, Authority>; staff: Map<string, StaffUser> },
): Promise<void> {
  const westbridge = options.authorities.get('WBC');
  const northmoor = options.authorities.get('NMC');
  const officer = options.staff.get('officer@heard.example');
  const manager = options.staff.get('manager@heard.example');
  if (!westbridge || !northmoor || !officer || !manager) return;
  const { today } = options;
  const ago = (n: number) => workingDaysFrom(today, n);
  const ahead = (n: number) => workingDaysFrom(today, -n);

  const compliment = (
    authority: Authority,
    input: { ago: number; fromType: string; teams: string[]; words: string },
  ) =>
    insertCompliment(tx, {
      id: randomUUID(),
      authorityId: authority.id,
      receivedOn: ago(input.ago),
      fromType: input.fromType,
      teams: input.teams,
      words: input.words,
      source: 'staff',
      loggedBy: officer.id,
    });
  const approved = await compliment(westbridge, {
    ago: 30,
    fromType: 'parent_carer',
    teams: ['Assessment and Intervention'],
    words:
      'Amira has made a huge difference to Leo’s life, supporting our family unit. For this we are forever grateful.',
  });
  await approveCompliment(tx, {
    authorityId: westbridge.id,
    id: approved.id,
    approvedWords:
      'XX has made a huge difference to XX life, supporting our family unit. For this we are forever grateful.',
    markedNames: ['Amira', 'Leo'],
    approvedBy: manager.id,
    at: new Date(`${ago(28)}T10:00:00Z`),
  });
  await compliment(westbridge, {
    ago: 12,
    fromType: 'professional',
    teams: ['Leaving Care', 'Fostering'],
    words:
      'Dan has supported three long-term placements and has been a consistent figure in their lives. Thank you for all the hard work.',
  });
  await compliment(westbridge, {
    ago: 4,
    fromType: 'young_person',
    teams: ['Looked After Children 1'],
    words: 'Thank you Priya for being there to listen and help me and my mum.',
  });
  await insertCompliment(tx, {
    id: randomUUID(),
    authorityId: westbridge.id,
    receivedOn: ago(1),
    fromType: 'partner_agency',
    teams: [],
    teamHint: 'the fostering team',
    words:
      'Congratulations on the superb launch event yesterday: it was professionally run and the passion was palpable.',
    source: 'portal',
    idempotencyKey: randomUUID(),
    loggedBy: null,
  });
  await compliment(northmoor, {
    ago: 6,
    fromType: 'parent_carer',
    teams: ['Disabled Children’s Team'],
    words: 'I want to say how grateful my son and I are for the support you have given us.',
  });

  const comment = async (input: {
    ago: number;
    summary: string;
    team: string;
    steps?: (id: string) => Promise<void>;
  }) => {
    const row = await insertComment(tx, {
      id: randomUUID(),
      authorityId: westbridge.id,
      receivedOn: ago(input.ago),
      receivedVia: 'telephone',
      fromType: 'parent_carer',
      fromName: null,
      summary: input.summary,
      team: input.team,
      responsibleStaffId: officer.id,
    });
    await input.steps?.(row.id);
  };
  await comment({
    ago: 2,
    summary: 'Query about the arrangements for ongoing contact with a sibling.',
    team: 'Children in Care Team',
  });
  await comment({
    ago: 14,
    summary: 'A foster carer would like to know why the review meeting was moved twice.',
    team: 'Fostering Team',
    steps: (id) =>
      updateComment(tx, westbridge.id, id, {
        acknowledgedOn: ago(13),
        forwardedOn: ago(12),
        forwardedTo: 'Team Manager, Fostering',
      }),
  });
  await comment({
    ago: 25,
    summary: 'Asked for the leaving care grant guidance in an easier format.',
    team: 'Care Leavers Team',
    steps: (id) =>
      updateComment(tx, westbridge.id, id, {
        acknowledgedOn: ago(24),
        forwardedOn: ago(24),
        forwardedTo: 'Team Manager, Care Leavers',
        answeredOn: ago(18),
        answerSummary: 'Sent the easy-read guide and offered a call with the personal adviser.',
      }),
  });

  const enquiry = (input: {
    kind: 'enquiry' | 'member_enquiry';
    ago: number;
    fromName: string | null;
    memberRole: string | null;
    summary: string;
  }) =>
    insertEnquiry(tx, {
      id: randomUUID(),
      authorityId: westbridge.id,
      kind: input.kind,
      receivedOn: ago(input.ago),
      receivedVia: 'email',
      fromName: input.fromName,
      memberRole: input.memberRole,
      onBehalfOf: null,
      summary: input.summary,
      team: null,
      responsibleStaffId: officer.id,
    });
  await enquiry({
    kind: 'member_enquiry',
    ago: 9,
    fromName: 'Jane Porter MP',
    memberRole: 'mp',
    summary: 'Writes on behalf of a constituent about delays to a child in need assessment.',
  });
  const answered = await enquiry({
    kind: 'member_enquiry',
    ago: 20,
    fromName: 'Cllr Rob Hale',
    memberRole: 'councillor',
    summary: 'Asks how a family in the ward can get respite support.',
  });
  await answerEnquiry(tx, {
    authorityId: westbridge.id,
    id: answered.id,
    answeredOn: ago(12),
    answerSummary:
      'Explained the short breaks offer and passed the family’s details to the Disabled Children’s Team.',
  });
  await enquiry({
    kind: 'enquiry',
    ago: 16,
    fromName: null,
    memberRole: null,
    summary: 'A grandparent asks who to speak to about special guardianship support.',
  });

  const [linked] = await tx
    .select({ id: complaints.id, reference: complaints.reference })
    .from(complaints)
    .where(and(eq(complaints.authorityId, westbridge.id), eq(complaints.state, 'closed')))
    .orderBy(asc(complaints.reference))
    .limit(1);
  const caseId = randomUUID();
  await insertOmbudsmanCase(tx, {
    id: caseId,
    authorityId: westbridge.id,
    lgscoReference: '25 004 117',
    complaintId: linked?.id ?? null,
    receivedOn: ago(45),
    area: 'social_care',
    summary: 'Delays in carrying out a family assessment and in the complaints process.',
    responsibleStaffId: manager.id,
  });
  const enquiryId = randomUUID();
  await insertOmbudsmanEnquiry(tx, {
    id: enquiryId,
    authorityId: westbridge.id,
    caseId,
    receivedOn: ago(40),
    dueOn: ago(20),
    summary: 'Send the chronology, the assessment and the stage 1 and 2 responses.',
  });
  await answerOmbudsmanEnquiry(tx, caseId, enquiryId, ago(22));
  await insertOmbudsmanEnquiry(tx, {
    id: randomUUID(),
    authorityId: westbridge.id,
    caseId,
    receivedOn: ago(3),
    dueOn: ahead(2),
    summary: 'Comment on the draft decision.',
  });
  await recordOmbudsmanDecision(tx, westbridge.id, caseId, {
    decision: 'upheld_fault_injustice',
    closedReason: null,
    decidedOn: ago(10),
    publication: 'statement',
  });
  const apology = randomUUID();
  await insertOmbudsmanRemedy(tx, {
    id: apology,
    authorityId: westbridge.id,
    caseId,
    kind: 'apology',
    description: 'Written apology to the family.',
    amountPence: null,
    dueOn: ago(2),
  });
  await recordRemedyCompliance(tx, caseId, apology, {
    compliedOn: ago(4),
    evidence: 'Letter of apology sent; copy sent to the Ombudsman.',
  });
  await insertOmbudsmanRemedy(tx, {
    id: randomUUID(),
    authorityId: westbridge.id,
    caseId,
    kind: 'payment_distress',
    description: null,
    amountPence: 60_000,
    dueOn: ahead(8),
  });
  await insertOmbudsmanRemedy(tx, {
    id: randomUUID(),
    authorityId: westbridge.id,
    caseId,
    kind: 'service_improvement',
    description: 'Remind staff of the timescales for family assessments.',
    amountPence: null,
    dueOn: ahead(20),
  });

  const learning = (input: {
    complaintId?: string | null;
    ombudsmanCaseId?: string | null;
    issue: string;
    lesson: string;
    action: string;
    owningTeam: string;
    dueOn: string;
  }) =>
    insertLearningAction(tx, {
      id: randomUUID(),
      authorityId: westbridge.id,
      complaintId: input.complaintId ?? null,
      ombudsmanCaseId: input.ombudsmanCaseId ?? null,
      issue: input.issue,
      lesson: input.lesson,
      action: input.action,
      owningTeam: input.owningTeam,
      responsibleStaffId: officer.id,
      dueOn: input.dueOn,
    });
  await learning({
    complaintId: linked?.id ?? null,
    issue: 'Lack of communication',
    lesson: 'Families were not told when their social worker changed.',
    action: 'Return service users’ calls within 24 hours unless the worker is on leave.',
    owningTeam: 'Assessment Team 1',
    dueOn: ago(5),
  });
  const done = await learning({
    complaintId: linked?.id ?? null,
    issue: 'Staff behaviour',
    lesson: 'A young person felt they were not listened to.',
    action: 'Reflective discussion with the social worker about communication.',
    owningTeam: 'Children in Care Team',
    dueOn: ago(15),
  });
  await setLearningStatus(tx, westbridge.id, done.id, {
    status: 'done',
    doneOn: ago(17),
    cancelledOn: null,
    cancelledReason: null,
  });
  await learning({
    ombudsmanCaseId: caseId,
    issue: 'Delay in assessment',
    lesson: 'Family assessments ran past their timescale without the family being told.',
    action: 'Add a timescale check to the weekly team meeting.',
    owningTeam: 'Assessment Team 1',
    dueOn: ahead(15),
  });

  // Context figures for this year and last, of the size Wandsworth 2021-22 §6.8 gives for one London
  // borough (17,072 contacts, 2,214 referrals, 1,837 assessments, 834 section 47 enquiries).
  const year = financialYearOf(today);
  const context = [
    { authority: westbridge, year, figures: [16_480, 2_130, 1_790, 805] },
    { authority: westbridge, year: year - 1, figures: [17_072, 2_214, 1_837, 834] },
    { authority: northmoor, year, figures: [9_350, 1_240, 1_015, null] },
  ] as const;
  for (const row of context) {
    const [contacts, referrals, assessments, section47Enquiries] = row.figures;
    await saveContextFigures(tx, {
      authorityId: row.authority.id,
      year: row.year,
      figures: { contacts, referrals, assessments, section47Enquiries },
      staffId: manager.id,
    });
  }
}
