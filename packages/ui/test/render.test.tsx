import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/examples.js';
import {
  BackButton,
  BackLink,
  Button,
  ButtonLink,
  Checkboxes,
  ErrorSummary,
  ExitThisPage,
  Footer,
  Header,
  Panel,
  Radios,
  SummaryList,
  Tag,
  Textarea,
  TextInput,
  WarningText,
  characterCountMessage,
} from '../src/index.js';

describe('every example', () => {
  it.each(examples.map((e) => [`${e.component}: ${e.name}`, e] as const))(
    'renders %s',
    (_, example) => {
      const html = renderToStaticMarkup(example.element);
      expect(html).toContain('govuk-');
      // These tests run in Node, where there is no window: rendering must not need one.
      expect(typeof window).toBe('undefined');
      expect(renderToString(example.element).replaceAll('<!-- -->', '')).toBe(html);
    },
  );

  it('covers every exported component', () => {
    const covered = new Set(examples.map((e) => e.component));
    for (const name of [
      'SkipLink',
      'Header',
      'Footer',
      'PhaseBanner',
      'Button',
      'ButtonLink',
      'ErrorSummary',
      'TextInput',
      'Textarea',
      'Radios',
      'Checkboxes',
      'Fieldset',
      'Panel',
      'SummaryList',
      'Table',
      'Tag',
      'InsetText',
      'WarningText',
      'BackLink',
      'BackButton',
      'ExitThisPage',
    ]) {
      expect(covered, name).toContain(name);
    }
  });
});

describe('ErrorSummary', () => {
  it('links each problem to its field and takes focus', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        errors={[
          { fieldId: 'whatHappened', text: 'Tell us what happened' },
          { fieldId: 'contactEmail', text: 'Enter an email address like name@example.com' },
        ]}
      />,
    );
    expect(html).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    expect(html).toContain('<a href="#whatHappened">Tell us what happened</a>');
    expect(html).toContain('<a href="#contactEmail">');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('autofocus=""');
    expect(html).toContain('role="alert"');
  });

  it('lists a problem with the whole form without a link', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary errors={[{ text: 'Sorry, we could not send it' }]} />,
    );
    expect(html).toContain('<li>Sorry, we could not send it</li>');
    expect(html).not.toContain('<a ');
  });

  it('shows nothing when there are no problems', () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={[]} />)).toBe('');
  });
});

describe('TextInput', () => {
  it('ties the hint and the error to the input', () => {
    const html = renderToStaticMarkup(
      <TextInput
        id="contactEmail"
        name="contactEmail"
        label="Email"
        hint="Optional"
        error="Enter an email"
      />,
    );
    expect(html).toContain('class="govuk-form-group govuk-form-group--error"');
    expect(html).toContain('<label class="govuk-label" for="contactEmail">Email</label>');
    expect(html).toContain('aria-describedby="contactEmail-hint contactEmail-error"');
    expect(html).toContain(
      '<p id="contactEmail-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter an email</p>',
    );
    expect(html).toContain('class="govuk-input govuk-input--error"');
  });

  it('keeps what was typed', () => {
    const html = renderToStaticMarkup(
      <TextInput id="n" name="n" label="Name" defaultValue={'Sam "<b>"'} />,
    );
    expect(html).toContain('value="Sam &quot;&lt;b&gt;&quot;"');
  });

  it('makes the label the heading when asked', () => {
    const html = renderToStaticMarkup(
      <TextInput id="r" name="r" label="Reference" isPageHeading labelSize="l" />,
    );
    expect(html).toContain(
      '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="r">',
    );
  });
});

describe('Textarea', () => {
  it('states its character limit without a script', () => {
    const html = renderToStaticMarkup(
      <Textarea
        id="whatHappened"
        name="whatHappened"
        label="What happened?"
        characterLimit={5000}
        defaultValue="x"
      />,
    );
    expect(html).toContain('You can enter up to 5000 characters');
    expect(html).toContain('aria-describedby="whatHappened-info"');
    expect(html).not.toContain('maxlength');
    expect(html).toContain('>x</textarea>');
  });

  it('counts when a script gives it the length', () => {
    const html = renderToStaticMarkup(
      <Textarea id="t" name="t" label="T" characterLimit={10} characterCount={12} />,
    );
    expect(html).toContain('You have 2 characters too many');
    expect(html).toContain('govuk-textarea--error');
    expect(html).toContain('aria-live="polite"');
  });

  it.each([
    [10, 0, 'You have 10 characters remaining'],
    [10, 9, 'You have 1 character remaining'],
    [10, 10, 'You have 0 characters remaining'],
    [10, 11, 'You have 1 character too many'],
  ])('limit %i, %i typed: %s', (limit, count, words) => {
    expect(characterCountMessage(limit, count)).toBe(words);
  });
});

