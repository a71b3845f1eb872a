import {
  CHANNELS,
  COMMENT_FROM_LABELS,
  COMMENT_FROM_TYPES,
  commentAcknowledgedSchema,
  commentAnsweredSchema,
  commentCreateSchema,
  commentForwardedSchema,
  type CommentCreateInput,
} from '@heard/domain';
import { Radios, SummaryList, Textarea, TextInput } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { receivedViaLabel } from '../../lib/labels';
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
  ActionSection,
  AnsweredText,
  DateInput,
  DoneBanner,
  DueText,
  DueWithRule,
  FreeText,
  NotGiven,
  receivedText,
  todayInUk,
  useActionForm,
} from './shared';

export const channelItems = CHANNELS.map((value) => ({ value, label: receivedViaLabel(value) }));
const fromItems = COMMENT_FROM_TYPES.map((value) => ({ value, label: COMMENT_FROM_LABELS[value] }));

type CommentRow = RouterOutputs['comments']['list']['rows'][number];

const columns: RecordListProps<CommentRow>['columns'] = [
  {
    header: 'Received',
    nowrap: true,
    cell: (row) => (
      <>
        {formatDate(row.receivedOn)}
        <span className="govuk-visually-hidden">, comment from {row.fromLabel}</span>
      </>
    ),
  },
  { header: 'About', cell: (row) => row.summary },
  { header: 'Answer due', cell: (row) => <DueText timing={row.timing} /> },
];

export function CommentsPage() {
  const { list, page } = usePagedRecords((trpc, input) => trpc.comments.list.queryOptions(input));
  return (
    <RecordListPage
      heading="Comments"
      intro="A comment raises an issue without a formal complaint. It is acknowledged, forwarded to the team manager and answered within this council’s timescale."
      createText="Record a comment"
      name="comments"
      noun={['comment', 'comments']}
      caption="Comments, newest first"
      path="comments"
      columns={columns}
      list={list}
      page={page}
    />
  );
}

const back: BackLink = { path: 'comments', text: 'Back to comments' };

export function CommentNewPage() {
  const trpc = useTRPC();
  const create = useMutation(trpc.comments.create.mutationOptions());
  const action = useCreateAction<CommentCreateInput, z.output<typeof commentCreateSchema>>({
    resolver: zodResolver(commentCreateSchema),
    defaultValues: { receivedOn: todayInUk(), fromName: '', summary: '', team: '' },
    fields: ['receivedOn', 'receivedVia', 'fromType', 'fromName', 'summary', 'team'],
    path: 'comments',
    create: create.mutateAsync,
  });
  const { register } = action.form;
  return (
    <RecordFormPage action={action} back={back} title="Record a comment" submit="Record comment">
      <DateInput
        id="receivedOn"
        label="Date received"
        error={action.error('receivedOn')}
        {...register('receivedOn')}
      />
      <Radios
        name="receivedVia"
        legend="How it arrived"
        legendSize="s"
        small
        items={channelItems}
        error={action.error('receivedVia')}
        bindings={register('receivedVia')}
      />
      <Radios
        name="fromType"
        legend="Who made it"
        legendSize="s"
        small
        items={fromItems}
        error={action.error('fromType')}
        bindings={register('fromType')}
      />
      <TextInput
        id="fromName"
        label="Their name (optional)"
        error={action.error('fromName')}
        {...register('fromName')}
      />
      <Textarea
        id="summary"
        label="What the comment is about"
        rows={5}
        error={action.error('summary')}
        {...register('summary')}
      />
      <TextInput
        id="team"
        label="Team (optional)"
        error={action.error('team')}
        {...register('team')}
      />
    </RecordFormPage>
  );
}

