/**
 * Casework in the admin app, in Chromium against the real API: a statutory complaint logged from
 * a letter and taken through all three stages, a recent one whose stage 1 is extended, and a
 * corporate complaint through both of its stages. After every step each deadline the case page
 * shows is checked against the procedure engine's own answer for the same events
 * (`evaluateCase` of `@heard/domain`). axe-core checks every page and state visited; one step is
 * done with the keyboard alone, and a double-clicked button records its step once.
 */
import {
  addWorkingDays,
  englandAndWalesCalendar,
  evaluateCase,
  formatDateNear,
  isoDateInLondon,
  isWorkingDay,
  LGSCO_COMPLAINT_HANDLING_CODE,
  MESSAGES,
  REFUSAL_MESSAGES,
  type CaseEvent,
  type Deadline,
} from '@heard/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../src/browser.js';
import { startStack, type Stack } from '../src/stack.js';

const calendar = englandAndWalesCalendar();
/** "Today" as the API counts it: every step is dated on or before it. */
const today = isoDateInLondon(new Date());
const wd = (from: string, days: number) => addWorkingDays(from, days, calendar);

function daysBefore(date: string, days: number): string {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() - days);
  return instant.toISOString().slice(0, 10);
}

/** A working day far enough back that `lastStep` working days after it is not after today. */
function receivedSoThat(lastStep: number): string {
  let received = daysBefore(today, Math.ceil((lastStep * 7) / 5) + 10);
  while (wd(received, lastStep) > today) received = daysBefore(received, 7);
  while (!isWorkingDay(received, calendar)) received = daysBefore(received, 1);
  return received;
}

/**
 * The latest working day with `steps` working days between it and today: a complaint this recent
 * is still inside its 10 working days, so an extension may be agreed today.
 */
function receivedRecently(steps: number): string {
  let received = today;
  while (!isWorkingDay(received, calendar) || wd(received, steps) > today) {
    received = daysBefore(received, 1);
  }
  return received;
}

let stack: Stack | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

function running(): { stack: Stack; browser: Browser } {
  if (!stack || !browser) throw new Error('The programs or the browser did not start.');
  return { stack, browser };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
});

async function signedIn(email: string): Promise<Page> {
  const { stack, browser } = running();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${stack.adminUrl}/sign-in`);
  await expect.poll(() => heading(page)).toBe('Sign in');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('heard-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/a\/[A-Z]+\/inbox$/);
  return page;
}

async function heading(page: Page): Promise<string> {
  await page.locator('h1').first().waitFor();
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

/** Presses Tab until the element with this name has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      const label = el.id
        ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent
        : null;
      return (label ?? el.textContent).trim();
    });
    if (focused === name) return;
  }
  throw new Error(`could not reach “${name}” with the Tab key`);
}

/** What the confirmation banner on the case page says. */
async function confirmation(page: Page): Promise<string> {
  const banner = page.locator('.govuk-notification-banner--success');
  await banner.waitFor();
  return (await banner.locator('.govuk-notification-banner__heading').textContent())?.trim() ?? '';
}

async function errorSummary(page: Page): Promise<string> {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  return (await summary.textContent()) ?? '';
}

/** The entries of the case's history. */
async function historyEntries(page: Page): Promise<string[]> {
  const history = page.getByRole('list', { name: 'History' });
  await history.waitFor();
  return history.locator('li h3').allTextContents();
}

const monthsShort = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
/** `2026-11-20` → `20 Nov 2026`, as the admin app's tables write dates. */
function shortDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${monthsShort[Number(month) - 1] ?? ''} ${year ?? ''}`;
}

function days(count: number): string {
  return `${String(count)} working day${count === 1 ? '' : 's'}`;
}

