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
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { textImage } from '../../libs/media/src/testing/media-fixtures.js';
import { type AxeFinding, checkScreen, DESKTOP } from './screens.js';

const ADMIN = { email: 'chief@curbside.test', password: STRONG_PASSWORD };
const TITLE = 'Annular plaque on the forearm';
const BODY = 'Scaly annular plaque on the forearm for three weeks; no response to a topical steroid.';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A test photo with a planted face and planted text: the group photograph that ships with
 * @vladmandic/face-api (MIT, its demo image) above a dark band with an invented patient's name and
 * record number burned into the pixels.
 */
async function plantedPhoto(): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const sample = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg');
  const photo = await sharp(sample).resize({ width: 800 }).toBuffer({ resolveWithObject: true });
  const band = await textImage(800, 110, [
    { text: 'Patient: Jonas Whitfield  MRN 48213377', x: 20, y: 70, size: 36 },
  ]);
  return sharp({
    create: { width: 800, height: photo.info.height + 110, channels: 3, background: '#202020' },
  })
    .composite([
      { input: photo.data, top: 0, left: 0 },
      { input: band, top: photo.info.height, left: 0 },
    ])
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** The mean grey level of a rectangle of an image (0 is black). */
async function meanIn(image: Buffer, r: Rect): Promise<number> {
  const { channels } = await sharp(image)
    .extract({ left: r.x, top: r.y, width: r.width, height: r.height })
    .greyscale()
    .stats();
  return channels[0].mean;
}

/**
 * Images in the browser: the author attaches a photo with a planted face and planted text to a new
 * case, follows its processing, reviews the de-identified result, adds a mask of their own with the
 * keyboard and posts; another clinician sees only the masked image, with zoom.
 */
