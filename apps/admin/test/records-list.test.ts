/**
 * The records' list pages read 50 rows a page, the page kept in the address: the count says which
 * rows are shown, and the GOV.UK pagination links carry the page before and after this one.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuthorityContext, type ServedAuthority } from '../src/context';
import { summarisePage } from '../src/lib/pagination';
import {
  RecordList,
  recordCountText,
  recordListHref,
  type RecordListProps,
} from '../src/routes/records/RecordList';

interface Row {
  id: string;
  issue: string;
  team: string;
}

const authority = { id: 'a1', code: 'WBC', name: 'Westbury Borough Council' } as ServedAuthority;

function rows(from: number, count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `row-${String(from + i)}`,
    issue: `Issue ${String(from + i)}`,
    team: 'Fostering Team',
  }));
}

function render(page: number, data: { total: number; rows: Row[] } | undefined): string {
  const props: RecordListProps<Row> = {
    list: {
      data,
      error: null,
      isError: false,
      isPending: data === undefined,
      isPlaceholderData: false,
      refetch: () => undefined,
    },
    page,
    name: 'learning actions',
    noun: ['action', 'actions'],
    caption: 'Learning actions, open ones first by due date',
    path: 'learning',
    columns: [
      { header: 'Issue', cell: (row) => row.issue },
      { header: 'Team', cell: (row) => row.team },
    ],
  };
  return renderToStaticMarkup(
    createElement(
      MemoryRouter,
      { initialEntries: [`/a/WBC/records/learning?page=${String(page)}`] },
      createElement(
        AuthorityContext.Provider,
        { value: authority },
        createElement(RecordList<Row>, props),
      ),
    ),
  );
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

/** The address of the pagination link with this `rel`, or undefined when there is none. */
const pageLink = (html: string, rel: 'prev' | 'next') =>
  new RegExp(`<a [^>]*rel="${rel}" href="([^"]+)"`).exec(html)?.[1];

describe('a list of records, a page at a time', () => {
  it('shows every record and no pagination when they fit on one page', () => {
    const html = render(1, { total: 3, rows: rows(1, 3) });
    expect(html).toContain('<p class="govuk-body app-results-count">3 actions</p>');
    expect(html).not.toContain('govuk-pagination');
    expect(html).toContain('Learning actions, open ones first by due date</caption>');
    expect(hrefs(html)).toEqual([
      '/a/WBC/records/learning/row-1',
      '/a/WBC/records/learning/row-2',
      '/a/WBC/records/learning/row-3',
    ]);
    // The first column is each row's header, a link to the record.
    expect(html).toMatch(
      /<th scope="row" class="govuk-table__header"><a class="govuk-link" href="\/a\/WBC\/records\/learning\/row-1"[^>]*>Issue 1<\/a><\/th>/,
    );
    expect(html).toContain('<td class="govuk-table__cell" data-label="Team">Fostering Team</td>');
  });

  it('links the first page to the next, carrying the page in the address', () => {
    const html = render(1, { total: 120, rows: rows(1, 50) });
    expect(html).toContain('Showing 1 to 50 of 120 actions');
    expect(html).toContain('aria-label="Pages of learning actions"');
    expect(pageLink(html, 'next')).toBe('/a/WBC/records/learning?page=2');
    expect(pageLink(html, 'prev')).toBeUndefined();
    expect(html).toContain('Page 1 of 3');
    expect(html).toContain('open ones first by due date, page 1 of 3</caption>');
  });

  it('links a middle page both ways, the first page without a page in its address', () => {
    const html = render(2, { total: 120, rows: rows(51, 50) });
    expect(html).toContain('Showing 51 to 100 of 120 actions');
    expect(pageLink(html, 'prev')).toBe('/a/WBC/records/learning');
    expect(pageLink(html, 'next')).toBe('/a/WBC/records/learning?page=3');
    expect(html).toContain('/a/WBC/records/learning/row-51');
  });

  it('offers the first page from a page past the end', () => {
    const html = render(7, { total: 120, rows: [] });
    expect(html).toContain('There are no learning actions on this page.');
    expect(hrefs(html)).toEqual(['/a/WBC/records/learning']);
  });

  it('says when there are none yet, and loads politely before that', () => {
    expect(render(1, { total: 0, rows: [] })).toContain('There are no learning actions yet.');
    expect(render(1, undefined)).toContain('role="status" aria-live="polite"');
  });
});

describe('recordCountText and recordListHref', () => {
  it('counts all the records when one page holds them, in the singular for one', () => {
    expect(recordCountText(summarisePage(1, 1, 1, 50), ['case', 'cases'])).toBe('1 case');
    expect(recordCountText(summarisePage(1, 50, 50, 50), ['case', 'cases'])).toBe('50 cases');
    expect(recordCountText(summarisePage(2, 1, 51, 50), ['case', 'cases'])).toBe(
      'Showing 51 to 51 of 51 cases',
    );
  });

  it('leaves the page out of the first page’s address', () => {
    expect(recordListHref('/a/WBC/records/comments', 1)).toBe('/a/WBC/records/comments');
    expect(recordListHref('/a/WBC/records/comments', 4)).toBe('/a/WBC/records/comments?page=4');
  });
});
