import { describe, expect, it } from 'vitest';
import {
  defaultView,
  emptyViewText,
  inboxSearch,
  isFiltered,
  parseInboxSearch,
  workloadViews,
} from '../src/lib/inbox';

const parse = (query: string) => parseInboxSearch(new URLSearchParams(query));

describe('parseInboxSearch', () => {
  it('shows the open complaints when the address names no view', () => {
    expect(parse('')).toEqual({
      view: defaultView,
      stage: undefined,
      team: undefined,
      assignee: undefined,
      page: 1,
    });
    expect(defaultView).toBe('open');
  });

  it('reads every view, filter and page from the address', () => {
    expect(
      parse(
        'view=overdue&stage=2&team=Leaving%20care&assignee=3f8c2a8e-5b7d-4c1e-9a0b-1c2d3e4f5a6b&page=3',
      ),
    ).toEqual({
      view: 'overdue',
      stage: 2,
      team: 'Leaving care',
      assignee: '3f8c2a8e-5b7d-4c1e-9a0b-1c2d3e4f5a6b',
      page: 3,
    });
  });

  it('leaves out what the API would refuse rather than sending it', () => {
    expect(parse('view=everything&stage=4&team=%20%20&assignee=bob')).toEqual({
      view: 'open',
      stage: undefined,
      team: undefined,
      assignee: undefined,
      page: 1,
    });
  });

  it('keeps a team name to the 200 characters the API accepts', () => {
    expect(parse(`team=${'a'.repeat(300)}`).team).toHaveLength(200);
  });
});

describe('inboxSearch', () => {
  it('writes nothing for the default view on the first page', () => {
    expect(inboxSearch({ view: 'open', page: 1 })).toBe('');
    expect(inboxSearch({})).toBe('');
  });

  it('writes the view and filters back to the address', () => {
    expect(inboxSearch({ view: 'untriaged', stage: 1, team: 'Leaving care', page: 2 })).toBe(
      '?view=untriaged&stage=1&team=Leaving+care&page=2',
    );
  });

  it('round-trips through parseInboxSearch', () => {
    const filters = parse('view=on_hold&stage=3&team=Fostering');
    expect(parse(inboxSearch(filters).slice(1))).toEqual(filters);
  });
});

describe('isFiltered and emptyViewText', () => {
  it('knows whether anything beyond the view narrows the list', () => {
    expect(isFiltered(parse('view=overdue'))).toBe(false);
    expect(isFiltered(parse('view=overdue&team=Fostering'))).toBe(true);
  });

  it('says what an empty view means, and when filters are why', () => {
    expect(emptyViewText('overdue', false)).toBe('Nothing is overdue.');
    expect(emptyViewText('overdue', true)).toBe('Nothing is overdue with these filters.');
    for (const view of workloadViews) expect(emptyViewText(view.id, false)).toMatch(/\.$/);
  });
});
