import {
  learningActionCreateSchema,
  learningStatusChangeSchema,
  type LearningActionCreateInput,
} from '@heard/domain';
import { SummaryList, Tag, Textarea, TextInput } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage, ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { useTRPC, type RouterOutputs } from '../../trpc';
import {
  BackTo,
  CountLine,
  DateInput,
  DueText,
  FormMessages,
  NotGiven,
  SubmitButton,
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

export function LearningPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const list = useQuery(trpc.learning.list.queryOptions({ authorityId: authority.id, limit: 100 }));
  const themes = useQuery(trpc.learning.themes.queryOptions({ authorityId: authority.id }));
  useDocumentTitle(`Learning actions – ${authority.name}`);
  return (
    <>
      <BackTo to={base}>Back to records</BackTo>
      <PageHeading caption={authority.name}>Learning from complaints</PageHeading>
      <Link className="govuk-button" to={`${base}/learning/new`}>
        Raise a learning action
      </Link>
      {list.isPending ? <Loading>Loading learning actions</Loading> : null}
      {list.isError ? (
        <ProblemSection
          error={list.error}
          what="the learning actions"
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        list.data.total === 0 ? (
          <p className="govuk-body">There are no learning actions yet.</p>
        ) : (
          <>
            <CountLine
              shown={list.data.rows.length}
              total={list.data.total}
              noun={['action', 'actions']}
            />
            <div className="app-table-scroll">
              <table className="govuk-table app-table app-table--stacked">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  Learning actions, open ones first by due date
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Issue
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Action
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Team
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Due
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {list.data.rows.map((row) => (
                    <tr className="govuk-table__row" key={row.id}>
                      <th scope="row" className="govuk-table__header">
                        <Link className="govuk-link" to={`${base}/learning/${row.id}`}>
                          {row.issue}
                        </Link>
                      </th>
                      <td className="govuk-table__cell" data-label="Action">
                        {row.action}
                      </td>
                      <td className="govuk-table__cell" data-label="Team">
                        {row.owningTeam}
                      </td>
                      <td className="govuk-table__cell app-nowrap" data-label="Due">
                        {formatDate(row.dueOn)}
                      </td>
                      <td className="govuk-table__cell" data-label="Status">
                        <StatusTag action={row} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      ) : null}
      <h2 className="govuk-heading-m">Themes</h2>
      {themes.data && themes.data.rows.length > 0 ? (
        <div className="app-table-scroll">
          <table className="govuk-table app-table">
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
    </>
  );
}

const createFields = [
  'complaintReference',
  'issue',
  'lesson',
  'action',
  'owningTeam',
  'dueOn',
] as const;

export function LearningNewPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const fromCase = searchParams.get('ombudsmanCaseId');
  const ombudsmanCaseId = fromCase !== null && isUuid(fromCase) ? fromCase : undefined;
  const create = useMutation(trpc.learning.create.mutationOptions());
  const action = useActionForm<
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
    fields: createFields,
    send: async (values, requestId) => {
      const result = await create.mutateAsync({ ...values, authorityId: authority.id, requestId });
      await navigate(`${base}/learning/${result.id}`);
    },
  });
  const { register } = action.form;
  useDocumentTitle(
    `${action.summary.length > 0 ? 'Error: ' : ''}Raise a learning action – ${authority.name}`,
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={ombudsmanCaseId ? `${base}/ombudsman/${ombudsmanCaseId}` : `${base}/learning`}>
          {ombudsmanCaseId ? 'Back to the Ombudsman case' : 'Back to learning actions'}
        </BackTo>
        <FormMessages action={action} />
        <PageHeading caption={authority.name}>Raise a learning action</PageHeading>
        <form noValidate onSubmit={action.onSubmit}>
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
          <SubmitButton>Raise action</SubmitButton>
        </form>
      </div>
    </div>
  );
}

export function LearningActionPage() {
  const { actionId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const found = useQuery({
    ...trpc.learning.get.queryOptions({ authorityId: authority.id, actionId: actionId ?? '' }),
    enabled: isUuid(actionId),
  });
  const back = { to: `${base}/learning`, text: 'Back to learning actions' };
  if (!isUuid(actionId) || found.isError) {
    return (
      <ProblemPage
        error={found.error ?? { data: { code: 'NOT_FOUND' } }}
        what="the learning action"
        onRetry={() => void found.refetch()}
        back={back}
        caption={authority.name}
      />
    );
  }
  if (found.isPending) return <Loading>Loading the learning action</Loading>;
  return <ActionDetails action={found.data} back={back.to} />;
}

type LearningAction = RouterOutputs['learning']['get'];
type StatusInput = z.input<typeof learningStatusChangeSchema>;

function ActionDetails({ action, back }: { action: LearningAction; back: string }) {
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
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={back}>Back to learning actions</BackTo>
        {banner ? (
          <NotificationBanner title={banner} success>
            <span className="govuk-visually-hidden">Done.</span>
          </NotificationBanner>
        ) : null}
        <PageHeading caption={`${authority.name} learning action`}>{action.issue}</PageHeading>
        <p className="govuk-body">
          <StatusTag action={action} />
        </p>
        <SummaryList
          rows={[
            { key: 'From', value: <SourceText action={action} base={base} /> },
            { key: 'Lesson', value: <div className="app-free-text">{action.lesson}</div> },
            { key: 'Action', value: <div className="app-free-text">{action.action}</div> },
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
            <section aria-labelledby="done-heading">
              <h2 className="govuk-heading-m" id="done-heading">
                Mark as done
              </h2>
              <FormMessages action={done} />
              <form noValidate onSubmit={done.onSubmit}>
                <DateInput
                  id="doneOn"
                  label="Date done"
                  error={done.error('on')}
                  {...done.form.register('on')}
                />
                <SubmitButton>Mark as done</SubmitButton>
              </form>
            </section>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Cancel this action</span>
              </summary>
              <div className="govuk-details__text">
                <FormMessages action={cancel} />
                <form noValidate onSubmit={cancel.onSubmit}>
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
                  <SubmitButton secondary>Cancel action</SubmitButton>
                </form>
              </div>
            </details>
          </>
        ) : null}
      </div>
    </div>
  );
}
