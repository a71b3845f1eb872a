import { useState } from 'react';
import { Textarea } from '@heard/ui';
import type { TextareaProps } from '@heard/ui';

/**
 * A long answer with GOV.UK's character count. The count is only live once the script runs; the
 * limit is said in words either way.
 */
export function CountedTextarea({
  hydrated,
  startLength,
  characterLimit,
  ...props
}: Omit<TextareaProps, 'characterCount' | 'onChange'> & {
  hydrated: boolean;
  /** How long the answer is when the script starts. */
  startLength: number;
  characterLimit: number;
}) {
  const [length, setLength] = useState(startLength);
  return (
    <Textarea
      {...props}
      characterLimit={characterLimit}
      characterCount={hydrated ? length : undefined}
      onChange={(event) => {
        setLength(event.currentTarget.value.length);
      }}
    />
  );
}
