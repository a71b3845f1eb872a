import { describe, expect, it } from 'vitest';
import {
  caseDateSchema,
  caseEventSchema,
  extensionAgreedEventSchema,
  isoDateSchema,
  LIMITS,
  MESSAGES,
  panelHeldEventSchema,
  receivedEventSchema,
} from '../src/index.js';
import { panel } from './helpers.js';

const messages = (result: { error?: { issues: { message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('date schemas', () => {
  it('accept real ISO dates and explain the format otherwise', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(messages(isoDateSchema.safeParse('2023-02-29'))).toEqual([MESSAGES.dateFormat]);
    expect(messages(isoDateSchema.safeParse('29/02/2024'))).toEqual([MESSAGES.dateFormat]);
  });

  it('keep case dates inside the working-day calendar', () => {
    expect(caseDateSchema.safeParse(LIMITS.caseDateMin).success).toBe(true);
    expect(caseDateSchema.safeParse(LIMITS.caseDateMax).success).toBe(true);
    expect(messages(caseDateSchema.safeParse('2009-12-31'))).toEqual([MESSAGES.caseDateRange]);
    expect(messages(caseDateSchema.safeParse('2098-01-01'))).toEqual([MESSAGES.caseDateRange]);
  });
});

describe('event schemas', () => {
  it('tell events apart by type, and reject unknown types', () => {
    expect(caseEventSchema.parse({ type: 'acknowledged', on: '2026-01-05' })).toEqual({
      type: 'acknowledged',
      on: '2026-01-05',
    });
    expect(caseEventSchema.safeParse({ type: 'lost', on: '2026-01-05' }).success).toBe(false);
  });

  it('require a procedure on receipt and a matter date after 1900', () => {
    expect(messages(receivedEventSchema.safeParse({ type: 'received', on: '2026-01-05' }))).toEqual(
      [MESSAGES.procedureRequired],
    );
    expect(
      messages(
        receivedEventSchema.safeParse({
          type: 'received',
          on: '2026-01-05',
          procedure: 'statutory',
          matterOccurredOn: '1899-12-31',
        }),
      ),
    ).toEqual([MESSAGES.matterDateRange]);
  });

  it('trim text and give the limit in the message', () => {
    const base = {
      type: 'extension_agreed',
      on: '2026-01-05',
      agreedBy: { id: ' cm ', name: ' Sam ' },
      workingDays: 5,
    };
    expect(extensionAgreedEventSchema.parse({ ...base, reason: '  Complex  ' })).toMatchObject({
      reason: 'Complex',
      agreedBy: { id: 'cm', name: 'Sam' },
    });
    expect(messages(extensionAgreedEventSchema.safeParse({ ...base, reason: '   ' }))).toEqual([
      MESSAGES.reasonRequired,
    ]);
    expect(
      messages(
        extensionAgreedEventSchema.safeParse({
          ...base,
          reason: 'x'.repeat(LIMITS.reasonMaxLength + 1),
        }),
      ),
    ).toEqual([MESSAGES.reasonTooLong]);
    expect(
      messages(extensionAgreedEventSchema.safeParse({ ...base, reason: 'x', workingDays: 41 })),
    ).toEqual([MESSAGES.extensionRange]);
    expect(
      messages(extensionAgreedEventSchema.safeParse({ ...base, reason: 'x', workingDays: 2.5 })),
    ).toEqual([MESSAGES.extensionWholeDays]);
  });

  it('a panel is three different people, one of them chairing (reg 19; Unnamed borough 2016-17 section 2)', () => {
    const held = { type: 'panel_held', on: '2026-04-20', members: panel, chairId: 'p-1' };
    expect(panelHeldEventSchema.safeParse(held).success).toBe(true);
    expect(
      messages(panelHeldEventSchema.safeParse({ ...held, members: panel.slice(0, 2) })),
    ).toContain(MESSAGES.panelSize);
    expect(
      messages(
        panelHeldEventSchema.safeParse({ ...held, members: [panel[0], panel[0], panel[1]] }),
      ),
    ).toEqual([MESSAGES.panelDistinct]);
    expect(messages(panelHeldEventSchema.safeParse({ ...held, chairId: 'someone-else' }))).toEqual([
      MESSAGES.panelChair,
    ]);
  });

  it('events survive a JSON round trip (the event table stores JSON)', () => {
    const event = caseEventSchema.parse({
      type: 'responded',
      on: '2026-01-12',
      outcomes: [{ issue: 'Contact', outcome: 'not_upheld' }],
      respondedBy: { id: 'm', name: 'M' },
    });
    expect(caseEventSchema.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });
});
