/**
 * Examples of every component, in the states that matter (with hints, with errors, with values).
 * They feed the render tests and the accessibility run in a real browser, so each example must be
 * something a page could really show.
 */
import type { ReactElement } from 'react';
import {
  BackButton,
  BackLink,
  InsetText,
  Panel,
  SummaryList,
  Table,
  Tag,
  WarningText,
} from './content.js';
import { Button, ButtonGroup, ButtonLink } from './Button.js';
import { ErrorSummary } from './ErrorSummary.js';
import { ExitThisPage } from './ExitThisPage.js';
import { Checkboxes, Fieldset, Radios, Textarea, TextInput } from './form.js';
import { Footer, Header, PhaseBanner, SkipLink } from './layout.js';

export interface ComponentExample {
  component: string;
  name: string;
  /**
   * Where the example goes on its test page: inside `<main>`, or in the page's body around it
   * (landmarks such as the header and footer must not sit inside `<main>`).
   */
  placement: 'main' | 'before-main' | 'after-main';
  element: ReactElement;
}

const whoItems = [
  { value: 'young_person', label: 'Me, I am a young person' },
  { value: 'parent_carer', label: 'A parent or carer' },
  { value: 'advocate', label: 'Someone helping a young person', hint: 'For example, an advocate.' },
  { value: 'other', label: 'Someone else' },
] as const;