export function CommentPage() {
  const { commentId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const comment = useQuery({
    ...trpc.comments.get.queryOptions({ authorityId: authority.id, commentId: commentId ?? '' }),
    enabled: isUuid(commentId),
  });
  return (
    <RecordDetail id={commentId} query={comment} what="the comment" back={back}>
      {(found) => <CommentDetails comment={found} />}
    </RecordDetail>
  );
}

type Comment = RouterOutputs['comments']['get'];

function CommentDetails({ comment }: { comment: Comment }) {
  const authority = useAuthority();
  const [banner, setBanner] = useState<string | null>(null);
  const received = formatDate(comment.receivedOn);
  useDocumentTitle(`Comment received ${received} – ${authority.name}`);
  const open = comment.answeredOn === null;
  return (
    <RecordLayout
      back={back}
      notice={<DoneBanner message={banner} />}
      caption={`${authority.name} comment`}
      heading={`Comment received ${received}`}
    >
      <SummaryList
        rows={[
          { key: 'Received', value: receivedText(comment.receivedOn, comment.receivedVia) },
          {
            key: 'From',
            value: comment.fromName
              ? `${comment.fromName} (${comment.fromLabel})`
              : comment.fromLabel,
          },
          { key: 'About', value: <FreeText>{comment.summary}</FreeText> },
          { key: 'Team', value: comment.team ?? <NotGiven /> },
          { key: 'Chased by', value: comment.responsibleName },
          { key: 'Answer due', value: <DueWithRule timing={comment.timing} /> },
          {
            key: 'Acknowledged',
            value: comment.acknowledgedOn ? formatDate(comment.acknowledgedOn) : <NotGiven />,
          },
          {
            key: 'Forwarded',
            value: comment.forwardedOn ? (
              `${formatDate(comment.forwardedOn)} to ${comment.forwardedTo ?? ''}`
            ) : (
              <NotGiven />
            ),
          },
          {
            key: 'Answered',
            value: <AnsweredText on={comment.answeredOn} summary={comment.answerSummary} />,
          },
        ]}
      />
      {comment.can.record && open ? (
        <>
          {comment.acknowledgedOn === null ? (
            <AcknowledgeForm comment={comment} onDone={setBanner} />
          ) : null}
          {comment.forwardedOn === null ? (
            <ForwardForm comment={comment} onDone={setBanner} />
          ) : null}
          <AnswerForm comment={comment} onDone={setBanner} />
        </>
      ) : null}
    </RecordLayout>
  );
}

function useStep(comment: Comment) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const step = useMutation(trpc.comments.recordStep.mutationOptions());
  return (
    values:
      | z.output<typeof commentAcknowledgedSchema>
      | z.output<typeof commentForwardedSchema>
      | z.output<typeof commentAnsweredSchema>,
    requestId: string,
  ) => step.mutateAsync({ ...values, authorityId: authority.id, commentId: comment.id, requestId });
}

function AcknowledgeForm({
  comment,
  onDone,
}: {
  comment: Comment;
  onDone: (message: string) => void;
}) {
  const send = useStep(comment);
  const action = useActionForm<
    z.input<typeof commentAcknowledgedSchema>,
    z.output<typeof commentAcknowledgedSchema>
  >({
    resolver: zodResolver(commentAcknowledgedSchema),
    defaultValues: { type: 'acknowledged', on: todayInUk() },
    fields: ['on'],
    send,
    ids: { on: 'acknowledgedOn' },
    onDone: () => {
      onDone('Acknowledgement recorded');
    },
  });
  return (
    <ActionSection
      id="acknowledge"
      heading="Acknowledge"
      action={action}
      submit="Record acknowledgement"
      secondary
    >
      <DateInput
        id="acknowledgedOn"
        label="Date acknowledged"
        error={action.error('on')}
        {...action.form.register('on')}
      />
    </ActionSection>
  );
}

function ForwardForm({ comment, onDone }: { comment: Comment; onDone: (message: string) => void }) {
  const send = useStep(comment);
  const action = useActionForm<
    z.input<typeof commentForwardedSchema>,
    z.output<typeof commentForwardedSchema>
  >({
    resolver: zodResolver(commentForwardedSchema),
    defaultValues: { type: 'forwarded', on: todayInUk(), forwardedTo: '' },
    fields: ['forwardedTo', 'on'],
    send,
    ids: { on: 'forwardedOn' },
    onDone: () => {
      onDone('Forwarding recorded');
    },
  });
  return (
    <ActionSection
      id="forward"
      heading="Forward to a team manager"
      action={action}
      submit="Record forwarding"
      secondary
    >
      <TextInput
        id="forwardedTo"
        label="Team manager"
        error={action.error('forwardedTo')}
        {...action.form.register('forwardedTo')}
      />
      <DateInput
        id="forwardedOn"
        label="Date forwarded"
        error={action.error('on')}
        {...action.form.register('on')}
      />
    </ActionSection>
  );
}

function AnswerForm({ comment, onDone }: { comment: Comment; onDone: (message: string) => void }) {
  const send = useStep(comment);
  const action = useActionForm<
    z.input<typeof commentAnsweredSchema>,
    z.output<typeof commentAnsweredSchema>
  >({
    resolver: zodResolver(commentAnsweredSchema),
    defaultValues: { type: 'answered', on: todayInUk(), answerSummary: '' },
    fields: ['answerSummary', 'on'],
    send,
    ids: { on: 'answeredOn' },
    onDone: () => {
      onDone('Answer recorded');
    },
  });
  return (
    <ActionSection id="answer" heading="Record the answer" action={action} submit="Record answer">
      <Textarea
        id="answerSummary"
        label="What the answer said"
        rows={4}
        error={action.error('answerSummary')}
        {...action.form.register('answerSummary')}
      />
      <DateInput
        id="answeredOn"
        label="Date answered"
        error={action.error('on')}
        {...action.form.register('on')}
      />
    </ActionSection>
  );
}
