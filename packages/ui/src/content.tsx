import type { ReactNode } from 'react';
import { cx } from './cx.js';

export interface PanelProps {
  title: ReactNode;
  children?: ReactNode;
  /** 1 when the panel's title is the page's heading, which it is on a confirmation page. */
  headingLevel?: 1 | 2;
}

/** The green box that says something is done, such as "Complaint sent". */
export function Panel({ title, children, headingLevel = 1 }: PanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children === undefined ? null : <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}

/**
 * How to change an answer: a link to its page, or a button that sends the form the list is in
 * (when the answers travel with the form rather than being kept by the server).
 */
export type SummaryListAction =
  | { href: string; text: string; visuallyHiddenText: string }
  | { name: string; value: string; text: string; visuallyHiddenText: string };

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  /** A way to change this answer. */
  action?: SummaryListAction;
}

export interface SummaryListProps {
  rows: readonly SummaryListRow[];
  noBorder?: boolean;
}

/** Pairs of labels and values, such as the answers given or the details of a case. */
export function SummaryList({ rows, noBorder = false }: SummaryListProps) {
  const anyActions = rows.some((row) => row.action !== undefined);
  return (
    <dl className={cx('govuk-summary-list', noBorder && 'govuk-summary-list--no-border')}>
      {rows.map((row, index) => (
        <div
          key={index}
          className={cx(
            'govuk-summary-list__row',
            anyActions && row.action === undefined && 'govuk-summary-list__row--no-actions',
          )}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action === undefined ? null : (
            <dd className="govuk-summary-list__actions">
              {'href' in row.action ? (
                <a className="govuk-link" href={row.action.href}>
                  {row.action.text}
                  <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
                </a>
              ) : (
                <button
                  type="submit"
                  className="govuk-link heard-link-button"
                  name={row.action.name}
                  value={row.action.value}
                >
                  {row.action.text}
                  <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
                </button>
              )}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

export interface TableCell {
  text: ReactNode;
  numeric?: boolean;
}

export interface TableProps {
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'l';
  head: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
  /** The first cell of each row names the row. */
  firstCellIsHeader?: boolean;
}

/** A table of data, with a caption that says what it shows. */
export function Table({
  caption,
  captionSize = 'm',
  head,
  rows,
  firstCellIsHeader = false,
}: TableProps) {
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell, index) => (
            <th
              key={index}
              scope="col"
              className={cx(
                'govuk-table__header',
                cell.numeric === true && 'govuk-table__header--numeric',
              )}
            >
              {cell.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="govuk-table__row">
            {row.map((cell, index) => {
              const numeric = cell.numeric === true;
              return index === 0 && firstCellIsHeader ? (
                <th key={index} scope="row" className="govuk-table__header">
                  {cell.text}
                </th>
              ) : (
                <td
                  key={index}
                  className={cx('govuk-table__cell', numeric && 'govuk-table__cell--numeric')}
                >
                  {cell.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

export interface TagProps {
  children: ReactNode;
  colour?: TagColour;
}

/** A short status label, such as "Received". */
export function Tag({ children, colour }: TagProps) {
  return (
    <strong className={cx('govuk-tag', colour !== undefined && `govuk-tag--${colour}`)}>
      {children}
    </strong>
  );
}

export interface InsetTextProps {
  children: ReactNode;
}

/** Sets a short piece of text apart, such as a quote or a note to remember. */
export function InsetText({ children }: InsetTextProps) {
  return <div className="govuk-inset-text">{children}</div>;
}

export interface WarningTextProps {
  children: ReactNode;
  /** Read out before the text, since the "!" icon is hidden from screen readers. */
  iconFallbackText?: string;
}

/** Something important that people must not miss. */
export function WarningText({ children, iconFallbackText = 'Warning' }: WarningTextProps) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span> {children}
      </strong>
    </div>
  );
}

export interface BackLinkProps {
  href: string;
  children?: ReactNode;
}

export interface BackButtonProps {
  /** Where the form posts, with the answers so far in `fields`. */
  action: string;
  fields: Readonly<Record<string, string>>;
  /** The name and value the button sends, so the server knows to go back. */
  name: string;
  value: string;
  children?: ReactNode;
}

/**
 * "Back" for a journey whose answers travel with each form rather than being kept by the server: a
 * small form of its own, looking like GOV.UK's back link, that posts the answers so far. It is a
 * separate form, so pressing Enter in the page's main form can never go back by mistake.
 */
export function BackButton({ action, fields, name, value, children = 'Back' }: BackButtonProps) {
  return (
    <form method="post" action={action} className="heard-back-form">
      {Object.entries(fields).map(([field, text]) => (
        <input key={field} type="hidden" name={field} value={text} />
      ))}
      <button type="submit" className="govuk-back-link heard-back-button" name={name} value={value}>
        {children}
      </button>
    </form>
  );
}

/** A link to the previous page of a journey. A real link, so it works with no script. */
export function BackLink({ href, children = 'Back' }: BackLinkProps) {
  return (
    <a href={href} className="govuk-back-link">
      {children}
    </a>
  );
}
