/**
 * Finds the deadlines to remind people of, and writes the reminders to the outbox. Complaints
 * use the projection (`next_due_on`) to find candidates and the procedure engine
 * (`evaluateCase`) to name their deadlines; comments and enquiries use the council's timescales;
 * Ombudsman enquiries and remedies and learning actions carry their own due dates. Each reminder
 * has a key made of the record, the deadline, its due date, the kind and the person, so running
 * the scan again, or twice at once, never enqueues one twice.
 */
import {
  calendarFor,
  complaintsDueBy,
  deleteExpiredPortalDrafts,
  pruneRateLimits,
  enqueueMessages,
  evaluateStoredCase,
  listAuthorities,
  listEvents,
  openComments,
  openEnquiries,
  openLearningActions,
  openOmbudsmanEnquiries,
  openOmbudsmanRemedies,
  staffContacts,
  staffWithRoles,
  type Authority,
  type Database,
  type NewOutboxMessage,
} from '@heard/db';
import {
  addWorkingDays,
  ENQUIRY_KIND_LABELS,
  formatLongDate,
  isoDateInLondon,
  OMBUDSMAN_REMEDY_LABELS,
  recordTimescalesFor,
  reminderDedupeKey,
  reminderKindFor,
  responseDueOn,
  trackerDedupeKey,
  weekStartingOn,
  type OmbudsmanRemedyKind,
  type ReminderKind,
  type ReminderRecordType,
} from '@heard/domain';

export interface ScanOptions {
  now: Date;
  leadWorkingDays: number;
  adminBaseUrl: string;
}

interface Due {
  recordType: ReminderRecordType;
  recordId: string;
  deadlineId: string;
  dueOn: string;
  kind: ReminderKind;
  /** What it is, in a few words: "Comment received 3 November". */
  what: string;
  rule: string;
  link: string;
  recipientIds: string[];
}

/** The hour in England now: the weekly tracker waits for Monday morning. */
function londonHour(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(now),
  );
}

/** The tracker goes from 7am on Monday, or at the first scan after that if none ran then. */
const trackerHour = 7;

