/**
 * The portal's logger writes no value a visitor sent, whatever error carries it: a body parser's
 * error holding the raw body, a database error passed back from the API, or an error logged on
 * its own (whose message pino would otherwise use as the line's message).
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, serializeError } from '../src/server/logger.js';

const MARK = '7f3a9c';

class Captured extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}

describe('portal logs', () => {
  it('no log line carries a value a visitor sent, whatever error carries it', () => {
    const captured = new Captured();
    const log = createLogger('trace', captured);
    const bodyError = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
      body: `contactName=MARK-${MARK}&contactEmail=mark-${MARK}%40example.com`,
    });
    const driver = Object.assign(new Error(`invalid input syntax for type uuid: "MARK-${MARK}"`), {
      code: '22P02',
      detail: `Key (email)=(mark-${MARK}@example.com) already exists.`,
    });
    const query = Object.assign(
      new Error(`Failed query: select $1\nparams: MARK-${MARK}`, { cause: driver }),
      { params: [`MARK-${MARK}`] },
    );
    log.error({ err: bodyError }, 'request failed');
    log.error(query);
    log.warn({ error: query }, 'api call failed');
    log.info({ err: `mail to mark-${MARK}@example.com was refused` }, 'mail');
    expect(captured.lines).toHaveLength(4);
    expect(captured.lines.filter((l) => l.toLowerCase().includes(MARK))).toEqual([]);
    expect(serializeError(query)).toMatchObject({
      message: 'Failed query: invalid input syntax for type uuid',
      sqlState: '22P02',
    });
    expect(serializeError(bodyError)).toEqual({
      type: 'Error',
      message: 'request entity too large',
      stack: expect.any(String) as string,
    });
  });
});
