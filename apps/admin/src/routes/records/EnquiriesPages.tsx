import {
  ENQUIRY_KIND_LABELS,
  ENQUIRY_KINDS,
  enquiryAnswerSchema,
  enquiryCreateSchema,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  type EnquiryCreateInput,
} from '@heard/domain';
import { Radios, SummaryList, Textarea, TextInput } from '@heard/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage, ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { receivedViaLabel } from '../../lib/labels';
import { useTRPC, type RouterOutputs } from '../../trpc';
import { channelItems } from './CommentsPages';
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

const kindItems = ENQUIRY_KINDS.map((value) => ({
  value,
  label: ENQUIRY_KIND_LABELS[value],
  ...(value === 'member_enquiry' ? { hint: 'From an MP or a councillor' } : {}),
}));
const roleItems = MEMBER_ROLES.map((value) => ({ value, label: MEMBER_ROLE_LABELS[value] }));

export function EnquiriesPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const list = useQuery(
    trpc.enquiries.list.queryOptions({ authorityId: authority.id, limit: 100 }),
  );
  useDocumentTitle(`Enquiries – ${authority.name}`);
  return (
    <>
      <BackTo to={base}>Back to records</BackTo>
      <PageHeading caption={authority.name}>Enquiries and member enquiries</PageHeading>
      <Link className="govuk-button" to={`${base}/enquiries/new`}>
        Log an enquiry
      </Link>
      {list.isPending ? <Loading>Loading enquiries</Loading> : null}
      {list.isError ? (
        <ProblemSection
          error={list.error}
          what="the enquiries"
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        list.data.total === 0 ? (
          <p className="govuk-body">There are no enquiries yet.</p>
        ) : (
          <>
            <CountLine
              shown={list.data.rows.length}
              total={list.data.total}
              noun={['enquiry', 'enquiries']}
            />
            <div className="app-table-scroll">
              <table className="govuk-table app-table app-table--stacked">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  Enquiries, newest first
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Received
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Kind
                    </th>
                    <th scope="col" className="govuk-table__header">
                      From
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
                        <Link className="govuk-link" to={`${base}/enquiries/${row.id}`}>
                          {formatDate(row.receivedOn)}
                          <span className="govuk-visually-hidden">
                            , {row.kindLabel.toLowerCase()}
                          </span>
                        </Link>
                      </th>
                      <td className="govuk-table__cell" data-label="Kind">
                        {row.kindLabel}
                      </td>
                      <td className="govuk-table__cell" data-label="From">
                        {row.fromName ?? <NotGiven />}
                        {row.memberRoleLabel ? ` (${row.memberRoleLabel})` : ''}
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
  'kind',
  'receivedOn',
  'receivedVia',
  'fromName',
  'memberRole',
  'onBehalfOf',
  'summary',
  'team',
] as const;

export function EnquiryNewPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const navigate = useNavigate();
  const create = useMutation(trpc.enquiries.create.mutationOptions());
  const action = useActionForm<EnquiryCreateInput, z.output<typeof enquiryCreateSchema>>({
    resolver: zodResolver(enquiryCreateSchema),
    defaultValues: { receivedOn: todayInUk(), fromName: '', onBehalfOf: '', summary: '', team: '' },
    fields: createFields,
    send: async (values, requestId) => {
      const result = await create.mutateAsync({ ...values, authorityId: authority.id, requestId });
      await navigate(`${base}/enquiries/${result.id}`);
    },
  });
  const { register } = action.form;
  useDocumentTitle(
    `${action.summary.length > 0 ? 'Error: ' : ''}Log an enquiry – ${authority.name}`,
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={`${base}/enquiries`}>Back to enquiries</BackTo>
        <FormMessages action={action} />
        <PageHeading caption={authority.name}>Log an enquiry</PageHeading>
        <form noValidate onSubmit={action.onSubmit}>
          <Radios
            name="kind"
            legend="What kind of enquiry"
            legendSize="s"
            items={kindItems}
            error={action.error('kind')}
            bindings={register('kind')}
          />
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
          <TextInput
            id="fromName"
            label="From"
            hint="The MP’s or councillor’s name; for other enquiries, optional"
            error={action.error('fromName')}
            {...register('fromName')}
          />
          <Radios
            name="memberRole"
            legend="For a member enquiry: MP or councillor"
            legendSize="s"
            small
            inline
            items={roleItems}
            error={action.error('memberRole')}
            bindings={register('memberRole')}
          />
          <TextInput
            id="onBehalfOf"
            label="On behalf of (optional)"
            hint="The resident or family they write for"
            error={action.error('onBehalfOf')}
            {...register('onBehalfOf')}
          />
          <Textarea
            id="summary"
            label="What it is about"
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
          <SubmitButton>Log enquiry</SubmitButton>
        </form>
      </div>
    </div>
  );
}

export function EnquiryPage() {
  const { enquiryId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const base = useRecordsPath();
  const enquiry = useQuery({
    ...trpc.enquiries.get.queryOptions({ authorityId: authority.id, enquiryId: enquiryId ?? '' }),
    enabled: isUuid(enquiryId),
  });
  const back = { to: `${base}/enquiries`, text: 'Back to enquiries' };
  if (!isUuid(enquiryId) || enquiry.isError) {
    return (
      <ProblemPage
        error={enquiry.error ?? { data: { code: 'NOT_FOUND' } }}
        what="the enquiry"
        onRetry={() => void enquiry.refetch()}
        back={back}
        caption={authority.name}
      />
    );
  }
  if (enquiry.isPending) return <Loading>Loading the enquiry</Loading>;
  return <EnquiryDetails enquiry={enquiry.data} back={back.to} />;
}

type Enquiry = RouterOutputs['enquiries']['get'];

function EnquiryDetails({ enquiry, back }: { enquiry: Enquiry; back: string }) {
  const authority = useAuthority();
  const trpc = useTRPC();
  const [banner, setBanner] = useState<string | null>(null);
  const answer = useMutation(trpc.enquiries.answer.mutationOptions());
  const action = useActionForm<
    z.input<typeof enquiryAnswerSchema>,
    z.output<typeof enquiryAnswerSchema>
  >({
    resolver: zodResolver(enquiryAnswerSchema),
    defaultValues: { answeredOn: todayInUk(), answerSummary: '' },
    fields: ['answerSummary', 'answeredOn'],
    send: (values, requestId) =>
      answer.mutateAsync({
        ...values,
        authorityId: authority.id,
        enquiryId: enquiry.id,
        requestId,
      }),
    onDone: () => {
      setBanner('Answer recorded');
    },
  });
  useDocumentTitle(
    `${enquiry.kindLabel} received ${formatDate(enquiry.receivedOn)} – ${authority.name}`,
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={back}>Back to enquiries</BackTo>
        {banner ? (
          <NotificationBanner title={banner} success>
            <span className="govuk-visually-hidden">Done.</span>
          </NotificationBanner>
        ) : null}
        <PageHeading caption={authority.name}>
          {enquiry.kindLabel} received {formatDate(enquiry.receivedOn)}
        </PageHeading>
        <SummaryList
          rows={[
            {
              key: 'Received',
              value: `${formatDate(enquiry.receivedOn)}, by ${receivedViaLabel(enquiry.receivedVia).toLowerCase()}`,
            },
            {
              key: 'From',
              value: enquiry.fromName ? (
                `${enquiry.fromName}${enquiry.memberRoleLabel ? ` (${enquiry.memberRoleLabel})` : ''}`
              ) : (
                <NotGiven />
              ),
            },
            ...(enquiry.onBehalfOf ? [{ key: 'On behalf of', value: enquiry.onBehalfOf }] : []),
            { key: 'About', value: <div className="app-free-text">{enquiry.summary}</div> },
            { key: 'Team', value: enquiry.team ?? <NotGiven /> },
            { key: 'Chased by', value: enquiry.responsibleName },
            {
              key: 'Answer due',
              value: (
                <>
                  <DueText timing={enquiry.timing} />
                  <span className="app-citation">{enquiry.timing.rule}</span>
                </>
              ),
            },
            {
              key: 'Answered',
              value: enquiry.answeredOn ? (
                <>
                  {formatDate(enquiry.answeredOn)}
                  <div className="app-free-text">{enquiry.answerSummary}</div>
                </>
              ) : (
                <NotGiven />
              ),
            },
          ]}
        />
        {enquiry.can.answer && enquiry.answeredOn === null ? (
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
                error={action.error('answeredOn')}
                {...action.form.register('answeredOn')}
              />
              <SubmitButton>Record answer</SubmitButton>
            </form>
          </section>
        ) : null}
      </div>
    </div>
  );
}
