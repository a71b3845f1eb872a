import {
  calendarFor,
  findOmbudsmanCase,
  listLearningActions,
  listOmbudsmanEnquiries,
  listOmbudsmanRemedies,
} from '@heard/db';
import {
  formatPence,
  OMBUDSMAN_AREA_LABELS,
  OMBUDSMAN_CLOSED_REASON_LABELS,
  OMBUDSMAN_DECISION_LABELS,
  OMBUDSMAN_PUBLICATION_LABELS,
  OMBUDSMAN_REMEDY_LABELS,
  recordTiming,
  type OmbudsmanArea,
  type OmbudsmanClosedReason,
  type OmbudsmanDecision,
  type OmbudsmanPublication,
  type OmbudsmanRemedyKind,
} from '@heard/domain';
import { z } from 'zod';
import { abilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, recordNotFound } from '../records/shared.js';

/** An Ombudsman case: its enquiries and remedies with their due dates, and the learning from it. */
export const get = authorityProcedure(abilities.readRecords)
  .input(z.object({ caseId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const c = await findOmbudsmanCase(ctx.db, ctx.authorityId, input.caseId);
    if (!c) throw recordNotFound('Ombudsman case');
    const [enquiries, remedies, learning] = await Promise.all([
      listOmbudsmanEnquiries(ctx.db, c.id),
      listOmbudsmanRemedies(ctx.db, c.id),
      listLearningActions(ctx.db, ctx.authorityId, {
        limit: 100,
        offset: 0,
        view: 'all',
        today,
        ombudsmanCaseId: c.id,
      }),
    ]);
    const calendar = calendarFor(authority);
    return {
      today,
      id: c.id,
      lgscoReference: c.lgscoReference,
      complaintId: c.complaintId,
      complaintReference: c.complaintReference,
      receivedOn: c.receivedOn,
      areaLabel: OMBUDSMAN_AREA_LABELS[c.area as OmbudsmanArea],
      summary: c.summary,
      responsibleName: c.responsibleName,
      decision: c.decision,
      decisionLabel: c.decision ? OMBUDSMAN_DECISION_LABELS[c.decision as OmbudsmanDecision] : null,
      closedReasonLabel: c.closedReason
        ? OMBUDSMAN_CLOSED_REASON_LABELS[c.closedReason as OmbudsmanClosedReason]
        : null,
      decidedOn: c.decidedOn,
      publicationLabel: c.publication
        ? OMBUDSMAN_PUBLICATION_LABELS[c.publication as OmbudsmanPublication]
        : null,
      enquiries: enquiries.map((e) => ({
        id: e.id,
        receivedOn: e.receivedOn,
        dueOn: e.dueOn,
        summary: e.summary,
        answeredOn: e.answeredOn,
        timing: recordTiming(e.dueOn, e.answeredOn, today, calendar),
      })),
      remedies: remedies.map((r) => ({
        id: r.id,
        kind: r.kind,
        kindLabel: OMBUDSMAN_REMEDY_LABELS[r.kind as OmbudsmanRemedyKind],
        description: r.description,
        amountPence: r.amountPence,
        amountText: r.amountPence === null ? null : formatPence(r.amountPence),
        dueOn: r.dueOn,
        compliedOn: r.compliedOn,
        evidence: r.evidence,
        timing: recordTiming(r.dueOn, r.compliedOn, today, calendar),
      })),
      learning: learning.rows.map((a) => ({
        id: a.id,
        issue: a.issue,
        action: a.action,
        status: a.status,
        dueOn: a.dueOn,
      })),
      can: {
        record: holdsAny(ctx.roles, abilities.logRecords),
        raiseLearning: holdsAny(ctx.roles, abilities.raiseLearning),
      },
    };
  });