/** How the case page should describe a deadline the domain worked out. */
function statusText(deadline: Deadline): string {
  switch (deadline.status) {
    case 'pending':
      return (deadline.workingDaysLeft ?? 0) <= 0
        ? 'Due today'
        : `${days(deadline.workingDaysLeft ?? 0)} left`;
    case 'met':
      return `Met on ${shortDate(deadline.completedOn ?? '')}`;
    case 'missed': {
      const late = days(deadline.workingDaysLate ?? 0);
      if (deadline.completedOn === null) {
        return deadline.advisory ? `Period passed ${late} ago` : `Overdue by ${late}`;
      }
      return deadline.advisory
        ? `Asked ${late} late on ${shortDate(deadline.completedOn)} (accepted)`
        : `Missed: done on ${shortDate(deadline.completedOn)}, ${late} late`;
    }
    case 'paused':
      return `On hold with ${days(deadline.workingDaysLeft ?? 0)} left`;
    case 'stopped':
      return 'Stopped: the complaint was withdrawn or closed';
  }
}

/**
 * The ids of people in these events stand in for the staff ids the app sends: the procedure
 * compares ids only to tell people apart, so distinct stand-ins give the same deadlines.
 *
 * Every deadline the case page shows is the one the procedure engine computes from the same
 * events: the same rule, due on the same day, with the same working days left or late.
 */
async function expectDeadlinesOf(page: Page, events: readonly CaseEvent[]): Promise<void> {
  const expected = evaluateCase(events, {
    calendar,
    policy: LGSCO_COMPLAINT_HANDLING_CODE,
    today,
  }).deadlines.map((d) => ({ rule: d.rule, dueOn: d.dueOn, status: statusText(d) }));
  const table = page.getByRole('table', { name: 'Deadlines for this complaint' });
  await table.waitFor();
  const shown = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      rule: row.querySelector('th')?.firstChild?.textContent?.trim() ?? '',
      dueOn: row.querySelector('time')?.getAttribute('datetime') ?? null,
      status: row.querySelectorAll('td')[1]?.textContent.trim() ?? '',
    })),
  );
  expect(shown).toEqual(expected);
}

