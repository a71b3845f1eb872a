import { useEffect, useState } from 'react';
import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './cx.js';

/** Text sizes for labels and legends; 'l' for a question that is the page's heading. */
export type TextSize = 's' | 'm' | 'l' | 'xl';

/** The ids that describe a field: its hint and its error, when shown. */
function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length === 0 ? undefined : list.join(' ');
}

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  size?: TextSize;
  /** The label is the page's only question, so it is also its heading. */
  isPageHeading?: boolean;
  className?: string;
}

export function Label({ htmlFor, children, size, isPageHeading = false, className }: LabelProps) {
  const label = (
    <label
      className={cx('govuk-label', size !== undefined && `govuk-label--${size}`, className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

export interface HintProps {
  id: string;
  children: ReactNode;
  className?: string;
}

export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={cx('govuk-hint', className)}>
      {children}
    </div>
  );
}

export interface ErrorMessageProps {
  id: string;
  children: ReactNode;
}

/** A field's error, with a hidden "Error:" so screen readers say what it is. */
export function ErrorMessage({ id, children }: ErrorMessageProps) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  legendSize?: TextSize;
  isPageHeading?: boolean;
  describedBy?: string;
  children: ReactNode;
}

/** Groups related fields under one question (the legend). */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading = false,
  describedBy: ids,
  children,
}: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={ids}>
      <legend
        className={cx(
          'govuk-fieldset__legend',
          legendSize !== undefined && `govuk-fieldset__legend--${legendSize}`,
        )}
      >
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}

interface FieldCommon {
  id: string;
  name: string;
  label: ReactNode;
  labelSize?: TextSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  /** The problem with what was entered, in words that say how to put it right. */
  error?: string | undefined;
}

export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30;

export interface TextInputProps
  extends
    FieldCommon,
    Omit<
      InputHTMLAttributes<HTMLInputElement>,
      'id' | 'name' | 'className' | 'children' | 'width'
    > {
  width?: InputWidth;
  ref?: Ref<HTMLInputElement>;
}

/** A one-line text box with its label, hint and error. */
export function TextInput({
  id,
  name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  width,
  type = 'text',
  ...rest
}: TextInputProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className={cx('govuk-form-group', error !== undefined && 'govuk-form-group--error')}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hintId === undefined ? null : <Hint id={hintId}>{hint}</Hint>}
      {errorId === undefined ? null : <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <input
        className={cx(
          'govuk-input',
          width !== undefined && `govuk-input--width-${width}`,
          error !== undefined && 'govuk-input--error',
        )}
        id={id}
        name={name}
        type={type}
        aria-describedby={describedBy(hintId, errorId)}
        {...rest}
      />
    </div>
  );
}

export interface TextareaProps
  extends
    FieldCommon,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'className' | 'children'> {
  /**
   * The most characters the answer may have. The box says so in a hint; the browser's own
   * `maxlength` is not used because it cuts text off without telling anyone.
   */
  characterLimit?: number;
  /**
   * How many characters have been typed, once a script is counting. Then the box shows how many are
   * left and tells screen reader users when they stop typing.
   */
  characterCount?: number | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A box for a longer answer, with its label, hint, error and character limit. */
export function Textarea({
  id,
  name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  characterLimit,
  characterCount,
  rows = 5,
  ...rest
}: TextareaProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const infoId = characterLimit === undefined ? undefined : `${id}-info`;
  const counting = characterLimit !== undefined && characterCount !== undefined;
  const over = counting && characterCount > characterLimit;
  return (
    <div
      className={cx(
        'govuk-form-group',
        characterLimit !== undefined && 'govuk-character-count',
        error !== undefined && 'govuk-form-group--error',
      )}
    >
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hintId === undefined ? null : <Hint id={hintId}>{hint}</Hint>}
      {errorId === undefined ? null : <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <textarea
        className={cx('govuk-textarea', (error !== undefined || over) && 'govuk-textarea--error')}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(hintId, errorId, infoId)}
        {...rest}
      />
      {infoId === undefined ? null : (
        <Hint
          id={infoId}
          className={cx('govuk-character-count__message', counting && 'govuk-visually-hidden')}
        >
          {`You can enter up to ${characterLimit} characters`}
        </Hint>
      )}
      {counting ? <CharacterCountStatus limit={characterLimit} count={characterCount} /> : null}
    </div>
  );
}

