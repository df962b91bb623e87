import {
  ApiProcess,
  GraphqlClient,
  type Session,
  freePort,
  launchChromium,
  login,
  register,
  submitLicense,
  verifiedClinician,
} from '@curbside/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type AxeFinding, checkScreen, DESKTOP } from './screens.js';

export interface WebSuiteOptions {
  /** Names the suite's data directory (curbside-<name>-…). */
  name: string;
  /** The administrator the server creates at start. */
  admin: { email: string; password: string };
  /** More of the server's environment (limits, intervals). */
  env?: Record<string, string>;
  /** How long the server may take to be ready. */
  readyMs?: number;
}

/**
 * One browser suite's world: the real built server on its own embedded database, a Chromium, and
 * what the suite's pages report (axe findings, page errors, Content Security Policy violations).
 */
export class WebSuite {
  readonly axe: AxeFinding[] = [];
  readonly pageErrors: string[] = [];
  readonly cspViolations: string[] = [];
  readonly client: GraphqlClient;

  private constructor(
    readonly api: ApiProcess,
    readonly browser: Browser,
    readonly dataDir: string,
    private readonly options: WebSuiteOptions,
  ) {
    this.client = new GraphqlClient(`${api.url}/graphql`);
  }

  /** Starts the server and Chromium together; stops what started when either fails. */
  static async start(options: WebSuiteOptions): Promise<WebSuite> {
    const dataDir = mkdtempSync(join(tmpdir(), `curbside-${options.name}-`));
    const api = new ApiProcess(await freePort(), {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CURBSIDE_ADMIN_EMAIL: options.admin.email,
      CURBSIDE_ADMIN_PASSWORD: options.admin.password,
      ...options.env,
    });
    const launching = launchChromium();
    try {
      const [browser] = await Promise.all([launching, api.ready(options.readyMs ?? 180_000)]);
      return new WebSuite(api, browser, dataDir, options);
    } catch (error) {
      await launching.then((b) => b.close()).catch(() => undefined);
      await stop(api, dataDir);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await stop(this.api, this.dataDir);
  }

  /** The data of a request that must succeed (suite set-up), or an error naming what failed. */
  async must<T>(session: Session, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.client.request<T>(query, variables, { token: session.accessToken });
    if (res.errors || !res.data) throw new Error(`fixture failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** The administrator, signed in through the API. */
  admin(): Promise<Session> {
    return login(this.client, this.options.admin.email, this.options.admin.password);
  }

  /** One clinician per name, each with a licence waiting for review. */
  async applicants(names: readonly string[]): Promise<Session[]> {
    const sessions: Session[] = [];
    for (const name of names) {
      const who = await register(this.client, name);
      await submitLicense(this.client, who);
      sessions.push(who);
    }
    return sessions;
  }

  /** One verified clinician per name, approved by `admin` through the API. */
  async verifiedClinicians(admin: Session, names: readonly string[]): Promise<Session[]> {
    const sessions: Session[] = [];
    for (const name of names) sessions.push(await verifiedClinician(this.client, admin, name));
    return sessions;
  }

  /**
   * A physician who joined `channel` and a specialist in `specialty` who accepts consults (their
   * own settings, set through the API: the profile screen is tested elsewhere).
   */
  async consultParties(names: {
    physician: string;
    specialist: string;
    specialty: string;
    channel: string;
  }): Promise<{ physician: Session; specialist: Session; specialtyId: string }> {
    const [physician, specialist] = await this.verifiedClinicians(await this.admin(), [
      names.physician,
      names.specialist,
    ]);
    const { specialties } = await this.must<{ specialties: { id: string; name: string }[] }>(
      specialist,
      '{ specialties { id name } }',
    );
    const specialtyId = specialties.find((s) => s.name === names.specialty)!.id;
    await this.must(specialist, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [specialtyId], acceptingConsults: true },
    });
    const { channels } = await this.must<{ channels: { id: string; name: string }[] }>(
      physician,
      '{ channels { id name } }',
    );
    await this.must(physician, 'mutation J($c: ID!) { joinChannel(channelId: $c) { id } }', {
      c: channels.find((c) => c.name === names.channel)!.id,
    });
    return { physician, specialist, specialtyId };
  }

  /** A page in a browser context of its own, at desktop size, whose errors the suite collects. */
  async newPage(
    options: { timeoutMs?: number; acceptDownloads?: boolean } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      viewport: DESKTOP,
      baseURL: this.api.url,
      acceptDownloads: options.acceptDownloads ?? false,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 20_000);
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy/i.test(text)) this.cspViolations.push(text);
      // a refused /auth/refresh when signed out is expected; anything else the app logs is not
      else if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
        this.pageErrors.push(text);
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    return { context, page };
  }

  /** Signs in through the sign-in screen and waits for the app's main navigation. */
  async signIn(page: Page, email: string, password: string): Promise<Page> {
    await page.goto('/');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return page;
  }

  /** A new page, signed in as `email`. */
  async signedInPage(email: string, password: string, options: { timeoutMs?: number } = {}): Promise<Page> {
    return this.signIn((await this.newPage(options)).page, email, password);
  }

  /** Checks a screen with axe at both widths and photographs it (see `checkScreen`). */
  async screen(page: Page, name: string): Promise<void> {
    this.axe.push(...(await checkScreen(page, name)));
  }

  /** What the suite's pages reported: all empty when every screen was clean. */
  findings(): { axe: AxeFinding[]; pageErrors: string[]; cspViolations: string[] } {
    return { axe: this.axe, pageErrors: this.pageErrors, cspViolations: this.cspViolations };
  }
}

async function stop(api: ApiProcess, dataDir: string): Promise<void> {
  api.signal('SIGTERM');
  await api.exited;
  rmSync(dataDir, { recursive: true, force: true });
}

/** Keeps every word the preview asks about (in `scope`), then confirms the preview. */
export async function keepAndConfirm(scope: Page | Locator, confirmLabel: string): Promise<void> {
  const page = 'waitForTimeout' in scope ? scope : scope.page();
  const confirm = scope.getByLabel(confirmLabel);
  for (let round = 0; round < 25; round++) {
    if (await confirm.isEnabled()) break;
    const keep = scope.getByRole('button', { name: /^Keep “/ });
    if ((await keep.count()) > 0) await keep.first().click();
    await page.waitForTimeout(200);
  }
  await confirm.check();
}
