import { ErrorCode } from '@curbside/core';
import {
  createTestApp,
  login,
  startS3Server,
  uploadAttachment,
  verifiedClinician,
  waitForAttachment,
  type Session,
  type TestApp,
  type TestS3Server,
} from '@curbside/testing';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';

const ADMIN_EMAIL = 'attachments.s3.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-s3-attachments-suite';

/** Every object key s3rver holds for the bucket (its files are `<key>._S3rver_object`). */
async function objectKeys(server: TestS3Server): Promise<string[]> {
  const root = join(server.directory, server.bucket);
  const keys: string[] = [];
  async function walk(folder: string): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('._S3rver_object')) {
        keys.push(relative(root, path).replace(/\._S3rver_object$/, ''));
      }
    }
  }
  await walk(root);
  return keys.sort();
}

/**
 * Attachments with `MEDIA_STORAGE=s3`: the raw upload and the renderings live in an S3-compatible
 * bucket (a real s3rver over HTTP), under `quarantine/` and `renderings/`; the API serves them as
 * before, deletes the raw upload once processed, and removes everything on withdrawal.
 */
describe('Attachments on S3-compatible storage', () => {
  let s3: TestS3Server;
  let t: TestApp;
  let alice: Session;
  let bob: Session;
  let ward: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        MEDIA_STORAGE: 's3',
        MEDIA_S3_ENDPOINT: s3.endpoint,
        MEDIA_S3_BUCKET: s3.bucket,
        MEDIA_S3_ACCESS_KEY_ID: s3.accessKeyId,
        MEDIA_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        MEDIA_OCR: 'false',
        MEDIA_FACES: 'false',
      },
    });
    const admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    alice = await verifiedClinician(t.client, admin, 'Dr. Alice Bucket');
    bob = await verifiedClinician(t.client, admin, 'Dr. Bob Bucket');
    const channel = await t.client.request<{ createChannel: { id: string } }>(
      'mutation C($i: CreateChannelInput!) { createChannel(input: $i) { id } }',
      { i: { slug: 's3-ward', name: 'S3 ward' } },
      { token: admin.accessToken },
    );
    ward = channel.data!.createChannel.id;
  }, 300_000);

  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  it('should keep the upload and its renderings in the bucket, serve them, and remove them on withdrawal', async () => {
    const photo = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#b08070' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'ExifWhitfield' } })
      .toBuffer();
    const up = await uploadAttachment(t.url, alice.accessToken, photo, 'image/jpeg');
    expect(up.status).toBe(202);
    const id = up.body.id!;
    const done = await waitForAttachment(t.client, alice.accessToken, id);
    expect(done.status).toBe('READY');
    // The raw upload is gone from quarantine/; base and served renderings are in renderings/.
    expect(await objectKeys(s3)).toEqual([`renderings/${id}-base.jpg`, `renderings/${id}.jpg`]);

    const posted = await t.client.request<{ createCase: { id: string } }>(
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          channelId: ward,
          title: 'Annular plaque on the forearm',
          body: 'Scaly annular plaque for three weeks.',
          tags: ['dermatology'],
          attachmentIds: [id],
        },
      },
      { token: alice.accessToken },
    );
    expect(posted.errors).toBeUndefined();
    const seen = await t.client.request<{ attachment: { url: string } }>(
      'query A($id: ID!) { attachment(id: $id) { url } }',
      { id },
      { token: bob.accessToken },
    );
    const served = await fetch(`${t.url}${seen.data!.attachment.url}`);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect((await sharp(bytes).metadata()).width).toBe(200);
    expect(bytes.includes(Buffer.from('ExifWhitfield'))).toBe(false);

    const withdrawn = await t.client.request<{ withdrawAttachmentConsent: boolean }>(
      'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
      { id },
      { token: alice.accessToken },
    );
    expect(withdrawn.data?.withdrawAttachmentConsent).toBe(true);
    expect(await objectKeys(s3)).toEqual([]);
    expect((await fetch(`${t.url}${seen.data!.attachment.url}`)).status).toBe(404);
    const again = await t.client.request(
      'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
      { id },
      { token: alice.accessToken },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });
});