/** The words for how many characters are left, or how many too many. */
export function characterCountMessage(limit: number, count: number): string {
  const left = limit - count;
  const n = Math.abs(left);
  const characters = n === 1 ? 'character' : 'characters';
  return left < 0
    ? `You have ${n} ${characters} too many`
    : `You have ${n} ${characters} remaining`;
}

/** How long typing must pause before a screen reader hears the count (GOV.UK Frontend uses 1 s). */
const announceAfterMs = 1000;

function CharacterCountStatus({ limit, count }: { limit: number; count: number }) {
  const message = characterCountMessage(limit, count);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setAnnounced(message);
    }, announceAfterMs);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);
  return (
    <>
      <div
        className={cx(
          'govuk-character-count__status',
          count > limit ? 'govuk-error-message' : 'govuk-hint',
        )}
        aria-hidden="true"
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** What a form library passes to every input of a group: its handlers and a ref. */
export interface ChoiceInputBindings {
  onChange?: InputHTMLAttributes<HTMLInputElement>['onChange'];
  onBlur?: InputHTMLAttributes<HTMLInputElement>['onBlur'];
  ref?: Ref<HTMLInputElement>;
}

interface ChoiceGroupProps {
  name: string;
  /** The first item's id; later items add "-2", "-3" and so on, so the error summary can link to the first. */
  idPrefix?: string;
  legend: ReactNode;
  legendSize?: TextSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  items: readonly ChoiceItem[];
  bindings?: ChoiceInputBindings;
  small?: boolean;
}

function itemId(prefix: string, index: number): string {
  return index === 0 ? prefix : `${prefix}-${index + 1}`;
}

function ChoiceGroup({
  kind,
  name,
  idPrefix = name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  bindings,
  small = false,
  isChecked,
  inline = false,
}: ChoiceGroupProps & {
  kind: 'radios' | 'checkboxes';
  isChecked: (value: string) => boolean;
  inline?: boolean;
}) {
  const hintId = hint === undefined ? undefined : `${idPrefix}-hint`;
  const errorId = error === undefined ? undefined : `${idPrefix}-error`;
  return (
    <div className={cx('govuk-form-group', error !== undefined && 'govuk-form-group--error')}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describedBy(hintId, errorId)}
      >
        {hintId === undefined ? null : <Hint id={hintId}>{hint}</Hint>}
        {errorId === undefined ? null : <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div
          className={cx(
            `govuk-${kind}`,
            small && `govuk-${kind}--small`,
            inline && `govuk-${kind}--inline`,
          )}
          data-module={`govuk-${kind}`}
        >
          {items.map((item, index) => {
            const id = itemId(idPrefix, index);
            const itemHintId = item.hint === undefined ? undefined : `${id}-item-hint`;
            return (
              <div key={item.value} className={`govuk-${kind}__item`}>
                <input
                  className={`govuk-${kind}__input`}
                  id={id}
                  name={name}
                  type={kind === 'radios' ? 'radio' : 'checkbox'}
                  value={item.value}
                  defaultChecked={isChecked(item.value)}
                  aria-describedby={itemHintId}
                  {...bindings}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                  {item.label}
                </label>
                {itemHintId === undefined ? null : (
                  <Hint id={itemHintId} className={`govuk-${kind}__hint`}>
                    {item.hint}
                  </Hint>
                )}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

export interface RadiosProps extends ChoiceGroupProps {
  /** The chosen value, if any. */
  value?: string | undefined;
  /** Side by side, for two short answers such as Yes and No. */
  inline?: boolean;
}

/** One answer from a short list. */
export function Radios({ value, ...props }: RadiosProps) {
  return <ChoiceGroup kind="radios" isChecked={(v) => v === value} {...props} />;
}

export interface CheckboxesProps extends ChoiceGroupProps {
  /** The chosen values. */
  values?: readonly string[];
}

/** Any number of answers from a list. */
export function Checkboxes({ values = [], ...props }: CheckboxesProps) {
  return <ChoiceGroup kind="checkboxes" isChecked={(v) => values.includes(v)} {...props} />;
}