export const examples: readonly ComponentExample[] = [
  { component: 'SkipLink', name: 'default', placement: 'before-main', element: <SkipLink /> },
  {
    component: 'Header',
    name: 'with service link',
    placement: 'before-main',
    element: (
      <Header
        organisationName="Westshire Council"
        serviceName="Tell us about children's social care"
        serviceHref="/wsc"
      />
    ),
  },
  {
    component: 'Header',
    name: 'service name only',
    placement: 'before-main',
    element: <Header organisationName="Heard" serviceName="Tell us about children's social care" />,
  },
  {
    component: 'Footer',
    name: 'support links',
    placement: 'after-main',
    element: (
      <Footer
        links={[
          { href: '/accessibility', text: 'Accessibility statement' },
          { href: '/privacy', text: 'Privacy notice' },
        ]}
        meta="Heard is open-source software for councils."
      />
    ),
  },
  {
    component: 'PhaseBanner',
    name: 'beta',
    placement: 'main',
    element: (
      <PhaseBanner phase="Beta">
        This is a new service.{' '}
        <a className="govuk-link" href="/feedback">
          Tell us what you think
        </a>
        .
      </PhaseBanner>
    ),
  },
  {
    component: 'Button',
    name: 'submit',
    placement: 'main',
    element: <Button>Send complaint</Button>,
  },
  {
    component: 'Button',
    name: 'secondary and link in a group',
    placement: 'main',
    element: (
      <ButtonGroup>
        <Button variant="secondary" type="button">
          Save for later
        </Button>
        <a className="govuk-link" href="/cancel">
          Cancel
        </a>
      </ButtonGroup>
    ),
  },
  {
    component: 'ButtonLink',
    name: 'start',
    placement: 'main',
    element: (
      <ButtonLink href="/wsc/complain" start>
        Start now
      </ButtonLink>
    ),
  },
  {
    component: 'ErrorSummary',
    name: 'two problems',
    placement: 'main',
    element: (
      <>
        <ErrorSummary
          errors={[
            { fieldId: 'complainantType', text: 'Choose who is making the complaint' },
            { fieldId: 'whatHappened', text: 'Tell us what happened' },
          ]}
        />
        <Radios
          name="complainantType"
          legend="Who is making the complaint?"
          items={whoItems}
          error="Choose who is making the complaint"
        />
        <Textarea
          id="whatHappened"
          name="whatHappened"
          label="What happened?"
          error="Tell us what happened"
        />
      </>
    ),
  },
  {
    component: 'ErrorSummary',
    name: 'a problem with the whole form',
    placement: 'main',
    element: (
      <ErrorSummary
        errors={[
          {
            text: 'Sorry, we could not send your complaint just now. Wait a few minutes, then try again.',
          },
        ]}
      />
    ),
  },
  {
    component: 'TextInput',
    name: 'with hint',
    placement: 'main',
    element: (
      <TextInput
        id="contactEmail"
        name="contactEmail"
        type="email"
        label="Email address"
        hint="We will only use this to reply to you."
        autoComplete="email"
        spellCheck={false}
      />
    ),
  },
  {
    component: 'TextInput',
    name: 'with error and value',
    placement: 'main',
    element: (
      <TextInput
        id="contactPhone"
        name="contactPhone"
        type="tel"
        label="Phone number"
        error="Enter a phone number, like 07700 900 982"
        defaultValue="call me"
        autoComplete="tel"
        width={20}
      />
    ),
  },
  {
    component: 'TextInput',
    name: 'as the page heading',
    placement: 'main',
    element: (
      <TextInput
        id="reference"
        name="reference"
        label="What is your reference?"
        labelSize="l"
        isPageHeading
      />
    ),
  },
  {
    component: 'Textarea',
    name: 'with character limit',
    placement: 'main',
    element: (
      <Textarea
        id="whatHappened"
        name="whatHappened"
        label="What happened?"
        labelSize="m"
        hint="Tell us in your own words."
        characterLimit={5000}
      />
    ),
  },
  {
    component: 'Textarea',
    name: 'counting, over the limit',
    placement: 'main',
    element: (
      <Textarea
        id="desiredOutcome"
        name="desiredOutcome"
        label="What would you like to happen?"
        characterLimit={10}
        characterCount={12}
        defaultValue="An apology!"
      />
    ),
  },
  {
    component: 'Radios',
    name: 'with hint on an item',
    placement: 'main',
    element: (
      <Radios
        name="complainantType"
        legend="Who is making the complaint?"
        legendSize="m"
        hint="Choose one."
        items={whoItems}
        value="advocate"
      />
    ),
  },
  {
    component: 'Radios',
    name: 'inline, with error',
    placement: 'main',
    element: (
      <Radios
        name="advocate"
        legend="Would you like an advocate to help you?"
        items={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        inline
        error="Choose yes or no"
      />
    ),
  },
  {
    component: 'Checkboxes',
    name: 'with values',
    placement: 'main',
    element: (
      <Checkboxes
        name="contactBy"
        legend="How can we contact you?"
        hint="Choose all that are OK."
        items={[
          { value: 'email', label: 'Email' },
          { value: 'phone', label: 'Phone call' },
          { value: 'text', label: 'Text message' },
        ]}
        values={['email', 'text']}
      />
    ),
  },
  {
    component: 'Fieldset',
    name: 'grouping inputs',
    placement: 'main',
    element: (
      <Fieldset legend="How can we contact you?" legendSize="m">
        <TextInput id="contactName" name="contactName" label="Your name" autoComplete="name" />
        <TextInput
          id="contactEmail"
          name="contactEmail"
          type="email"
          label="Email address"
          autoComplete="email"
        />
      </Fieldset>
    ),
  },
  {
    component: 'Panel',
    name: 'confirmation',
    placement: 'main',
    element: (
      <Panel title="Complaint sent">
        Your reference
        <br />
        <strong>WSC-26-00042</strong>
      </Panel>
    ),
  },
  {
    component: 'SummaryList',
    name: 'case details',
    placement: 'main',
    element: (
      <SummaryList
        rows={[
          { key: 'Reference', value: 'WSC-26-00042' },
          { key: 'Stage', value: 'Stage 1: we look at it' },
          { key: 'We will reply by', value: 'Friday 4 December' },
        ]}
      />
    ),
  },
  {
    component: 'SummaryList',
    name: 'with a change link',
    placement: 'main',
    element: (
      <SummaryList
        rows={[
          {
            key: 'Your name',
            value: 'Sam',
            action: { href: '#contactName', text: 'Change', visuallyHiddenText: 'your name' },
          },
          { key: 'Email', value: 'sam@example.com' },
        ]}
      />
    ),
  },
  {
    component: 'Table',
    name: 'with row headers',
    placement: 'main',
    element: (
      <Table
        caption="Complaints this year"
        head={[{ text: 'Stage' }, { text: 'Received', numeric: true }]}
        rows={[
          [{ text: 'Stage 1' }, { text: 42, numeric: true }],
          [{ text: 'Stage 2' }, { text: 5, numeric: true }],
        ]}
        firstCellIsHeader
      />
    ),
  },
  {
    component: 'Tag',
    name: 'colours',
    placement: 'main',
    element: (
      <p className="govuk-body">
        <Tag>Received</Tag> <Tag colour="blue">Being looked at</Tag>{' '}
        <Tag colour="green">Answered</Tag> <Tag colour="grey">Closed</Tag>
      </p>
    ),
  },
  {
    component: 'InsetText',
    name: 'default',
    placement: 'main',
    element: <InsetText>Write down your tracking code. We only show it once.</InsetText>,
  },
  {
    component: 'WarningText',
    name: 'default',
    placement: 'main',
    element: <WarningText>If you are in danger now, call 999.</WarningText>,
  },
  { component: 'BackLink', name: 'default', placement: 'main', element: <BackLink href="/wsc" /> },
  {
    component: 'BackButton',
    name: 'carrying answers',
    placement: 'main',
    element: (
      <BackButton
        action="/wsc/complain"
        fields={{ step: 'what-happened', complainantType: 'young_person' }}
        name="nav"
        value="back"
      />
    ),
  },
  {
    component: 'SummaryList',
    name: 'with change buttons in a form',
    placement: 'main',
    element: (
      <form method="post" action="/wsc/complain">
        <SummaryList
          rows={[
            {
              key: 'Who is it from?',
              value: 'Me, I am a young person',
              action: {
                name: 'nav',
                value: 'change:who',
                text: 'Change',
                visuallyHiddenText: 'who it is from',
              },
            },
            {
              key: 'What happened?',
              value: 'Nobody came to my review.',
              action: {
                name: 'nav',
                value: 'change:what-happened',
                text: 'Change',
                visuallyHiddenText: 'what happened',
              },
            },
          ]}
        />
      </form>
    ),
  },
  { component: 'ExitThisPage', name: 'default', placement: 'main', element: <ExitThisPage /> },
];
