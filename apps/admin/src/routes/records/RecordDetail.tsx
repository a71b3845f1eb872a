/**
 * The pages of one record, and the pages that log a new one: a back link, the heading under the
 * council's name, and the record (or the form) in two thirds of the width, where lines of text
 * stay short enough to read.
 */
import type { ReactNode } from 'react';
import type { DefaultValues, FieldValues, Path, Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage } from '../../components/Problem';
import { useAuthority } from '../../context';
import { isUuid } from '../../lib/ids';
import {
  BackTo,
  FormMessages,
  SubmitButton,
  useActionForm,
  useRecordsPath,
  type ActionForm,
  type ActionFormState,
} from './shared';

/** Where the back link goes, below `/a/WBC/records`: `{ path: 'comments', text: 'Back to comments' }`. */
export interface BackLink {
  path: string;
  text: string;
}

export function RecordLayout({
  back,
  notice,
  caption,
  heading,
  children,
}: {
  back: BackLink;
  /** Between the back link and the heading: a form's problems, or what just worked. */
  notice?: ReactNode;
  /** Above the heading; the council's name unless given. */
  caption?: string;
  heading: ReactNode;
  children: ReactNode;
}) {
  const authority = useAuthority();
  const base = useRecordsPath();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <BackTo to={`${base}/${back.path}`}>{back.text}</BackTo>
        {notice}
        <PageHeading caption={caption ?? authority.name}>{heading}</PageHeading>
        {children}
      </div>
    </div>
  );
}

/** What `RecordDetail` needs of a query for one record (react-query's result has it all). */
export interface RecordQuery<TRecord> {
  data: TRecord | undefined;
  error: unknown;
  isError: boolean;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * Loads one record named in the address, then shows it. An id that cannot be a record's is "not
 * found" without asking the API; a refusal is "You do not have access", as every page of the app
 * says it (decision 0006).
 */
export function RecordDetail<TRecord>({
  id,
  query,
  what,
  back,
  children,
}: {
  /** The id from the address. The query should be enabled only when `isUuid(id)`. */
  id: string | undefined;
  query: RecordQuery<TRecord>;
  /** The record in a sentence: `the compliment`, `the Ombudsman case`. */
  what: string;
  back: BackLink;
  children: (record: TRecord) => ReactNode;
}) {
  const authority = useAuthority();
  const base = useRecordsPath();
  if (!isUuid(id) || query.isError) {
    return (
      <ProblemPage
        error={query.error ?? { data: { code: 'NOT_FOUND' } }}
        what={what}
        onRetry={() => void query.refetch()}
        back={{ to: `${base}/${back.path}`, text: back.text }}
        caption={authority.name}
      />
    );
  }
  if (query.isPending || query.data === undefined) return <Loading>{`Loading ${what}`}</Loading>;
  return children(query.data);
}

/** A page with one form that logs a new record, its tab title marked "Error:" while it has problems. */
export function RecordFormPage({
  action,
  back,
  title,
  submit,
  children,
}: {
  action: ActionFormState;
  back: BackLink;
  title: string;
  submit: string;
  children: ReactNode;
}) {
  const authority = useAuthority();
  useDocumentTitle(`${action.summary.length > 0 ? 'Error: ' : ''}${title} – ${authority.name}`);
  return (
    <RecordLayout back={back} notice={<FormMessages action={action} />} heading={title}>
      <form noValidate onSubmit={action.onSubmit}>
        {children}
        <SubmitButton>{submit}</SubmitButton>
      </form>
    </RecordLayout>
  );
}

/**
 * The form that logs a new record, which opens the record's page once it is stored. `create` is
 * the procedure's `mutateAsync`; the council and the request id are added to the form's values.
 */
export function useCreateAction<TInput extends FieldValues, TOutput>(options: {
  resolver: Resolver<TInput, unknown, TOutput>;
  defaultValues: DefaultValues<TInput>;
  fields: readonly Path<TInput>[];
  /** Where the new record's page is, below `/a/WBC/records`: `compliments`. */
  path: string;
  create: (input: TOutput & { authorityId: string; requestId: string }) => Promise<{ id: string }>;
}): ActionForm<TInput, TOutput> {
  const authority = useAuthority();
  const base = useRecordsPath();
  const navigate = useNavigate();
  return useActionForm<TInput, TOutput>({
    resolver: options.resolver,
    defaultValues: options.defaultValues,
    fields: options.fields,
    send: async (values, requestId) => {
      const result = await options.create({ ...values, authorityId: authority.id, requestId });
      await navigate(`${base}/${options.path}/${result.id}`);
    },
  });
}
