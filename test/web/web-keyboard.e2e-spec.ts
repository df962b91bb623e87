import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_PASSWORD, type Session, register, submitLicense, verifiedClinician } from '@curbside/testing';
import type { Page } from 'playwright-core';
import { WebSuite } from './fixtures.js';

const ADMIN = { email: 'chief@curbside.test', password: STRONG_PASSWORD };
const TITLE = 'Exertional syncope in a young runner';
const PLANTED = ['John Smith', '4839201', '207-555-0142'];
const BODY =
  'John Smith (MRN 4839201), phone 207-555-0142, fainted twice while running; zorblax noted at the ' +
  'Elm Street clinic. Resting ECG normal.';
const REPLY = 'Ask Dr Okafor about an exercise test at the Birch Road clinic.';

/** What a screen reader would call the focused element: its aria-label, its label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    if (el.id) {
      const label = document.querySelector('label[for="' + el.id + '"]');
      if (label) return label.textContent.trim();
    }
    return (el.textContent || '').trim();
  })()`);
}

/** Presses Tab (or Shift+Tab) until the named control has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, name: string | RegExp, backwards = false, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/**
 * Answers each question of the preview by keyboard (removes `remove`, keeps every other word) until
 * the confirmation can be ticked; each answer starts a new preview, which is waited for.
 */
async function answerQuestions(page: Page, confirmLabel: string, remove?: string): Promise<void> {
  const confirm = page.getByLabel(confirmLabel);
  for (let round = 0; round < 25; round++) {
    await page.locator('section.preview[aria-busy="true"]').waitFor({ state: 'detached' });
    if (await confirm.isEnabled()) return;
    const removable = remove ? page.getByRole('button', { name: `Remove “${remove}”` }) : null;
    if (removable && (await removable.count()) > 0) await tabTo(page, `Remove “${remove}”`);
    else await tabTo(page, /^Keep “/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  throw new Error('the preview kept asking');
}

/** The focused control shows a focus ring (an outline that is not "none"). */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    `getComputedStyle(document.activeElement).outlineStyle !== 'none' && parseFloat(getComputedStyle(document.activeElement).outlineWidth) > 0`,
  );
}

/**
 * The web app by keyboard alone, and the pages that end a clinician's way in: a rejected licence
 * with its reason, and a suspended account. Clinicians and the administrator's decisions are set
 * up through the API; everything a clinician does here is done in a real Chromium.
 */
