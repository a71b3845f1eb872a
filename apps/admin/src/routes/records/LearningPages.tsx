import {
  learningActionCreateSchema,
  learningStatusChangeSchema,
  type LearningActionCreateInput,
} from '@heard/domain';
import { SummaryList, Tag, Textarea, TextInput } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { useTRPC, type RouterOutputs } from '../../trpc';
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
  ActionSection,
  DateInput,
  DoneBanner,
  DueText,
  FreeText,
  NotGiven,
  todayInUk,
  useActionForm,
  useRecordsPath,
} from './shared';

type LearningRow = RouterOutputs['learning']['list']['rows'][number];

function StatusTag({
  action,
}: {
  action: Pick<LearningRow, 'status' | 'statusLabel' | 'overdue'>;
}) {
  if (action.overdue) return <Tag colour="red">Overdue</Tag>;
  if (action.status === 'done') return <Tag colour="green">{action.statusLabel}</Tag>;
  if (action.status === 'cancelled') return <Tag colour="grey">{action.statusLabel}</Tag>;
  return <Tag colour="blue">{action.statusLabel}</Tag>;
}

function SourceText({ action, base }: { action: LearningRow; base: string }) {
  const authority = useAuthority();
  if (action.complaintId && action.complaintReference) {
    return (
      <Link
        className="govuk-link"
        to={`/a/${encodeURIComponent(authority.code)}/complaints/${action.complaintId}`}
      >
        Complaint {action.complaintReference}
      </Link>
    );
  }
  if (action.ombudsmanCaseId) {
    return (
      <Link className="govuk-link" to={`${base}/ombudsman/${action.ombudsmanCaseId}`}>
        Ombudsman case{action.lgscoReference ? ` ${action.lgscoReference}` : ''}
      </Link>
    );
  }
  return <NotGiven />;
}

const columns: RecordListProps<LearningRow>['columns'] = [
  { header: 'Issue', cell: (row) => row.issue },
  { header: 'Action', cell: (row) => row.action },
  { header: 'Team', cell: (row) => row.owningTeam },
  { header: 'Due', nowrap: true, cell: (row) => formatDate(row.dueOn) },
  { header: 'Status', cell: (row) => <StatusTag action={row} /> },
];

