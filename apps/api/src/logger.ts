import { serializeError } from '@heard/domain';
import pino, { type DestinationStream, type Logger } from 'pino';

export { serializeError };

/**
 * Structured logs. Nothing personal goes in: no names, contact details, complaint text, tracking
 * codes, cookies or request bodies. The redaction list is a second line of defence, not the first.
 *
 * Errors are the easiest way for personal data to slip in: a failed database query carries the
 * values it was sent (drizzle's `DrizzleQueryError` puts them in its message as `params: ...`,
 * and PostgreSQL puts the offending value in `detail`, as in `Key (email)=(x@y) already
 * exists`). So every error is logged by {@link serializeError}, which keeps only what tells an
 * engineer what went wrong: the kind of error, its codes, a message without values, and where in
 * the code it happened. OWASP Logging Cheat Sheet, "Data to exclude":
 * https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude
 *
 * `destination` is for tests, which read what would have been written; by default logs go to
 * standard output.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'heard-api' },
    serializers: { err: serializeError, error: serializeError, cause: serializeError },
    hooks: { logMethod: withSafeErrorMessage },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.trackingCode',
        '*.email',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * `log.error(error)` with no message makes pino use the error's own message as the line's `msg`,
 * where no serializer sees it. This hook gives such a line the cleaned message instead.
 */
function withSafeErrorMessage(
  this: Logger,
  args: Parameters<pino.LogFn>,
  method: pino.LogFn,
): void {
  const [first, second] = args as unknown[];
  if (first instanceof Error && typeof second !== 'string') {
    method.call(this, { err: first }, serializeError(first).message);
    return;
  }
  method.apply(this, args);
}
