import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, STRONG_PASSWORD, type Session } from '@curbside/testing';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { WebSuite } from './fixtures.js';
import { DESKTOP } from './screens.js';

const ADMIN = { email: 'console.chief@curbside.test', password: STRONG_PASSWORD };
const APPLICANTS = ['Dr Ana Applicant', 'Dr Bo Applicant', 'Dr Cy Applicant'];
const CASE = {
  title: 'Recurrent syncope in a farmer',
  // "Kettleworth" (a family's name) is what the anonymizer keeps and the reporter flags
  body: 'Three episodes of syncope while lifting hay bales at the Kettleworth place; resting ECG shows a long QT interval.',
};

/** A link of the console's own navigation. */
function adminNav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name, exact: true });
}

/**
 * The administrators' console in a real Chromium against the real built server: an administrator
 * signs in, approves a batch of licences, handles a report, searches and suspends a clinician, and
 * filters and exports the audit log. Every console screen is checked with axe and photographed at
 * desktop and phone width into test-results/screenshots/ (admin-*.png).
 */
describe('Curbside admin console in Chromium', () => {
  let suite: WebSuite;
  let page: Page;
  let applicants: Session[];
  let reportedCaseId: string;
  const screen = (name: string) => suite.screen(page, name);
  const must = <T>(session: Session, query: string, variables: Record<string, unknown> = {}) =>
    suite.must<T>(session, query, variables);

  beforeAll(async () => {
    suite = await WebSuite.start({
      name: 'admin-web',
      admin: ADMIN,
      env: { REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '1000' },
    });
    applicants = await suite.applicants(APPLICANTS);
    ({ page } = await suite.newPage({ acceptDownloads: true }));
  }, 240_000);

  afterAll(() => suite?.close(), 30_000);

  it('should sign the administrator in and show the dashboard from the shell', async () => {
    await suite.signIn(page, ADMIN.email, ADMIN.password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const queues = page.getByRole('list', { name: 'Queues' });
    await queues.getByText('licences waiting').waitFor();
    expect(await queues.locator('.figure').first().locator('.value').textContent()).toBe('3');
    await page.getByRole('heading', { name: 'Sign-ups per week' }).waitFor();
    await screen('admin-dashboard');
  });

  it('should approve a batch of licences at once', async () => {
    await adminNav(page, 'Licences').click();
    for (const name of APPLICANTS) await page.getByRole('heading', { name }).waitFor();
    await screen('admin-licences');
    await page.getByLabel('Select all 3 shown').check();
    await page.getByRole('button', { name: 'Approve selected (3)' }).click();
    await page.getByText('Approved 3 licences.').waitFor();
    await page.getByText('No licence is waiting for review.').waitFor();
    await screen('admin-licences-done');
    for (const who of applicants) {
      const me = await must<{ me: { verificationStatus: string } }>(who, '{ me { verificationStatus } }');
      expect(me.me.verificationStatus).toBe('VERIFIED');
    }
  });

  it('should show a reported case with its text, redact the name and restore it for everyone', async () => {
    const [author, reporter] = applicants;
    const channels = await must<{ channels: { id: string; slug: string }[] }>(
      author,
      '{ channels { id slug } }',
    );
    const channelId = channels.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
    await must(author, 'mutation J($id: ID!) { joinChannel(channelId: $id) { id } }', { id: channelId });
    const created = await must<{ createCase: { id: string; body: string } }>(
      author,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id body } }',
      { i: { channelId, ...CASE, tags: ['syncope'] } },
    );
    reportedCaseId = created.createCase.id;
    expect(created.createCase.body).toContain('Kettleworth');
    await must(reporter, 'mutation R($i: ReportInput!) { reportContent(input: $i) { id } }', {
      i: { caseId: reportedCaseId, reason: 'PHI_SUSPECTED' },
    });
    const readCase = (who: Session) =>
      must<{ case: { body: string } | null }>(who, 'query C($id: ID!) { case(id: $id) { body } }', {
        id: reportedCaseId,
      });
    // held at once: hidden from the reporter, still there for its author
    expect((await readCase(reporter)).case).toBeNull();
    expect((await readCase(author)).case?.body).toContain('Kettleworth');

    await adminNav(page, 'Reports').click();
    await page.getByRole('heading', { name: 'Suspected patient identifiers' }).waitFor();
    const text = page.getByLabel('Reported text');
    expect(await text.textContent()).toContain('long QT interval');
    await screen('admin-reports');
    // select the name in the reported text with the mouse's own API, as an administrator would
    await page.evaluate(`(() => {
      const node = document.querySelector('[aria-label="Reported text"]').firstChild;
      const at = node.textContent.indexOf('Kettleworth');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Kettleworth'.length);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
    })()`);
    await page.getByText('11 characters selected in the text.').waitFor();
    await page.getByLabel('They are a').selectOption('NAME');
    await page.getByRole('button', { name: 'Redact', exact: true }).click();
    await page.getByText('Redacted: the span now reads [NAME].').waitFor();
    await page
      .getByLabel('Reported text')
      .getByText(/\[NAME\] place/)
      .waitFor();
    await screen('admin-reports-redacted');
    await page.getByRole('button', { name: 'Restore the case' }).click();
    await page.getByText('The case is shown again and its reports are closed.').waitFor();
    await page.getByText('No report is waiting. Nothing to moderate.').waitFor();
    await screen('admin-reports-done');

    // the reporter reads it again, redacted; the rest of the text is as it was
    const restored = (await readCase(reporter)).case;
    expect(restored?.body).not.toContain('Kettleworth');
    expect(restored?.body).toContain('[NAME] place; resting ECG shows a long QT interval.');
  });

  it('should find a clinician by name and suspend them with a reason', async () => {
    await adminNav(page, 'Clinicians').click();
    await page.getByLabel('Name or e-mail').fill('Applicant');
    await page.getByRole('button', { name: 'Search' }).click();
    const found = page.getByRole('list', { name: 'Clinicians found' });
    for (const name of APPLICANTS) await found.getByRole('heading', { name }).waitFor();
    await screen('admin-clinicians');
    await page.getByRole('button', { name: 'Suspend Dr Cy Applicant' }).click();
    await page
      .getByLabel('Reason (kept with the suspension, de-identified)')
      .fill('Shared an account with a colleague');
    await page.getByRole('button', { name: 'Suspend Dr Cy Applicant' }).click();
    await page.getByText('Dr Cy Applicant is suspended and signed out everywhere.').waitFor();
    const me = await suite.client.request('{ me { id } }', {}, { token: applicants[2].accessToken });
    expect(GraphqlClient.codes(me)).toEqual(['UNAUTHENTICATED']);
  });

  it("should open a clinician's licences, reports and history, and reinstate them with a reason", async () => {
    await page
      .getByRole('list', { name: 'Clinicians found' })
      .getByRole('link', { name: 'Dr Cy Applicant', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Dr Cy Applicant', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Licences' }).getByText('Verified').waitFor();
    await page.getByRole('list', { name: 'Moderation history' }).getByText('Clinician suspended').waitFor();
    await screen('admin-clinician-detail');
    await page.getByRole('button', { name: 'Reinstate Dr Cy Applicant' }).click();
    await page.getByLabel('Reason for reinstating (kept, de-identified)').fill('Account sharing resolved');
    await page.getByRole('button', { name: 'Reinstate Dr Cy Applicant' }).click();
    await page.getByText('Dr Cy Applicant is reinstated and may sign in again.').waitFor();
    await page.getByRole('list', { name: 'Moderation history' }).getByText('Clinician reinstated').waitFor();
  });

  it('should filter the audit log and export it as CSV with ids and codes only', async () => {
    await adminNav(page, 'Audit log').click();
    await page.getByLabel('Action').selectOption('LICENSE_APPROVED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const records = page.getByRole('list', { name: 'Audit records' });
    await page.waitForURL(/action=LICENSE_APPROVED/);
    await records.getByText('License approved').nth(2).waitFor();
    // the unfiltered list (shown until the filtered page arrives) has these three too, and more
    await records.getByRole('listitem').nth(3).waitFor({ state: 'detached' });
    expect(await records.getByRole('listitem').count()).toBe(3);
    await screen('admin-audit');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    const file = await downloading;
    await page.getByText('Exported 3 events as CSV.').waitFor();
    const csv = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('at,action,actor_id,target_type,target_id');
    expect(csv.slice(1).every((line) => line.split(',')[1] === 'LICENSE_APPROVED')).toBe(true);
    expect(csv.join('\n')).not.toMatch(/Applicant|syncope|QT/);

    // one actor's history, from a record
    await page.getByLabel('Action').selectOption('');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await records.getByRole('button', { name: 'Only this actor: Administrator' }).first().click();
    await page.getByText('Only what Administrator did.').waitFor();
    await screen('admin-audit-actor');
  });

  it('should upload an NPPES file from the registry screen and show the import to its end', async () => {
    await adminNav(page, 'Registry imports').click();
    await page.getByText('No registry import yet.').waitFor();
    await screen('admin-registry');
    const csv = [
      '"NPI","Entity Type Code","Provider Last Name (Legal Name)","Provider First Name","NPI Deactivation Date","Provider License Number_1","Provider License Number State Code_1"',
      '"1234567893","1","WREN","TOBIAS","","MD-1","MT"',
      '',
    ].join('\n');
    await page
      .getByLabel('NPPES file to upload (CSV)')
      .setInputFiles({ name: 'npidata.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByText('The file is uploaded and its import has started.', { exact: false }).waitFor();
    const imports = page.getByRole('list', { name: 'Imports' });
    await imports.getByText(/^Succeeded · started/).waitFor({ timeout: 60_000 });
    await imports.getByText('1 rows read, 1 clinicians imported.').waitFor();
    await screen('admin-registry-done');
  });

  it('should keep the console from a clinician who is not an administrator', async () => {
    const context = await suite.browser.newContext({ viewport: DESKTOP, baseURL: suite.api.url });
    const clinician = await suite.signIn(await context.newPage(), applicants[0].email, STRONG_PASSWORD);
    await clinician.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feed' }).waitFor();
    expect(
      await clinician
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Administration' })
        .count(),
    ).toBe(0);
    await clinician.goto('/admin/audit');
    await clinician.getByText('This area is for Curbside administrators.').waitFor();
    await context.close();
  });

  it('should find no serious accessibility violation, no sideways scroll at 360 px and no script error', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});
