/** The pages of the "say thank you" journey. */
import { Checkboxes, Radios, TextInput } from '@heard/ui';
import { complimentJourney } from '../journeys/compliment.js';
import type { ComplimentField } from '../journeys/compliment.js';
import { consentItems, fromItems } from './choices.js';
import { portalLimits } from '../journeys/limits.js';
import { CountedTextarea } from './CountedTextarea.js';
import { StepForm } from './StepForm.js';
import type { StepProps } from './StepForm.js';

export const complimentStepIslandId = 'compliment-step';
export const complimentCaption = 'Say thank you';

export type ComplimentStepProps = StepProps<ComplimentField>;

export function ComplimentStep(props: ComplimentStepProps) {
  const { values, liveValues = values } = props;
  return (
    <StepForm journey={complimentJourney} props={props} caption={complimentCaption}>
      {({ errors, hydrated }) => {
        switch (props.step) {
          case 'young-person':
            return (
              <Checkboxes
                name="consent"
                legend="Did the young person say yes?"
                legendSize="l"
                isPageHeading
                hint="You can only say thank you for a young person if they agree."
                items={consentItems}
                values={values.consent === '' ? [] : [values.consent]}
                error={errors.consent}
              />
            );
          case 'words':
            return (
              <CountedTextarea
                id="words"
                name="words"
                label="What would you like to say thank you for?"
                labelSize="l"
                isPageHeading
                hint="Tell us who helped and what they did. Spelling does not matter."
                error={errors.words}
                characterLimit={portalLimits.thankYou}
                hydrated={hydrated}
                startLength={liveValues.words.length}
                rows={8}
                defaultValue={values.words}
              />
            );
          case 'who-for':
            return (
              <TextInput
                id="teamHint"
                name="teamHint"
                label="Who would you like to thank? (optional)"
                labelSize="l"
                isPageHeading
                hint="This could be a name or a team. You can leave this empty."
                spellCheck={false}
                error={errors.teamHint}
                defaultValue={values.teamHint}
              />
            );
          default:
            return (
              <Radios
                name="fromType"
                legend="Who is this thank you from?"
                legendSize="l"
                isPageHeading
                items={fromItems('professional')}
                value={values.fromType}
                error={errors.fromType}
              />
            );
        }
      }}
    </StepForm>
  );
}
