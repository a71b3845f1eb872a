import pino, { type Logger } from 'pino';

/**
 * Structured logs. Nothing personal goes in: no names, contact details, complaint text, tracking
 * codes, cookies or request bodies. The redaction list is a second line of defence, not the first.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'heard-api' },
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
  });
}
