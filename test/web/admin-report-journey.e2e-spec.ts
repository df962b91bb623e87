import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STRONG_PASSWORD, type Session } from '@curbside/testing';
import type { Page } from 'playwright-core';
import { keepAndConfirm, WebSuite } from './fixtures.js';

const ADMIN = { email: 'journey.chief@curbside.test', password: STRONG_PASSWORD };
const AUTHOR = 'Dr Ida Author';
const REPORTER = 'Dr Rex Reporter';
const THIRD = 'Dr Tess Third';
// "Kettleworth" (a family's name) is what the anonymizer keeps and the reporter flags
const EDITED_CASE = {
  title: 'Recurrent syncope in a hay farmer',
  body: 'Three episodes of syncope while lifting hay bales at the Kettleworth place; resting ECG shows a long QT interval.',
};
const REDACTED_CASE = {
  title: 'Tremor in a retired welder',
  body: 'Tremor worse at rest since the Kettleworth reunion; handwriting smaller, no falls.',
};

/** A link of the console's own navigation. */
function adminNav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name, exact: true });
}

/**
 * Moderation that repairs, from every side, in a real Chromium against the real built server: an
 * administrator approves a batch of licences; a clinician reports a case that names a patient's
 * family and it is hidden at once; its author sees why, edits it through the de-identification
 * preview; the administrator sees the edit in the reports queue and restores it; author and
 * reporter read the outcome in their notifications. A second report is handled by redacting the
 * name, and both hear of the redaction and of the outcome. Screens are checked with axe and
 * photographed (admin-reports-edited, case-held, notifications-moderation, ...).
 */
