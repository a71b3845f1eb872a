/**
 * What the pages for compliments, comments, enquiries, Ombudsman cases and learning actions share:
 * their addresses, forms that show every problem at its field and in a summary, and how due dates
 * are shown.
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

export interface ActionForm<TInput extends FieldValues, TOutput> {
  form: UseFormReturn<TInput, unknown, TOutput>;
  /** Every problem, in the order of the fields on the page. */
  summary: ErrorSummaryItem[];
  onSubmit: (event: SyntheticEvent<HTMLFormElement>) => void;
  submitCount: number;
  /** The message of the last action that worked, until the next one starts. */
  done: string | null;
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

/** The form's problems at the top, taking focus after each failed attempt; or what just worked. */
export function FormMessages<TInput extends FieldValues, TOutput>({
  action,
}: {
  action: ActionForm<TInput, TOutput>;
}) {
  return (
    <>
      {action.done ? (
        <NotificationBanner title={action.done} success>
          <span className="govuk-visually-hidden">Done.</span>
        </NotificationBanner>
      ) : null}
      <ErrorSummary key={action.submitCount} errors={action.summary} />
    </>
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

/** "Showing 12 compliments", or the most recent 100 of more. */
export function CountLine({
  shown,
  total,
  noun,
}: {
  shown: number;
  total: number;
  noun: [string, string];
}) {
  const word = total === 1 ? noun[0] : noun[1];
  return (
    <p className="govuk-body app-results-count">
      {shown < total
        ? `Showing the ${String(shown)} most recent of ${String(total)} ${word}`
        : `${String(total)} ${word}`}
    </p>
  );
}