describe('Radios and Checkboxes', () => {
  const items = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B', hint: 'About B' },
  ];

  it('gives the first radio the field id, so the error summary can link to it', () => {
    const html = renderToStaticMarkup(
      <Radios name="who" legend="Who?" items={items} value="b" error="Choose who" hint="One" />,
    );
    expect(html).toContain(
      '<fieldset class="govuk-fieldset" aria-describedby="who-hint who-error">',
    );
    expect(html).toContain('id="who" type="radio" name="who" value="a"');
    expect(html).toContain(
      'id="who-2" type="radio" aria-describedby="who-2-item-hint" name="who" checked="" value="b"',
    );
    expect(html).toContain('aria-describedby="who-2-item-hint"');
    expect(html).toContain('<legend class="govuk-fieldset__legend">Who?</legend>');
  });

  it('checks every chosen box', () => {
    const html = renderToStaticMarkup(
      <Checkboxes name="c" legend="C" items={items} values={['a', 'b']} />,
    );
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toContain('type="checkbox"');
  });
});

describe('other components', () => {
  it('Button submits by default', () => {
    expect(renderToStaticMarkup(<Button>Send</Button>)).toContain(
      '<button type="submit" class="govuk-button"',
    );
  });

  it('ButtonLink is a plain link, with the arrow for start', () => {
    const html = renderToStaticMarkup(
      <ButtonLink href="/x" start>
        Start now
      </ButtonLink>,
    );
    expect(html).toContain('<a href="/x"');
    expect(html).not.toContain('role="button"');
    expect(html).toContain('govuk-button--start');
    expect(html).toContain('aria-hidden="true"');
  });

  it('Header has no crown and names the organisation', () => {
    const html = renderToStaticMarkup(
      <Header organisationName="Westshire Council" serviceName="Complaints" />,
    );
    expect(html).toContain('Westshire Council');
    expect(html).toContain('<section aria-label="Service information"');
    expect(html).not.toContain('<svg');
  });

  it('Footer lists its links', () => {
    const html = renderToStaticMarkup(
      <Footer links={[{ href: '/privacy', text: 'Privacy notice' }]} />,
    );
    expect(html).toContain('<a class="govuk-footer__link" href="/privacy">Privacy notice</a>');
  });

  it('ExitThisPage is a real link to a neutral page', () => {
    const html = renderToStaticMarkup(<ExitThisPage />);
    expect(html).toContain('href="/leave"');
    expect(html).toContain('rel="nofollow noreferrer"');
    expect(html).toContain('<span class="govuk-visually-hidden">Emergency</span> Leave this page');
  });

  it('Panel is the heading of a confirmation page', () => {
    expect(renderToStaticMarkup(<Panel title="Complaint sent">Ref</Panel>)).toContain(
      '<h1 class="govuk-panel__title">Complaint sent</h1>',
    );
  });

  it('SummaryList marks rows without actions when others have them', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          { key: 'A', value: '1', action: { href: '#a', text: 'Change', visuallyHiddenText: 'A' } },
          { key: 'B', value: '2' },
        ]}
      />,
    );
    expect(html).toContain('govuk-summary-list__row govuk-summary-list__row--no-actions');
    expect(html).toContain('Change<span class="govuk-visually-hidden"> A</span>');
  });

  it('Tag, WarningText and BackLink', () => {
    expect(renderToStaticMarkup(<Tag colour="green">Answered</Tag>)).toBe(
      '<strong class="govuk-tag govuk-tag--green">Answered</strong>',
    );
    expect(renderToStaticMarkup(<WarningText>Call 999</WarningText>)).toContain(
      '<span class="govuk-visually-hidden">Warning</span> Call 999',
    );
    expect(renderToStaticMarkup(<BackLink href="/a" />)).toBe(
      '<a href="/a" class="govuk-back-link">Back</a>',
    );
  });

  it('SummaryList can change an answer with a button that sends its form', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          {
            key: 'What happened?',
            value: 'Words',
            action: {
              name: 'nav',
              value: 'change:what-happened',
              text: 'Change',
              visuallyHiddenText: 'what happened',
            },
          },
        ]}
      />,
    );
    expect(html).toContain(
      '<button type="submit" class="govuk-link heard-link-button" value="change:what-happened" name="nav">Change<span class="govuk-visually-hidden"> what happened</span></button>',
    );
  });

  it('BackButton is its own form, carrying the answers so far', () => {
    const html = renderToStaticMarkup(
      <BackButton
        action="/wsc/complain"
        fields={{ step: 'outcome', a: 'x "y"' }}
        name="nav"
        value="back"
      />,
    );
    expect(html).toBe(
      '<form class="heard-back-form" action="/wsc/complain" method="post">' +
        '<input type="hidden" name="step" value="outcome"/>' +
        '<input type="hidden" name="a" value="x &quot;y&quot;"/>' +
        '<button type="submit" class="govuk-back-link heard-back-button" value="back" name="nav">Back</button></form>',
    );
  });
});