describe('Curbside images in Chromium', () => {
  let api: ApiProcess;
  let dataDir: string;
  let browser: Browser;
  let admin: Session;
  let author: Session;
  let reader: Session;
  let authorPage: Page;
  let readerPage: Page;
  let photoPath: string;
  let caseUrl: string;
  let attachmentId: string;
  const gql = () => new GraphqlClient(`${api.url}/graphql`);
  const axe: AxeFinding[] = [];
  const pageErrors: string[] = [];

  async function signedInPage(session: Session): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: api.url });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) pageErrors.push(m.text());
      else if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        pageErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto('/');
    await page.getByLabel('Email').fill(session.email);
    await page.getByLabel('Password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your feed' }).waitFor();
    return page;
  }

  /** The bytes of the image an <img> shows, fetched by the page itself (its signed URL). */
  async function shownImage(page: Page, selector: string): Promise<Buffer> {
    // A string, evaluated in the page (this file is compiled without the DOM's types).
    const bytes = await page.evaluate<number[]>(`(async () => {
      const img = document.querySelector(${JSON.stringify(selector)});
      if (!img) throw new Error('no image');
      const response = await fetch(img.src);
      return [...new Uint8Array(await response.arrayBuffer())];
    })()`);
    return Buffer.from(bytes);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'curbside-web-media-'));
    api = new ApiProcess(await freePort(), {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CURBSIDE_ADMIN_EMAIL: ADMIN.email,
      CURBSIDE_ADMIN_PASSWORD: ADMIN.password,
    });
    const [launched] = await Promise.all([launchChromium(), api.ready(240_000)]);
    browser = launched;
    admin = await login(gql(), ADMIN.email, ADMIN.password);
    author = await verifiedClinician(gql(), admin, 'Dr Rural Author');
    reader = await verifiedClinician(gql(), admin, 'Dr Derm Reader');
    const channels = await gql().request<{ channels: { id: string; name: string }[] }>(
      '{ channels { id name } }',
      {},
      { token: author.accessToken },
    );
    const dermatology = channels.data!.channels.find((c) => c.name === 'Dermatology')!.id;
    for (const session of [author, reader]) {
      await gql().request(
        'mutation J($c: ID!) { joinChannel(channelId: $c) { id } }',
        { c: dermatology },
        {
          token: session.accessToken,
        },
      );
    }
    photoPath = join(dataDir, 'rash-photo.jpg');
    await writeFile(photoPath, await plantedPhoto());
    authorPage = await signedInPage(author);
    readerPage = await signedInPage(reader);
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    if (api) {
      api.signal('SIGTERM');
      await api.exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('should upload a photo, show its processing, then the de-identified result with its masks', async () => {
    const page = authorPage;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Post a case' }).click();
    const picker = page.getByRole('group', { name: 'Images (optional)' });
    await picker.waitFor();
    // The camera on a phone, a file anywhere: both inputs take images and DICOM.
    const camera = picker.locator('input[type=file][capture]');
    expect(await camera.getAttribute('accept')).toBe('image/*,.dcm');
    await picker.getByLabel('Choose files').setInputFiles(photoPath);
    await picker.getByText('Ready: check the de-identified image below.').waitFor({ timeout: 120_000 });
    await picker.getByText(/areas? masked automatically/).waitFor();
    const shown = picker.getByRole('img', { name: /De-identified photo/ });
    await shown.waitFor();
    axe.push(...(await checkScreen(page, 'composer-image-review')));

    // A mask of the author's own, with the keyboard alone.
    await picker.getByRole('button', { name: 'Add a mask' }).focus();
    await page.keyboard.press('Enter');
    const mask = picker.getByRole('button', { name: /^Your mask 1/ });
    await mask.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(Number(await picker.getByLabel('Left').inputValue())).toBeGreaterThan(0);
    await picker.getByText('Save your masks before posting.').waitFor();
    await picker.getByRole('button', { name: 'Save masks' }).focus();
    await page.keyboard.press('Enter');
    await picker.getByText('Save your masks before posting.').waitFor({ state: 'detached' });
    axe.push(...(await checkScreen(page, 'composer-image-masked')));
  }, 300_000);

  it('should post the case with the image, and show the other clinician only the masked image, with zoom', async () => {
    const page = authorPage;
    await page.getByLabel('Channel').selectOption({ label: 'Dermatology' });
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Case', { exact: true }).fill(BODY);
    const confirm = page.getByLabel('I have checked the preview: this is what may be shared');
    await page.getByRole('region', { name: 'Case as it will be stored' }).waitFor();
    for (let round = 0; round < 25 && !(await confirm.isEnabled()); round++) {
      const keep = page.getByRole('button', { name: /^Keep “/ });
      if ((await keep.count()) > 0) await keep.first().click();
      await page.waitForTimeout(200);
    }
    await confirm.check();
    await page.getByRole('button', { name: 'Post case' }).click();
    await page.getByRole('heading', { name: /^Annular plaque/ }).waitFor();
    caseUrl = new URL(page.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\//);

    // What the pipeline masked, as the author's review saw it.
    const caseId = caseUrl.split('/').pop()!;
    const answer = await gql().request<{
      case: { attachments: { id: string; facesMasked: number; autoMasks: Rect[]; authorMasks: Rect[] }[] };
    }>(
      'query C($id: ID!) { case(id: $id) { attachments { id facesMasked autoMasks { x y width height } authorMasks { x y width height } } } }',
      { id: caseId },
      { token: author.accessToken },
    );
    const [attachment] = answer.data!.case.attachments;
    attachmentId = attachment.id;
    expect(attachment.facesMasked).toBeGreaterThanOrEqual(1);
    // The planted text lies in the band below the photograph: masks were placed there.
    const photoHeight = (await sharp(photoPath).metadata()).height - 110;
    expect(attachment.autoMasks.some((m) => m.y >= photoHeight - 10)).toBe(true);
    expect(attachment.authorMasks).toHaveLength(1);

    const reader = readerPage;
    await reader.goto(caseUrl);
    await reader.getByRole('heading', { name: /^Annular plaque/ }).waitFor();
    const gallery = reader.getByRole('region', { name: 'Images of the case' });
    await gallery.getByRole('button', { name: /Open image 1 of 1/ }).click();
    const viewer = gallery.getByRole('group', { name: /Image viewer/ });
    await viewer.waitFor();
    await gallery.getByRole('img', { name: 'De-identified photo' }).waitFor();
    // Zoom with the keyboard, then back.
    await viewer.focus();
    await reader.keyboard.press('+');
    await gallery.getByText('125%').waitFor();
    await reader.keyboard.press('0');
    await gallery.getByText('100%').waitFor();
    // And with the buttons (a touch screen pinches, or uses these).
    await gallery.getByRole('button', { name: 'Zoom in' }).click();
    await gallery.getByText('125%').waitFor();
    axe.push(...(await checkScreen(reader, 'case-image-viewer')));

    // The reader's browser receives the masked image: no bright face or white text is left under any
    // automatic or author mask (at most the band's dark grey, #202020, around a filled word).
    const bytes = await shownImage(reader, '.viewer img');
    for (const mask of [...attachment.autoMasks, ...attachment.authorMasks]) {
      expect(await meanIn(bytes, mask)).toBeLessThan(40);
    }
  }, 300_000);

  it('should break nothing in the browser', () => {
    expect(attachmentId).toBeDefined();
    expect(pageErrors).toEqual([]);
    expect(axe).toEqual([]);
  });
});