async function dueForAuthority(
  db: Database,
  authority: Authority,
  today: string,
  options: ScanOptions,
): Promise<Due[]> {
  const calendar = calendarFor(authority);
  const lead = options.leadWorkingDays;
  const base = `${options.adminBaseUrl.replace(/\/$/, '')}/a/${encodeURIComponent(authority.code)}`;
  const kindOf = (dueOn: string) =>
    reminderKindFor({ dueOn, doneOn: null, today, calendar, leadWorkingDays: lead });
  const due: Due[] = [];
  const managers = (await staffWithRoles(db, authority.id, ['complaints_manager'])).map(
    (s) => s.id,
  );

  const horizon = addWorkingDays(today, lead, calendar);
  for (const complaint of await complaintsDueBy(db, authority.id, horizon)) {
    const evaluation = evaluateStoredCase(authority, await listEvents(db, complaint.id), today);
    for (const deadline of evaluation.deadlines) {
      // The complainant's own periods are advice, not the team's work (docs/decisions/0005).
      if (deadline.advisory || deadline.dueOn === null || deadline.completedOn !== null) continue;
      if (deadline.status !== 'pending' && deadline.status !== 'missed') continue;
      const kind = kindOf(deadline.dueOn);
      if (!kind) continue;
      due.push({
        recordType: 'complaint',
        recordId: complaint.id,
        deadlineId: deadline.id,
        dueOn: deadline.dueOn,
        kind,
        what: `Complaint ${complaint.reference}`,
        rule: deadline.rule,
        link: `${base}/complaints/${complaint.id}`,
        recipientIds: complaint.assignedStaffId ? [complaint.assignedStaffId] : managers,
      });
    }
  }

  const timescales = recordTimescalesFor(authority.settings);
  for (const comment of await openComments(db, authority.id)) {
    const dueOn = responseDueOn(comment.receivedOn, timescales.commentResponse, calendar);
    const kind = kindOf(dueOn);
    if (kind) {
      due.push({
        recordType: 'comment',
        recordId: comment.id,
        deadlineId: 'response',
        dueOn,
        kind,
        what: `Comment received ${formatLongDate(comment.receivedOn)}`,
        rule: timescales.commentResponse.rule,
        link: `${base}/records/comments/${comment.id}`,
        recipientIds: [comment.responsibleStaffId],
      });
    }
  }
  for (const enquiry of await openEnquiries(db, authority.id)) {
    const timescale =
      enquiry.kind === 'member_enquiry'
        ? timescales.memberEnquiryResponse
        : timescales.enquiryResponse;
    const dueOn = responseDueOn(enquiry.receivedOn, timescale, calendar);
    const kind = kindOf(dueOn);
    if (kind) {
      due.push({
        recordType: 'enquiry',
        recordId: enquiry.id,
        deadlineId: 'response',
        dueOn,
        kind,
        what: `${ENQUIRY_KIND_LABELS[enquiry.kind]} received ${formatLongDate(enquiry.receivedOn)}`,
        rule: timescale.rule,
        link: `${base}/records/enquiries/${enquiry.id}`,
        recipientIds: [enquiry.responsibleStaffId],
      });
    }
  }
  for (const enquiry of await openOmbudsmanEnquiries(db, authority.id)) {
    const kind = kindOf(enquiry.dueOn);
    if (kind) {
      due.push({
        recordType: 'ombudsman_enquiry',
        recordId: enquiry.id,
        deadlineId: 'answer',
        dueOn: enquiry.dueOn,
        kind,
        what: `The Ombudsman’s enquiry${enquiry.lgscoReference ? ` on case ${enquiry.lgscoReference}` : ''}`,
        rule: 'Answer the Ombudsman’s enquiry by the date it set',
        link: `${base}/records/ombudsman/${enquiry.caseId}`,
        recipientIds: [enquiry.responsibleStaffId],
      });
    }
  }
  for (const remedy of await openOmbudsmanRemedies(db, authority.id)) {
    const kind = kindOf(remedy.dueOn);
    if (kind) {
      due.push({
        recordType: 'ombudsman_remedy',
        recordId: remedy.id,
        deadlineId: 'compliance',
        dueOn: remedy.dueOn,
        kind,
        what: `${OMBUDSMAN_REMEDY_LABELS[remedy.kind as OmbudsmanRemedyKind]}${remedy.lgscoReference ? ` for Ombudsman case ${remedy.lgscoReference}` : ''}`,
        rule: 'Carry out the remedy the Ombudsman asked for, and record the evidence, by the date it set',
        link: `${base}/records/ombudsman/${remedy.caseId}`,
        recipientIds: [remedy.responsibleStaffId],
      });
    }
  }
  for (const action of await openLearningActions(db, authority.id)) {
    const kind = kindOf(action.dueOn);
    if (kind) {
      due.push({
        recordType: 'learning_action',
        recordId: action.id,
        deadlineId: 'due',
        dueOn: action.dueOn,
        kind,
        what: `Learning action for ${action.owningTeam}`,
        rule: action.action,
        link: `${base}/records/learning/${action.id}`,
        recipientIds: [action.responsibleStaffId],
      });
    }
  }
  return due;
}

function reminderText(item: Due, authority: Authority): { subject: string; body: string } {
  const date = formatLongDate(item.dueOn);
  const subject =
    item.kind === 'missed' ? `Missed: ${item.what} was due ${date}` : `Due ${date}: ${item.what}`;
  const body = [
    item.kind === 'missed'
      ? `This deadline for ${authority.name} has passed and nothing has been recorded against it.`
      : `This deadline for ${authority.name} is coming up.`,
    '',
    item.what,
    `Due: ${date}`,
    `What is needed: ${item.rule}`,
    '',
    `Open it in Heard: ${item.link}`,
  ].join('\n');
  return { subject, body };
}