describe('Moderation journey in Chromium: report, hold, author edit, admin restore, outcome', () => {
  let suite: WebSuite;
  let admin: Page;
  let author: Page;
  let reporter: Page;
  let sessions: Record<string, Session>;
  let channelId: string;
  const screen = (page: Page, name: string) => suite.screen(page, name);
  const must = <T>(session: Session, query: string, variables: Record<string, unknown> = {}) =>
    suite.must<T>(session, query, variables);
  const signedIn = (email: string, password: string) => suite.signedInPage(email, password);

  /** Posts a case through the API; returns its id and its title as stored (de-identified). */
  async function createCase(
    who: Session,
    input: { title: string; body: string },
  ): Promise<{ id: string; title: string }> {
    const created = await must<{ createCase: { id: string; title: string; body: string } }>(
      who,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id title body } }',
      { i: { channelId, ...input, tags: ['moderation'] } },
    );
    expect(created.createCase.body).toContain('Kettleworth');
    return created.createCase;
  }

  async function reportInBrowser(caseId: string): Promise<void> {
    await reporter.goto(`/cases/${caseId}`);
    await reporter.getByRole('heading', { level: 1 }).waitFor();
    await reporter.getByRole('button', { name: 'Report', exact: true }).first().click();
    await reporter.getByLabel('Why are you reporting this?').selectOption('PHI_SUSPECTED');
    await reporter.getByLabel('Note for the administrator (optional)').fill('Names a family');
    await reporter.getByRole('button', { name: 'Send report' }).click();
    await reporter.getByText('An administrator will look at it.').waitFor();
    // hidden at once: the reporter no longer reads it
    await reporter.reload();
    await reporter.getByRole('heading', { name: 'Case not found' }).waitFor();
  }

  /** The notification rows of a page, as text (the screen refetches on each visit). */
  async function notifications(page: Page): Promise<string[]> {
    await page.goto('/notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.locator('ul.rows li').first().waitFor();
    return page.locator('ul.rows li').allTextContents();
  }

  beforeAll(async () => {
    suite = await WebSuite.start({
      name: 'moderation-web',
      admin: ADMIN,
      env: { REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '1000', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000' },
    });
    const names = [AUTHOR, REPORTER, THIRD];
    const applicants = await suite.applicants(names);
    sessions = Object.fromEntries(names.map((name, i) => [name, applicants[i]]));
    admin = await signedIn(ADMIN.email, ADMIN.password);
  }, 240_000);

  afterAll(() => suite?.close(), 30_000);

  it('should let the administrator approve the batch of waiting licences', async () => {
    await admin.goto('/admin/licences');
    for (const name of [AUTHOR, REPORTER, THIRD]) await admin.getByRole('heading', { name }).waitFor();
    await admin.getByLabel('Select all 3 shown').check();
    await admin.getByRole('button', { name: 'Approve selected (3)' }).click();
    await admin.getByText('Approved 3 licences.').waitFor();
    await admin.getByText('No licence is waiting for review.').waitFor();
    for (const who of Object.values(sessions)) {
      const me = await must<{ me: { verificationStatus: string } }>(who, '{ me { verificationStatus } }');
      expect(me.me.verificationStatus).toBe('VERIFIED');
    }
    await screen(admin, 'admin-licences-batch-done');
    const channels = await must<{ channels: { id: string; slug: string }[] }>(
      sessions[AUTHOR],
      '{ channels { id slug } }',
    );
    channelId = channels.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
    for (const name of [AUTHOR, REPORTER]) {
      await must(sessions[name], 'mutation J($id: ID!) { joinChannel(channelId: $id) { id } }', {
        id: channelId,
      });
    }
    author = await signedIn(sessions[AUTHOR].email, STRONG_PASSWORD);
    reporter = await signedIn(sessions[REPORTER].email, STRONG_PASSWORD);
  });

  it('should hide a reported case, let its author edit it, and show the edit to the administrator who restores it', async () => {
    const { id: caseId, title } = await createCase(sessions[AUTHOR], EDITED_CASE);
    await reportInBrowser(caseId);

    // the author still sees it, with the reason, and rewrites it through the preview
    await author.goto(`/cases/${caseId}`);
    const banner = author.getByRole('region', { name: 'Your case is hidden from other clinicians' });
    await banner.getByText('it may identify a patient', { exact: false }).waitFor();
    await screen(author, 'case-held');
    await banner.getByRole('button', { name: 'Edit to remove identifiers' }).click();
    const text = banner.getByLabel('Case text');
    await text.fill(EDITED_CASE.body.replace('at the Kettleworth place', 'on a neighbouring farm'));
    await keepAndConfirm(author, 'I have checked the preview of my edit');
    await banner.getByRole('button', { name: 'Send edit for review' }).click();
    await author.getByText('Your edit was sent back to the administrators.', { exact: true }).waitFor();

    // the administrator sees the report back with the author's change, and restores it
    await adminNav(admin, 'Reports').click();
    await admin.reload();
    await admin.getByText('Edited by the author, back for review', { exact: false }).waitFor();
    const reported = admin.getByLabel('Reported text');
    await reported.getByText(/on a neighbouring farm/).waitFor();
    expect(await reported.textContent()).not.toContain('Kettleworth');
    await screen(admin, 'admin-reports-edited');
    await admin.getByRole('button', { name: 'Restore the case' }).click();
    await admin.getByText('The case is shown again and its reports are closed.').waitFor();
    await admin.getByText('No report is waiting. Nothing to moderate.').waitFor();

    // both hear the outcome; the reporter reads the edited case again
    const authorSees = await notifications(author);
    expect(authorSees.some((row) => row.includes(`Visible again after review: ${title}`))).toBe(true);
    expect(authorSees.some((row) => row.startsWith('Unread: Hidden for review after a report:'))).toBe(true);
    const reporterSees = await notifications(reporter);
    expect(reporterSees[0]).toContain(`A report you made was decided on ${title}`);
    await reporter.getByRole('link', { name: title }).first().click();
    await reporter.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await reporter.locator('.body-text').textContent()).toContain('on a neighbouring farm');
  }, 180_000);

  it('should handle a report by redacting the name, and tell author and reporter of the redaction and the outcome', async () => {
    const { id: caseId, title } = await createCase(sessions[AUTHOR], REDACTED_CASE);
    await reportInBrowser(caseId);

    await admin.reload();
    const reported = admin.getByLabel('Reported text');
    await reported.getByText(/Kettleworth reunion/).waitFor();
    await admin.evaluate(`(() => {
      const node = document.querySelector('[aria-label="Reported text"]').firstChild;
      const at = node.textContent.indexOf('Kettleworth');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Kettleworth'.length);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
    })()`);
    await admin.getByText('11 characters selected in the text.').waitFor();
    await admin.getByLabel('They are a').selectOption('NAME');
    await admin.getByRole('button', { name: 'Redact', exact: true }).click();
    await admin.getByText('Redacted: the span now reads [NAME].').waitFor();
    await reported.getByText(/\[NAME\] reunion/).waitFor();

    // the redaction reaches the author (who can open the case) and the reporter (who cannot yet)
    const authorSees = await notifications(author);
    expect(authorSees[0]).toContain(`Identifiers redacted by an administrator: ${title}`);
    await author.getByRole('link', { name: title }).first().click();
    await author
      .getByRole('region', { name: 'Your case is hidden from other clinicians' })
      .getByText('An administrator removed identifiers from it.', { exact: false })
      .waitFor();
    const reporterSees = await notifications(reporter);
    expect(reporterSees[0]).toContain(
      'Identifiers redacted by an administrator: a case you can no longer see',
    );
    await screen(reporter, 'notifications-moderation');

    await admin.getByRole('button', { name: 'Restore the case' }).click();
    await admin.getByText('The case is shown again and its reports are closed.').waitFor();
    const reporterAfter = await notifications(reporter);
    expect(reporterAfter[0]).toContain(`A report you made was decided on ${title}`);
    await reporter.getByRole('link', { name: title }).first().click();
    const body = await reporter.locator('.body-text').textContent();
    expect(body).toContain('[NAME] reunion');
    expect(body).not.toContain('Kettleworth');
    expect((await notifications(author))[0]).toContain(`Visible again after review: ${title}`);
  }, 180_000);

  it('should show the closed reports with their outcome to the administrator', async () => {
    await adminNav(admin, 'Reports').click();
    await admin.getByLabel('Show').selectOption('ACTIONED');
    const cards = admin.locator('ul.cards > li');
    await cards.nth(1).waitFor();
    expect(await cards.count()).toBe(2);
    expect(await admin.locator('ul.cards').textContent()).not.toContain('Kettleworth');
    await screen(admin, 'admin-reports-actioned');
  }, 120_000);

  it('should find no serious accessibility violation, no sideways scroll at 360 px and no script error', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});
