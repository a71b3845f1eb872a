/**
 * How an error is written to a log without the personal data it may carry. A failed database
 * query carries the values it was sent (drizzle's `DrizzleQueryError` puts them in its message as
 * `params: ...`; PostgreSQL puts the offending value in `detail`, as in `Key (email)=(x@y) already
 * exists`), and a body parser's error carries the request. {@link serializeError} keeps only what
 * tells an engineer what went wrong: the kind of error, its codes, a message without values, and
 * where in the code it happened. Pure, so the API and the portal log errors the same way.
 * OWASP Logging Cheat Sheet, "Data to exclude":
 * https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude
 */
/** An error as it is logged: no values, no query text, no request data. */
export interface LoggedError {
  type: string;
  message: string;
  /** The tRPC code (`INTERNAL_SERVER_ERROR`) or Node's system code (`ECONNREFUSED`). */
  code?: string;
  /** PostgreSQL's SQLSTATE, from anywhere in the cause chain (appendix A of its manual). */
  sqlState?: string;
  /** The kinds of the errors behind this one, outermost first: `DrizzleQueryError`, `DatabaseError`. */
  causes?: string[];
  /** The stack's frames only: its first lines repeat the message, values and all. */
  stack?: string;
}

/** How deep a chain of causes is followed; a longer chain is a loop or a mistake. */
const MAX_CAUSES = 8;

/**
 * A PostgreSQL error code: five digits or capital letters, such as `23505` (unique violation) or
 * `22P02` (invalid text representation). https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A tRPC code or a Node system error code: capitals and underscores, longer than a SQLSTATE. */
const NAMED_CODE = /^[A-Z][A-Z_]{5,}$/;

/** Anything shaped like an email address, which may turn up in a mail server's reply. */
const EMAIL_LIKE = /[^\s<>()"',;:]+@[^\s<>()"',;:]+/g;

function causeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'cause' in value
    ? (value as { cause?: unknown }).cause
    : undefined;
}

function stringField(value: unknown, field: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found = (value as Record<string, unknown>)[field];
  return typeof found === 'string' ? found : undefined;
}

/** The error and the errors behind it, outermost first. */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && e !== null; e = causeOf(e)) {
    if (chain.length === MAX_CAUSES || chain.includes(e)) break;
    chain.push(e);
  }
  return chain;
}

/**
 * A PostgreSQL message without the value it complains about. The server names the value after a
 * colon in data exceptions (class 22: `invalid input syntax for type uuid: "..."`, `invalid byte
 * sequence for encoding "UTF8": 0x00`); messages that only name a constraint, column or table,
 * such as `duplicate key value violates unique constraint "staff_email_key"`, are kept whole.
 */
function databaseMessage(message: string): string {
  const colon = message.indexOf(': ');
  return colon === -1 ? message : message.slice(0, colon);
}

/**
 * A message with no query and no values: drizzle's `Failed query: <sql>\nparams: <values>`
 * becomes `Failed query`, followed by what the database said (without its values) when it said
 * anything; any text that looks like an email address is replaced.
 */
export function safeMessage(message: string, databaseSaid?: string): string {
  let safe = message;
  const failed = safe.indexOf('Failed query');
  if (failed !== -1) {
    safe = `${safe.slice(0, failed)}Failed query${databaseSaid ? `: ${databaseSaid}` : ''}`;
  }
  // A params line from anywhere else, cut with everything after it.
  const params = safe.search(/(^|\n)\s*params:/);
  if (params !== -1) safe = safe.slice(0, params);
  return safe.replace(EMAIL_LIKE, '[email]');
}

/**
 * An error's kind: its name, or its class when the name is the generic `Error` (drizzle's
 * `DrizzleQueryError` does not set one).
 */
function kindOf(error: Error): string {
  return error.name && error.name !== 'Error' ? error.name : error.constructor.name || 'Error';
}

/** The stack's `at ...` lines, without the `Name: message` lines above them. */
function framesOf(stack: string | undefined): string | undefined {
  if (stack === undefined) return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

/**
 * What an error is allowed to say in a log line. Everything not listed here is left out, on
 * purpose: drizzle's `query` and `params`, PostgreSQL's `detail`, `where`, `hint`, `internalQuery`
 * and `parameters`, and whatever a library hangs on an error. Anything that is not an error
 * (a string, say) is treated as a message.
 */
export function serializeError(error: unknown): LoggedError {
  const chain = chainOf(error);
  const database = chain.find((e) => SQLSTATE.test(stringField(e, 'code') ?? ''));
  const sqlState = stringField(database, 'code');
  const databaseSaid = databaseMessage(stringField(database, 'message') ?? '');

  if (!(error instanceof Error)) {
    const text = typeof error === 'string' ? error : 'a value that is not an error was thrown';
    return { type: typeof error, message: safeMessage(text) };
  }

  const ownCode = stringField(error, 'code');
  const logged: LoggedError = {
    type: kindOf(error),
    message:
      error === database
        ? safeMessage(databaseMessage(error.message))
        : safeMessage(error.message, databaseSaid),
  };
  if (ownCode !== undefined && NAMED_CODE.test(ownCode)) logged.code = ownCode;
  if (sqlState !== undefined) logged.sqlState = sqlState;
  const causes = chain.slice(1).map((e) => (e instanceof Error ? kindOf(e) : typeof e));
  if (causes.length > 0) logged.causes = causes;
  const stack = framesOf(error.stack);
  if (stack !== undefined) logged.stack = stack;
  return logged;
}