/** Opens an action's form page from the case page, and checks it with axe. */
async function openAction(page: Page, link: string, title: string): Promise<void> {
  await page.getByRole('link', { name: link, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(title);
  await expectNoAxeViolations(page);
}

async function fillDate(page: Page, label: string, date: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(date);
}

/** Logs a complaint through the form and returns the case page's address and reference. */
async function logComplaint(
  page: Page,
  details: {
    receivedOn: string;
    channel: string;
    complainant: string;
    subject: string;
    advised: 'Statutory' | 'Corporate';
    otherIssue?: string;
  },
): Promise<{ path: string; reference: string }> {
  await page.getByRole('link', { name: 'Log a complaint' }).click();
  await expect.poll(() => heading(page)).toBe('Log a complaint');
  await expectNoAxeViolations(page);

  await fillDate(page, 'Date received', details.receivedOn);
  await page.getByLabel(details.channel, { exact: true }).check();
  await page.getByLabel(details.complainant, { exact: true }).check();
  await page.getByLabel('Their name (optional)').fill('Jordan Example');
  const child = page.getByRole('group', { name: 'Child 1' });
  await child.getByLabel('Age').fill('14');
  await child.getByLabel('Gender').fill('Female');
  await child.getByLabel('Category of support').selectOption({ label: 'Looked-after child' });
  await page.getByRole('button', { name: 'Add another child' }).click();
  await page.getByRole('group', { name: 'Child 2' }).getByLabel('Age').fill('9');
  await page.getByLabel(details.subject, { exact: true }).check();
  await page.getByLabel('Principal issue (optional)').fill('Communication');
  if (details.otherIssue) {
    await page.getByRole('button', { name: 'Add an issue' }).click();
    await page.getByLabel('Other issue 1').fill(details.otherIssue);
  }
  await page.getByLabel('What happened', { exact: true }).fill('I was moved without being asked.');

  // The procedure advice follows the subject and the complainant, and fills in the choice.
  const advice = page.locator('.app-advice');
  await expect
    .poll(() => advice.textContent())
    .toContain(`Advice: ${details.advised.toLowerCase()} procedure`);
  expect(await page.getByLabel(new RegExp(`^${details.advised}`)).isChecked()).toBe(true);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Log complaint' }).click();
  await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
  const reference = await heading(page);
  expect(await confirmation(page)).toBe(`Complaint ${reference} logged`);
  await expectNoAxeViolations(page);
  return { path: new URL(page.url()).pathname, reference };
}

/** The count in a workload view's link, such as 24 for "24 Untriaged", once it is up to date. */
async function workloadCount(page: Page, view: string): Promise<number> {
  const views = page.getByRole('navigation', { name: 'Workload views' });
  await page.waitForLoadState('networkidle');
  await expect.poll(() => views.getAttribute('aria-busy')).toBe('false');
  const link = views.getByRole('link', { name: new RegExp(`${view}$`) });
  await expect.poll(async () => /^\d+/.test(await link.innerText())).toBe(true);
  return Number(/^\d+/.exec(await link.innerText())?.[0]);
}

describe('casework in the admin app', () => {
  it('takes a statutory complaint from a letter through all three stages', async () => {
    const page = await signedIn('officer@heard.example');
    const base = `${running().stack.adminUrl}/a/WBC`;
    const r = receivedSoThat(100);
    const events: CaseEvent[] = [];
    const record = async (event: CaseEvent, done: string) => {
      expect(await confirmation(page)).toBe(done);
      events.push(event);
      await expectDeadlinesOf(page, events);
      await expectNoAxeViolations(page);
    };

    // The inbox: every workload view, and the filters as a GET form kept in the address.
    await page.goto(`${base}/inbox`);
    await expect.poll(() => heading(page)).toBe('Inbox');
    await expectNoAxeViolations(page);
    const views = page.getByRole('navigation', { name: 'Workload views' });
    for (const view of [
      'Untriaged',
      'Due this week',
      'Overdue',
      'On hold',
      'Awaiting escalation decision',
      'All',
      'All open',
    ]) {
      await views.getByRole('link', { name: new RegExp(`${view}$`) }).click();
      await expect
        .poll(() =>
          views.getByRole('link', { name: new RegExp(`${view}$`) }).getAttribute('aria-current'),
        )
        .toBe('page');
      await expectNoAxeViolations(page);
    }
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Stage 2' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/stage=2/);
    await expect.poll(() => page.getByLabel('Stage', { exact: true }).inputValue()).toBe('2');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/inbox$/);
    const untriagedBefore = await workloadCount(page, 'Untriaged');

    // Nothing filled in: every problem is listed, and the page is still accessible.
    await page.getByRole('link', { name: 'Log a complaint' }).click();
    await page.getByRole('button', { name: 'Log complaint' }).click();
    const problems = await errorSummary(page);
    expect(problems).toContain(MESSAGES.channelRequired);
    expect(problems).toContain(MESSAGES.subjectRequired);
    expect(await page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page);
    await page.goto(`${base}/inbox`);

    const { path } = await logComplaint(page, {
      receivedOn: r,
      channel: 'Letter',
      complainant: 'The child or young person',
      subject: 'The care of a looked-after child',
      advised: 'Statutory',
      otherIssue: 'Placement move',
    });
    events.push({ type: 'received', on: r, procedure: 'statutory', channel: 'letter' });
    await expectDeadlinesOf(page, events);
    await page.goto(`${base}/inbox`);
    expect(await workloadCount(page, 'Untriaged')).toBe(untriagedBefore + 1);
    await page.goto(`${running().stack.adminUrl}${path}`);

    // Triage: the procedure as advised, a responder, and the offer of an advocate.
    await page.getByRole('link', { name: 'Triage this complaint' }).click();
    await expect.poll(() => heading(page)).toBe('Triage the complaint');
    await expectNoAxeViolations(page);
    await fillDate(page, 'Date acknowledged', '');
    await page
      .getByLabel('Who will respond')
      .selectOption({ label: 'Tom Reilly, Responding manager' });
    await page.getByLabel('An advocate was offered').check();
    await page.getByRole('group', { name: 'Did they accept?' }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Save triage' }).click();
    expect(await confirmation(page)).toBe('Triage saved');
    await expectDeadlinesOf(page, events);
    await expectNoAxeViolations(page);
    await page.goto(`${base}/inbox`);
    expect(await workloadCount(page, 'Untriaged')).toBe(untriagedBefore);
    await page.goto(`${running().stack.adminUrl}${path}`);
    await heading(page);

    // Stage 1, the acknowledgement with the keyboard alone: Tab to the action, Enter, type the
    // date over today's, Tab to the button, Enter.
    await tabTo(page, 'Acknowledge');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Record the acknowledgement');
    await expectNoAxeViolations(page);
    await tabTo(page, 'Date acknowledged');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(wd(r, 1));
    await tabTo(page, 'Save acknowledgement');
    await page.keyboard.press('Enter');
    await record({ type: 'acknowledged', on: wd(r, 1) }, 'Acknowledgement recorded');
    expect(await historyEntries(page)).toContain('Acknowledged');

    // The stage 1 response: an outcome for each issue, and the remedies kept as a note.
    await openAction(page, 'Record the stage 1 response', 'Record the stage 1 response');
    expect(
      await page.getByLabel('Who responded').evaluate((el) => {
        const select = el as HTMLSelectElement;
        return select.selectedOptions[0]?.textContent ?? '';
      }),
    ).toBe('Tom Reilly, Responding manager');
    await fillDate(page, 'Date of the response', wd(r, 9));
    const issue1 = page.getByRole('group', { name: 'Issue 1' });
    expect(await issue1.getByLabel('Issue', { exact: true }).inputValue()).toBe('Communication');
    await issue1.getByLabel('Not upheld', { exact: true }).check();
    await page.getByRole('group', { name: 'Issue 2' }).getByLabel('Partly upheld').check();
    await page.getByLabel('An apology').check();
    await page.getByLabel('A financial remedy').check();
    await page.getByLabel('Amount in pounds').fill('50');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save response' }).click();
    const tom = { id: 'tom', name: 'Tom Reilly' };
    await record(
      {
        type: 'responded',
        on: wd(r, 9),
        respondedBy: tom,
        outcomes: [
          { issue: 'Communication', outcome: 'not_upheld' },
          { issue: 'Placement move', outcome: 'partly_upheld' },
        ],
      },
      'Stage 1 response recorded',
    );
    const notes = (await page.locator('.app-notes').textContent()) ?? '';
    expect(notes).toContain('Remedy: apology');
    expect(notes).toContain('Remedy: financial, £50.00');
    // The complainant's right to go on, in the words a letter uses.
    const askBy = formatDateNear(wd(wd(r, 9), 20), today);
    expect(await page.locator('main').textContent()).toContain(
      `The advised period for asking for stage 2 ended on ${askBy}.`,
    );

    // Stage 2.
    await openAction(page, 'Record a request for stage 2', 'Record a request for stage 2');
    await fillDate(page, 'Date of the request', wd(r, 25));
    await page.getByRole('button', { name: 'Save request' }).click();
    await record(
      { type: 'escalation_requested', on: wd(r, 25), to: 2 },
      'Request for stage 2 recorded',
    );

    await openAction(page, 'Appoint an Investigating Officer', 'Appoint an Investigating Officer');
    await fillDate(page, 'Date appointed', wd(r, 27));
    await page
      .getByLabel('Investigating Officer', { exact: true })
      .selectOption({ label: 'Grace Adeyemi, Investigating Officer' });
    await page.getByRole('button', { name: 'Appoint' }).click();
    await record(
      {
        type: 'investigating_officer_appointed',
        on: wd(r, 27),
        person: { id: 'grace', name: 'Grace Adeyemi' },
      },
      'Investigating Officer appointed',
    );
    // Appointed, and so able to see the case.
    expect(
      await page.getByRole('table', { name: 'Assigned to this case' }).textContent(),
    ).toContain('Grace Adeyemi');

    await openAction(page, 'Appoint an Independent Person', 'Appoint an Independent Person');
    await fillDate(page, 'Date appointed', wd(r, 27));
    await page
      .getByLabel('Independent Person', { exact: true })
      .selectOption({ label: 'Martin Cole (not a member or officer of the council)' });
    // Filled in from the person's record on Heard.
    const independence = page.getByRole('group', {
      name: 'Is this person a member or officer of the council?',
    });
    await expect.poll(() => independence.getByLabel('No').isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Appoint' }).click();
    await record(
      {
        type: 'independent_person_appointed',
        on: wd(r, 27),
        person: { id: 'martin', name: 'Martin Cole', isMemberOrOfficerOfCouncil: false },
      },
      'Independent Person appointed',
    );

    // A double click on the button records the step once.
    const before = (await historyEntries(page)).length;
    await openAction(
      page,
      'Record the statement of complaint',
      'Record that the statement of complaint was agreed',
    );
    await fillDate(page, 'Date agreed', wd(r, 30));
    await page.getByRole('button', { name: 'Save', exact: true }).dblclick();
    await record(
      { type: 'statement_of_complaint_agreed', on: wd(r, 30) },
      'Statement of complaint recorded',
    );
    const afterDoubleClick = await historyEntries(page);
    expect(afterDoubleClick).toHaveLength(before + 1);
    expect(afterDoubleClick.filter((e) => e === 'Statement of complaint agreed')).toHaveLength(1);

    await openAction(page, 'Record the stage 2 response', 'Record the stage 2 response');
    await fillDate(page, 'Date of the response', wd(r, 50));
    await page
      .getByLabel('Who responded')
      .selectOption({ label: 'Helen Marsh, Senior manager or Director' });
    await page.getByRole('group', { name: 'Issue 1' }).getByLabel('Partly upheld').check();
    await page
      .getByRole('group', { name: 'Issue 2' })
      .getByLabel('Upheld', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save response' }).click();
    const helen = { id: 'helen', name: 'Helen Marsh' };
    await record(
      {
        type: 'responded',
        on: wd(r, 50),
        respondedBy: helen,
        outcomes: [
          { issue: 'Communication', outcome: 'partly_upheld' },
          { issue: 'Placement move', outcome: 'upheld' },
        ],
      },
      'Stage 2 response recorded',
    );

    // Stage 3.
    await openAction(
      page,
      'Record a request for a review panel',
      'Record a request for a review panel (stage 3)',
    );
    await fillDate(page, 'Date of the request', wd(r, 60));
    await page.getByRole('button', { name: 'Save request' }).click();
    await record(
      { type: 'escalation_requested', on: wd(r, 60), to: 3 },
      'Request for a review panel recorded',
    );

    // Giving a panel member access to the case.
    await page.getByRole('link', { name: 'Assign someone to this case' }).click();
    await expect.poll(() => heading(page)).toBe('Assign someone to this case');
    await page.getByRole('button', { name: 'Assign' }).click();
    expect(await errorSummary(page)).toContain('Choose who to assign to this case');
    await expectNoAxeViolations(page);
    await page
      .getByLabel('Who', { exact: true })
      .selectOption({ label: 'Ruth Evans (not a member or officer of the council)' });
    await page.getByRole('button', { name: 'Assign' }).click();
    expect(await confirmation(page)).toBe('Ruth Evans can now see this case');
    expect(
      await page.getByRole('table', { name: 'Assigned to this case' }).textContent(),
    ).toContain('Ruth Evans');

    await openAction(page, 'Record the review panel', 'Record the review panel meeting');
    await fillDate(page, 'Date the panel met', wd(r, 85));
    const member1 = page.getByRole('group', { name: 'Panel member 1' });
    await member1
      .getByLabel('Who')
      .selectOption({ label: 'Ruth Evans (not a member or officer of the council)' });
    for (const [group, name] of [
      ['Panel member 2', 'Imran Aziz'],
      ['Panel member 3', 'Clare Dunn'],
    ] as const) {
      const member = page.getByRole('group', { name: group });
      await member.getByLabel('Who').selectOption({ label: 'Someone not on Heard' });
      await member.getByLabel('Their full name').fill(name);
      await member.getByLabel('No', { exact: true }).check();
    }
    await page
      .getByRole('group', { name: 'Who chaired the panel' })
      .getByLabel('Ruth Evans')
      .check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save panel' }).click();
    await record(
      {
        type: 'panel_held',
        on: wd(r, 85),
        chairId: 'ruth',
        members: [
          { id: 'ruth', name: 'Ruth Evans', isMemberOrOfficerOfCouncil: false },
          { id: 'imran', name: 'Imran Aziz', isMemberOrOfficerOfCouncil: false },
          { id: 'clare', name: 'Clare Dunn', isMemberOrOfficerOfCouncil: false },
        ],
      },
      'Review panel recorded',
    );

    await openAction(
      page,
      'Record the panel’s recommendations',
      'Record that the panel sent its recommendations',
    );
    await fillDate(page, 'Date sent', wd(r, 89));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await record(
      { type: 'panel_recommendations_issued', on: wd(r, 89) },
      'Panel recommendations recorded',
    );

    await openAction(
      page,
      'Record the council’s response',
      'Record the council’s response to the panel',
    );
    await fillDate(page, 'Date of the response', wd(r, 100));
    await page
      .getByLabel('Who responded for the council')
      .selectOption({ label: 'Helen Marsh, Senior manager or Director' });
    await page.getByRole('button', { name: 'Save response' }).click();
    await record(
      { type: 'council_responded_after_panel', on: wd(r, 100), respondedBy: helen },
      'Council’s response recorded',
    );
    expect(await page.locator('.app-case-status').textContent()).toContain('Stage 3: responded');
    expect(await historyEntries(page)).toHaveLength(events.length);

    // A note, first empty.
    await page.getByRole('link', { name: 'Add a note' }).click();
    await expect.poll(() => heading(page)).toBe('Add a note');
    await page.getByRole('button', { name: 'Add note' }).click();
    expect(await errorSummary(page)).toContain('Write the note');
    await expectNoAxeViolations(page);
    await page.getByLabel('Note', { exact: true }).fill('Sent the final letter by post and email.');
    await page.getByRole('button', { name: 'Add note' }).click();
    expect(await confirmation(page)).toBe('Note added');
    expect(await page.locator('.app-notes').textContent()).toContain('Sent the final letter');

    // A document: a type the API does not take is refused in the browser, at the field.
    await page.getByRole('link', { name: 'Upload a document' }).click();
    await expect.poll(() => heading(page)).toBe('Upload a document');
    await expectNoAxeViolations(page);
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await page.getByLabel('Letter', { exact: true }).check();
    await page.getByRole('button', { name: 'Upload' }).click();
    expect(await page.locator('#file-error').textContent()).toContain(
      'The file must be a PDF, Word document (.docx), PNG, JPEG or plain text file',
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'final letter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% final letter\n'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    expect(await confirmation(page)).toBe('final letter.pdf uploaded');
    const download = page.getByRole('link', { name: 'final letter.pdf' });
    const href = await download.getAttribute('href');
    const file = await page.request.get(`${running().stack.adminUrl}${href ?? ''}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).toString('latin1')).toMatch(/^%PDF-/);
    await expectNoAxeViolations(page);

    // The audit log is for the Complaints Manager (and auditors), not for officers.
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    const manager = await signedIn('manager@heard.example');
    await manager.goto(`${running().stack.adminUrl}${path}`);
    await heading(manager);
    await manager.getByRole('link', { name: 'Audit log' }).click();
    const audit = manager.getByRole('table', { name: 'Audit log, page 1' });
    await audit.waitFor();
    const log = (await audit.textContent()) ?? '';
    expect(log).toContain('Recorded a step: council responded after panel');
    expect(log).toContain('Downloaded a document');
    expect(log).toContain('Sam Okafor');
    await expectNoAxeViolations(manager);
  }, 600_000);

  it('extends stage 1 with a reason, agreed before the response was due', async () => {
    // `allowedEvents` is worked out for today, and an extension must be agreed before the
    // deadline it extends: so this complaint was received last week, not months ago.
    const page = await signedIn('officer@heard.example');
    const r = receivedRecently(6);
    const events: CaseEvent[] = [];
    const record = async (event: CaseEvent, done: string) => {
      expect(await confirmation(page)).toBe(done);
      events.push(event);
      await expectDeadlinesOf(page, events);
      await expectNoAxeViolations(page);
    };
    await page.goto(`${running().stack.adminUrl}/a/WBC/inbox`);
    await heading(page);
    await logComplaint(page, {
      receivedOn: r,
      channel: 'Telephone',
      complainant: 'The child or young person',
      subject: 'Support for a care leaver',
      advised: 'Statutory',
    });
    events.push({ type: 'received', on: r, procedure: 'statutory', channel: 'telephone' });
    await expectDeadlinesOf(page, events);

    await openAction(page, 'Acknowledge', 'Record the acknowledgement');
    await fillDate(page, 'Date acknowledged', wd(r, 1));
    await page.getByRole('button', { name: 'Save acknowledgement' }).click();
    await record({ type: 'acknowledged', on: wd(r, 1) }, 'Acknowledgement recorded');

    // First without its length: the domain's message, at the field.
    await openAction(page, 'Agree an extension', 'Agree an extension at stage 1');
    await fillDate(page, 'Date agreed', wd(r, 2));
    await page.getByRole('button', { name: 'Save extension' }).click();
    expect(await errorSummary(page)).toContain(MESSAGES.extensionWholeDays);
    expect(await page.locator('#workingDays-error').textContent()).toContain(
      MESSAGES.extensionWholeDays,
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('How many more working days').fill('10');
    await page.getByLabel('Agreed by').selectOption({ label: 'Priya Shah, Complaints Manager' });
    await page.getByLabel('Why more time is needed').fill('An advocate is being arranged');
    await page.getByRole('button', { name: 'Save extension' }).click();
    await record(
      {
        type: 'extension_agreed',
        on: wd(r, 2),
        reason: 'An advocate is being arranged',
        agreedBy: { id: 'priya', name: 'Priya Shah' },
        workingDays: 10,
      },
      'Extension recorded',
    );
    expect(await historyEntries(page)).toContain(
      'Extension of 10 working days agreed by Priya Shah: An advocate is being arranged',
    );
    await expectNoAxeViolations(page);

    await openAction(page, 'Record the stage 1 response', 'Record the stage 1 response');
    await fillDate(page, 'Date of the response', wd(r, 6));
    await page
      .getByLabel('Who responded')
      .selectOption({ label: 'Tom Reilly, Responding manager' });
    await page
      .getByRole('group', { name: 'Issue 1' })
      .getByLabel('Upheld', { exact: true })
      .check();
    await page.getByLabel('An explanation').check();
    await page.getByRole('button', { name: 'Save response' }).click();
    await record(
      {
        type: 'responded',
        on: wd(r, 6),
        respondedBy: { id: 'tom', name: 'Tom Reilly' },
        outcomes: [{ issue: 'Communication', outcome: 'upheld' }],
      },
      'Stage 1 response recorded',
    );
    expect(await page.locator('.app-notes').textContent()).toContain('Remedy: explanation');
    // The complainant has 20 working days from the response to ask for stage 2.
    expect(await page.locator('main').textContent()).toContain(
      `The complainant may ask for stage 2 until ${formatDateNear(wd(wd(r, 6), 20), today)}.`,
    );
    await expectNoAxeViolations(page);
  }, 300_000);

  it('refuses a corporate stage 2 answered by the stage 1 responder, then takes another', async () => {
    const page = await signedIn('officer@heard.example');
    const base = `${running().stack.adminUrl}/a/WBC`;
    const r = receivedSoThat(30);
    const events: CaseEvent[] = [];
    const record = async (event: CaseEvent, done: string) => {
      expect(await confirmation(page)).toBe(done);
      events.push(event);
      await expectDeadlinesOf(page, events);
      await expectNoAxeViolations(page);
    };

    await page.goto(`${base}/inbox`);
    await heading(page);
    await logComplaint(page, {
      receivedOn: r,
      channel: 'Email',
      complainant: 'A parent, or someone with parental responsibility',
      subject: 'Early help',
      advised: 'Corporate',
    });
    events.push({ type: 'received', on: r, procedure: 'corporate', channel: 'email' });
    await expectDeadlinesOf(page, events);

    // Triage acknowledges it too.
    await page.getByRole('link', { name: 'Triage this complaint' }).click();
    await expect.poll(() => heading(page)).toBe('Triage the complaint');
    await expectNoAxeViolations(page);
    await fillDate(page, 'Date acknowledged', wd(r, 2));
    await page
      .getByLabel('Who will respond')
      .selectOption({ label: 'Tom Reilly, Responding manager' });
    await page.getByRole('button', { name: 'Save triage' }).click();
    await record({ type: 'acknowledged', on: wd(r, 2) }, 'Triage saved');

    await openAction(page, 'Record the stage 1 response', 'Record the stage 1 response');
    await fillDate(page, 'Date of the response', wd(r, 10));
    await page.getByRole('group', { name: 'Issue 1' }).getByLabel('Not upheld').check();
    await page.getByRole('button', { name: 'Save response' }).click();
    const tom = { id: 'tom', name: 'Tom Reilly' };
    await record(
      {
        type: 'responded',
        on: wd(r, 10),
        respondedBy: tom,
        outcomes: [{ issue: 'Communication', outcome: 'not_upheld' }],
      },
      'Stage 1 response recorded',
    );

    await openAction(page, 'Record a request for stage 2', 'Record a request for stage 2');
    await fillDate(page, 'Date of the request', wd(r, 14));
    await page.getByRole('button', { name: 'Save request' }).click();
    await record(
      { type: 'escalation_requested', on: wd(r, 14), to: 2 },
      'Request for stage 2 recorded',
    );

    await openAction(page, 'Acknowledge stage 2', 'Record the acknowledgement of stage 2');
    await fillDate(page, 'Date acknowledged', wd(r, 15));
    await page.getByRole('button', { name: 'Save acknowledgement' }).click();
    await record({ type: 'acknowledged', on: wd(r, 15) }, 'Acknowledgement recorded');
    const historyBefore = await historyEntries(page);

    // The stage 1 responder may not answer stage 2: the refusal is shown at the form, in the
    // domain's words, and nothing is recorded.
    await openAction(page, 'Record the stage 2 response', 'Record the stage 2 response');
    await fillDate(page, 'Date of the response', wd(r, 28));
    await page
      .getByLabel('Who responded')
      .selectOption({ label: 'Tom Reilly, Responding manager' });
    await page
      .getByRole('group', { name: 'Issue 1' })
      .getByLabel('Upheld', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save response' }).click();
    const refusal = REFUSAL_MESSAGES.stage2_handler_was_stage1_responder;
    expect(await errorSummary(page)).toContain(refusal);
    expect(await page.locator('#respondedBy-id-error').textContent()).toContain(refusal);
    expect(await heading(page)).toBe('Record the stage 2 response');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => historyEntries(page)).toEqual(historyBefore);

    // Someone else may.
    await openAction(page, 'Record the stage 2 response', 'Record the stage 2 response');
    await fillDate(page, 'Date of the response', wd(r, 28));
    await page
      .getByLabel('Who responded')
      .selectOption({ label: 'Helen Marsh, Senior manager or Director' });
    await page
      .getByRole('group', { name: 'Issue 1' })
      .getByLabel('Upheld', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save response' }).click();
    await record(
      {
        type: 'responded',
        on: wd(r, 28),
        respondedBy: { id: 'helen', name: 'Helen Marsh' },
        outcomes: [{ issue: 'Communication', outcome: 'upheld' }],
      },
      'Stage 2 response recorded',
    );
    const history = await historyEntries(page);
    expect(history).toHaveLength(historyBefore.length + 1);
    expect(history.filter((e) => e.startsWith('Response sent by Tom Reilly'))).toHaveLength(1);
    expect(history.filter((e) => e.startsWith('Response sent by Helen Marsh'))).toHaveLength(1);
    expect(await page.locator('.app-case-status').textContent()).toContain('Stage 2: responded');
    expect(await page.locator('main').textContent()).toContain(
      'The complainant may take the complaint to the Local Government and Social Care Ombudsman.',
    );
    await expectNoAxeViolations(page);
  }, 300_000);
});
