/**
 * The reporting year. Councils report complaints by financial year, 1 April to 31 March (domain
 * brief, "How councils count"; Wandsworth 2021-22 table 1), in quarters of three months from April (Wandsworth 2021-22
 * table 2: "Q1" is April to June). A year is named by the calendar year it starts in: 2021 is
 * 2021-22.
 */

export interface FinancialYear {
  /** The calendar year the financial year starts in. */
  readonly year: number;
  /** How reports write it: `2021-22`. */
  readonly label: string;
  /** 1 April, inclusive. */
  readonly from: string;
  /** 31 March of the next calendar year, inclusive. */
  readonly to: string;
}

/** The financial year that starts on 1 April of `year`. */
export function financialYear(year: number): FinancialYear {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw new RangeError(`A financial year is named by a four-digit year, not ${String(year)}`);
  }
  return {
    year,
    label: `${String(year)}-${String((year + 1) % 100).padStart(2, '0')}`,
    from: `${String(year)}-04-01`,
    to: `${String(year + 1)}-03-31`,
  };
}

/** The financial year an ISO date falls in. */
export function financialYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** Quarter of the financial year, 0 for April-June to 3 for January-March. */
export function quarterIndexOf(date: string): 0 | 1 | 2 | 3 {
  const month = Number(date.slice(5, 7));
  if (month >= 4 && month <= 6) return 0;
  if (month >= 7 && month <= 9) return 1;
  if (month >= 10) return 2;
  return 3;
}

/**
 * A whole-number percentage, rounded half up: 35 of 63 is 56% (Wandsworth 2021-22 §11.2), 1 of 8 is 13%.
 * Null when there is nothing to divide by. Integer arithmetic, so halves are never lost to
 * floating point.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((200 * part + whole) / (2 * whole));
}
