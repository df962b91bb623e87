import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_PASSWORD } from '@curbside/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { keepAndConfirm, WebSuite } from './fixtures.js';
import { SCREENSHOT_DIR } from './screens.js';

const ADMIN = { email: 'loop.chief@curbside.test', password: STRONG_PASSWORD };
const TITLE = 'Spreading rash after a tick bite';
// the title is checked strictly when stored (a word no vocabulary knows is removed): find it by its start
const HEADING = /^Spreading rash/;
const BODY = 'An expanding red rash on the thigh for five days, with fever and aching joints.';
const SPECIALIST = 'Dr Dana Dermatologist';

/**
 * Selects `words` in a text box, as an author would with the mouse, and presses "Remove selected
 * text", both in one task of the page: a re-render between the two (the page refreshing its consults
 * while Playwright scrolls to the button) can replace the box and lose the selection, which made this
 * step fail now and then under load.
 */
async function removeSelected(box: Locator, button: Locator, words: string): Promise<void> {
  await button.scrollIntoViewIfNeeded();
  const handle = await button.elementHandle();
  await box.evaluate(
    (el, { w, b }) => {
      // runs in the page (this project's test code has no DOM types)
      const input = el as unknown as {
        value: string;
        focus: () => void;
        setSelectionRange: (start: number, end: number) => void;
      };
      const at = input.value.indexOf(w);
      input.focus();
      input.setSelectionRange(at, at + w.length);
      (b as unknown as { click: () => void }).click();
    },
    { w: words, b: handle },
  );
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/**
 * The whole consult loop in a real Chromium, every step through the web app: a rural physician posts
 * a structured case (labs, medications, timeline, rural context), finds a dermatologist in the
 * directory and asks them; the dermatologist claims it, asks a question in the private dialogue, the
 * physician answers, the dermatologist answers the consult (removing a word the engine kept); the
 * physician accepts, resolves and reports the outcome (removing a word as well); the dermatologist
 * sees the credit.
 */
describe('Curbside consult loop, end to end in Chromium', () => {
  let suite: WebSuite;
  let physicianPage: Page;
  let specialistPage: Page;
  let caseUrl: string;

  beforeAll(async () => {
    suite = await WebSuite.start({ name: 'web-consult-loop', admin: ADMIN, readyMs: 240_000 });
    const { physician, specialist } = await suite.consultParties({
      physician: 'Dr Rural Physician',
      specialist: SPECIALIST,
      specialty: 'Dermatology',
      channel: 'Rural and Remote Medicine',
    });
    physicianPage = await suite.signedInPage(physician.email, STRONG_PASSWORD, { timeoutMs: 30_000 });
    specialistPage = await suite.signedInPage(specialist.email, STRONG_PASSWORD, { timeoutMs: 30_000 });
  }, 360_000);

  afterAll(() => suite?.close(), 30_000);

  it('should post a structured case with labs, medications, a timeline and the rural context', async () => {
    const page = physicianPage;
    await nav(page, 'Post a case').click();
    await page.getByLabel('Channel').selectOption({ label: 'Rural and Remote Medicine' });
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Case', { exact: true }).fill(BODY);
    await page.getByText('Structured details (optional)').click();
    await page.getByLabel('Your question for the specialist').fill('Treat empirically or refer for testing?');

    await page.getByRole('button', { name: 'Add a timeline event' }).click();
    const event = page.getByRole('group', { name: 'Event 1' });
    await event.getByLabel('Day').fill('-5');
    await event.getByLabel('What happened').fill('Tick removed after a hike');

    await page.getByRole('button', { name: 'Add a lab result' }).click();
    const lab = page.getByRole('group', { name: 'Lab result 1' });
    await lab.getByLabel('Test').fill('CRP');
    await lab.getByLabel('Result').fill('84');
    await lab.getByLabel('Day (optional)').fill('0');

    await page.getByRole('button', { name: 'Add a medication' }).click();
    const med = page.getByRole('group', { name: 'Medication 1' });
    await med.getByLabel('Medication').fill('Doxycycline');
    await med.getByLabel('Dose').fill('100');
    await med.getByLabel('Unit').selectOption('mg');
    await med.getByLabel('How often (optional)').fill('twice daily');

    await page.getByLabel('Temperature (°C)').fill('38.4');
    await page.getByLabel('Telehealth').check();
    await page.getByLabel('Travel time (minutes)').fill('240');
    await page.getByLabel('Distance (km)').fill('310');
    await page.getByLabel('Scheduled referral').check();

    // each list part is previewed on its own, as the server will store it
    await page.getByRole('region', { name: 'Timeline event 1 as it will be stored' }).waitFor();
    await page.getByRole('region', { name: 'Medication 1: how often as it will be stored' }).waitFor();

    // a lab result without its unit is explained, focused and nothing is posted
    const confirm = page.getByLabel('I have checked the preview: this is what may be shared');
    await page.getByRole('region', { name: 'Lab result 1: test as it will be stored' }).waitFor();
    await keepAndConfirm(
      page.locator('form.composer'),
      'I have checked the preview: this is what may be shared',
    );
    await page.getByRole('button', { name: 'Post case' }).click();
    await page.getByText('Fix the problem marked in the structured details before posting.').waitFor();
    await lab.getByText('Choose the unit the result is in.').waitFor();
    const focused = (el: unknown) =>
      el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;
    expect(await lab.getByLabel('Unit').evaluate(focused)).toBe(true);
    await suite.screen(page, 'loop-composer-structured');

    await lab.getByLabel('Unit').selectOption('mg/L');
    if (!(await confirm.isChecked())) await confirm.check();
    await page.getByRole('button', { name: 'Post case' }).click();
    await page.getByRole('heading', { name: HEADING }).waitFor();
    const details = page.getByRole('region', { name: 'Structured details' });
    await details.getByText('Treat empirically or refer for testing?').waitFor();
    const shown = (await details.textContent()) ?? '';
    expect(shown).toContain('CRP: 84 mg/L (day 0)');
    expect(shown).toContain('Doxycycline 100 mg, twice daily');
    expect(shown).toContain('Day −5: Tick removed after a hike');
    expect(shown).toContain('240 min away, 310 km');
    caseUrl = new URL(page.url()).pathname;
  });

  it('should find the dermatologist in the directory and ask them directly', async () => {
    const page = physicianPage;
    await page.getByRole('link', { name: 'Find a specialist in the directory' }).click();
    await page.getByRole('heading', { name: 'Find a specialist' }).waitFor();
    await page.getByLabel('Specialty').selectOption({ label: 'Dermatology' });
    const card = page.getByRole('list', { name: 'Specialists' }).getByRole('listitem').filter({
      hasText: SPECIALIST,
    });
    await card.getByRole('button', { name: `Ask ${SPECIALIST}` }).click();
    await card.getByRole('button', { name: `Send the request to ${SPECIALIST}` }).click();
    await card.getByText(new RegExp(`Consult requested from ${SPECIALIST}\\. It is due`)).waitFor();
    await screenshot(page, 'loop-directory-asked');
    await card.getByRole('link', { name: 'Back to the case' }).click();
    await page.getByText(`With ${SPECIALIST}.`).waitFor();
  });

  it('should let the dermatologist claim it from the queue and ask a question in private', async () => {
    const page = specialistPage;
    await nav(page, 'Consults').click();
    const claim = page.getByRole('button', { name: /^Claim consult: Spreading rash/ });
    await claim.click();
    await page.getByRole('link', { name: 'Open the case to answer it' }).click();
    const dialogue = page.getByRole('region', { name: 'Private messages' });
    await dialogue.getByText('No messages yet.').waitFor();
    await dialogue
      .getByLabel('Your message')
      .fill('Can you send a photo of the border? Is there a central clearing?');
    await dialogue.getByRole('region', { name: 'Message as it will be stored' }).waitFor();
    await dialogue.getByLabel('This asks for more information or images').check();
    await keepAndConfirm(dialogue, 'I have checked the preview of my message');
    await dialogue.getByRole('button', { name: 'Send message' }).click();
    await dialogue
      .getByRole('list', { name: 'Messages' })
      .getByText('Can you send a photo of the border?')
      .waitFor();
  });

  it('should carry the physician’s reply back in the private dialogue', async () => {
    const page = physicianPage;
    await page.goto(caseUrl);
    const dialogue = page.getByRole('region', { name: 'Private messages' });
    await dialogue.getByText('Asks for more information').waitFor();
    await dialogue.getByLabel('Your message').fill('Yes, a central clearing, about 12 cm across.');
    await dialogue.getByRole('region', { name: 'Message as it will be stored' }).waitFor();
    await keepAndConfirm(dialogue, 'I have checked the preview of my message');
    await dialogue.getByRole('button', { name: 'Send message' }).click();
    await dialogue.getByRole('list', { name: 'Messages' }).getByText('Yes, a central clearing').waitFor();
    await suite.screen(page, 'loop-dialogue');
  });

  it('should let the dermatologist answer with a preview, removing a word they choose', async () => {
    const page = specialistPage;
    await page.reload();
    await page
      .getByRole('region', { name: 'Private messages' })
      .getByText('Yes, a central clearing')
      .waitFor();
    const form = page.locator('form', { has: page.getByLabel('Your consult answer') });
    const box = form.getByLabel('Your consult answer');
    await box.fill(
      'Erythema migrans: start doxycycline 100 mg twice daily for 14 days; the Harbourside lab can confirm.',
    );
    const preview = form.getByRole('region', { name: 'Answer as it will be stored' });
    // the preview of this very text first: the panel grows when it arrives, moving the buttons below it
    await preview
      .getByText(/doxycycline 100 mg/)
      .first()
      .waitFor();
    // the word is listed under "Marked by you for removal", with its own "Keep after all" button
    const marked = form.getByRole('button', { name: 'Keep after all: “Harbourside”', exact: true });
    for (let attempt = 1; ; attempt++) {
      await removeSelected(box, form.getByRole('button', { name: 'Remove selected text' }), 'Harbourside');
      const shown = await marked.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (shown) {
        if (attempt > 1)
          process.stdout.write(`web-consult-loop: the selection was marked on try ${attempt}\n`);
        break;
      }
      if (attempt === 3) throw new Error('the selected word was not marked after three tries');
    }
    await preview.getByText('Other identifier removed:').waitFor();
    await form.getByLabel('Minutes spent (optional, for your credit log)').fill('15');
    await suite.screen(page, 'loop-answer-preview');
    await keepAndConfirm(form, 'I have checked the preview of my answer');
    await form.getByRole('button', { name: 'Send answer' }).click();
    // answered: the form gives way to the answer in the thread, with the marked word removed
    await box.waitFor({ state: 'detached' });
    const replies = page.getByRole('region', { name: /^Replies/ });
    await replies.getByText('Erythema migrans').waitFor();
    expect(await replies.textContent()).not.toContain('Harbourside');
  });

  it('should let the physician accept the answer, resolve, and report the outcome with a preview', async () => {
    const page = physicianPage;
    await page.reload();
    await page.getByText('Erythema migrans').first().waitFor();
    await page.getByRole('button', { name: 'Accept this answer' }).first().click();
    await page.getByText('✓ Accepted answer').waitFor();
    await page.getByRole('button', { name: 'Helpful: resolve', exact: true }).click();
    await page.getByText('Marked helpful.').waitFor();
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await page.getByText('Case marked resolved.').waitFor();

    const form = page.getByRole('form', { name: 'Report the outcome' });
    await form.getByLabel('Final diagnosis').fill('Early localised Lyme disease');
    await form.getByLabel('What was done').fill('Doxycycline for 14 days; serology at 4 weeks.');
    await form.getByLabel('How the patient fared').selectOption('RECOVERED');
    await form
      .getByRole('group', { name: /change how the patient was managed/ })
      .getByLabel('Yes')
      .check();
    await form
      .getByRole('group', { name: /bear out the advice/ })
      .getByLabel('Yes')
      .check();
    const notes = form.getByRole('textbox', { name: 'Notes (optional)' });
    await notes.fill('Followed up by the Millbrook nurse; rash gone by day 10.');
    const notesPreview = form.getByRole('region', { name: 'Notes (optional) as it will be stored' });
    await notesPreview.waitFor();
    await removeSelected(
      notes,
      form.getByRole('button', { name: 'Remove selected text from notes (optional)' }),
      'Millbrook',
    );
    await notesPreview.getByText('Other identifier removed:').waitFor();
    await suite.screen(page, 'loop-outcome-preview');
    await form.getByRole('button', { name: 'Report outcome' }).click();
    await page.getByText('Outcome saved. The consultants and repliers are told.').waitFor();
    const outcome = page.getByRole('region', { name: 'Outcome' });
    // the saved outcome, as every reader sees it, replaces the form
    await outcome.getByRole('button', { name: 'Update the outcome' }).waitFor();
    await outcome.getByText('Early localised Lyme disease').waitFor();
    expect(await outcome.textContent()).toContain('Followed up by the [OTHER_ID] nurse');
    expect(await outcome.textContent()).not.toContain('Millbrook');
    await screenshot(page, 'loop-outcome-reported');
  });

  it('should show the dermatologist the credit (the answer, its minutes, helpful and confirmed) and give a PDF statement', async () => {
    const page = specialistPage;
    await nav(page, 'My credit').click();
    const totals = page.getByRole('region', { name: 'Totals' });
    await totals.getByText('Outcomes that confirmed the advice').waitFor();
    const value = (term: string) =>
      totals
        .locator('div', { has: page.getByText(term, { exact: true }) })
        .locator('dd')
        .textContent();
    expect(await value('Consults answered')).toBe('1');
    expect(await value('Minutes reported')).toBe('15');
    expect(await value('Marked helpful')).toBe('1');
    expect(await value('Outcomes that confirmed the advice')).toBe('1');
    const entry = page.getByRole('list', { name: 'Answers in the period' }).getByRole('listitem');
    expect(await entry.textContent()).toContain('Advice confirmed: Yes');
    await suite.screen(page, 'loop-credit');

    // the statement of the period: a short-lived link, opened in a new tab and offered as a link too
    const opened = page
      .context()
      .waitForEvent('page', { timeout: 15_000 })
      .catch(() => null);
    await page.getByRole('button', { name: 'Download statement (PDF)' }).click();
    const link = page.getByRole('link', { name: 'open the statement' });
    await link.waitFor();
    await (await opened)?.close();
    const pdf = await page.request.get((await link.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const planted of ['Harbourside', 'Millbrook']) expect(bytes.includes(planted)).toBe(false);
  });

  it('should have no serious or critical accessibility violations or page errors on these screens', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});

/** A screenshot of one step (desktop width), beside the suite's other screenshots. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-desktop.png`), fullPage: true });
}
