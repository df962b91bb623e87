import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_PASSWORD, futureDate, nextLicenseNumber, nextNpi } from '@curbside/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { keepAndConfirm, WebSuite } from './fixtures.js';

const ADMIN = { email: 'chief@curbside.test', password: STRONG_PASSWORD };
const DRAFT_KEY = 'curbside.case-draft.v1';
const TITLE = 'Exertional chest pain in a marathon runner';
const PLANTED = ['John Smith', '4839201', '207-555-0142', '03/04/2024', 'j.smith@example.com'];
const BODY =
  'John Smith (MRN 4839201) was seen on 03/04/2024. Call 207-555-0142 or write to j.smith@example.com. ' +
  'Two weeks of exertional chest pain while training for a marathon; resting ECG normal.';

/** A link of the main navigation (a screen's own text may link to the same place). */
function nav(page: Page, name: string | RegExp) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/**
 * The web app in a real Chromium against the real built server on its own embedded database: a rural
 * physician and a specialist in two browser contexts, an administrator approving licences through the
 * API, from registration to an accepted answer. Every main screen is checked with axe and
 * photographed at desktop and phone width.
 */
describe('Curbside web app in Chromium', () => {
  let suite: WebSuite;
  let physician: Page;
  let specialist: Page;
  let specialistContext: BrowserContext;
  const screen = (page: Page, name: string) => suite.screen(page, name);

  async function registerAndSubmitLicence(page: Page, name: string, email: string, shoot: boolean) {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to Curbside' }).waitFor();
    if (shoot) await screen(page, 'sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name shown to colleagues').fill(name);
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill(STRONG_PASSWORD);
    if (shoot) await screen(page, 'register');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Your licence' }).waitFor();
    const npi = nextNpi();
    const wrong = `${npi.slice(0, 9)}${(Number(npi[9]) + 1) % 10}`;
    await page.getByLabel('NPI').fill(wrong);
    await page.getByText('last digit does not match').waitFor();
    expect(await page.getByRole('button', { name: 'Submit for verification' }).isDisabled()).toBe(true);
    await page.getByLabel('NPI').fill(npi);
    await page.getByText('This NPI looks right.').waitFor();
    await page.getByLabel('Credential').selectOption('MD');
    await page.getByLabel('State or territory (two letters)').fill('ME');
    await page.getByLabel('Licence number').fill(nextLicenseNumber());
    await page.getByLabel('Expires on').fill(futureDate(400));
    await page.getByRole('button', { name: 'Submit for verification' }).click();
    await page.getByText('Verification: Pending.').waitFor();
    if (shoot) await screen(page, 'licence-pending');
  }

  async function approveAll(): Promise<number> {
    const client = suite.client;
    const token = (await suite.admin()).accessToken;
    const queue = await client.request<{ verificationQueue: { edges: { node: { id: string } }[] } }>(
      '{ verificationQueue(first: 50) { edges { node { id } } } }',
      {},
      { token },
    );
    for (const { node } of queue.data!.verificationQueue.edges) {
      const review = await client.request(
        'mutation R($i: ReviewLicenseInput!) { reviewLicense(input: $i) { id status } }',
        { i: { licenseId: node.id, decision: 'APPROVE' } },
        { token },
      );
      expect(review.errors).toBeUndefined();
    }
    return queue.data!.verificationQueue.edges.length;
  }

  beforeAll(async () => {
    suite = await WebSuite.start({
      name: 'web',
      admin: ADMIN,
      env: { WS_RECHECK_SECONDS: '1' },
      readyMs: 90_000,
    });
    physician = (await suite.newPage()).page;
    const second = await suite.newPage();
    specialist = second.page;
    specialistContext = second.context;
  }, 150_000);

  afterAll(() => suite?.close(), 30_000);

  it('should serve the app at / under a strict Content Security Policy, with client routes and the API apart', async () => {
    const home = await fetch(`${suite.api.url}/`);
    const csp = home.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(await home.text()).toContain('<div id="root">');
    const deep = await fetch(`${suite.api.url}/cases/some-case`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${suite.api.url}/graphql/nothing`)).status).toBe(404);
    const noCsrf = await fetch(`${suite.api.url}/auth/refresh`, { method: 'POST' });
    expect(noCsrf.status).toBe(403);
  });

  it('should take two clinicians from registration to verified, told live when approved', async () => {
    await registerAndSubmitLicence(physician, 'Dr Rural Physician', 'rural@clinic.test', true);
    await registerAndSubmitLicence(specialist, 'Dr Heart Specialist', 'heart@clinic.test', false);
    // the refresh token is an HttpOnly cookie that page script cannot read
    expect(await physician.evaluate<string>('document.cookie')).toBe('');
    const cookies = await physician.context().cookies();
    expect(cookies.find((c) => c.name === 'curbside_refresh')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });

    expect(await approveAll()).toBe(2);
    // the approval arrives as a live notification, without a reload
    await nav(physician, /Notifications/)
      .getByText('1')
      .waitFor();
    await physician.reload();
    await physician.getByText('Verification: Verified.').waitFor();
    await screen(physician, 'licence-verified');
  });

  it('should let the specialist set specialties and accept consults', async () => {
    await nav(specialist, 'Profile').click();
    await specialist.getByLabel('Cardiology').check();
    await specialist.getByLabel('I am accepting consults').check();
    await specialist.getByLabel('Bio').fill('Cardiologist, happy to help with rural cases.');
    await specialist.getByRole('button', { name: 'Save profile' }).click();
    await specialist.getByText('Profile saved.').waitFor();
    await screen(specialist, 'profile');
  });

  it('should join a channel and show its empty feed', async () => {
    await nav(physician, 'Channels').click();
    await physician.getByRole('button', { name: 'Join Cardiology' }).click();
    await physician.getByRole('button', { name: 'Leave Cardiology' }).waitFor();
    await screen(physician, 'channels');
    await nav(physician, 'Feed').click();
    await physician.getByText('No cases yet.').waitFor();
    await screen(physician, 'feed-empty');
  });

  it('should remove planted identifiers in the live preview before the case is posted', async () => {
    await nav(physician, 'Post a case').click();
    await physician.getByLabel('Channel').selectOption({ label: 'Cardiology' });
    await physician.getByLabel('Title').fill(TITLE);
    await physician.getByLabel('Patient age (years)').fill('34');
    await physician.getByLabel('Patient sex').selectOption('MALE');
    await physician.getByLabel('Case', { exact: true }).fill(BODY);
    const preview = physician.getByRole('region', { name: 'Case as it will be stored' });
    await preview
      .getByText(/removed:/)
      .first()
      .waitFor();
    const shown = (await preview.textContent()) ?? '';
    for (const identifier of PLANTED) expect(shown).not.toContain(identifier);
    expect(shown).toContain('Name removed');
    const post = physician.getByRole('button', { name: 'Post case' });
    expect(await post.isDisabled()).toBe(true);
    // the draft on this device holds only de-identified text
    const draft = (await physician.evaluate<string | null>(`localStorage.getItem('${DRAFT_KEY}')`)) ?? '';
    expect(draft).toContain('chest pain');
    for (const identifier of PLANTED) expect(draft).not.toContain(identifier);
    await screen(physician, 'composer');
    await keepAndConfirm(physician, 'I have checked the preview: this is what may be shared');
    await post.click();
    await physician.getByRole('heading', { name: TITLE }).waitFor();
    const page = (await physician.locator('main').textContent()) ?? '';
    for (const identifier of PLANTED) expect(page).not.toContain(identifier);
    expect(await physician.evaluate<string | null>(`localStorage.getItem('${DRAFT_KEY}')`)).toBeNull();
  });

  it('should request an urgent consult and show when it is due', async () => {
    await physician.getByLabel('Specialty').selectOption({ label: 'Cardiology' });
    await physician.getByLabel('Urgent').check();
    await physician.getByRole('button', { name: 'Request consult' }).click();
    await physician.getByText(/Consult requested\. It is due/).waitFor();
    await physician.getByText('Open', { exact: true }).first().waitFor();
    await screen(physician, 'case-consult-requested');
  });

  it('should let the specialist claim and answer, and the answer reach the physician live', async () => {
    await physician.evaluate('window.stayed = true');
    await nav(specialist, 'Consults').click();
    await specialist.getByRole('button', { name: `Claim consult: ${TITLE}` }).waitFor();
    await screen(specialist, 'consult-queue');
    await specialist.getByRole('button', { name: `Claim consult: ${TITLE}` }).click();
    await specialist.getByRole('link', { name: 'Open the case to answer it' }).click();
    await specialist
      .getByLabel('Your consult answer')
      .fill('Likely exercise-induced ischaemia: arrange a stress test.');
    // the answer is previewed and confirmed like a reply
    await specialist.getByRole('region', { name: 'Answer as it will be stored' }).waitFor();
    await keepAndConfirm(specialist, 'I have checked the preview of my answer');
    await specialist.getByRole('button', { name: 'Send answer' }).click();
    await specialist.getByText('Consult answer').first().waitFor();
    await specialist
      .getByLabel('Your reply', { exact: true })
      .fill('Also check a lipid panel and family history.');
    await keepAndConfirm(specialist, 'I have checked the preview of my reply');
    await specialist.getByRole('button', { name: 'Send reply' }).click();

    await physician.getByText('Likely exercise-induced ischaemia').waitFor();
    await physician.getByText('Also check a lipid panel').waitFor();
    expect(await physician.evaluate<boolean>('window.stayed === true')).toBe(true);
  });

  it('should accept the answer, mark the consult helpful and resolve the case', async () => {
    await physician.getByRole('button', { name: 'Accept this answer' }).first().click();
    await physician.getByText('✓ Accepted answer').waitFor();
    await physician.getByRole('button', { name: 'Helpful: resolve', exact: true }).click();
    await physician.getByText('Marked helpful.').waitFor();
    await screen(physician, 'case-accepted');
    await physician.getByRole('button', { name: 'Mark resolved' }).click();
    await physician.getByText('Case marked resolved.').waitFor();
    await physician.getByRole('button', { name: 'Report' }).first().click();
    await physician.getByLabel('Why are you reporting this?').selectOption('SPAM');
    await physician.getByRole('button', { name: 'Send report' }).click();
    await physician.getByText('An administrator will look at it.').waitFor();
  });

  it('should find the case by search with a snippet, and list it in the feed', async () => {
    await nav(physician, 'Search').click();
    await physician.getByLabel('Words to find').fill('marathon');
    await physician.getByRole('button', { name: 'Search' }).click();
    const results = physician.getByRole('list', { name: 'Search results' });
    await results.getByRole('link', { name: TITLE }).waitFor();
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    await screen(physician, 'search');
    await nav(physician, 'Feed').click();
    await physician.getByRole('link', { name: TITLE }).waitFor();
    await screen(physician, 'feed');
  });

  it('should list notifications that link to their case and mark them read', async () => {
    await nav(physician, /Notifications/).click();
    await physician.getByRole('link', { name: TITLE }).first().waitFor();
    await screen(physician, 'notifications');
    await physician.getByRole('button', { name: 'Mark all read' }).click();
    await nav(physician, /Notifications/)
      .getByLabel('no unread')
      .waitFor();
  });

  it('should sign out everywhere and land other pages of the session on the ended-session page', async () => {
    const other = await specialistContext.newPage();
    await other.goto('/');
    await other.getByRole('heading', { name: 'Your feed' }).waitFor();
    await nav(specialist, 'Profile').click();
    await specialist.getByRole('button', { name: 'Sign out everywhere' }).click();
    await specialist.getByRole('heading', { name: 'Sign in to Curbside' }).waitFor();
    await nav(other, 'Channels').click();
    await other.getByRole('heading', { name: 'Your session has ended' }).waitFor();
    await screen(other, 'session-ended');
    // and a returning visit with no session lands on sign-in
    await other.goto('/profile');
    await other.getByRole('heading', { name: 'Sign in to Curbside' }).waitFor();
  });

  it('should have no serious or critical accessibility violations, CSP reports or page errors on any screen', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});
