import { serializeError } from '@heard/domain';
import pino, { type DestinationStream, type Logger } from 'pino';

export { serializeError };

/**
 * Structured logs. Nothing personal goes in: no addresses, names, contact details, complaint text,
 * references, tracking codes, cookies or request bodies. Requests are logged by route pattern, not
 * by URL. The redaction list is a second line of defence, not the first.
 *
 * Errors are logged by {@link serializeError}, which keeps only an error's kind, its codes, a
 * message without values and its stack frames: an API client error or a body parser's error may
 * carry the request it failed on (express's body parser hangs the raw `body` on its errors), and
 * a database error from the API must not come back out here either. OWASP Logging Cheat Sheet,
 * "Data to exclude": https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude
 * The API's logger (apps/api/src/logger.ts) does the same; the apps share no code, so a change to
 * one belongs in both.
 *
 * `destination` is for tests, which read what would have been written; by default logs go to
 * standard output.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'heard-portal' },
    serializers: { err: serializeError, error: serializeError, cause: serializeError },
    hooks: { logMethod: withSafeErrorMessage },
    redact: {
      paths: [
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.trackingCode',
        '*.reference',
        '*.contactEmail',
        '*.contactPhone',
        '*.contactName',
        '*.whatHappened',
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
