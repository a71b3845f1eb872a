/**
 * How mail leaves Heard, chosen by `MAIL_TRANSPORT`: printed (local use), appended to a file (local
 * use and tests), or sent through an SMTP server with nodemailer.
 *
 * Every message carries the id of its outbox row. An adapter that can tell whether a message with
 * that id already went (`wasDelivered`) lets the worker settle a delivery left in doubt by a crash
 * without sending it twice; SMTP cannot tell, so after a crash at the wrong moment a message may
 * arrive twice, with the same Message-ID (docs/decisions/0008).
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Env } from '../env.js';

export interface MailMessage {
  /** The outbox row's id: the same on every attempt. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailAdapter {
  readonly name: 'console' | 'file' | 'smtp';
  deliver(message: MailMessage): Promise<void>;
  /** Whether the message with this id was delivered; absent when the transport cannot say. */
  wasDelivered?(id: string): Promise<boolean>;
  close?(): void;
}

/** Prints each message to standard output, for a developer's machine. */
export function consoleMailAdapter(
  write: (text: string) => void = (t) => process.stdout.write(t),
): MailAdapter {
  return {
    name: 'console',
    deliver(message) {
      write(
        `--- mail ${message.id}\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n---\n`,
      );
      return Promise.resolve();
    },
  };
}

/**
 * Appends one JSON line per delivery to a file. A line is one `write` to a file opened for
 * appending, so a process killed while writing leaves whole lines or none.
 */
export function fileMailAdapter(filePath: string, from: string): MailAdapter {
  const ready = mkdir(path.dirname(filePath), { recursive: true });
  return {
    name: 'file',
    async deliver(message) {
      await ready;
      const line = JSON.stringify({
        id: message.id,
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      await appendFile(filePath, `${line}\n`, 'utf8');
    },
    async wasDelivered(id) {
      await ready;
      let content: string;
      try {
        content = await readFile(filePath, 'utf8');
      } catch {
        return false;
      }
      return content.split('\n').some((line) => line.startsWith(`{"id":${JSON.stringify(id)},`));
    },
  };
}

export function smtpMailAdapter(smtpUrl: string, from: string): MailAdapter {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    async deliver(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        // The same id on every attempt, so a repeat after a crash can be recognised.
        messageId: `<${message.id}@heard.outbox>`,
      });
    },
    close() {
      transport.close();
    },
  };
}

export function createMailAdapter(env: Env, log: Logger): MailAdapter {
  switch (env.MAIL_TRANSPORT) {
    case 'file':
      return fileMailAdapter(env.MAIL_FILE_PATH, env.MAIL_FROM);
    case 'smtp':
      if (!env.SMTP_URL) throw new Error('SMTP_URL is needed when MAIL_TRANSPORT is smtp');
      return smtpMailAdapter(env.SMTP_URL, env.MAIL_FROM);
    case 'console':
      log.info('mail is printed to the console (MAIL_TRANSPORT=console)');
      return consoleMailAdapter();
  }
}
