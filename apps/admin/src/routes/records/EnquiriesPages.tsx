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
import { useParams } from 'react-router';
import type { z } from 'zod';
import { useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { isUuid } from '../../lib/ids';
import { useTRPC, type RouterOutputs } from '../../trpc';
import { channelItems } from './CommentsPages';
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

const kindItems = ENQUIRY_KINDS.map((value) => ({
  value,
  label: ENQUIRY_KIND_LABELS[value],
  ...(value === 'member_enquiry' ? { hint: 'From an MP or a councillor' } : {}),
}));
const roleItems = MEMBER_ROLES.map((value) => ({ value, label: MEMBER_ROLE_LABELS[value] }));

type EnquiryRow = RouterOutputs['enquiries']['list']['rows'][number];

const columns: RecordListProps<EnquiryRow>['columns'] = [
  {
    header: 'Received',
    nowrap: true,
    cell: (row) => (
      <>
        {formatDate(row.receivedOn)}
        <span className="govuk-visually-hidden">, {row.kindLabel.toLowerCase()}</span>
      </>
    ),
  },
  { header: 'Kind', cell: (row) => row.kindLabel },
  {
    header: 'From',
    cell: (row) => (
      <>
        {row.fromName ?? <NotGiven />}
        {row.memberRoleLabel ? ` (${row.memberRoleLabel})` : ''}
      </>
    ),
  },
  { header: 'Answer due', cell: (row) => <DueText timing={row.timing} /> },
];

export function EnquiriesPage() {
  const { list, page } = usePagedRecords((trpc, input) => trpc.enquiries.list.queryOptions(input));
  return (
    <RecordListPage
      title="Enquiries"
      heading="Enquiries and member enquiries"
      createText="Log an enquiry"
      name="enquiries"
      noun={['enquiry', 'enquiries']}
      caption="Enquiries, newest first"
      path="enquiries"
      columns={columns}
      list={list}
      page={page}
    />
  );
}

const back: BackLink = { path: 'enquiries', text: 'Back to enquiries' };

export function EnquiryNewPage() {
  const trpc = useTRPC();
  const create = useMutation(trpc.enquiries.create.mutationOptions());
  const action = useCreateAction<EnquiryCreateInput, z.output<typeof enquiryCreateSchema>>({
    resolver: zodResolver(enquiryCreateSchema),
    defaultValues: { receivedOn: todayInUk(), fromName: '', onBehalfOf: '', summary: '', team: '' },
    fields: [
      'kind',
      'receivedOn',
      'receivedVia',
      'fromName',
      'memberRole',
      'onBehalfOf',
      'summary',
      'team',
    ],
    path: 'enquiries',
    create: create.mutateAsync,
  });
  const { register } = action.form;
  return (
    <RecordFormPage action={action} back={back} title="Log an enquiry" submit="Log enquiry">
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
    </RecordFormPage>
  );
}

export function EnquiryPage() {
  const { enquiryId } = useParams();
  const trpc = useTRPC();
  const authority = useAuthority();
  const enquiry = useQuery({
    ...trpc.enquiries.get.queryOptions({ authorityId: authority.id, enquiryId: enquiryId ?? '' }),
    enabled: isUuid(enquiryId),
  });
  return (
    <RecordDetail id={enquiryId} query={enquiry} what="the enquiry" back={back}>
      {(found) => <EnquiryDetails enquiry={found} />}
    </RecordDetail>
  );
}

type Enquiry = RouterOutputs['enquiries']['get'];

function EnquiryDetails({ enquiry }: { enquiry: Enquiry }) {
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
  const title = `${enquiry.kindLabel} received ${formatDate(enquiry.receivedOn)}`;
  useDocumentTitle(`${title} – ${authority.name}`);
  return (
    <RecordLayout back={back} notice={<DoneBanner message={banner} />} heading={title}>
      <SummaryList
        rows={[
          { key: 'Received', value: receivedText(enquiry.receivedOn, enquiry.receivedVia) },
          {
            key: 'From',
            value: enquiry.fromName ? (
              `${enquiry.fromName}${enquiry.memberRoleLabel ? ` (${enquiry.memberRoleLabel})` : ''}`
            ) : (
              <NotGiven />
            ),
          },
          ...(enquiry.onBehalfOf ? [{ key: 'On behalf of', value: enquiry.onBehalfOf }] : []),
          { key: 'About', value: <FreeText>{enquiry.summary}</FreeText> },
          { key: 'Team', value: enquiry.team ?? <NotGiven /> },
          { key: 'Chased by', value: enquiry.responsibleName },
          { key: 'Answer due', value: <DueWithRule timing={enquiry.timing} /> },
          {
            key: 'Answered',
            value: <AnsweredText on={enquiry.answeredOn} summary={enquiry.answerSummary} />,
          },
        ]}
      />
      {enquiry.can.answer && enquiry.answeredOn === null ? (
        <ActionSection
          id="answer"
          heading="Record the answer"
          action={action}
          submit="Record answer"
        >
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
        </ActionSection>
      ) : null}
    </RecordLayout>
  );
}
