/** The pages of the "tell us something" journey. */
import { Checkboxes, Fieldset, Hint, InsetText, Radios, TextInput } from '@heard/ui';
import { commentJourney } from '../journeys/comment.js';
import type { CommentField } from '../journeys/comment.js';
import { consentItems, fromItems } from './choices.js';
import { portalLimits } from '../journeys/limits.js';
import { CountedTextarea } from './CountedTextarea.js';
import { StepForm } from './StepForm.js';
import type { StepProps } from './StepForm.js';

export const commentStepIslandId = 'comment-step';
export const commentCaption = 'Tell us something';

export interface CommentStepProps extends StepProps<CommentField> {
  /** Where to make a complaint instead, if that is what they want. */
  complainPath: string;
}

export function CommentStep(props: CommentStepProps) {
  const { values, liveValues = values } = props;
  return (
    <StepForm journey={commentJourney} props={props} caption={commentCaption}>
      {({ errors, hydrated }) => {
        switch (props.step) {
          case 'young-person':
            return (
              <Checkboxes
                name="consent"
                legend="Did the young person say yes?"
                legendSize="l"
                isPageHeading
                hint="You can only tell us something for a young person if they agree."
                items={consentItems}
                values={values.consent === '' ? [] : [values.consent]}
                error={errors.consent}
              />
            );
          case 'words':
            return (
              <>
                <CountedTextarea
                  id="words"
                  name="words"
                  label="What would you like to tell us?"
                  labelSize="l"
                  isPageHeading
                  hint="It could be an idea, a question, or something we should know. Spelling does not matter."
                  error={errors.words}
                  characterLimit={portalLimits.comment}
                  hydrated={hydrated}
                  startLength={liveValues.words.length}
                  rows={8}
                  defaultValue={values.words}
                />
                <InsetText>
                  If something is wrong and you want us to put it right, you can{' '}
                  <a className="govuk-link" href={props.complainPath}>
                    make a complaint
                  </a>{' '}
                  instead.
                </InsetText>
              </>
            );
          case 'contact':
            return (
              <div className="govuk-form-group">
                <Fieldset
                  legend="How can we reply to you? (optional)"
                  legendSize="l"
                  isPageHeading
                  describedBy="contact-hint"
                >
                  <Hint id="contact-hint">
                    If you want a reply, tell us how to reach you. You do not have to.
                  </Hint>
                  <TextInput
                    id="contactName"
                    name="contactName"
                    label="Your name"
                    autoComplete="name"
                    spellCheck={false}
                    error={errors.contactName}
                    defaultValue={values.contactName}
                  />
                  <TextInput
                    id="contactEmail"
                    name="contactEmail"
                    type="email"
                    label="Email address"
                    autoComplete="email"
                    spellCheck={false}
                    error={errors.contactEmail}
                    defaultValue={values.contactEmail}
                  />
                  <TextInput
                    id="contactPhone"
                    name="contactPhone"
                    type="tel"
                    label="Phone number"
                    autoComplete="tel"
                    width={20}
                    error={errors.contactPhone}
                    defaultValue={values.contactPhone}
                  />
                </Fieldset>
              </div>
            );
          default:
            return (
              <Radios
                name="fromType"
                legend="Who is this from?"
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
