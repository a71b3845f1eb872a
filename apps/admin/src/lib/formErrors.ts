/**
 * Form errors as staff see them: each at its field, and all of them in the error summary at the
 * top of the page in the order the fields come, each linking to its field (GOV.UK Design System,
 * "Error summary"). Refusals from the API are put into words with the domain's own messages.
 */
import { REFUSAL_MESSAGES, type RefusalCode } from '@heard/domain';
import { errorCode, fieldErrorsOf, messageOf, reasonOf, type FieldErrors } from './errors';

/** The id of a field's element, from its form name: `children.0.age` → `children-0-age`. */
export function fieldId(name: string): string {
  return name.replace(/\./g, '-');
}

export interface NamedError {
  /** The form name of the field, such as `outcomes.1.issue`, or `root.refusal`. */
  name: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const internalKeys = new Set(['ref', 'type', 'types', 'message']);

/**
 * Every message in react-hook-form's nested errors, with the name of its field. A list's own
 * problem (three panel members are needed) sits under `root` and is named `members.root`.
 */
export function collectErrors(errors: unknown, prefix = ''): NamedError[] {
  if (!isRecord(errors)) return [];
  const found: NamedError[] = [];
  if (typeof errors.message === 'string' && errors.message !== '' && prefix !== '') {
    found.push({ name: prefix, message: errors.message });
  }
  for (const [key, value] of Object.entries(errors)) {
    if (internalKeys.has(key)) continue;
    found.push(...collectErrors(value, prefix === '' ? key : `${prefix}.${key}`));
  }
  return found;
}

/**
 * Errors in the order their fields appear. `order` lists names or name prefixes top to bottom;
 * a form's own problems (`root.*`) come first, and anything unlisted comes last.
 */
export function orderErrors(errors: readonly NamedError[], order: readonly string[]): NamedError[] {
  const rank = (name: string): number => {
    if (name.startsWith('root.')) return -1;
    const index = order.findIndex((entry) => name === entry || name.startsWith(`${entry}.`));
    return index === -1 ? order.length : index;
  };
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => rank(a.error.name) - rank(b.error.name) || a.index - b.index)
    .map(({ error }) => error);
}

/**
 * A message for the error summary, which lists every problem of the page together: in a group
 * that repeats (three panel members, several children), the summary says which one it is about,
 * as "Panel member 2: Choose a person". `groups` names each repeating list: `{ members: 'Panel
 * member' }`.
 */
export function summaryMessage(
  name: string,
  message: string,
  groups: Readonly<Record<string, string>>,
): string {
  const match = /^([A-Za-z]+)\.(\d+)(?:\.|$)/.exec(name);
  if (!match) return message;
  const [, list = '', index = '0'] = match;
  const label = groups[list];
  return label === undefined ? message : `${label} ${String(Number(index) + 1)}: ${message}`;
}

/** The message shown at one field, if any. */
export function messageAt(errors: unknown, name: string): string | undefined {
  let current: unknown = errors;
  for (const part of name.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  if (!isRecord(current)) return undefined;
  const message = current.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** What went wrong with a submitted form, as the form needs to show it. */
export type SubmitProblem =
  /** The procedure does not allow this now: the domain's words for the reason. */
  | { kind: 'refusal'; reason: string; message: string }
  /** The API found problems with named fields. */
  | { kind: 'fields'; fieldErrors: FieldErrors; message: string }
  /** Anything else: signed out, no access, network trouble. */
  | { kind: 'other'; message: string };

function isRefusalCode(reason: string): reason is RefusalCode {
  return Object.hasOwn(REFUSAL_MESSAGES, reason);
}

export function submitProblemOf(error: unknown): SubmitProblem {
  const reason = reasonOf(error);
  if (reason !== undefined && isRefusalCode(reason)) {
    return { kind: 'refusal', reason, message: REFUSAL_MESSAGES[reason] };
  }
  const fieldErrors = fieldErrorsOf(error);
  if (errorCode(error) === 'BAD_REQUEST' && Object.keys(fieldErrors).length > 0) {
    return { kind: 'fields', fieldErrors, message: messageOf(error) };
  }
  if (errorCode(error) === 'FORBIDDEN') {
    return {
      kind: 'other',
      message: 'Your account cannot record this. If you need to, ask your Complaints Manager.',
    };
  }
  return { kind: 'other', message: messageOf(error) };
}
