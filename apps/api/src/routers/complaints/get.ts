import {
  listAssignments,
  listAttachments,
  listChildren,
  listEvents,
  listNotes,
  recordAudit,
  contextFor,
  historyOf,
} from '@heard/db';
import {
  caseEventSchema,
  describeEvent,
  evaluateCaseWithAllowedEvents,
  explainDeadlineForStaff,
  explainNextAction,
  ROLE_LABELS,
  stateLabel,
  WARNING_MESSAGES,
} from '@heard/domain';
import { z } from 'zod';
import { abilities, eventAbilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { caseForCaller } from './access.js';

/** A complaint with its history, deadlines and the actions the caller may take now. */
export const get = authorityProcedure([...abilities.readAllCases, ...abilities.readAssignedCases])
  .input(z.object({ complaintId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const { authority, complaint, today } = await caseForCaller(ctx, input.complaintId);
    const [events, children, notes, files, assignments] = await Promise.all([
      listEvents(ctx.db, complaint.id),
      listChildren(ctx.db, complaint.id),
      listNotes(ctx.db, complaint.id),
      listAttachments(ctx.db, complaint.id),
      listAssignments(ctx.db, complaint.id),
    ]);
    const { evaluation, allowed: allowedToday } = evaluateCaseWithAllowedEvents(
      historyOf(events),
      contextFor(authority, today),
    );
    const allowed = allowedToday.filter((type) => holdsAny(ctx.roles, eventAbilities[type]));
    await recordAudit(ctx.db, {
      authorityId: ctx.authorityId,
      staffId: ctx.session.staff.id,
      action: 'complaint.viewed',
      complaintId: complaint.id,
    });
    return {
      today,
      complaint: {
        id: complaint.id,
        reference: complaint.reference,
        receivedOn: complaint.receivedOn,
        receivedVia: complaint.receivedVia,
        complainantType: complaint.complainantType,
        complainantRelationship: complaint.complainantRelationship,
        complainantName: complaint.complainantName,
        contactEmail: complaint.contactEmail,
        contactPhone: complaint.contactPhone,
        onBehalfOf: complaint.onBehalfOf,
        consentRecorded: complaint.consentRecorded,
        whatHappened: complaint.whatHappened,
        desiredOutcome: complaint.desiredOutcome,
        subject: complaint.subject,
        serviceArea: complaint.serviceArea,
        team: complaint.team,
        principalIssue: complaint.principalIssue,
        otherIssues: complaint.otherIssues,
        categoryOfSupport: complaint.categoryOfSupport,
        advocacyOffered: complaint.advocacyOffered,
        advocacyAccepted: complaint.advocacyAccepted,
        triagedAt: complaint.triagedAt?.toISOString() ?? null,
        triageReason: complaint.triageReason,
        assignedStaffId: complaint.assignedStaffId,
        procedure: evaluation.procedure,
        stage: evaluation.stage,
        state: evaluation.state,
        stateLabel: stateLabel(evaluation.state, 'staff'),
      },
      children: children.map(({ authorityId: _a, complaintId: _c, ...child }) => child),
      events: events.map((e) => ({
        sequence: e.sequence,
        type: e.type,
        on: e.occurredOn,
        label: describeEvent(caseEventSchema.parse(e.payload), 'staff'),
        recordedAt: e.recordedAt.toISOString(),
        recordedByName: e.recordedByName,
      })),
      deadlines: evaluation.deadlines.map((d) => ({ ...d, label: explainDeadlineForStaff(d) })),
      nextAction: evaluation.nextAction
        ? {
            ...evaluation.nextAction,
            label: explainNextAction(evaluation.nextAction),
            ownerLabel: ROLE_LABELS[evaluation.nextAction.owner],
          }
        : null,
      escalation: evaluation.escalation,
      timeLimit: evaluation.timeLimit,
      warnings: evaluation.warnings.map((w) => ({ ...w, message: WARNING_MESSAGES[w.code] })),
      investigatingOfficer: evaluation.investigatingOfficer,
      independentPerson: evaluation.independentPerson,
      responses: evaluation.responses,
      allowedEvents: allowed,
      notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
      attachments: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
      assignments: assignments.map((a) => ({ ...a, assignedAt: a.assignedAt.toISOString() })),
      can: {
        triage: holdsAny(ctx.roles, abilities.triage),
        addNote: holdsAny(ctx.roles, abilities.addNote),
        addAttachment: holdsAny(ctx.roles, abilities.addAttachment),
        assign: holdsAny(ctx.roles, abilities.assign),
        readAudit: holdsAny(ctx.roles, abilities.readAudit),
      },
    };
  });
