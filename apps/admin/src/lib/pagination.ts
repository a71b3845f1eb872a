/** Paging through lists by a `page` search parameter, 25 rows a page. */

export const pageSize = 25;

/** The page number in `?page=`, or 1 when missing or not a positive whole number. */
export function parsePage(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && Number.isSafeInteger(page) ? page : 1;
}

export function offsetForPage(page: number, size: number = pageSize): number {
  return (page - 1) * size;
}

export interface PageSummary {
  first: number;
  last: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  pageCount: number;
}

/** Where a page sits in the whole list: rows `first` to `last` of `total`. */
export function summarisePage(
  page: number,
  rowsOnPage: number,
  total: number,
  size: number = pageSize,
): PageSummary {
  const offset = offsetForPage(page, size);
  return {
    first: rowsOnPage === 0 ? 0 : offset + 1,
    last: offset + rowsOnPage,
    total,
    hasPrevious: page > 1,
    hasNext: offset + rowsOnPage < total,
    pageCount: Math.max(1, Math.ceil(total / size)),
  };
}

/** `Showing 1 to 25 of 43 complaints`. */
export function showingText(summary: PageSummary, noun: string, nounPlural: string): string {
  const what = summary.total === 1 ? noun : nounPlural;
  return `Showing ${summary.first} to ${summary.last} of ${summary.total} ${what}`;
}
