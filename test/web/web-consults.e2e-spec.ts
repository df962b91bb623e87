import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_PASSWORD, type Session } from '@curbside/testing';
import type { Page } from 'playwright-core';
import { keepAndConfirm, WebSuite } from './fixtures.js';

const ADMIN = { email: 'chief@curbside.test', password: STRONG_PASSWORD };
const TITLE = 'Palpitations on exertion';
// the title is checked strictly when stored (a word no vocabulary knows is removed): find it by its start
const HEADING = /^Palpitations/;
const BODY =
  'Three days of palpitations with near-fainting on exertion. ECG shows intermittent wide complexes.';

/**
 * The consult loop in the browser: a specialist says when they are on call, a rural physician posts a
 * case with its structured details, finds that specialist in the directory and asks them directly,
 * and the two talk in the consult's private dialogue.
 */
describe('Curbside consult loop in Chromium', () => {
  let suite: WebSuite;
  let physician: Session;
  let specialist: Session;
  let physicianPage: Page;
  let specialistPage: Page;
  const must = <T>(session: Session, query: string, variables: Record<string, unknown>) =>
    suite.must<T>(session, query, variables);

  beforeAll(async () => {
    suite = await WebSuite.start({ name: 'web-consults', admin: ADMIN, readyMs: 90_000 });
    ({ physician, specialist } = await suite.consultParties({
      physician: 'Dr Prairie Physician',
      specialist: 'Dr Rhythm Specialist',
      specialty: 'Cardiology',
      channel: 'Cardiology',
    }));
    physicianPage = await suite.signedInPage(physician.email, STRONG_PASSWORD);
    specialistPage = await suite.signedInPage(specialist.email, STRONG_PASSWORD);
  }, 180_000);

  afterAll(() => suite?.close(), 30_000);

  it('should let a specialist say when they are on call', async () => {
    const page = specialistPage;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { name: 'On call for consults' }).waitFor();
    await page.getByText('No on-call time set.').waitFor();
    await page.getByLabel('For', { exact: true }).selectOption('8');
    await page.getByRole('button', { name: 'Add on-call time' }).click();
    await page.getByRole('list', { name: 'Your on-call times' }).getByRole('listitem').waitFor();
    await suite.screen(page, 'profile-on-call');
  });

  it('should post a case with its structured details and show them on the case', async () => {
    const page = physicianPage;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Post a case' }).click();
    await page.getByLabel('Channel').selectOption({ label: 'Cardiology' });
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Case', { exact: true }).fill(BODY);
    await page.getByText('Structured details (optional)').click();
    await page
      .getByLabel('Your question for the specialist')
      .fill('Does this need an urgent transfer for monitoring?');
    await page.getByLabel('Heart rate (per minute)').fill('128');
    await page.getByLabel('ECG', { exact: true }).check();
    await page.getByLabel('Travel time (minutes)').fill('180');
    await page.getByLabel('Air ambulance').check();
    const confirm = page.getByLabel('I have checked the preview: this is what may be shared');
    await page.getByRole('region', { name: 'Case as it will be stored' }).waitFor();
    // the structured fields' free text is previewed too, as the server will store it
    await page.getByRole('region', { name: 'Clinical question as it will be stored' }).waitFor();
    for (let round = 0; round < 25 && !(await confirm.isEnabled()); round++) {
      const keep = page.getByRole('button', { name: /^Keep “/ });
      if ((await keep.count()) > 0) await keep.first().click();
      await page.waitForTimeout(200);
    }
    await suite.screen(page, 'composer-structured');
    await confirm.check();
    await page.getByRole('button', { name: 'Post case' }).click();
    await page.getByRole('heading', { name: HEADING }).waitFor();
    const details = page.getByRole('region', { name: 'Structured details' });
    await details.getByText('Does this need an urgent transfer for monitoring?').waitFor();
    expect(await details.textContent()).toContain('heart rate 128/min');
    expect(await details.textContent()).toContain('180 min away');
  });

  it('should find the on-call specialist in the directory and ask them directly, with the due time', async () => {
    const page = physicianPage;
    await page.getByRole('link', { name: 'Find a specialist in the directory' }).click();
    await page.getByRole('heading', { name: 'Find a specialist' }).waitFor();
    await page.getByLabel('On call now only').check();
    const card = page.getByRole('list', { name: 'Specialists' }).getByRole('listitem').filter({
      hasText: 'Dr Rhythm Specialist',
    });
    await card.getByText('On call now').waitFor();
    await suite.screen(page, 'directory');
    await card.getByRole('button', { name: 'Ask Dr Rhythm Specialist' }).click();
    await card.getByLabel('Urgent').check();
    await card.getByRole('button', { name: 'Send the request to Dr Rhythm Specialist' }).click();
    await card.getByText(/Consult requested from Dr Rhythm Specialist\. It is due/).waitFor();
    await card.getByRole('link', { name: 'Back to the case' }).click();
    await page.getByRole('heading', { name: HEADING }).waitFor();
    await page.getByText('With Dr Rhythm Specialist.').waitFor();
  });

  it('should carry a private dialogue between the two once the specialist claims the consult', async () => {
    const url = new URL(physicianPage.url());
    const caseId = url.pathname.split('/').pop()!;
    const { case: post } = await must<{ case: { consults: { id: string }[] } }>(
      physician,
      'query C($id: ID!) { case(id: $id) { consults { id } } }',
      { id: caseId },
    );
    await must(specialist, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id status } }', {
      id: post.consults[0].id,
    });

    await specialistPage.goto(`/cases/${caseId}`);
    const dialogue = specialistPage.getByRole('region', { name: 'Private messages' });
    await dialogue.getByText('No messages yet.').waitFor();
    // a message is previewed and confirmed like a reply: the planted phone number never gets stored
    await dialogue
      .getByLabel('Your message')
      .fill('Is there a 12-lead ECG you can describe, and any syncope? Call me on 617-555-0143.');
    const preview = dialogue.getByRole('region', { name: 'Message as it will be stored' });
    await preview
      .getByText(/removed/)
      .first()
      .waitFor();
    expect(await preview.textContent()).not.toContain('617-555-0143');
    await dialogue.getByLabel('This asks for more information or images').check();
    await keepAndConfirm(dialogue, 'I have checked the preview of my message');
    await dialogue.getByRole('button', { name: 'Send message' }).click();
    await dialogue
      .getByRole('list', { name: 'Messages' })
      .getByText('Is there a 12-lead ECG you can describe')
      .waitFor();
    expect(await dialogue.getByRole('list', { name: 'Messages' }).textContent()).not.toContain(
      '617-555-0143',
    );

    await physicianPage.reload();
    const theirs = physicianPage.getByRole('region', { name: 'Private messages' });
    await theirs.getByText('Asks for more information').waitFor();
    await theirs
      .getByLabel('Your message')
      .fill('No syncope; the ECG shows a broad complex tachycardia at 128.');
    await theirs.getByRole('region', { name: 'Message as it will be stored' }).waitFor();
    await keepAndConfirm(theirs, 'I have checked the preview of my message');
    await theirs.getByRole('button', { name: 'Send message' }).click();
    await theirs.getByRole('list', { name: 'Messages' }).getByText('broad complex tachycardia').waitFor();
    await suite.screen(physicianPage, 'consult-dialogue');
  });

  it('should list each side’s own consults with their state and due time', async () => {
    await physicianPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My consults' })
      .click();
    const mine = physicianPage.getByRole('list', { name: 'My consults' }).getByRole('listitem');
    await mine.filter({ hasText: 'Claimed, being answered' }).getByRole('link', { name: HEADING }).waitFor();
    expect(await mine.first().textContent()).toContain('Due');
    await suite.screen(physicianPage, 'my-consults');
    await specialistPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My consults' })
      .click();
    const theirs = specialistPage.getByRole('list', { name: 'My consults' }).getByRole('listitem');
    await theirs
      .filter({ hasText: 'You are the specialist' })
      .getByText('Answer it from the case page.')
      .waitFor();
  });

  it('should have no serious or critical accessibility violations or page errors on these screens', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});
