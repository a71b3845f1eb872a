/**
 * What the pages for compliments, comments, enquiries, Ombudsman cases and learning actions share:
 * their addresses, forms for an action that show every problem at its field and in a summary, and
 * how due dates and other parts of a record are shown. The list pages are built on `RecordList`,
 * the pages of one record on `RecordDetail` and `RecordLayout`.
 */
import {
  ErrorSummary,
  Tag,
  TextInput,
  type ErrorSummaryItem,
  type TextInputProps,
} from '@heard/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { Link } from 'react-router';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { fieldErrorsOf, messageOf } from '../../lib/errors';
import { receivedViaLabel } from '../../lib/labels';

/** `/a/WBC/records`: where every page of this folder lives. */
export function useRecordsPath(): string {
  const authority = useAuthority();
  return `/a/${encodeURIComponent(authority.code)}/records`;
}

export function BackTo({ to, children }: { to: string; children: string }) {
  return (
    <Link className="govuk-back-link app-back-link" to={to}>
      {children}
    </Link>
  );
}

/** What showing a form needs, whatever its fields. */
export interface ActionFormState {
  /** Every problem, in the order of the fields on the page. */
  summary: ErrorSummaryItem[];
  onSubmit: (event: SyntheticEvent<HTMLFormElement>) => void;
  submitCount: number;
  /** The message of the last action that worked, until the next one starts. */
  done: string | null;
}

export interface ActionForm<TInput extends FieldValues, TOutput> extends ActionFormState {
  form: UseFormReturn<TInput, unknown, TOutput>;
  error: (field: Path<TInput>) => string | undefined;
}

/**
 * A form for one action. The schema (through `resolver`) is the API's own, so the messages are
 * the same; problems only the server can see come back in `fieldErrors` and are shown at their
 * field too. Each action has one request id until it succeeds, so a double-click or a retry after
 * a lost answer records once.
 */
export function useActionForm<TInput extends FieldValues, TOutput>(options: {
  resolver: Resolver<TInput, unknown, TOutput>;
  defaultValues: DefaultValues<TInput>;
  /** The fields, in page order; the first one takes problems that belong to no field. */
  fields: readonly Path<TInput>[];
  /** The id of a field's input, where it is not the field's name (two forms on one page). */
  ids?: Partial<Record<Path<TInput>, string>>;
  send: (values: TOutput, requestId: string) => Promise<unknown>;
  /** What to say once it worked. */
  doneMessage?: string;
  /** Empty the form once it worked, for the next one (the default). */
  resetOnDone?: boolean;
  onDone?: () => void;
}): ActionForm<TInput, TOutput> {
  const queryClient = useQueryClient();
  const form = useForm<TInput, unknown, TOutput>({
    resolver: options.resolver,
    defaultValues: options.defaultValues,
    shouldFocusError: false,
  });
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<string | null>(null);
  const { errors, submitCount, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setDone(null);
    try {
      await options.send(values, requestId);
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      let atField = false;
      for (const field of options.fields) {
        const message = fieldErrors[field]?.[0];
        if (message) {
          form.setError(field, { type: 'server', message });
          atField = true;
        }
      }
      if (!atField) form.setError('root.server', { type: 'server', message: messageOf(error) });
      return;
    }
    setRequestId(crypto.randomUUID());
    await queryClient.invalidateQueries();
    if (options.resetOnDone ?? true) form.reset(options.defaultValues);
    if (options.doneMessage) setDone(options.doneMessage);
    options.onDone?.();
  });

  const error = (field: Path<TInput>): string | undefined => {
    let node: unknown = errors;
    for (const part of field.split('.')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    const message =
      typeof node === 'object' && node !== null
        ? (node as { message?: unknown }).message
        : undefined;
    return typeof message === 'string' ? message : undefined;
  };

  const idOf = (field: Path<TInput> | undefined) =>
    field === undefined ? undefined : (options.ids?.[field] ?? field);
  const rootMessage = errors.root?.server?.message;
  const summary: ErrorSummaryItem[] = [
    ...(rootMessage ? [{ text: rootMessage, fieldId: idOf(options.fields[0]) }] : []),
    ...options.fields.flatMap((field) => {
      const message = error(field);
      return message ? [{ text: message, fieldId: idOf(field) }] : [];
    }),
  ];

  return {
    form,
    summary,
    submitCount,
    done,
    error,
    onSubmit: (event) => {
      if (isSubmitting) {
        event.preventDefault();
        return;
      }
      void submit(event);
    },
  };
}

/** "The teams are saved": a success banner for what the member of staff just did, or nothing. */
export function DoneBanner({ message }: { message: string | null }) {
  return message ? (
    <NotificationBanner title={message} success>
      <span className="govuk-visually-hidden">Done.</span>
    </NotificationBanner>
  ) : null;
}

