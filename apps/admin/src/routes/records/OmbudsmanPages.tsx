import {
  OMBUDSMAN_AREA_LABELS,
  OMBUDSMAN_AREAS,
  OMBUDSMAN_CLOSED_REASON_LABELS,
  OMBUDSMAN_CLOSED_REASONS,
  OMBUDSMAN_DECISION_LABELS,
  OMBUDSMAN_DECISIONS,
  OMBUDSMAN_PUBLICATION_LABELS,
  OMBUDSMAN_PUBLICATIONS,
  OMBUDSMAN_REMEDY_LABELS,
  OMBUDSMAN_REMEDY_KINDS,
  ombudsmanCaseCreateSchema,
  ombudsmanDecisionSchema,
  ombudsmanEnquiryAnsweredSchema,
  ombudsmanEnquiryReceivedSchema,
  ombudsmanRemedyCompliedSchema,
  ombudsmanRemedySchema,
  type OmbudsmanCaseCreateInput,
} from '@heard/domain';
import { Radios, SummaryList, Tag, Textarea, TextInput } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { useTRPC, type RouterInputs, type RouterOutputs } from '../../trpc';
import {
  RecordDetail,
  RecordFormPage,
  RecordLayout,
  useCreateAction,
  type BackLink,
} from './RecordDetail';
import { RecordListPage, usePagedRecords, type RecordListProps } from './RecordList';
import {
  ActionDetails,
  ActionFormBody,
  DateInput,
  DoneBanner,
  DueText,
  FreeText,
  NotGiven,
  todayInUk,
  useActionForm,
  useRecordsPath,
} from './shared';

const areaItems = OMBUDSMAN_AREAS.map((value) => ({ value, label: OMBUDSMAN_AREA_LABELS[value] }));
const decisionItems = OMBUDSMAN_DECISIONS.map((value) => ({
  value,
  label: OMBUDSMAN_DECISION_LABELS[value],
}));
const closedItems = OMBUDSMAN_CLOSED_REASONS.map((value) => ({
  value,
  label: OMBUDSMAN_CLOSED_REASON_LABELS[value],
}));
const publicationItems = OMBUDSMAN_PUBLICATIONS.map((value) => ({
  value,
  label: OMBUDSMAN_PUBLICATION_LABELS[value],
}));
const remedyItems = OMBUDSMAN_REMEDY_KINDS.map((value) => ({
  value,
  label: OMBUDSMAN_REMEDY_LABELS[value],
}));

type OmbudsmanRow = RouterOutputs['ombudsman']['list']['rows'][number];

const columns: RecordListProps<OmbudsmanRow>['columns'] = [
  {
    header: 'Ombudsman reference',
    nowrap: true,
    cell: (row) => row.lgscoReference ?? `Case received ${formatDate(row.receivedOn)}`,
  },
  { header: 'Received', nowrap: true, cell: (row) => formatDate(row.receivedOn) },
  { header: 'Complaint', cell: (row) => row.complaintReference ?? <NotGiven /> },
  { header: 'Area', cell: (row) => row.areaLabel },
  {
    header: 'Decision',
    cell: (row) => row.decisionLabel ?? <Tag colour="blue">Awaiting decision</Tag>,
  },
];

export function OmbudsmanCasesPage() {
  const { list, page } = usePagedRecords((trpc, input) => trpc.ombudsman.list.queryOptions(input));
  return (
    <RecordListPage
      heading="Ombudsman cases"
      createText="Open an Ombudsman case"
      name="Ombudsman cases"
      noun={['case', 'cases']}
      caption="Ombudsman cases, newest first"
      path="ombudsman"
      columns={columns}
      list={list}
      page={page}
    />
  );
}

const back: BackLink = { path: 'ombudsman', text: 'Back to Ombudsman cases' };

