/** The pages of the complaint journey, one question (or two close ones) to a page. */
import { submissionLimits } from '@heard/domain';
import { Checkboxes, Fieldset, Hint, Radios, TextInput } from '@heard/ui';
import { complaintJourney } from '../journeys/complaint.js';
import type { ComplaintField, ComplaintValues } from '../journeys/complaint.js';
import { consentItems, fromItems } from './choices.js';
import { CountedTextarea } from './CountedTextarea.js';
import { StepForm } from './StepForm.js';
import type { StepProps } from './StepForm.js';

export const complaintStepIslandId = 'complaint-step';
export const complaintCaption = "Tell us what's wrong";

export type ComplaintStepProps = StepProps<ComplaintField>;

/** The offer of an advocate, in words for whoever is asking (Wandsworth 2021-22 §3.2). */
export function advocateQuestion(values: Pick<ComplaintValues, 'complainantType'>) {
  switch (values.complainantType) {
    case 'parent_carer':
      return {
        legend: 'Would your child like an advocate?',
        hint: [
          'An advocate is someone on your child’s side. They help your child say what they want.',
          'They do not work for the council. It is free.',
        ],
      };
    case 'advocate':
      return {
        legend: 'Would the young person like an advocate?',
        hint: [
          'An advocate is someone on the young person’s side. They do not work for the council. It is free.',
          'If you are their advocate, choose no.',
        ],
      };
    default:
      return {
        legend: 'Would you like an advocate?',
        hint: [
          'An advocate is someone on your side. They help you say what you want.',
          'They do not work for the council. It is free.',
        ],
      };
  }
}

export function ComplaintStep(props: ComplaintStepProps) {
  const { values, liveValues = values } = props;
  return (
    <StepForm journey={complaintJourney} props={props} caption={complaintCaption}>
      {({ errors, hydrated }) => {
        switch (props.step) {
          case 'young-person':
            return (
              <>
                <h1 className="govuk-heading-l">The young person you are helping</h1>
                <TextInput
                  id="onBehalfOf"
                  name="onBehalfOf"
                  label="What is their name?"
                  labelSize="m"
                  autoComplete="off"
                  spellCheck={false}
                  error={errors.onBehalfOf}
                  defaultValue={values.onBehalfOf}
                />
                <Checkboxes
                  name="consent"
                  legend="Did they say yes?"
                  legendSize="m"
                  hint="You can only make a complaint for a young person if they agree."
                  items={consentItems}
                  values={values.consent === '' ? [] : [values.consent]}
                  error={errors.consent}
                />
              </>
            );
          case 'what-happened':
            return (
              <CountedTextarea
                id="whatHappened"
                name="whatHappened"
                label="What happened?"
                labelSize="l"
                isPageHeading
                hint="Tell us what went wrong. You can say when it happened and who was there. Spelling does not matter."
                error={errors.whatHappened}
                characterLimit={submissionLimits.whatHappened}
                hydrated={hydrated}
                startLength={liveValues.whatHappened.length}
                rows={8}
                defaultValue={values.whatHappened}
              />
            );
          case 'outcome':
            return (
              <CountedTextarea
                id="desiredOutcome"
                name="desiredOutcome"
                label="What would you like to happen? (optional)"
                labelSize="l"
                isPageHeading
                hint="You might want someone to say sorry, or something to change. You can leave this empty."
                error={errors.desiredOutcome}
                characterLimit={submissionLimits.desiredOutcome}
                hydrated={hydrated}
                startLength={liveValues.desiredOutcome.length}
                defaultValue={values.desiredOutcome}
              />
            );
          case 'advocate': {
            const question = advocateQuestion(values);
            return (
              <Radios
                name="advocate"
                legend={question.legend}
                legendSize="l"
                isPageHeading
                hint={question.hint.map((line) => (
                  <span key={line} className="heard-line">
                    {line}
                  </span>
                ))}
                inline
                items={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No' },
                ]}
                value={values.advocate}
                error={errors.advocate}
              />
            );
          }
          case 'contact':
            return (
              <div className="govuk-form-group">
                <Fieldset
                  legend="How can we contact you? (optional)"
                  legendSize="l"
                  isPageHeading
                  describedBy="contact-hint"
                >
                  <Hint id="contact-hint">
                    We will use these to reply to you. You do not have to give them. You can still
                    check on your complaint with the codes we give you.
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
                name="complainantType"
                legend="Who is this complaint from?"
                legendSize="l"
                isPageHeading
                items={fromItems('advocate')}
                value={values.complainantType}
                error={errors.complainantType}
              />
            );
        }
      }}
    </StepForm>
  );
}
