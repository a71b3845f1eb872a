import { Radios, Textarea, TextInput, type ChoiceItem, type TextInputProps } from '@heard/ui';
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { fieldId, messageAt } from '../lib/formErrors';

/**
 * Form fields bound to react-hook-form by name: each takes its id from the name
 * (`children.0.age` → `children-0-age`), which the error summary links to, and shows the
 * message for its name.
 */
interface BoundProps<V extends FieldValues, O> {
  form: UseFormReturn<V, unknown, O>;
  name: Path<V>;
  label: ReactNode;
  hint?: ReactNode;
}

export function TextField<V extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  width,
  inputMode,
  autoComplete,
  spellCheck,
  type,
}: BoundProps<V, O> & {
  width?: TextInputProps['width'];
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  autoComplete?: string;
  spellCheck?: boolean;
  type?: 'text' | 'email' | 'tel';
}) {
  return (
    <TextInput
      id={fieldId(name)}
      label={label}
      hint={hint}
      width={width}
      inputMode={inputMode}
      autoComplete={autoComplete ?? 'off'}
      spellCheck={spellCheck}
      type={type}
      error={messageAt(form.formState.errors, name)}
      {...form.register(name)}
    />
  );
}

/**
 * A calendar date typed as `YYYY-MM-DD`, the form the domain's date messages describe ("Enter a
 * real date in the format YYYY-MM-DD"). It starts at today, which is what staff record most.
 */
export function DateField<V extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  today,
}: BoundProps<V, O> & { today: string }) {
  return (
    <TextField
      form={form}
      name={name}
      label={label}
      hint={hint ?? `Year, month and day, for example ${today}.`}
      width={10}
      spellCheck={false}
    />
  );
}

export function TextareaField<V extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  rows = 4,
  characterLimit,
}: BoundProps<V, O> & { rows?: number; characterLimit?: number }) {
  return (
    <Textarea
      id={fieldId(name)}
      label={label}
      hint={hint}
      rows={rows}
      characterLimit={characterLimit}
      error={messageAt(form.formState.errors, name)}
      {...form.register(name)}
    />
  );
}

export function RadiosField<V extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  items,
  inline = false,
  small = false,
  legendSize,
  onChosen,
}: Omit<BoundProps<V, O>, 'label'> & {
  label: ReactNode;
  items: readonly ChoiceItem[];
  inline?: boolean;
  small?: boolean;
  legendSize?: 's' | 'm';
  /** Called with the chosen value, after the form has it. */
  onChosen?: (value: string) => void;
}) {
  const registered = form.register(name);
  return (
    <Radios
      name={name}
      idPrefix={fieldId(name)}
      legend={label}
      legendSize={legendSize}
      hint={hint}
      items={items}
      inline={inline}
      small={small}
      error={messageAt(form.formState.errors, name)}
      bindings={{
        ref: registered.ref,
        onBlur: (event) => {
          void registered.onBlur(event);
        },
        onChange: (event) => {
          void registered.onChange(event);
          onChosen?.(event.target.value);
        },
      }}
    />
  );
}