export function LearningPage() {
  const { list, page } = usePagedRecords((trpc, input) => trpc.learning.list.queryOptions(input));
  const trpc = useTRPC();
  const authority = useAuthority();
  const themes = useQuery(trpc.learning.themes.queryOptions({ authorityId: authority.id }));
  return (
    <RecordListPage
      title="Learning actions"
      heading="Learning from complaints"
      createText="Raise a learning action"
      name="learning actions"
      noun={['action', 'actions']}
      caption="Learning actions, open ones first by due date"
      path="learning"
      columns={columns}
      list={list}
      page={page}
    >
      <h2 className="govuk-heading-m">Themes</h2>
      {themes.data && themes.data.rows.length > 0 ? (
        <div className="app-table-scroll">
          <table className="govuk-table app-table app-table--stacked">
            <caption className="govuk-table__caption govuk-visually-hidden">
              Learning actions by issue and team
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Issue
                </th>
                <th scope="col" className="govuk-table__header">
                  Team
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Actions
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Open
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Overdue
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Done
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {themes.data.rows.map((t) => (
                <tr className="govuk-table__row" key={`${t.issue}|${t.owningTeam}`}>
                  <th scope="row" className="govuk-table__header">
                    {t.issue}
                  </th>
                  <td className="govuk-table__cell" data-label="Team">
                    {t.owningTeam}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Actions">
                    {t.total}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Open">
                    {t.open}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Overdue">
                    {t.overdue}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Done">
                    {t.done}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="govuk-body">{themes.isPending ? 'Loading themes.' : 'No themes yet.'}</p>
      )}
    </RecordListPage>
  );
}

const back: BackLink = { path: 'learning', text: 'Back to learning actions' };

export function LearningNewPage() {
  const trpc = useTRPC();
  const [searchParams] = useSearchParams();
  const fromCase = searchParams.get('ombudsmanCaseId');
  const ombudsmanCaseId = fromCase !== null && isUuid(fromCase) ? fromCase : undefined;
  const create = useMutation(trpc.learning.create.mutationOptions());
  const action = useCreateAction<
    LearningActionCreateInput,
    z.output<typeof learningActionCreateSchema>
  >({
    resolver: zodResolver(learningActionCreateSchema),
    defaultValues: {
      complaintReference: '',
      ombudsmanCaseId,
      issue: '',
      lesson: '',
      action: '',
      owningTeam: '',
      dueOn: '',
    },
    fields: ['complaintReference', 'issue', 'lesson', 'action', 'owningTeam', 'dueOn'],
    path: 'learning',
    create: create.mutateAsync,
  });
  const { register } = action.form;
  return (
    <RecordFormPage
      action={action}
      back={
        ombudsmanCaseId
          ? { path: `ombudsman/${ombudsmanCaseId}`, text: 'Back to the Ombudsman case' }
          : back
      }
      title="Raise a learning action"
      submit="Raise action"
    >
      <TextInput
        id="complaintReference"
        label={ombudsmanCaseId ? 'Complaint reference (optional)' : 'Complaint reference'}
        hint={
          ombudsmanCaseId
            ? 'This action comes from the Ombudsman case you came from.'
            : 'The complaint this comes from, for example WBC-26-00012'
        }
        width={20}
        spellCheck={false}
        error={action.error('complaintReference')}
        {...register('complaintReference')}
      />
      <TextInput
        id="issue"
        label="Issue found"
        hint="For example: Lack of communication"
        error={action.error('issue')}
        {...register('issue')}
      />
      <Textarea
        id="lesson"
        label="Lesson learned"
        rows={3}
        error={action.error('lesson')}
        {...register('lesson')}
      />
      <Textarea
        id="action"
        label="Action to take"
        rows={3}
        error={action.error('action')}
        {...register('action')}
      />
      <TextInput
        id="owningTeam"
        label="Team that owns the action"
        error={action.error('owningTeam')}
        {...register('owningTeam')}
      />
      <DateInput
        id="dueOn"
        label="Date it is due"
        error={action.error('dueOn')}
        {...register('dueOn')}
      />
    </RecordFormPage>
  );
}

export function LearningActionPage() {
  const { actionId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const found = useQuery({
    ...trpc.learning.get.queryOptions({ authorityId: authority.id, actionId: actionId ?? '' }),
    enabled: isUuid(actionId),
  });
  return (
    <RecordDetail id={actionId} query={found} what="the learning action" back={back}>
      {(learningAction) => <ActionDetailsPage action={learningAction} />}
    </RecordDetail>
  );
}

type LearningAction = RouterOutputs['learning']['get'];
type StatusInput = z.input<typeof learningStatusChangeSchema>;

function ActionDetailsPage({ action }: { action: LearningAction }) {
  const authority = useAuthority();
  const base = useRecordsPath();
  const trpc = useTRPC();
  const [banner, setBanner] = useState<string | null>(null);
  const setStatus = useMutation(trpc.learning.setStatus.mutationOptions());
  useDocumentTitle(`Learning action: ${action.issue} – ${authority.name}`);
  const done = useActionForm<
    Extract<StatusInput, { status: 'done' }>,
    Extract<z.output<typeof learningStatusChangeSchema>, { status: 'done' }>
  >({
    resolver: zodResolver(learningStatusChangeSchema.options[0]),
    defaultValues: { status: 'done', on: todayInUk() },
    fields: ['on'],
    ids: { on: 'doneOn' },
    send: (values, requestId) =>
      setStatus.mutateAsync({
        ...values,
        authorityId: authority.id,
        actionId: action.id,
        requestId,
      }),
    onDone: () => {
      setBanner('The action is marked as done');
    },
  });
  const cancel = useActionForm<
    Extract<StatusInput, { status: 'cancelled' }>,
    Extract<z.output<typeof learningStatusChangeSchema>, { status: 'cancelled' }>
  >({
    resolver: zodResolver(learningStatusChangeSchema.options[1]),
    defaultValues: { status: 'cancelled', on: todayInUk(), reason: '' },
    fields: ['reason', 'on'],
    ids: { on: 'cancelledOn' },
    send: (values, requestId) =>
      setStatus.mutateAsync({
        ...values,
        authorityId: authority.id,
        actionId: action.id,
        requestId,
      }),
    onDone: () => {
      setBanner('The action is cancelled');
    },
  });
  return (
    <RecordLayout
      back={back}
      notice={<DoneBanner message={banner} />}
      caption={`${authority.name} learning action`}
      heading={action.issue}
    >
      <p className="govuk-body">
        <StatusTag action={action} />
      </p>
      <SummaryList
        rows={[
          { key: 'From', value: <SourceText action={action} base={base} /> },
          { key: 'Lesson', value: <FreeText>{action.lesson}</FreeText> },
          { key: 'Action', value: <FreeText>{action.action}</FreeText> },
          { key: 'Team', value: action.owningTeam },
          { key: 'Raised by', value: action.responsibleName },
          {
            key: 'Due',
            value: action.timing ? <DueText timing={action.timing} /> : formatDate(action.dueOn),
          },
          ...(action.doneOn ? [{ key: 'Done', value: formatDate(action.doneOn) }] : []),
          ...(action.cancelledOn
            ? [
                {
                  key: 'Cancelled',
                  value: `${formatDate(action.cancelledOn)}: ${action.cancelledReason ?? ''}`,
                },
              ]
            : []),
        ]}
      />
      {action.can.update && action.status === 'open' ? (
        <>
          <ActionSection id="done" heading="Mark as done" action={done} submit="Mark as done">
            <DateInput
              id="doneOn"
              label="Date done"
              error={done.error('on')}
              {...done.form.register('on')}
            />
          </ActionSection>
          <ActionDetails
            summary="Cancel this action"
            action={cancel}
            submit="Cancel action"
            secondary
          >
            <Textarea
              id="reason"
              label="Why it is cancelled"
              rows={3}
              error={cancel.error('reason')}
              {...cancel.form.register('reason')}
            />
            <DateInput
              id="cancelledOn"
              label="Date cancelled"
              error={cancel.error('on')}
              {...cancel.form.register('on')}
            />
          </ActionDetails>
        </>
      ) : null}
    </RecordLayout>
  );
}
