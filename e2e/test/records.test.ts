/**
 * Compliments, comments, enquiries, Ombudsman cases and learning actions through the admin app in
 * Chromium, against the real API: a manager logs each kind of record and takes it through its
 * steps, sees a problem at its field when something is missing, and axe-core checks every page.
 * One approval is done with the keyboard alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

let stack: Stack | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;

function running(): { stack: Stack; page: Page } {
  if (!stack || !page) throw new Error('The programs or the browser did not start.');
  return { stack, page };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(`${stack.adminUrl}/sign-in`);
  await page.getByLabel('Email address').fill('manager@heard.example');
  await page.getByLabel('Password').fill('heard-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The first council the manager serves, in name order, is where sign-in lands.
  await page.waitForURL(/\/a\/[A-Z]+\/inbox$/);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const axe = () => expectNoAxeViolations(running().page);

async function heading(page: Page): Promise<string> {
  await page.locator('h1').first().waitFor();
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

async function openRecords(section: string): Promise<Page> {
  const { page, stack } = running();
  await page.goto(`${stack.adminUrl}/a/WBC/inbox`);
  await page.getByRole('link', { name: 'Compliments, comments and more' }).click();
  await expect.poll(() => heading(page)).toBe('Compliments, comments and more');
  await page.getByRole('link', { name: section, exact: true }).click();
  await expect.poll(() => heading(page)).not.toBe('Compliments, comments and more');
  return page;
}

/** Presses Tab until the element with this accessible name has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      const labelled = el.id
        ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent
        : null;
      return (labelled ?? el.textContent).trim();
    });
    if (focused === name) return;
  }
  throw new Error(`could not reach “${name}” with the Tab key`);
}

describe('records in the admin app', () => {
  it('logs a compliment and approves its words for publication, with names replaced, by keyboard', async () => {
    const page = await openRecords('Compliments');
    expect(await heading(page)).toBe('Compliments');
    await axe();
    await page.getByRole('link', { name: 'Log a compliment' }).click();
    await expect.poll(() => heading(page)).toBe('Log a compliment');

    // Nothing filled in: every problem at its field and in the summary, which axe checks too.
    await page.getByRole('button', { name: 'Log compliment' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'Enter at least one team',
    );
    expect(await page.locator('#words-error').textContent()).toContain(
      'Enter the words of the compliment',
    );
    await axe();

    await page.getByLabel('Professional').check();
    await page.getByLabel('Teams').fill('Fostering Team\nCare Leavers Team');
    await page
      .getByLabel('The words of the compliment')
      .fill('Sara was exemplary and Jamal is thriving thanks to her.');
    await page.getByRole('button', { name: 'Log compliment' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Compliment received /);
    expect(await page.locator('main').textContent()).toContain('Fostering Team, Care Leavers Team');
    await axe();

    // The keyboard alone: mark the names, replace them, approve.
    await tabTo(page, 'Names to replace with XX');
    await page.keyboard.type('Sara, Jamal');
    await tabTo(page, 'Replace names');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByLabel('Words to publish').inputValue())
      .toBe('XX was exemplary and XX is thriving thanks to her.');
    await tabTo(page, 'Approve for publication');
    await page.keyboard.press('Enter');
    await page.getByText('The words are approved for publication').waitFor();
    expect(await page.locator('.govuk-summary-list').textContent()).toContain(
      'XX was exemplary and XX is thriving thanks to her.',
    );
    await axe();
  });

  it('records a comment, acknowledges it, forwards it and answers it', async () => {
    const page = await openRecords('Comments');
    await axe();
    await page.getByRole('link', { name: 'Record a comment' }).click();
    await page.getByRole('button', { name: 'Record comment' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'Enter what it is about',
    );
    await axe();
    await page.getByLabel('Telephone').check();
    await page.getByLabel('Parent or carer').check();
    await page
      .getByLabel('What the comment is about')
      .fill('Asks why family time moved to Saturdays.');
    await page.getByRole('button', { name: 'Record comment' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Comment received /);
    expect(await page.locator('main').textContent()).toContain('working days left');
    await axe();

    await page.getByRole('button', { name: 'Record acknowledgement' }).click();
    await page.getByText('Acknowledgement recorded').waitFor();
    await page.getByLabel('Team manager', { exact: true }).fill('Team Manager, Children in Care');
    await page.getByRole('button', { name: 'Record forwarding' }).click();
    await page.getByText('Forwarding recorded').waitFor();
    await page
      .getByLabel('What the answer said')
      .fill('The team manager explained and moved it back to Sundays.');
    await page.getByRole('button', { name: 'Record answer' }).click();
    await page.getByText('Answer recorded').waitFor();
    const details = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    expect(details).toContain('Team Manager, Children in Care');
    expect(details).toContain('On time');
    await axe();
  });

  it('logs a member enquiry from an MP and records the answer', async () => {
    const page = await openRecords('Enquiries and member enquiries');
    await axe();
    await page.getByRole('link', { name: 'Log an enquiry' }).click();
    await page.getByLabel('Member enquiry').check();
    await page.getByLabel('Email', { exact: true }).check();
    await page.getByLabel('What it is about').fill('Asks about a constituent’s short breaks.');
    await page.getByRole('button', { name: 'Log enquiry' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('#fromName-error').textContent()).toContain(
      'Enter the name of the MP or councillor',
    );
    await axe();
    await page.getByLabel('From').fill('Jane Porter MP');
    await page.getByLabel('MP', { exact: true }).check();
    await page.getByRole('button', { name: 'Log enquiry' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Member enquiry received /);
    await axe();
    await page.getByLabel('What the answer said').fill('Sent the short breaks offer.');
    await page.getByRole('button', { name: 'Record answer' }).click();
    await page.getByText('Answer recorded').waitFor();
    expect(await page.locator('.govuk-summary-list').textContent()).toContain(
      'Jane Porter MP (MP)',
    );
    await axe();
  });

  it('opens an Ombudsman case, records the decision, a remedy and compliance, and raises learning from it', async () => {
    const page = await openRecords('Ombudsman cases');
    await axe();
    await page.getByRole('link', { name: 'Open an Ombudsman case' }).click();
    await page.getByLabel('Ombudsman’s reference (optional)').fill('26 010 203');
    await page.getByLabel('Our complaint reference (optional)').fill('WBC-00-00000');
    await page.getByLabel('Education and SEND').check();
    await page
      .getByLabel('What the complaint to the Ombudsman is about')
      .fill('Delay in issuing an EHCP.');
    await page.getByRole('button', { name: 'Open case' }).click();
    // A reference that does not exist is refused by the API, at its field.
    await page.locator('#complaintReference-error').waitFor();
    expect(await page.locator('#complaintReference-error').textContent()).toContain(
      'There is no complaint with that reference',
    );
    await axe();
    await page.getByLabel('Our complaint reference (optional)').fill('');
    await page.getByRole('button', { name: 'Open case' }).click();
    await expect.poll(() => heading(page)).toBe('Ombudsman case 26 010 203');
    await axe();

    await page.getByLabel('Upheld: fault causing injustice').check();
    await page.getByLabel('Statement', { exact: true }).check();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded').waitFor();

    await page.getByText('Record a remedy').click();
    await page.getByLabel('Payment for distress').check();
    await page.getByLabel('Date it must be done by').fill('2097-01-30');
    await page.getByRole('button', { name: 'Record remedy' }).click();
    await page.locator('#amount-error').waitFor();
    await axe();
    await page.getByLabel('Amount, for a payment').fill('500');
    await page.getByRole('button', { name: 'Record remedy' }).click();
    await page.getByText('Remedy recorded').waitFor();
    expect(await page.locator('main').textContent()).toContain('Payment for distress: £500.00');

    await page.getByText('Record that the council complied with a remedy').click();
    await page.getByLabel('Evidence of compliance').fill('Payment made by BACS.');
    await page.getByRole('button', { name: 'Record compliance' }).click();
    await page.getByText('Compliance recorded').waitFor();
    expect(await page.locator('main').textContent()).toContain('Payment made by BACS.');
    await axe();

    await page.getByRole('link', { name: 'Raise a learning action' }).click();
    await expect.poll(() => heading(page)).toBe('Raise a learning action');
    await page.getByLabel('Issue found').fill('Delay in EHCP');
    await page
      .getByLabel('Lesson learned')
      .fill('Plans were issued late without telling the family.');
    await page.getByLabel('Action to take').fill('Weekly check of EHCP timescales.');
    await page.getByLabel('Team that owns the action').fill('SEN Team');
    await page.getByLabel('Date it is due').fill('2097-03-01');
    await page.getByRole('button', { name: 'Raise action' }).click();
    await expect.poll(() => heading(page)).toBe('Delay in EHCP');
    expect(await page.locator('.govuk-summary-list').textContent()).toContain(
      'Ombudsman case 26 010 203',
    );
    await axe();
  });

  it('marks a learning action done and shows the themes, with overdue actions flagged', async () => {
    const page = await openRecords('Learning from complaints');
    await axe();
    const themes = (await page.locator('table').last().textContent()) ?? '';
    expect(themes).toContain('Lack of communication');
    expect(await page.locator('main').textContent()).toContain('Overdue');
    await page.getByRole('link', { name: 'Delay in EHCP' }).click();
    await expect.poll(() => heading(page)).toBe('Delay in EHCP');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.getByText('The action is marked as done').waitFor();
    expect(await page.locator('main').textContent()).toContain('Done');
    await axe();
  });
});