export function OmbudsmanNewPage() {
  const trpc = useTRPC();
  const create = useMutation(trpc.ombudsman.create.mutationOptions());
  const action = useCreateAction<
    OmbudsmanCaseCreateInput,
    z.output<typeof ombudsmanCaseCreateSchema>
  >({
    resolver: zodResolver(ombudsmanCaseCreateSchema),
    defaultValues: {
      lgscoReference: '',
      complaintReference: '',
      receivedOn: todayInUk(),
      summary: '',
    },
    fields: ['lgscoReference', 'complaintReference', 'receivedOn', 'area', 'summary'],
    path: 'ombudsman',
    create: create.mutateAsync,
  });
  const { register } = action.form;
  return (
    <RecordFormPage action={action} back={back} title="Open an Ombudsman case" submit="Open case">
      <TextInput
        id="lgscoReference"
        label="Ombudsman’s reference (optional)"
        width={10}
        spellCheck={false}
        error={action.error('lgscoReference')}
        {...register('lgscoReference')}
      />
      <TextInput
        id="complaintReference"
        label="Our complaint reference (optional)"
        hint="For example, WBC-26-00012. Leave it empty if the person went to the Ombudsman without complaining to us first."
        width={20}
        spellCheck={false}
        error={action.error('complaintReference')}
        {...register('complaintReference')}
      />
      <DateInput
        id="receivedOn"
        label="Date received from the Ombudsman"
        error={action.error('receivedOn')}
        {...register('receivedOn')}
      />
      <Radios
        name="area"
        legend="Service area"
        legendSize="s"
        items={areaItems}
        error={action.error('area')}
        bindings={register('area')}
      />
      <Textarea
        id="summary"
        label="What the complaint to the Ombudsman is about"
        rows={5}
        error={action.error('summary')}
        {...register('summary')}
      />
    </RecordFormPage>
  );
}

export function OmbudsmanCasePage() {
  const { caseId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const found = useQuery({
    ...trpc.ombudsman.get.queryOptions({ authorityId: authority.id, caseId: caseId ?? '' }),
    enabled: isUuid(caseId),
  });
  return (
    <RecordDetail id={caseId} query={found} what="the Ombudsman case" back={back}>
      {(ombudsmanCase) => <CaseDetails ombudsmanCase={ombudsmanCase} />}
    </RecordDetail>
  );
}

type OmbudsmanCase = RouterOutputs['ombudsman']['get'];

function useStep(ombudsmanCase: OmbudsmanCase) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const step = useMutation(trpc.ombudsman.recordStep.mutationOptions());
  // Each form's values are one member of the step union, whose schema the form has just checked.
  return (values: object, requestId: string) =>
    step.mutateAsync({
      ...values,
      authorityId: authority.id,
      caseId: ombudsmanCase.id,
      requestId,
    } as RouterInputs['ombudsman']['recordStep']);
}

