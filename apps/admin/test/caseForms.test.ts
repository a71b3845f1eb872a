import { describe, expect, it } from 'vitest';
import {
  assignFormSchema,
  assignMessages,
  noteFormSchema,
  noteMessages,
} from '../src/lib/caseForms';

describe('noteFormSchema', () => {
  it('takes a note with the API’s limits and words', () => {
    expect(noteFormSchema.parse({ body: '  Called the carer.  ' })).toEqual({
      body: 'Called the carer.',
    });
    expect(noteFormSchema.safeParse({ body: '   ' }).error?.issues[0]?.message).toBe(
      noteMessages.body,
    );
    expect(noteFormSchema.safeParse({ body: 'x'.repeat(5001) }).error?.issues[0]?.message).toBe(
      noteMessages.tooLong,
    );
  });
});

describe('assignFormSchema', () => {
  it('reads a person in one of the roles that need assigning', () => {
    expect(assignFormSchema.parse({ assignee: 'abc:independent_person' })).toEqual({
      assignee: { staffId: 'abc', role: 'independent_person' },
    });
    for (const assignee of ['', 'abc', 'abc:complaints_manager']) {
      expect(assignFormSchema.safeParse({ assignee }).error?.issues[0]?.message).toBe(
        assignMessages.assignee,
      );
    }
  });
});