describe('Curbside web app by keyboard, and its refusals', () => {
  let suite: WebSuite;
  let admin: Session;
  const gql = () => suite.client;
  const newPage = async (): Promise<Page> => (await suite.newPage()).page;

  async function signInByKeyboard(page: Page, email: string): Promise<void> {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to Curbside' }).waitFor();
    await tabTo(page, 'Email');
    await page.keyboard.type(email);
    await tabTo(page, 'Password');
    await page.keyboard.type(STRONG_PASSWORD);
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    suite = await WebSuite.start({
      name: 'web-kb',
      admin: ADMIN,
      env: { WS_RECHECK_SECONDS: '1' },
      readyMs: 90_000,
    });
    admin = await suite.admin();
  }, 150_000);

  afterAll(() => suite?.close(), 30_000);

  it('should sign in, post a case through the preview and reply, with the keyboard alone', async () => {
    const client = gql();
    const author = await verifiedClinician(client, admin, 'Dr Keyboard Author');
    const channels = await client.request<{ channels: { id: string; name: string }[] }>(
      '{ channels { id name } }',
      {},
      { token: author.accessToken },
    );
    const cardiology = channels.data!.channels.find((c) => c.name === 'Cardiology')!;
    await client.request(
      'mutation J($c: ID!) { joinChannel(channelId: $c) { id } }',
      { c: cardiology.id },
      {
        token: author.accessToken,
      },
    );

    const page = await newPage();
    await signInByKeyboard(page, author.email);
    await page.getByRole('heading', { name: 'Your feed' }).waitFor();

    await tabTo(page, 'Post a case');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Post a case' }).waitFor();
    await tabTo(page, 'Channel');
    await page.keyboard.type('Cardiology');
    expect(await page.getByLabel('Channel').inputValue()).toBe(cardiology.id);
    await tabTo(page, 'Title');
    await page.keyboard.type(TITLE);
    await tabTo(page, 'Case');
    await page.keyboard.type(BODY);
    // select "Elm Street" with the keyboard and mark it for removal on the server
    const elm = BODY.indexOf('Elm Street');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < elm; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'Elm Street'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await tabTo(page, 'Remove selected text');
    await page.keyboard.press('Enter');
    const marked = page.getByRole('region', { name: 'Marked by you for removal' });
    await marked.getByText('Elm Street').waitFor();
    expect(await page.getByLabel('Case', { exact: true }).inputValue()).toBe(BODY);

    // every uncertain word is asked about: "zorblax" is removed, anything else kept
    const preview = page.getByRole('region', { name: 'Case as it will be stored' });
    await preview.waitFor();
    await page.getByRole('region', { name: /Please check/ }).waitFor();
    await answerQuestions(page, 'I have checked the preview: this is what may be shared', 'zorblax');
    await page.getByText('Other identifier removed').first().waitFor();
    await screen(page, 'composer-questions-answered');
    const stored = (await preview.textContent()) ?? '';
    for (const identifier of [...PLANTED, 'zorblax', 'Elm Street']) expect(stored).not.toContain(identifier);

    await tabTo(page, 'I have checked the preview: this is what may be shared');
    await page.keyboard.press('Space');
    await tabTo(page, 'Post case');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const shown = (await page.locator('main').textContent()) ?? '';
    for (const identifier of [...PLANTED, 'zorblax', 'Elm Street']) expect(shown).not.toContain(identifier);

    await tabTo(page, 'Your reply');
    await page.keyboard.type(REPLY);
    const replyPreview = page.getByRole('region', { name: 'Reply as it will be stored' });
    await replyPreview.waitFor();
    await answerQuestions(page, 'I have checked the preview of my reply');
    expect(await replyPreview.textContent()).not.toContain('Okafor');
    await screen(page, 'reply-preview');
    await tabTo(page, 'I have checked the preview of my reply');
    await page.keyboard.press('Space');
    await tabTo(page, 'Send reply');
    await page.keyboard.press('Enter');
    const thread = page.getByRole('region', { name: /Replies/ });
    await thread.locator('.reply .body-text', { hasText: 'about an exercise test' }).waitFor();
    expect(await thread.textContent()).not.toContain('Okafor');
    await screen(page, 'case-replied');

    async function screen(p: Page, name: string) {
      await suite.screen(p, name);
    }
  });

  it('should show a rejected licence with the reviewer’s reason', async () => {
    const client = gql();
    const clinician = await register(client, 'Dr Rejected Applicant');
    const licenceId = await submitLicense(client, clinician);
    const review = await client.request(
      'mutation R($i: ReviewLicenseInput!) { reviewLicense(input: $i) { id status } }',
      {
        i: {
          licenseId: licenceId,
          decision: 'REJECT',
          note: 'The licence number does not match the state board record.',
        },
      },
      { token: admin.accessToken },
    );
    expect(review.errors).toBeUndefined();
    const page = await newPage();
    await signInByKeyboard(page, clinician.email);
    await page.getByRole('link', { name: 'See your licence status' }).click();
    await page.getByText('Verification: Rejected.').waitFor();
    await page.getByText('The licence number does not match the state board record.').waitFor();
    await suite.screen(page, 'licence-rejected');
  });

  it('should land a suspended clinician on a page that says so, during a session and at sign-in', async () => {
    const client = gql();
    const clinician = await verifiedClinician(client, admin, 'Dr Soon Suspended');
    const page = await newPage();
    await signInByKeyboard(page, clinician.email);
    await page.getByRole('heading', { name: 'Your feed' }).waitFor();
    const suspended = await client.request(
      'mutation S($id: ID!, $r: String!) { suspendClinician(clinicianId: $id, reason: $r) { id verificationStatus } }',
      { id: clinician.id, r: 'Licence under investigation' },
      { token: admin.accessToken },
    );
    expect(suspended.errors).toBeUndefined();
    // the open page learns of it live (its socket is re-checked) or at its next request
    const ended = page.getByRole('heading', { name: 'Your session has ended' });
    const live = await ended.waitFor({ timeout: 8_000 }).then(
      () => true,
      () => false,
    );
    if (!live)
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click();
    await ended.waitFor();
    await suite.screen(page, 'session-ended-suspended');
    expect((await page.locator('main').textContent()) ?? '').toContain('suspended');
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('heading', { name: 'Sign in to Curbside' }).waitFor();
    await page.getByLabel('Email').fill(clinician.email);
    await page.getByLabel('Password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your account is suspended' }).waitFor();
    await suite.screen(page, 'account-suspended');
  });

  it('should have no serious or critical accessibility violations or page errors on these screens', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});
