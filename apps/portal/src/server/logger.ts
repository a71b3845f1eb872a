import pino from 'pino';
import type { Logger } from 'pino';

/**
 * Structured logs. Nothing personal goes in: no addresses, names, contact details, complaint text,
 * references, tracking codes, cookies or request bodies. Requests are logged by route pattern, not
 * by URL. The redaction list is a second line of defence, not the first.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'heard-portal' },
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
  });
}
