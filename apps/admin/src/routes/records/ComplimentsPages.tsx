import {
  COMPLIMENT_FROM_LABELS,
  COMPLIMENT_FROM_TYPES,
  complimentApprovalSchema,
  complimentCreateSchema,
  complimentTeamsSchema,
  redactNames,
  type ComplimentApprovalInput,
  type ComplimentCreateInput,
  type ComplimentTeamsInput,
} from '@heard/domain';
import { Radios, SummaryList, Tag, Textarea, TextInput } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage, ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { formatDate, formatDateTime } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { useTRPC, type RouterOutputs } from '../../trpc';
import {
  BackTo,
  CountLine,
  DateInput,
  FormMessages,
  SubmitButton,
  todayInUk,
  useActionForm,
  useRecordsPath,
} from './shared';

const fromItems = COMPLIMENT_FROM_TYPES.map((value) => ({
  value,
  label: COMPLIMENT_FROM_LABELS[value],
}));

export function ComplimentsPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const list = useQuery(
    trpc.compliments.list.queryOptions({ authorityId: authority.id, limit: 100 }),
  );
  useDocumentTitle(`Compliments – ${authority.name}`);
  return (
    <>
      <BackTo to={base}>Back to records</BackTo>
      <PageHeading caption={authority.name}>Compliments</PageHeading>
      <p className="govuk-body">
        Compliments are counted by team. Their words can appear in a report only once a manager has
        approved them with names replaced by “XX”.
      </p>
      <Link className="govuk-button" to={`${base}/compliments/new`}>
        Log a compliment
      </Link>
      {list.isPending ? <Loading>Loading compliments</Loading> : null}
      {list.isError ? (
        <ProblemSection
          error={list.error}
          what="the compliments"
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        list.data.total === 0 ? (
          <p className="govuk-body">There are no compliments yet.</p>
        ) : (
          <>
            <CountLine
              shown={list.data.rows.length}
              total={list.data.total}
              noun={['compliment', 'compliments']}
            />
            <div className="app-table-scroll">
              <table className="govuk-table app-table app-table--stacked">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  Compliments, newest first
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Received
                    </th>
                    <th scope="col" className="govuk-table__header">
                      From
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Teams
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Publication
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {list.data.rows.map((row) => (
                    <tr className="govuk-table__row" key={row.id}>
                      <th scope="row" className="govuk-table__header app-nowrap">
                        <Link className="govuk-link" to={`${base}/compliments/${row.id}`}>
                          {formatDate(row.receivedOn)}
                          <span className="govuk-visually-hidden">
                            , compliment from {row.fromLabel}
                          </span>
                        </Link>
                      </th>
                      <td className="govuk-table__cell" data-label="From">
                        {row.fromLabel}
                      </td>
                      <td className="govuk-table__cell" data-label="Teams">
                        {row.teams.length > 0 ? (
                          row.teams.join(', ')
                        ) : (
                          <Tag colour="yellow">Team to be chosen</Tag>
                        )}
                      </td>
                      <td className="govuk-table__cell" data-label="Publication">
                        {row.approved ? (
                          <Tag colour="green">Approved</Tag>
                        ) : (
                          <Tag colour="grey">Not approved</Tag>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      ) : null}
    </>
  );
}

const createFields = ['receivedOn', 'fromType', 'teams', 'words'] as const;

export function ComplimentNewPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const navigate = useNavigate();
  const create = useMutation(trpc.compliments.create.mutationOptions());
  const action = useActionForm<ComplimentCreateInput, z.output<typeof complimentCreateSchema>>({
    resolver: zodResolver(complimentCreateSchema),
    defaultValues: { receivedOn: todayInUk(), teams: '', words: '' },
    fields: createFields,
    send: async (values, requestId) => {
      const result = await create.mutateAsync({ ...values, authorityId: authority.id, requestId });
      await navigate(`${base}/compliments/${result.id}`);
    },
  });
  const { register } = action.form;
  useDocumentTitle(
    `${action.summary.length > 0 ? 'Error: ' : ''}Log a compliment – ${authority.name}`,
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={`${base}/compliments`}>Back to compliments</BackTo>
        <FormMessages action={action} />
        <PageHeading caption={authority.name}>Log a compliment</PageHeading>
        <form noValidate onSubmit={action.onSubmit}>
          <DateInput
            id="receivedOn"
            label="Date received"
            error={action.error('receivedOn')}
            {...register('receivedOn')}
          />
          <Radios
            name="fromType"
            legend="Who sent it"
            legendSize="s"
            items={fromItems}
            error={action.error('fromType')}
            bindings={register('fromType')}
          />
          <Textarea
            id="teams"
            label="Teams"
            hint="The teams it praises: one on each line"
            rows={3}
            error={action.error('teams')}
            {...register('teams')}
          />
          <Textarea
            id="words"
            label="The words of the compliment"
            rows={6}
            error={action.error('words')}
            {...register('words')}
          />
          <SubmitButton>Log compliment</SubmitButton>
        </form>
      </div>
    </div>
  );
}

export function ComplimentPage() {
  const { complimentId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const compliment = useQuery({
    ...trpc.compliments.get.queryOptions({
      authorityId: authority.id,
      complimentId: complimentId ?? '',
    }),
    enabled: isUuid(complimentId),
  });
  const back = { to: `${base}/compliments`, text: 'Back to compliments' };
  if (!isUuid(complimentId) || compliment.isError) {
    return (
      <ProblemPage
        error={compliment.error ?? { data: { code: 'NOT_FOUND' } }}
        what="the compliment"
        onRetry={() => void compliment.refetch()}
        back={back}
        caption={authority.name}
      />
    );
  }
  if (compliment.isPending) return <Loading>Loading the compliment</Loading>;
  return <ComplimentDetails compliment={compliment.data} back={back.to} />;
}

type Compliment = RouterOutputs['compliments']['get'];

function ComplimentDetails({ compliment, back }: { compliment: Compliment; back: string }) {
  const authority = useAuthority();
  useDocumentTitle(`Compliment received ${formatDate(compliment.receivedOn)} – ${authority.name}`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={back}>Back to compliments</BackTo>
        <PageHeading caption={`${authority.name} compliment`}>
          Compliment received {formatDate(compliment.receivedOn)}
        </PageHeading>
        <SummaryList
          rows={[
            { key: 'Received', value: formatDate(compliment.receivedOn) },
            { key: 'From', value: compliment.fromLabel },
            {
              key: 'Teams',
              value:
                compliment.teams.length > 0 ? (
                  compliment.teams.join(', ')
                ) : (
                  <Tag colour="yellow">Team to be chosen</Tag>
                ),
            },
            ...(compliment.teamHint
              ? [{ key: 'Team named by the sender', value: compliment.teamHint }]
              : []),
            {
              key: 'Sent',
              value:
                compliment.source === 'portal'
                  ? 'Online, through the portal'
                  : `Logged by ${compliment.loggedByName ?? 'staff'}`,
            },
            {
              key: 'Words received',
              value: <div className="app-free-text">{compliment.words}</div>,
            },
            {
              key: 'Words to publish',
              value: compliment.approvedWords ? (
                <>
                  <div className="app-free-text">{compliment.approvedWords}</div>
                  <p className="govuk-body-s app-secondary-text">
                    Approved by {compliment.approvedByName ?? 'a manager'}
                    {compliment.approvedAt ? ` on ${formatDateTime(compliment.approvedAt)}` : ''}
                  </p>
                </>
              ) : (
                <span className="app-secondary-text">Not approved for publication</span>
              ),
            },
          ]}
        />
        {compliment.can.setTeams ? <TeamsForm compliment={compliment} /> : null}
        {compliment.can.approve ? <ApproveForm compliment={compliment} /> : null}
      </div>
    </div>
  );
}

function TeamsForm({ compliment }: { compliment: Compliment }) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const setTeams = useMutation(trpc.compliments.setTeams.mutationOptions());
  const action = useActionForm<ComplimentTeamsInput, z.output<typeof complimentTeamsSchema>>({
    resolver: zodResolver(complimentTeamsSchema),
    defaultValues: { teams: compliment.teams.join('\n') },
    fields: ['teams'],
    ids: { teams: 'complimentTeams' },
    send: (values, requestId) =>
      setTeams.mutateAsync({
        authorityId: authority.id,
        complimentId: compliment.id,
        requestId,
        teams: values.teams,
      }),
    doneMessage: 'The teams are saved',
    resetOnDone: false,
  });
  const open = compliment.teams.length === 0;
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {open ? 'Choose the teams it praises' : 'Change the teams'}
        </span>
      </summary>
      <div className="govuk-details__text">
        <FormMessages action={action} />
        <form noValidate onSubmit={action.onSubmit}>
          <Textarea
            id="complimentTeams"
            label="Teams"
            hint={
              compliment.teamHint
                ? `One on each line. The sender named: ${compliment.teamHint}`
                : 'One on each line'
            }
            rows={3}
            error={action.error('teams')}
            {...action.form.register('teams')}
          />
          <SubmitButton secondary>Save teams</SubmitButton>
        </form>
      </div>
    </details>
  );
}

const approveFields = ['markedNames', 'redactedWords'] as const;

function ApproveForm({ compliment }: { compliment: Compliment }) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const approve = useMutation(trpc.compliments.approve.mutationOptions());
  const action = useActionForm<ComplimentApprovalInput, z.output<typeof complimentApprovalSchema>>({
    resolver: zodResolver(complimentApprovalSchema),
    defaultValues: {
      markedNames: compliment.markedNames.join(', '),
      redactedWords: compliment.draftWords,
    },
    fields: approveFields,
    send: (values, requestId) =>
      approve.mutateAsync({
        authorityId: authority.id,
        complimentId: compliment.id,
        requestId,
        markedNames: values.markedNames.join(', '),
        redactedWords: values.redactedWords,
      }),
    doneMessage: 'The words are approved for publication',
    resetOnDone: false,
  });
  const { register, getValues, setValue } = action.form;
  return (
    <section aria-labelledby="approve-heading">
      <h2 className="govuk-heading-m" id="approve-heading">
        Approve for publication
      </h2>
      <FormMessages action={action} />
      <p className="govuk-body">
        Mark the names of children, families and staff. Replace them, then read the words to publish
        and correct anything that could still identify someone.
      </p>
      <form noValidate onSubmit={action.onSubmit}>
        <TextInput
          id="markedNames"
          label="Names to replace with XX"
          hint="Separate names with commas, for example: Amira, Leo"
          spellCheck={false}
          error={action.error('markedNames')}
          {...register('markedNames')}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setValue(
              'redactedWords',
              redactNames(compliment.words, getValues('markedNames') ?? ''),
              { shouldDirty: true },
            );
          }}
        >
          Replace names
        </button>
        <Textarea
          id="redactedWords"
          label="Words to publish"
          rows={6}
          error={action.error('redactedWords')}
          {...register('redactedWords')}
        />
        <SubmitButton>Approve for publication</SubmitButton>
      </form>
      {compliment.approvedWords === null ? null : (
        <p className="govuk-body-s app-secondary-text">
          Approving again replaces the words approved before.
        </p>
      )}
    </section>
  );
}
