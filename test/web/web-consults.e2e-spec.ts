import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApiProcess,
  GraphqlClient,
  STRONG_PASSWORD,
  type Session,
  freePort,
  launchChromium,
  login,
  verifiedClinician,
} from '@curbside/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { type AxeFinding, checkScreen, DESKTOP } from './screens.js';

const ADMIN = { email: 'chief@curbside.test', password: STRONG_PASSWORD };
const TITLE = 'Palpitations on exertion';
// the title is checked strictly when stored (a word no vocabulary knows is removed): find it by its start
const HEADING = /^Palpitations/;
const BODY =
  'Three days of palpitations with near-fainting on exertion. ECG shows intermittent wide complexes.';

/** Keeps every word the preview asks about (in `scope`), then confirms the preview. */
async function keepAndConfirm(scope: Locator, confirmLabel: string): Promise<void> {
  const confirm = scope.getByLabel(confirmLabel);
  for (let round = 0; round < 25; round++) {
    if (await confirm.isEnabled()) break;
    const keep = scope.getByRole('button', { name: /^Keep “/ });
    if ((await keep.count()) > 0) await keep.first().click();
    else await scope.page().waitForTimeout(200);
  }
  await confirm.check();
}

/**
 * The consult loop in the browser: a specialist says when they are on call, a rural physician posts a
 * case with its structured details, finds that specialist in the directory and asks them directly,
 * and the two talk in the consult's private dialogue.
 */
describe('Curbside consult loop in Chromium', () => {
  let api: ApiProcess;
  let dataDir: string;
  let browser: Browser;
  let admin: Session;
  let physician: Session;
  let specialist: Session;
  let physicianPage: Page;
  let specialistPage: Page;
  let cardiologyId: string;
  const gql = () => new GraphqlClient(`${api.url}/graphql`);
  const axe: AxeFinding[] = [];
  const pageErrors: string[] = [];

  async function must<T>(session: Session, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await gql().request<T>(query, variables, { token: session.accessToken });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  async function signedInPage(session: Session): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: api.url });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto('/');
    await page.getByLabel('Email').fill(session.email);
    await page.getByLabel('Password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your feed' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'curbside-web-consults-'));
    api = new ApiProcess(await freePort(), {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CURBSIDE_ADMIN_EMAIL: ADMIN.email,
      CURBSIDE_ADMIN_PASSWORD: ADMIN.password,
    });
    const [launched] = await Promise.all([launchChromium(), api.ready(90_000)]);
    browser = launched;
    admin = await login(gql(), ADMIN.email, ADMIN.password);
    physician = await verifiedClinician(gql(), admin, 'Dr Prairie Physician');
    specialist = await verifiedClinician(gql(), admin, 'Dr Rhythm Specialist');
    const { specialties } = await must<{ specialties: { id: string; name: string }[] }>(
      specialist,
      '{ specialties { id name } }',
      {},
    );
    cardiologyId = specialties.find((s) => s.name === 'Cardiology')!.id;
    await must(specialist, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [cardiologyId], acceptingConsults: true },
    });
    const { channels } = await must<{ channels: { id: string; name: string }[] }>(
      physician,
      '{ channels { id name } }',
      {},
    );
    await must(physician, 'mutation J($c: ID!) { joinChannel(channelId: $c) { id } }', {
      c: channels.find((c) => c.name === 'Cardiology')!.id,
    });
    physicianPage = await signedInPage(physician);
    specialistPage = await signedInPage(specialist);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (api) {
      api.signal('SIGTERM');
      await api.exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('should let a specialist say when they are on call', async () => {
    const page = specialistPage;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('heading', { name: 'On call for consults' }).waitFor();
    await page.getByText('No on-call time set.').waitFor();
    await page.getByLabel('For', { exact: true }).selectOption('8');
    await page.getByRole('button', { name: 'Add on-call time' }).click();
    await page.getByRole('list', { name: 'Your on-call times' }).getByRole('listitem').waitFor();
    axe.push(...(await checkScreen(page, 'profile-on-call')));
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
    axe.push(...(await checkScreen(page, 'composer-structured')));
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
    axe.push(...(await checkScreen(page, 'directory')));
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
    axe.push(...(await checkScreen(physicianPage, 'consult-dialogue')));
  });

  it('should list each side’s own consults with their state and due time', async () => {
    await physicianPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My consults' })
      .click();
    const mine = physicianPage.getByRole('list', { name: 'My consults' }).getByRole('listitem');
    await mine.filter({ hasText: 'Claimed, being answered' }).getByRole('link', { name: HEADING }).waitFor();
    expect(await mine.first().textContent()).toContain('Due');
    axe.push(...(await checkScreen(physicianPage, 'my-consults')));
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
    expect(axe).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
