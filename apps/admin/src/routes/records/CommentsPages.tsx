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
import { Link, useNavigate, useParams } from 'react-router';
import { NotificationBanner } from '../../components/NotificationBanner';
import type { z } from 'zod';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage, ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { receivedViaLabel } from '../../lib/labels';
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

export const channelItems = CHANNELS.map((value) => ({ value, label: receivedViaLabel(value) }));
const fromItems = COMMENT_FROM_TYPES.map((value) => ({ value, label: COMMENT_FROM_LABELS[value] }));

export function CommentsPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const list = useQuery(trpc.comments.list.queryOptions({ authorityId: authority.id, limit: 100 }));
  useDocumentTitle(`Comments – ${authority.name}`);
  return (
    <>
      <BackTo to={base}>Back to records</BackTo>
      <PageHeading caption={authority.name}>Comments</PageHeading>
      <p className="govuk-body">
        A comment raises an issue without a formal complaint. It is acknowledged, forwarded to the
        team manager and answered within this council’s timescale.
      </p>
      <Link className="govuk-button" to={`${base}/comments/new`}>
        Record a comment
      </Link>
      {list.isPending ? <Loading>Loading comments</Loading> : null}
      {list.isError ? (
        <ProblemSection
          error={list.error}
          what="the comments"
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        list.data.total === 0 ? (
          <p className="govuk-body">There are no comments yet.</p>
        ) : (
          <>
            <CountLine
              shown={list.data.rows.length}
              total={list.data.total}
              noun={['comment', 'comments']}
            />
            <div className="app-table-scroll">
              <table className="govuk-table app-table app-table--stacked">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  Comments, newest first
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Received
                    </th>
                    <th scope="col" className="govuk-table__header">
                      About
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Answer due
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {list.data.rows.map((row) => (
                    <tr className="govuk-table__row" key={row.id}>
                      <th scope="row" className="govuk-table__header app-nowrap">
                        <Link className="govuk-link" to={`${base}/comments/${row.id}`}>
                          {formatDate(row.receivedOn)}
                          <span className="govuk-visually-hidden">
                            , comment from {row.fromLabel}
                          </span>
                        </Link>
                      </th>
                      <td className="govuk-table__cell" data-label="About">
                        {row.summary}
                      </td>
                      <td className="govuk-table__cell" data-label="Answer due">
                        <DueText timing={row.timing} />
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

const createFields = [
  'receivedOn',
  'receivedVia',
  'fromType',
  'fromName',
  'summary',
  'team',
] as const;

export function CommentNewPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const navigate = useNavigate();
  const create = useMutation(trpc.comments.create.mutationOptions());
  const action = useActionForm<CommentCreateInput, z.output<typeof commentCreateSchema>>({
    resolver: zodResolver(commentCreateSchema),
    defaultValues: { receivedOn: todayInUk(), fromName: '', summary: '', team: '' },
    fields: createFields,
    send: async (values, requestId) => {
      const result = await create.mutateAsync({ ...values, authorityId: authority.id, requestId });
      await navigate(`${base}/comments/${result.id}`);
    },
  });
  const { register } = action.form;
  useDocumentTitle(
    `${action.summary.length > 0 ? 'Error: ' : ''}Record a comment – ${authority.name}`,
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={`${base}/comments`}>Back to comments</BackTo>
        <FormMessages action={action} />
        <PageHeading caption={authority.name}>Record a comment</PageHeading>
        <form noValidate onSubmit={action.onSubmit}>
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
          <SubmitButton>Record comment</SubmitButton>
        </form>
      </div>
    </div>
  );
}

export function CommentPage() {
  const { commentId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const comment = useQuery({
    ...trpc.comments.get.queryOptions({ authorityId: authority.id, commentId: commentId ?? '' }),
    enabled: isUuid(commentId),
  });
  const back = { to: `${base}/comments`, text: 'Back to comments' };
  if (!isUuid(commentId) || comment.isError) {
    return (
      <ProblemPage
        error={comment.error ?? { data: { code: 'NOT_FOUND' } }}
        what="the comment"
        onRetry={() => void comment.refetch()}
        back={back}
        caption={authority.name}
      />
    );
  }
  if (comment.isPending) return <Loading>Loading the comment</Loading>;
  return <CommentDetails comment={comment.data} back={back.to} />;
}

type Comment = RouterOutputs['comments']['get'];

function CommentDetails({ comment, back }: { comment: Comment; back: string }) {
  const authority = useAuthority();
  const [banner, setBanner] = useState<string | null>(null);
  useDocumentTitle(`Comment received ${formatDate(comment.receivedOn)} – ${authority.name}`);
  const open = comment.answeredOn === null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={back}>Back to comments</BackTo>
        {banner ? (
          <NotificationBanner title={banner} success>
            <span className="govuk-visually-hidden">Done.</span>
          </NotificationBanner>
        ) : null}
        <PageHeading caption={`${authority.name} comment`}>
          Comment received {formatDate(comment.receivedOn)}
        </PageHeading>
        <SummaryList
          rows={[
            {
              key: 'Received',
              value: `${formatDate(comment.receivedOn)}, by ${receivedViaLabel(comment.receivedVia).toLowerCase()}`,
            },
            {
              key: 'From',
              value: comment.fromName
                ? `${comment.fromName} (${comment.fromLabel})`
                : comment.fromLabel,
            },
            { key: 'About', value: <div className="app-free-text">{comment.summary}</div> },
            { key: 'Team', value: comment.team ?? <NotGiven /> },
            { key: 'Chased by', value: comment.responsibleName },
            {
              key: 'Answer due',
              value: (
                <>
                  <DueText timing={comment.timing} />
                  <span className="app-citation">{comment.timing.rule}</span>
                </>
              ),
            },
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
              value: comment.answeredOn ? (
                <>
                  {formatDate(comment.answeredOn)}
                  <div className="app-free-text">{comment.answerSummary}</div>
                </>
              ) : (
                <NotGiven />
              ),
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
      </div>
    </div>
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
    <section aria-labelledby="acknowledge-heading">
      <h2 className="govuk-heading-m" id="acknowledge-heading">
        Acknowledge
      </h2>
      <FormMessages action={action} />
      <form noValidate onSubmit={action.onSubmit}>
        <DateInput
          id="acknowledgedOn"
          label="Date acknowledged"
          error={action.error('on')}
          {...action.form.register('on')}
        />
        <SubmitButton secondary>Record acknowledgement</SubmitButton>
      </form>
    </section>
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
    <section aria-labelledby="forward-heading">
      <h2 className="govuk-heading-m" id="forward-heading">
        Forward to a team manager
      </h2>
      <FormMessages action={action} />
      <form noValidate onSubmit={action.onSubmit}>
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
        <SubmitButton secondary>Record forwarding</SubmitButton>
      </form>
    </section>
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
    <section aria-labelledby="answer-heading">
      <h2 className="govuk-heading-m" id="answer-heading">
        Record the answer
      </h2>
      <FormMessages action={action} />
      <form noValidate onSubmit={action.onSubmit}>
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
        <SubmitButton>Record answer</SubmitButton>
      </form>
    </section>
  );
}
