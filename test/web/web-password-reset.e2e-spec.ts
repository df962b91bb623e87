import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mailOutboxFile } from '@curbside/notifications';
import { GraphqlClient, STRONG_PASSWORD, eventually, register, type Session } from '@curbside/testing';
import { existsSync, readFileSync } from 'node:fs';
import { WebSuite } from './fixtures.js';

const ADMIN = { email: 'chief@curbside.test', password: STRONG_PASSWORD };
const NEW_PASSWORD = 'a-new-password-chosen-in-the-browser-8';
const SAME_ANSWER = /If an account exists for that address, we have sent it a link/;

interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The password reset in a real Chromium against the real built server: from the sign-in screen's
 * "Forgot password?" to a new password and a signed-in app, the e-mail read from the server's mail
 * outbox file (no SMTP_URL). The request screen answers an unknown address exactly alike.
 */
describe('Password reset in Chromium', () => {
  let suite: WebSuite;
  let owner: Session;

  const mails = (): SentMail[] => {
    const file = mailOutboxFile(suite.dataDir);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SentMail);
  };
  const resetMails = (to: string) => mails().filter((m) => m.to === to && m.subject.includes('Reset'));

  beforeAll(async () => {
    suite = await WebSuite.start({ name: 'web-reset', admin: ADMIN });
    owner = await register(suite.client, 'Dr. Browser Reset');
  }, 240_000);

  afterAll(async () => {
    await suite?.close();
  });

  it('should answer an unknown address with the same words, and send nothing', async () => {
    const { context, page } = await suite.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await suite.screen(page, 'forgot-password');
    await page.getByLabel('Email').fill('nobody.at.all@clinic.test');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(SAME_ANSWER);
    await page.waitForTimeout(1500);
    expect(mails().filter((m) => m.to === 'nobody.at.all@clinic.test')).toEqual([]);
    await context.close();
  });

  it('should send the link to a known address and set the new password through it, signed in', async () => {
    const { context, page } = await suite.newPage();
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(SAME_ANSWER);
    await eventually(() => resetMails(owner.email).length === 1, 20_000, 'reset e-mail in the outbox file');
    const link = /(https?:\/\/\S+\/reset-password#token=[\w-]+)/.exec(resetMails(owner.email)[0].text)?.[1];
    expect(link).toBeDefined();
    const url = new URL(link!);

    await page.goto(`${url.pathname}${url.hash}`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await suite.screen(page, 'reset-password');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    // the spent token is not left in the address bar
    expect(page.url()).not.toContain('token=');
    await context.close();

    // the old session and password are gone, the new password signs in
    expect(
      GraphqlClient.codes(await suite.client.request('{ me { id } }', {}, { token: owner.accessToken })),
    ).toEqual(['UNAUTHENTICATED']);
    const again = await suite.signedInPage(owner.email, NEW_PASSWORD);
    await again.context().close();
  });

  it('should refuse a used link in words and offer a new one', async () => {
    const link = /(https?:\/\/\S+\/reset-password#token=[\w-]+)/.exec(resetMails(owner.email)[0].text)![1];
    const url = new URL(link);
    const { context, page } = await suite.newPage();
    await page.goto(`${url.pathname}${url.hash}`);
    await page.getByLabel('New password').fill('yet-another-password-for-it-2');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not valid');
    await expect(page.getByRole('link', { name: 'Ask for a new one' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('should have no serious or critical accessibility violations, CSP reports or page errors', () => {
    expect(suite.findings()).toEqual({ axe: [], pageErrors: [], cspViolations: [] });
  });
});