function trackerText(
  authority: Authority,
  today: string,
  items: Due[],
  link: string,
): { subject: string; body: string } {
  const missed = items.filter((i) => i.kind === 'missed');
  const soon = items.filter((i) => i.kind === 'due_soon');
  const line = (i: Due) => `- ${i.what}: due ${formatLongDate(i.dueOn)} (${i.link})`;
  const body = [
    `Weekly tracker for ${authority.name}, week beginning ${formatLongDate(weekStartingOn(today))}.`,
    '',
    `Missed deadlines: ${String(missed.length)}`,
    ...missed.map(line),
    '',
    `Due in the next few working days: ${String(soon.length)}`,
    ...soon.map(line),
    '',
    `Workload in Heard: ${link}`,
  ].join('\n');
  return {
    subject: `Weekly tracker: ${String(missed.length)} missed, ${String(soon.length)} due soon – ${authority.name}`,
    body,
  };
}

export interface ScanResult {
  authorities: number;
  candidates: number;
  enqueued: number;
  /** Journeys saved on the portal that reached their 28 days and were deleted. */
  expiredDrafts: number;
  /** Rate-limit counters whose window had ended, removed. */
  expiredLimits: number;
}

/**
 * Writes every reminder that is due now, and the weekly trackers, to the outbox; and deletes the
 * portal's saved journeys that have expired (docs/decisions/0010), and rate-limit counters
 * whose window has ended.
 */
export async function enqueueDueReminders(db: Database, options: ScanOptions): Promise<ScanResult> {
  const today = isoDateInLondon(options.now);
  const expiredDrafts = await deleteExpiredPortalDrafts(db, options.now);
  const expiredLimits = await pruneRateLimits(db, options.now);
  const result: ScanResult = {
    authorities: 0,
    candidates: 0,
    enqueued: 0,
    expiredDrafts,
    expiredLimits,
  };
  for (const authority of await listAuthorities(db)) {
    result.authorities++;
    const due = await dueForAuthority(db, authority, today, options);
    const people = await staffContacts(
      db,
      due.flatMap((d) => d.recipientIds),
    );
    const messages: NewOutboxMessage[] = [];
    for (const item of due) {
      for (const recipientId of item.recipientIds) {
        const person = people.get(recipientId);
        if (!person) continue;
        const text = reminderText(item, authority);
        messages.push({
          authorityId: authority.id,
          dedupeKey: reminderDedupeKey({ ...item, recipientId }),
          kind: `reminder.${item.kind}`,
          recipientStaffId: recipientId,
          toAddress: person.email,
          subject: text.subject,
          body: text.body,
        });
      }
    }
    const monday = weekStartingOn(today);
    if (today > monday || londonHour(options.now) >= trackerHour) {
      const link = `${options.adminBaseUrl.replace(/\/$/, '')}/a/${encodeURIComponent(authority.code)}/records`;
      for (const manager of await staffWithRoles(db, authority.id, ['complaints_manager'])) {
        const text = trackerText(authority, today, due, link);
        messages.push({
          authorityId: authority.id,
          dedupeKey: trackerDedupeKey({
            authorityId: authority.id,
            weekStartingOn: monday,
            recipientId: manager.id,
          }),
          kind: 'tracker.weekly',
          recipientStaffId: manager.id,
          toAddress: manager.email,
          subject: text.subject,
          body: text.body,
        });
      }
    }
    result.candidates += messages.length;
    // A scan stopped half-way leaves some reminders written and others not; the next scan
    // writes the rest, and the keys keep those already written from being written again.
    for (let i = 0; i < messages.length; i += 500) {
      result.enqueued += await enqueueMessages(db, messages.slice(i, i + 500));
    }
  }
  return result;
}