function CaseDetails({ ombudsmanCase }: { ombudsmanCase: OmbudsmanCase }) {
  const authority = useAuthority();
  const base = useRecordsPath();
  const [banner, setBanner] = useState<string | null>(null);
  const title = ombudsmanCase.lgscoReference
    ? `Ombudsman case ${ombudsmanCase.lgscoReference}`
    : `Ombudsman case received ${formatDate(ombudsmanCase.receivedOn)}`;
  useDocumentTitle(`${title} – ${authority.name}`);
  const can = ombudsmanCase.can.record;
  const openEnquiries = ombudsmanCase.enquiries.filter((e) => e.answeredOn === null);
  const openRemedies = ombudsmanCase.remedies.filter((r) => r.compliedOn === null);
  return (
    <RecordLayout back={back} notice={<DoneBanner message={banner} />} heading={title}>
      <SummaryList
        rows={[
          { key: 'Received', value: formatDate(ombudsmanCase.receivedOn) },
          {
            key: 'Our complaint',
            value:
              ombudsmanCase.complaintId && ombudsmanCase.complaintReference ? (
                <Link
                  className="govuk-link"
                  to={`/a/${encodeURIComponent(authority.code)}/complaints/${ombudsmanCase.complaintId}`}
                >
                  {ombudsmanCase.complaintReference}
                </Link>
              ) : (
                <NotGiven />
              ),
          },
          { key: 'Area', value: ombudsmanCase.areaLabel },
          { key: 'About', value: <FreeText>{ombudsmanCase.summary}</FreeText> },
          { key: 'Handled by', value: ombudsmanCase.responsibleName },
          {
            key: 'Decision',
            value: ombudsmanCase.decisionLabel ? (
              <>
                {ombudsmanCase.decisionLabel}
                {ombudsmanCase.closedReasonLabel
                  ? `: ${ombudsmanCase.closedReasonLabel.toLowerCase()}`
                  : ''}
                {ombudsmanCase.decidedOn ? `, ${formatDate(ombudsmanCase.decidedOn)}` : ''}
                {ombudsmanCase.publicationLabel
                  ? ` (${ombudsmanCase.publicationLabel.toLowerCase()})`
                  : ''}
              </>
            ) : (
              <Tag colour="blue">Awaiting decision</Tag>
            ),
          },
        ]}
      />

      <h2 className="govuk-heading-m">The Ombudsman’s enquiries</h2>
      {ombudsmanCase.enquiries.length === 0 ? (
        <p className="govuk-body">No enquiries recorded.</p>
      ) : (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            The Ombudsman’s enquiries and when each is due
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Enquiry
              </th>
              <th scope="col" className="govuk-table__header">
                Answer due
              </th>
              <th scope="col" className="govuk-table__header">
                Answered
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {ombudsmanCase.enquiries.map((e) => (
              <tr className="govuk-table__row" key={e.id}>
                <th scope="row" className="govuk-table__header">
                  {e.summary}
                  <span className="app-citation">Received {formatDate(e.receivedOn)}</span>
                </th>
                <td className="govuk-table__cell">
                  <DueText timing={e.timing} />
                </td>
                <td className="govuk-table__cell app-nowrap">
                  {e.answeredOn ? formatDate(e.answeredOn) : <NotGiven />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can ? <EnquiryReceivedForm ombudsmanCase={ombudsmanCase} onDone={setBanner} /> : null}
      {can && openEnquiries.length > 0 ? (
        <EnquiryAnsweredForm
          ombudsmanCase={ombudsmanCase}
          enquiries={openEnquiries}
          onDone={setBanner}
        />
      ) : null}

      <h2 className="govuk-heading-m">Decision</h2>
      {ombudsmanCase.decision === null ? (
        can ? (
          <DecisionForm ombudsmanCase={ombudsmanCase} onDone={setBanner} />
        ) : (
          <p className="govuk-body">No decision yet.</p>
        )
      ) : (
        <p className="govuk-body">{ombudsmanCase.decisionLabel}</p>
      )}

      <h2 className="govuk-heading-m">Remedies</h2>
      {ombudsmanCase.remedies.length === 0 ? (
        <p className="govuk-body">No remedies recorded.</p>
      ) : (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Remedies, when each is due and the evidence of compliance
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Remedy
              </th>
              <th scope="col" className="govuk-table__header">
                Due
              </th>
              <th scope="col" className="govuk-table__header">
                Complied
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {ombudsmanCase.remedies.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <th scope="row" className="govuk-table__header">
                  {r.kindLabel}
                  {r.amountText ? `: ${r.amountText}` : ''}
                  {r.description ? <span className="app-citation">{r.description}</span> : null}
                </th>
                <td className="govuk-table__cell">
                  <DueText timing={r.timing} />
                </td>
                <td className="govuk-table__cell">
                  {r.compliedOn ? (
                    <>
                      {formatDate(r.compliedOn)}
                      <span className="app-citation">{r.evidence}</span>
                    </>
                  ) : (
                    <NotGiven />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can && ombudsmanCase.decision !== null ? (
        <RemedyForm ombudsmanCase={ombudsmanCase} onDone={setBanner} />
      ) : null}
      {can && openRemedies.length > 0 ? (
        <ComplianceForm ombudsmanCase={ombudsmanCase} remedies={openRemedies} onDone={setBanner} />
      ) : null}

      <h2 className="govuk-heading-m">Learning</h2>
      {ombudsmanCase.learning.length === 0 ? (
        <p className="govuk-body">No learning actions raised from this case.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {ombudsmanCase.learning.map((a) => (
            <li key={a.id}>
              <Link className="govuk-link" to={`${base}/learning/${a.id}`}>
                {a.issue}
              </Link>
              : {a.action}
            </li>
          ))}
        </ul>
      )}
      {ombudsmanCase.can.raiseLearning ? (
        <Link
          className="govuk-button govuk-button--secondary"
          to={`${base}/learning/new?ombudsmanCaseId=${ombudsmanCase.id}`}
        >
          Raise a learning action
        </Link>
      ) : null}
    </RecordLayout>
  );
}

interface FormProps {
  ombudsmanCase: OmbudsmanCase;
  onDone: (message: string) => void;
}

function EnquiryReceivedForm({ ombudsmanCase, onDone }: FormProps) {
  const send = useStep(ombudsmanCase);
  const action = useActionForm<
    z.input<typeof ombudsmanEnquiryReceivedSchema>,
    z.output<typeof ombudsmanEnquiryReceivedSchema>
  >({
    resolver: zodResolver(ombudsmanEnquiryReceivedSchema),
    defaultValues: { type: 'enquiry_received', receivedOn: todayInUk(), dueOn: '', summary: '' },
    fields: ['summary', 'receivedOn', 'dueOn'],
    ids: { summary: 'enquirySummary', receivedOn: 'enquiryReceivedOn', dueOn: 'enquiryDueOn' },
    send,
    onDone: () => {
      onDone('Enquiry recorded');
    },
  });
  const { register } = action.form;
  return (
    <ActionDetails
      summary="Record an enquiry from the Ombudsman"
      action={action}
      submit="Record enquiry"
      secondary
    >
      <Textarea
        id="enquirySummary"
        label="What the Ombudsman asks"
        rows={3}
        error={action.error('summary')}
        {...register('summary')}
      />
      <DateInput
        id="enquiryReceivedOn"
        label="Date received"
        error={action.error('receivedOn')}
        {...register('receivedOn')}
      />
      <DateInput
        id="enquiryDueOn"
        label="Date the answer is due"
        error={action.error('dueOn')}
        {...register('dueOn')}
      />
    </ActionDetails>
  );
}

function EnquiryAnsweredForm({
  ombudsmanCase,
  enquiries,
  onDone,
}: FormProps & { enquiries: OmbudsmanCase['enquiries'] }) {
  const send = useStep(ombudsmanCase);
  const action = useActionForm<
    z.input<typeof ombudsmanEnquiryAnsweredSchema>,
    z.output<typeof ombudsmanEnquiryAnsweredSchema>
  >({
    resolver: zodResolver(ombudsmanEnquiryAnsweredSchema),
    defaultValues: {
      type: 'enquiry_answered',
      enquiryId: enquiries[0]?.id ?? '',
      answeredOn: todayInUk(),
    },
    fields: ['enquiryId', 'answeredOn'],
    ids: { answeredOn: 'enquiryAnsweredOn' },
    send,
    onDone: () => {
      onDone('Answer to the Ombudsman recorded');
    },
  });
  const { register } = action.form;
  return (
    <ActionDetails
      summary="Record an answer to the Ombudsman"
      action={action}
      submit="Record answer"
      secondary
    >
      <Radios
        name="enquiryId"
        legend="Which enquiry was answered"
        legendSize="s"
        items={enquiries.map((e) => ({
          value: e.id,
          label: e.summary,
          hint: `Due ${formatDate(e.dueOn)}`,
        }))}
        value={enquiries[0]?.id}
        error={action.error('enquiryId')}
        bindings={register('enquiryId')}
      />
      <DateInput
        id="enquiryAnsweredOn"
        label="Date answered"
        error={action.error('answeredOn')}
        {...register('answeredOn')}
      />
    </ActionDetails>
  );
}

function DecisionForm({ ombudsmanCase, onDone }: FormProps) {
  const send = useStep(ombudsmanCase);
  const action = useActionForm<
    z.input<typeof ombudsmanDecisionSchema>,
    z.output<typeof ombudsmanDecisionSchema>
  >({
    resolver: zodResolver(ombudsmanDecisionSchema),
    defaultValues: { type: 'decision', decidedOn: todayInUk() },
    fields: ['decision', 'closedReason', 'publication', 'decidedOn'],
    send,
    onDone: () => {
      onDone('Decision recorded');
    },
  });
  const { register } = action.form;
  return (
    <ActionFormBody action={action} submit="Record decision">
      <Radios
        name="decision"
        legend="The Ombudsman’s decision"
        legendSize="s"
        items={decisionItems}
        error={action.error('decision')}
        bindings={register('decision')}
      />
      <Radios
        name="closedReason"
        legend="If closed after initial enquiries, why"
        legendSize="s"
        small
        items={closedItems}
        error={action.error('closedReason')}
        bindings={register('closedReason')}
      />
      <Radios
        name="publication"
        legend="Published as"
        legendSize="s"
        small
        items={publicationItems}
        error={action.error('publication')}
        bindings={register('publication')}
      />
      <DateInput
        id="decidedOn"
        label="Date of the decision"
        error={action.error('decidedOn')}
        {...register('decidedOn')}
      />
    </ActionFormBody>
  );
}

function RemedyForm({ ombudsmanCase, onDone }: FormProps) {
  const send = useStep(ombudsmanCase);
  const action = useActionForm<
    z.input<typeof ombudsmanRemedySchema>,
    z.output<typeof ombudsmanRemedySchema>
  >({
    resolver: zodResolver(ombudsmanRemedySchema),
    defaultValues: { type: 'remedy_added', description: '', amount: '', dueOn: '' },
    fields: ['kind', 'amount', 'description', 'dueOn'],
    ids: { description: 'remedyDescription', dueOn: 'remedyDueOn' },
    send: (values, requestId) =>
      send(
        {
          ...values,
          amount: values.amount === undefined ? undefined : (values.amount / 100).toFixed(2),
        },
        requestId,
      ),
    onDone: () => {
      onDone('Remedy recorded');
    },
  });
  const { register } = action.form;
  return (
    <ActionDetails summary="Record a remedy" action={action} submit="Record remedy" secondary>
      <Radios
        name="kind"
        legend="Kind of remedy"
        legendSize="s"
        small
        items={remedyItems}
        error={action.error('kind')}
        bindings={register('kind')}
      />
      <TextInput
        id="amount"
        label="Amount, for a payment"
        hint="In pounds, for example 500 or 250.50"
        inputMode="decimal"
        width={10}
        error={action.error('amount')}
        {...register('amount')}
      />
      <Textarea
        id="remedyDescription"
        label="What it involves"
        rows={2}
        error={action.error('description')}
        {...register('description')}
      />
      <DateInput
        id="remedyDueOn"
        label="Date it must be done by"
        error={action.error('dueOn')}
        {...register('dueOn')}
      />
    </ActionDetails>
  );
}

function ComplianceForm({
  ombudsmanCase,
  remedies,
  onDone,
}: FormProps & { remedies: OmbudsmanCase['remedies'] }) {
  const send = useStep(ombudsmanCase);
  const action = useActionForm<
    z.input<typeof ombudsmanRemedyCompliedSchema>,
    z.output<typeof ombudsmanRemedyCompliedSchema>
  >({
    resolver: zodResolver(ombudsmanRemedyCompliedSchema),
    defaultValues: {
      type: 'remedy_complied',
      remedyId: remedies[0]?.id ?? '',
      compliedOn: todayInUk(),
      evidence: '',
    },
    fields: ['remedyId', 'evidence', 'compliedOn'],
    send,
    onDone: () => {
      onDone('Compliance recorded');
    },
  });
  const { register } = action.form;
  return (
    <ActionDetails
      summary="Record that the council complied with a remedy"
      action={action}
      submit="Record compliance"
      secondary
    >
      <Radios
        name="remedyId"
        legend="Which remedy"
        legendSize="s"
        items={remedies.map((r) => ({
          value: r.id,
          label: `${r.kindLabel}${r.amountText ? `: ${r.amountText}` : ''}`,
          hint: `Due ${formatDate(r.dueOn)}`,
        }))}
        value={remedies[0]?.id}
        error={action.error('remedyId')}
        bindings={register('remedyId')}
      />
      <Textarea
        id="evidence"
        label="Evidence of compliance"
        rows={3}
        error={action.error('evidence')}
        {...register('evidence')}
      />
      <DateInput
        id="compliedOn"
        label="Date complied"
        error={action.error('compliedOn')}
        {...register('compliedOn')}
      />
    </ActionDetails>
  );
}
