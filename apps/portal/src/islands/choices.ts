/** Answers more than one journey offers, in the same words each time. */
import type { ChoiceItem } from '@heard/ui';

/** Who it is from. Each record keeps someone helping under its own name for them. */
export function fromItems(helperValue: string): ChoiceItem[] {
  return [
    { value: 'young_person', label: 'Me, I am a young person' },
    { value: 'parent_carer', label: 'A parent or carer' },
    {
      value: helperValue,
      label: 'Someone helping a young person',
      hint: 'For example, an advocate or another adult. The young person must agree.',
    },
  ];
}

export const consentItems: ChoiceItem[] = [
  { value: 'yes', label: 'The young person agreed I can do this' },
];

export const fromLabels: Record<string, string> = {
  young_person: 'Me, I am a young person',
  parent_carer: 'A parent or carer',
  advocate: 'Someone helping a young person',
  professional: 'Someone helping a young person',
};
