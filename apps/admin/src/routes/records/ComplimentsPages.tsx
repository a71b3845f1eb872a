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
import { useParams } from 'react-router';
import type { z } from 'zod';
import { useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { formatDate, formatDateTime } from '../../lib/dates';
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
  FreeText,
  todayInUk,
  useActionForm,
} from './shared';

const fromItems = COMPLIMENT_FROM_TYPES.map((value) => ({
  value,
  label: COMPLIMENT_FROM_LABELS[value],
}));

type ComplimentRow = RouterOutputs['compliments']['list']['rows'][number];

function TeamsText({ teams }: { teams: string[] }) {
  return teams.length > 0 ? teams.join(', ') : <Tag colour="yellow">Team to be chosen</Tag>;
}

const columns: RecordListProps<ComplimentRow>['columns'] = [
  {
    header: 'Received',
    nowrap: true,
    cell: (row) => (
      <>
        {formatDate(row.receivedOn)}
        <span className="govuk-visually-hidden">, compliment from {row.fromLabel}</span>
      </>
    ),
  },
  { header: 'From', cell: (row) => row.fromLabel },
  { header: 'Teams', cell: (row) => <TeamsText teams={row.teams} /> },
  {
    header: 'Publication',
    cell: (row) =>
      row.approved ? <Tag colour="green">Approved</Tag> : <Tag colour="grey">Not approved</Tag>,
  },
];

export function ComplimentsPage() {
  const { list, page } = usePagedRecords((trpc, input) =>
    trpc.compliments.list.queryOptions(input),
  );
  return (
    <RecordListPage
      heading="Compliments"
      intro="Compliments are counted by team. Their words can appear in a report only once a manager has approved them with names replaced by “XX”."
      createText="Log a compliment"
      name="compliments"
      noun={['compliment', 'compliments']}
      caption="Compliments, newest first"
      path="compliments"
      columns={columns}
      list={list}
      page={page}
    />
  );
}

const back: BackLink = { path: 'compliments', text: 'Back to compliments' };

export function ComplimentNewPage() {
  const trpc = useTRPC();
  const create = useMutation(trpc.compliments.create.mutationOptions());
  const action = useCreateAction<ComplimentCreateInput, z.output<typeof complimentCreateSchema>>({
    resolver: zodResolver(complimentCreateSchema),
    defaultValues: { receivedOn: todayInUk(), teams: '', words: '' },
    fields: ['receivedOn', 'fromType', 'teams', 'words'],
    path: 'compliments',
    create: create.mutateAsync,
  });
  const { register } = action.form;
  return (
    <RecordFormPage action={action} back={back} title="Log a compliment" submit="Log compliment">
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
    </RecordFormPage>
  );
}

export function ComplimentPage() {
  const { complimentId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const compliment = useQuery({
    ...trpc.compliments.get.queryOptions({
      authorityId: authority.id,
      complimentId: complimentId ?? '',
    }),
    enabled: isUuid(complimentId),
  });
  return (
    <RecordDetail id={complimentId} query={compliment} what="the compliment" back={back}>
      {(found) => <ComplimentDetails compliment={found} />}
    </RecordDetail>
  );
}

type Compliment = RouterOutputs['compliments']['get'];

function ComplimentDetails({ compliment }: { compliment: Compliment }) {
  const authority = useAuthority();
  const received = formatDate(compliment.receivedOn);
  useDocumentTitle(`Compliment received ${received} – ${authority.name}`);
  return (
    <RecordLayout
      back={back}
      caption={`${authority.name} compliment`}
      heading={`Compliment received ${received}`}
    >
      <SummaryList
        rows={[
          { key: 'Received', value: received },
          { key: 'From', value: compliment.fromLabel },
          { key: 'Teams', value: <TeamsText teams={compliment.teams} /> },
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
          { key: 'Words received', value: <FreeText>{compliment.words}</FreeText> },
          {
            key: 'Words to publish',
            value: compliment.approvedWords ? (
              <>
                <FreeText>{compliment.approvedWords}</FreeText>
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
    </RecordLayout>
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
    <ActionDetails
      summary={open ? 'Choose the teams it praises' : 'Change the teams'}
      open={open}
      action={action}
      submit="Save teams"
      secondary
    >
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
    </ActionDetails>
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
    <ActionSection
      id="approve"
      heading="Approve for publication"
      action={action}
      submit="Approve for publication"
      intro={
        <p className="govuk-body">
          Mark the names of children, families and staff. Replace them, then read the words to
          publish and correct anything that could still identify someone.
        </p>
      }
      after={
        compliment.approvedWords === null ? null : (
          <p className="govuk-body-s app-secondary-text">
            Approving again replaces the words approved before.
          </p>
        )
      }
    >
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
          setValue('redactedWords', redactNames(compliment.words, getValues('markedNames') ?? ''), {
            shouldDirty: true,
          });
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
    </ActionSection>
  );
}
