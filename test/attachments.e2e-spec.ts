import { ErrorCode } from '@curbside/core';
import { createOcrEngine } from '@curbside/media';
import {
  GraphqlClient,
  createTestApp,
  login,
  register,
  uploadAttachment,
  verifiedClinician,
  waitForAttachment,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import dcmjs from 'dcmjs';
import sharp from 'sharp';
import {
  makeCtDicom,
  makeFaceDicom,
  plantedStrings,
  textImage,
} from '../libs/media/src/testing/media-fixtures.js';

const ADMIN_EMAIL = 'attachments.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-attachments-suite';

type Data = Record<string, unknown>;

/** A small photo laden with EXIF (an invented name and GPS position), as a phone would send. */
async function exifPhoto(width = 320, height = 240): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 150, b: 120 } } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'ExifWhitfield', ImageDescription: 'MRN48213377' } })
    .toBuffer();
}

/** A PNG whose header claims 60,000 x 60,000 pixels: a decompression bomb in a few bytes. */
async function pngBomb(): Promise<Buffer> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const bomb = Buffer.from(png);
  bomb.writeUInt32BE(60_000, 16);
  bomb.writeUInt32BE(60_000, 20);
  return bomb;
}

describe('Attachments (upload, processing, review, posting, serving)', () => {
  let t: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let uma: Session;
  let ward: string;

  const gql = (query: string, variables: Data = {}, token?: string) =>
    t.client.request<Data>(query, variables, { token });
  async function must<T = Data>(session: Session, query: string, variables: Data = {}): Promise<T> {
    const res = await gql(query, variables, session.accessToken);
    if (res.errors || !res.data) throw new Error(`fixture failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }
  const quarantined = async (): Promise<string[]> => {
    const root = join(t.config.DATA_DIR, 'media-quarantine');
    const folders = await readdir(root).catch(() => [] as string[]);
    const files: string[] = [];
    for (const f of folders) files.push(...(await readdir(join(root, f))));
    return files;
  };
  async function ready(
    session: Session,
    bytes: Buffer,
    type = 'image/jpeg',
    query: Record<string, string> = {},
  ) {
    const up = await uploadAttachment(t.url, session.accessToken, bytes, type, query);
    expect(up.status).toBe(202);
    const done = await waitForAttachment(t.client, session.accessToken, up.body.id!);
    expect(done.status).toBe('READY');
    return done;
  }
  const fetchUrl = (path: string) => fetch(`${t.url}${path}`);
  const fetchBytes = async (path: string) => {
    const res = await fetchUrl(path);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const createCase = async (session: Session, attachmentIds: string[]) =>
    gql(
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id attachments { id status url } } }',
      {
        i: {
          channelId: ward,
          title: 'Annular plaque on the forearm',
          body: 'Scaly annular plaque for three weeks; no response to topical steroid.',
          tags: ['dermatology'],
          attachmentIds,
        },
      },
      session.accessToken,
    );

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        MEDIA_MAX_UPLOAD_BYTES: String(2 * 1024 * 1024),
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    alice = await verifiedClinician(t.client, admin, 'Dr. Alice Author');
    bob = await verifiedClinician(t.client, admin, 'Dr. Bob Reader');
    uma = await register(t.client, 'Dr. Uma Unverified');
    ward = (
      await must<{ createChannel: { id: string } }>(
        admin,
        'mutation C($i: CreateChannelInput!) { createChannel(input: $i) { id } }',
        { i: { slug: 'photo-ward', name: 'Photo ward' } },
      )
    ).createChannel.id;
    // Many clinicians and several processed uploads: minutes on a loaded 2-core machine.
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  it('should process a photo in the background, strip its metadata and serve it through a signed URL', async () => {
    const done = await ready(alice, await exifPhoto());
    expect(done).toMatchObject({ width: 320, height: 240 });
    expect(done.reviewReasons).not.toContain('FACES_NOT_CHECKED');
    expect(await quarantined()).toEqual([]);
    const response = await fetchUrl(done.url as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(bytes.toString('latin1')).not.toContain('ExifWhitfield');
    expect(bytes.toString('latin1')).not.toContain('MRN48213377');
  });

  it('should mask burned-in identifiers that OCR reads, in the job', async () => {
    const image = await textImage(900, 260, [
      { text: 'Patient: Jonas Whitfield', x: 30, y: 90, size: 48 },
      { text: 'MRN 48213377', x: 30, y: 190, size: 48 },
    ]);
    const done = await ready(alice, image, 'image/png');
    expect((done.autoMasks as unknown[]).length).toBeGreaterThanOrEqual(2);
  });

  it('should mask faces in the job, and only the eyes when the author attests consent at upload', async () => {
    const require = createRequire(import.meta.url);
    const sample = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg');
    const photo = await sharp(await readFile(sample))
      .resize(800)
      .jpeg()
      .toBuffer();
    const fields = 'id status facesMasked faceMasking consentRecorded reviewReasons';
    const full = await uploadAttachment(t.url, alice.accessToken, photo, 'image/jpeg');
    expect(await waitForAttachment(t.client, alice.accessToken, full.body.id!, fields)).toMatchObject({
      status: 'READY',
      facesMasked: 3,
      faceMasking: 'FULL',
      consentRecorded: false,
      reviewReasons: ['FACES_MASKED'],
    });
    // Eyes-only needs a consent attestation: who obtained it (a role) and when.
    const refused = await uploadAttachment(t.url, alice.accessToken, photo, 'image/jpeg', {
      faces: 'eyes-only',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    const eyes = await uploadAttachment(t.url, alice.accessToken, photo, 'image/jpeg', {
      faces: 'eyes-only',
      consentBy: 'AUTHOR',
      consentOn: new Date().toISOString().slice(0, 10),
    });
    expect(await waitForAttachment(t.client, alice.accessToken, eyes.body.id!, fields)).toMatchObject({
      status: 'READY',
      facesMasked: 3,
      faceMasking: 'EYES_ONLY',
      consentRecorded: true,
      reviewReasons: ['FACES_EYES_ONLY'],
    });
    const [row] = await t.database.dataSource.query<Data[]>(
      'SELECT consent_obtained_by, consent_obtained_on::text AS on FROM attachment WHERE id = $1',
      [eyes.body.id],
    );
    expect(row.consent_obtained_by).toBe('AUTHOR');
    // A photographic DICOM (XC) is searched for faces too, in the job.
    const scan = await uploadAttachment(t.url, alice.accessToken, await makeFaceDicom(), 'application/dicom');
    expect(
      await waitForAttachment(t.client, alice.accessToken, scan.body.id!, `${fields} kind`),
    ).toMatchObject({ status: 'READY', kind: 'dicom', facesMasked: 3, reviewReasons: ['FACES_MASKED'] });
  });

  it('should take a HEIC photo through the same pipeline and serve it as a JPEG', async () => {
    const heic = await readFile(
      new URL('../libs/media/src/testing/fixtures/photo-exif.heic', import.meta.url),
    );
    const done = await ready(alice, heic, 'image/heic');
    expect(done).toMatchObject({ width: 320, height: 240 });
    const response = await fetchUrl(done.url as string);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.toString('latin1')).not.toContain('ExifWhitfield');
  });

  it('should refuse hostile uploads with clear codes, keep nothing of them, and keep serving', async () => {
    const photo = await exifPhoto();
    // Refused before a byte is kept: type judged from the bytes.
    const early: [Buffer, string | null, number, string][] = [
      [Buffer.from('%PDF-1.7 not an image'), 'image/jpeg', 400, 'MEDIA_UNSUPPORTED_TYPE'],
      [photo, 'image/png', 400, 'MEDIA_TYPE_MISMATCH'],
      [photo, 'text/html', 400, 'MEDIA_UNSUPPORTED_TYPE'],
      [Buffer.alloc(3 * 1024 * 1024, 0xff), 'image/jpeg', 413, 'MEDIA_TOO_LARGE'],
    ];
    for (const [bytes, type, status, reason] of early) {
      const up = await uploadAttachment(t.url, alice.accessToken, bytes, type);
      expect({ status: up.status, reason: up.body.errors?.[0]?.extensions?.reason }).toEqual({
        status,
        reason,
      });
      expect(JSON.stringify(up.body)).not.toContain('not an image');
    }
    // Refused by the job: the row says why.
    const zip = Buffer.concat([photo, Buffer.from('PK\x03\x04 a zip archive rides along', 'latin1')]);
    const late: [Buffer, string, string][] = [
      [photo.subarray(0, Math.floor(photo.length / 2)), 'image/jpeg', 'MEDIA_TRUNCATED'],
      [await pngBomb(), 'image/png', 'MEDIA_TOO_MANY_PIXELS'],
      [zip, 'image/jpeg', 'MEDIA_POLYGLOT'],
    ];
    for (const [bytes, type, code] of late) {
      const up = await uploadAttachment(t.url, alice.accessToken, bytes, type);
      expect(up.status).toBe(202);
      const done = await waitForAttachment(
        t.client,
        alice.accessToken,
        up.body.id!,
        'status refusalCode refusalMessage url',
      );
      expect(done).toMatchObject({ status: 'REFUSED', refusalCode: code, url: null });
      expect(done.refusalMessage).toEqual(expect.any(String));
    }
    expect(await quarantined()).toEqual([]);
    const rows = await t.database.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM attachment WHERE status = 'REFUSED'",
    );
    expect(rows[0].n).toBe(3);
    // The server is still up and still processes files.
    await ready(alice, photo);
  });

  it('should refuse an upload without a signed-in, verified caller before reading it', async () => {
    const photo = await exifPhoto();
    const anonymous = await uploadAttachment(t.url, undefined, photo, 'image/jpeg');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const unverified = await uploadAttachment(t.url, uma.accessToken, photo, 'image/jpeg');
    expect(unverified.status).toBe(403);
    expect(unverified.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_VERIFIED);
    expect(await quarantined()).toEqual([]);
  });

  it('should show a draft to its uploader only, and a posted attachment to whoever may read its case', async () => {
    const draft = await ready(alice, await exifPhoto());
    const id = draft.id as string;
    const asBob = await gql('query A($id: ID!) { attachment(id: $id) { id } }', { id }, bob.accessToken);
    expect(asBob.data?.attachment).toBeNull();
    const asAdmin = await gql('query A($id: ID!) { attachment(id: $id) { id } }', { id }, admin.accessToken);
    expect(asAdmin.data?.attachment).toBeNull();
    // Bob cannot post Alice's draft: nothing is written.
    const before = await t.database.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM case_post',
    );
    const stolen = await createCase(bob, [id]);
    expect(GraphqlClient.codes(stolen)).toEqual([ErrorCode.BAD_USER_INPUT]);
    const after = await t.database.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM case_post',
    );
    expect(after[0].n).toBe(before[0].n);

    const posted = await createCase(alice, [id]);
    expect(posted.errors).toBeUndefined();
    const caseId = (posted.data?.createCase as { id: string }).id;
    const read = await gql(
      'query C($id: ID!) { case(id: $id) { attachments { id status url } } }',
      { id: caseId },
      bob.accessToken,
    );
    const [seen] = (read.data?.case as { attachments: { id: string; url: string }[] }).attachments;
    expect(seen.id).toBe(id);
    const image = await fetchUrl(seen.url);
    expect(image.status).toBe(200);
    // An unverified clinician reads no case content, attachments included.
    const asUma = await gql('query A($id: ID!) { attachment(id: $id) { id } }', { id }, uma.accessToken);
    expect(GraphqlClient.codes(asUma)).toEqual([ErrorCode.NOT_VERIFIED]);
    // A posted attachment cannot be posted again, nor re-masked.
    expect(GraphqlClient.codes(await createCase(alice, [id]))).toEqual([ErrorCode.BAD_USER_INPUT]);

    // A PHI report hides the case: Bob's URL, minted before, stops working, and the attachment is gone for him.
    await must(bob, 'mutation R($i: ReportInput!) { reportContent(input: $i) { id } }', {
      i: { caseId, reason: 'PHI_SUSPECTED', note: 'The photo may show a name.' },
    });
    expect((await fetchUrl(seen.url)).status).toBe(404);
    const hidden = await gql('query A($id: ID!) { attachment(id: $id) { id } }', { id }, bob.accessToken);
    expect(hidden.data?.attachment).toBeNull();
    const asAdminNow = await gql(
      'query A($id: ID!) { attachment(id: $id) { id url } }',
      { id },
      admin.accessToken,
    );
    expect(asAdminNow.data?.attachment).toMatchObject({ id });
  });

  it('should refuse a signed URL that is tampered with, expired, or used after its session ended', async () => {
    const draft = await ready(alice, await exifPhoto());
    const url = new URL(draft.url as string, t.url);
    expect((await fetch(url)).status).toBe(200);
    const tampered = new URL(url);
    tampered.searchParams.set('u', bob.id);
    expect((await fetch(tampered)).status).toBe(403);
    const badSig = new URL(url);
    const sig = badSig.searchParams.get('sig')!;
    badSig.searchParams.set('sig', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
    expect((await fetch(badSig)).status).toBe(403);
    const otherId = new URL(url);
    otherId.pathname = '/media/attachments/00000000-0000-4000-8000-000000000000';
    expect((await fetch(otherId)).status).toBe(403);
    // Expired: the same URL with an earlier expiry (re-signed by the app's own signer).
    const { AttachmentUrlSigner } = await import('@curbside/cases');
    const signer = new AttachmentUrlSigner(t.config.jwtSecret);
    const expired = signer.path({
      attachmentId: draft.id as string,
      revision: 0,
      clinicianId: alice.id,
      sessionId: url.searchParams.get('s')!,
      expires: Math.floor(Date.now() / 1000) - 1,
    });
    const refused = await fetchUrl(expired);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    // A URL for a version the author has since re-masked is refused too.
    await must(
      alice,
      'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { revision: id } }',
      {
        i: { attachmentId: draft.id, masks: [{ x: 0, y: 0, width: 10, height: 10 }] },
      },
    );
    expect((await fetch(url)).status).toBe(404);
    // Signing out ends every URL signed for that session.
    const session = await login(t.client, alice.email);
    const fresh = await waitForAttachment(t.client, session.accessToken, draft.id as string);
    expect((await fetchUrl(fresh.url as string)).status).toBe(200);
    await must(session, 'mutation { logout }');
    expect((await fetchUrl(fresh.url as string)).status).toBe(404);
  });

  it("should apply the author's masks to the de-identified rendering, and only before posting", async () => {
    const white = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const draft = await ready(alice, white, 'image/png');
    const masked = await must<{ updateAttachmentMasks: Data }>(
      alice,
      'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id authorMasks { x y width height } url } }',
      { i: { attachmentId: draft.id, masks: [{ x: 20, y: 10, width: 40, height: 30 }] } },
    );
    expect(masked.updateAttachmentMasks.authorMasks).toEqual([{ x: 20, y: 10, width: 40, height: 30 }]);
    const pixels = async (path: string) =>
      sharp(Buffer.from(await (await fetchUrl(path)).arrayBuffer()))
        .raw()
        .toBuffer({ resolveWithObject: true });
    const { data, info } = await pixels(masked.updateAttachmentMasks.url as string);
    const at = (x: number, y: number) => data[(y * info.width + x) * info.channels];
    expect([at(25, 15), at(59, 39)]).toEqual([0, 0]);
    expect([at(10, 5), at(100, 50)]).toEqual([255, 255]);
    // Moving the mask re-renders from the base: the old place is white again.
    const moved = await must<{ updateAttachmentMasks: Data }>(
      alice,
      'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { url } }',
      { i: { attachmentId: draft.id, masks: [{ x: 120, y: 50, width: 30, height: 30 }] } },
    );
    const second = await pixels(moved.updateAttachmentMasks.url as string);
    expect(second.data[(15 * info.width + 25) * info.channels]).toBe(255);
    expect(second.data[(60 * info.width + 130) * info.channels]).toBe(0);
    // Someone else's draft is not found; a bad rectangle is BAD_USER_INPUT.
    const stranger = await gql(
      'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
      { i: { attachmentId: draft.id, masks: [] } },
      bob.accessToken,
    );
    expect(GraphqlClient.codes(stranger)).toEqual([ErrorCode.NOT_FOUND]);
    const bad = await gql(
      'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
      { i: { attachmentId: draft.id, masks: [{ x: 0, y: 0, width: 0, height: 5 }] } },
      alice.accessToken,
    );
    expect(GraphqlClient.codes(bad)).toEqual([ErrorCode.BAD_USER_INPUT]);
    // Once posted, the masks are final.
    expect((await createCase(alice, [draft.id as string])).errors).toBeUndefined();
    const late = await gql(
      'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
      { i: { attachmentId: draft.id, masks: [] } },
      alice.accessToken,
    );
    expect(GraphqlClient.codes(late)).toEqual([ErrorCode.CONFLICT]);
  });

  it('should post attachments with a reply and a consult answer', async () => {
    const caseData = await createCase(alice, []);
    const caseId = (caseData.data?.createCase as { id: string }).id;
    const forReply = await ready(bob, await exifPhoto());
    const reply = await must<{ replyToCase: { id: string; attachments: { id: string }[] } }>(
      bob,
      'mutation R($i: ReplyInput!) { replyToCase(input: $i) { id attachments { id } } }',
      {
        i: { caseId, body: 'A similar plaque from my clinic, for comparison.', attachmentIds: [forReply.id] },
      },
    );
    expect(reply.replyToCase.attachments).toEqual([{ id: forReply.id }]);

    const specialties = await must<{ specialties: { id: string; name: string }[] }>(
      bob,
      '{ specialties { id name } }',
    );
    const dermatology = specialties.specialties.find((s) => s.name === 'Dermatology')!.id;
    await must(bob, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [dermatology], acceptingConsults: true },
    });
    const consult = await must<{ requestConsult: { id: string } }>(
      alice,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId, specialtyId: dermatology } },
    );
    await must(bob, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', {
      id: consult.requestConsult.id,
    });
    const forAnswer = await ready(bob, await exifPhoto());
    const answered = await must<{
      answerConsult: { answer: { attachments: { id: string; url: string }[] } };
    }>(
      bob,
      'mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { answer { attachments { id url } } } }',
      {
        i: {
          consultId: consult.requestConsult.id,
          body: 'Tinea corporis: scrape for KOH.',
          attachmentIds: [forAnswer.id],
        },
      },
    );
    const [attached] = answered.answerConsult.answer.attachments;
    expect(attached.id).toBe(forAnswer.id);
    const asAlice = await gql(
      'query A($id: ID!) { attachment(id: $id) { url } }',
      { id: forAnswer.id },
      alice.accessToken,
    );
    expect((await fetchUrl((asAlice.data?.attachment as { url: string }).url)).status).toBe(200);
  });

  it('should let the uploader discard a draft, removing every stored byte', async () => {
    const draft = await ready(alice, await exifPhoto());
    const discarded = await must<{ discardAttachment: boolean }>(
      alice,
      'mutation D($id: ID!) { discardAttachment(attachmentId: $id) }',
      { id: draft.id },
    );
    expect(discarded.discardAttachment).toBe(true);
    expect((await fetchUrl(draft.url as string)).status).toBe(404);
    const files = await readdir(join(t.config.DATA_DIR, 'media', (draft.id as string).slice(0, 2))).catch(
      () => [],
    );
    expect(files.filter((f) => f.startsWith(draft.id as string))).toEqual([]);
  });

  it("should remove a posted image everywhere at once when the author withdraws the patient's consent", async () => {
    const draft = await ready(alice, await exifPhoto(), 'image/jpeg', {
      faces: 'eyes-only',
      consentBy: 'TREATING_CLINICIAN',
      consentOn: '2026-11-30',
    });
    const posted = await createCase(alice, [draft.id as string]);
    expect(posted.errors).toBeUndefined();
    const caseId = (posted.data?.createCase as { id: string }).id;
    const seen = await must<{ attachment: { url: string } }>(
      bob,
      'query A($id: ID!) { attachment(id: $id) { url } }',
      {
        id: draft.id,
      },
    );
    expect((await fetchUrl(seen.attachment.url)).status).toBe(200);
    const id = draft.id as string;
    const stored = async () =>
      (await readdir(join(t.config.DATA_DIR, 'media', id.slice(0, 2))).catch(() => [] as string[])).filter(
        (f) => f.startsWith(id),
      );
    expect((await stored()).length).toBeGreaterThan(0);

    // Nobody else may withdraw it, not even an administrator; nothing changes.
    for (const other of [bob, admin]) {
      const refused = await gql(
        'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
        { id },
        other.accessToken,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
    }
    expect((await fetchUrl(seen.attachment.url)).status).toBe(200);

    const withdrawn = await must<{ withdrawAttachmentConsent: boolean }>(
      alice,
      'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
      { id },
    );
    expect(withdrawn.withdrawAttachmentConsent).toBe(true);
    // The URL Bob already holds (still within its lifetime) stops working at once, for the author too.
    expect((await fetchUrl(seen.attachment.url)).status).toBe(404);
    expect(await stored()).toEqual([]);
    const after = await must<{ case: { attachments: unknown[] }; attachment: unknown }>(
      bob,
      'query C($c: ID!, $a: ID!) { case(id: $c) { attachments { id } } attachment(id: $a) { id } }',
      { c: caseId, a: id },
    );
    expect(after.case.attachments).toEqual([]);
    expect(after.attachment).toBeNull();
    const audit = await t.database.dataSource.query<{ actor_id: string; detail: Record<string, unknown> }[]>(
      "SELECT actor_id, detail FROM audit_event WHERE action = 'ATTACHMENT_CONSENT_WITHDRAWN' AND target_id = $1",
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(alice.id);
    expect(audit[0].detail).toMatchObject({ posted: true, status: 'READY' });
    // A second withdrawal finds nothing.
    const again = await gql(
      'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
      { id },
      alice.accessToken,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('should serve a CT at the usual windows and its de-identified DICOM file, masks and rights applied to each', async () => {
    // Burned-in text that no automatic rule masks (not an identifier), bright in every window:
    // the author masks it, and every window and the DICOM file's pixels must lose it.
    const SIDE = 256;
    const text = await textImage(SIDE, SIDE, [{ text: 'ARTERIAL PHASE', x: 12, y: 60, size: 22 }]);
    const grey = (await sharp(text).toColourspace('b-w').raw().toBuffer()).subarray(0, SIDE * SIDE);
    // Stored value 3024 is +2000 HU (white at every window), 24 is -1000 HU (air).
    const ct = makeCtDicom({
      rows: SIDE,
      columns: SIDE,
      pixels: () => Int16Array.from(grey, (g) => (g > 128 ? 3024 : 24)),
    });
    const draft = await ready(alice, ct, 'application/dicom');
    const fields = 'id kind url dicomUrl windows { name centre width url }';
    const review = await must<{
      attachment: {
        url: string;
        dicomUrl: string;
        windows: { name: string; centre: number; width: number; url: string }[];
      };
    }>(alice, `query A($id: ID!) { attachment(id: $id) { ${fields} } }`, { id: draft.id });
    const { windows } = review.attachment;
    expect(windows.map((w) => w.name)).toEqual(['soft-tissue', 'lung', 'bone', 'brain']);
    expect(windows[1]).toMatchObject({ centre: -600, width: 1500 });
    const pictures = new Set<string>();
    for (const w of windows) {
      const res = await fetchUrl(w.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      pictures.add(Buffer.from(await res.arrayBuffer()).toString('base64'));
    }
    // Different windows, different pictures of the same slice.
    expect(pictures.size).toBeGreaterThanOrEqual(2);

    const file = await fetchUrl(review.attachment.dicomUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/dicom');
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="curbside-[0-9a-f-]+\.dcm"$/,
    );
    expect(file.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    const dicom = Buffer.from(await file.arrayBuffer());
    expect(dicom.subarray(128, 132).toString('latin1')).toBe('DICM');
    for (const planted of plantedStrings())
      expect(dicom.includes(Buffer.from(planted, 'latin1'))).toBe(false);
    // A signature for one file does not open another: the variant is signed.
    const forged = review.attachment.url.replace('?', '?v=dicom&');
    expect((await fetchUrl(forged)).status).toBe(403);

    // The text is there to be masked: OCR reads it in every window (so the test can fail).
    const ocr = await createOcrEngine();
    const read = async (png: Buffer) =>
      (await ocr.readLines(png))
        .flat()
        .map((w) => w.text.toLowerCase())
        .join(' ');
    try {
      for (const w of windows) expect(await read(await fetchBytes(w.url))).toContain('arterial');

      const mask = { x: 0, y: 30, width: SIDE, height: 46 };
      await must(
        alice,
        'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
        { i: { attachmentId: draft.id, masks: [mask] } },
      );
      const masked = await must<{
        attachment: { url: string; dicomUrl: string; windows: { name: string; url: string }[] };
      }>(alice, `query A($id: ID!) { attachment(id: $id) { ${fields} } }`, { id: draft.id });
      // Every window stays, with the author's mask filled: read back pixel by pixel, and by OCR.
      expect(masked.attachment.windows.map((w) => w.name)).toEqual(['soft-tissue', 'lung', 'bone', 'brain']);
      for (const png of [
        await fetchBytes(masked.attachment.url),
        ...(await Promise.all(masked.attachment.windows.map((w) => fetchBytes(w.url)))),
      ]) {
        const { data, info } = await sharp(png)
          .toColourspace('b-w')
          .raw()
          .toBuffer({ resolveWithObject: true });
        const inside = new Set<number>();
        for (let y = mask.y; y < mask.y + mask.height; y++)
          for (let x = mask.x; x < mask.x + mask.width; x++)
            inside.add(data[(y * info.width + x) * info.channels]);
        expect([...inside]).toEqual([0]);
        expect(await read(png)).not.toMatch(/arter|phase/);
      }
      // The DICOM file's pixel data: the rectangle holds the frame's darkest stored value only.
      const file = await fetchBytes(masked.attachment.dicomUrl);
      const parsed = dcmjs.data.DicomMessage.readFile(
        file.buffer.slice(file.byteOffset, file.byteOffset + file.length),
      );
      const stored = new Int16Array(parsed.dict['7FE00010'].Value![0] as ArrayBuffer, 0, SIDE * SIDE);
      const storedInside = new Set<number>();
      for (let y = mask.y; y < mask.y + mask.height; y++)
        for (let x = mask.x; x < mask.x + mask.width; x++) storedInside.add(stored[y * SIDE + x]);
      expect([...storedInside]).toEqual([stored.reduce((a, b) => Math.min(a, b), Infinity)]);
      expect(stored.some((v) => v === 3024)).toBe(false);
      // Links to the version before the masks no longer open.
      expect((await fetchUrl(windows[0].url)).status).toBe(404);
    } finally {
      await ocr.close();
    }
    // Before posting, nobody else gets the file; withdrawal removes every window and the file.
    const asBob = await gql(
      'query A($id: ID!) { attachment(id: $id) { id } }',
      { id: draft.id },
      bob.accessToken,
    );
    expect(asBob.data?.attachment).toBeNull();
    await must(alice, 'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }', {
      id: draft.id,
    });
    expect((await fetchUrl(review.attachment.dicomUrl)).status).toBe(404);
    const id = draft.id as string;
    const left = (
      await readdir(join(t.config.DATA_DIR, 'media', id.slice(0, 2))).catch(() => [] as string[])
    ).filter((f) => f.startsWith(id));
    expect(left).toEqual([]);
  });
});