/** The form's problems at the top, taking focus after each failed attempt; or what just worked. */
export function FormMessages({ action }: { action: ActionFormState }) {
  return (
    <>
      <DoneBanner message={action.done} />
      <ErrorSummary key={action.submitCount} errors={action.summary} />
    </>
  );
}

interface ActionFormBodyProps {
  action: ActionFormState;
  /** The words on the button. */
  submit: string;
  /** A grey button, for an action that is not the page's main one. */
  secondary?: boolean;
  /** Said between the form's messages and its fields. */
  intro?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/** One action's form: its problems or what just worked, then its fields and its button. */
export function ActionFormBody({
  action,
  submit,
  secondary,
  intro,
  children,
}: ActionFormBodyProps) {
  return (
    <>
      <FormMessages action={action} />
      {intro}
      <form noValidate onSubmit={action.onSubmit}>
        {children}
        <SubmitButton secondary={secondary}>{submit}</SubmitButton>
      </form>
    </>
  );
}

/** An action with a heading of its own on a record's page: "Record the answer". */
export function ActionSection({
  id,
  heading,
  after,
  ...body
}: ActionFormBodyProps & {
  /** Gives the heading its id, `${id}-heading`, which names the section. */
  id: string;
  heading: string;
  /** Said after the form. */
  after?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      <ActionFormBody {...body} />
      {after}
    </section>
  );
}

/** A less frequent action, folded away under a link that opens it: "Record a remedy". */
export function ActionDetails({
  summary,
  open,
  ...body
}: ActionFormBodyProps & { summary: string; open?: boolean }) {
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">
        <ActionFormBody {...body} />
      </div>
    </details>
  );
}

/** A date box: the browser's date picker, which gives and takes `YYYY-MM-DD`. */
export function DateInput(props: Omit<TextInputProps, 'type' | 'width'>) {
  return <TextInput type="date" width={10} {...props} />;
}

export function SubmitButton({
  children,
  secondary = false,
}: {
  children: ReactNode;
  secondary?: boolean;
}) {
  return (
    <button type="submit" className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}>
      {children}
    </button>
  );
}

export interface Timing {
  dueOn: string;
  status: 'pending' | 'met' | 'missed';
  doneOn: string | null;
  workingDaysLeft: number | null;
  workingDaysLate: number | null;
}

function plural(n: number, one: string): string {
  return `${String(n)} ${one}${n === 1 ? '' : 's'}`;
}

/** A due date with what it means now: "Due 20 Nov 2026 (2 working days left)", or late. */
export function DueText({ timing }: { timing: Timing }) {
  const due = formatDate(timing.dueOn);
  if (timing.status === 'pending') {
    return (
      <>
        {due}{' '}
        <span className="app-secondary-text">
          (
          {timing.workingDaysLeft === 0
            ? 'due today'
            : `${plural(timing.workingDaysLeft ?? 0, 'working day')} left`}
          )
        </span>
      </>
    );
  }
  if (timing.status === 'met') {
    return (
      <>
        {due} <Tag colour="green">On time</Tag>
      </>
    );
  }
  const late = plural(timing.workingDaysLate ?? 0, 'working day');
  return (
    <>
      <strong className="app-overdue">{due}</strong>{' '}
      {timing.doneOn === null ? <Tag colour="red">Overdue</Tag> : <Tag colour="orange">Late</Tag>}{' '}
      <span className="app-secondary-text">({late} late)</span>
    </>
  );
}

export function NotGiven() {
  return <span className="app-secondary-text">Not given</span>;
}

export function todayInUk(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Words as they were written, keeping their line breaks. */
export function FreeText({ children }: { children: ReactNode }) {
  return <div className="app-free-text">{children}</div>;
}

/** A due date, then the rule it comes from in small print. */
export function DueWithRule({ timing }: { timing: Timing & { rule: string } }) {
  return (
    <>
      <DueText timing={timing} />
      <span className="app-citation">{timing.rule}</span>
    </>
  );
}

/** When a comment or an enquiry was answered and what the answer said, or "Not given". */
export function AnsweredText({ on, summary }: { on: string | null; summary: string | null }) {
  return on ? (
    <>
      {formatDate(on)}
      <FreeText>{summary}</FreeText>
    </>
  ) : (
    <NotGiven />
  );
}

/** "20 Nov 2026, by telephone". */
export function receivedText(receivedOn: string, receivedVia: string): string {
  return `${formatDate(receivedOn)}, by ${receivedViaLabel(receivedVia).toLowerCase()}`;
}
