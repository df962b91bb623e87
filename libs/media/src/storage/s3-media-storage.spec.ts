import { startS3Server, type TestS3Server } from '@curbside/testing';
import { S3MediaStorage } from './s3-media-storage.js';
import { InvalidMediaKeyError } from './media-storage.js';

/** Against a real S3-compatible server over HTTP (s3rver, in this process), with signed requests. */
describe('S3MediaStorage', () => {
  let server: TestS3Server;
  let storage: S3MediaStorage;
  let other: S3MediaStorage;

  beforeAll(async () => {
    server = await startS3Server();
    const options = {
      bucket: server.bucket,
      endpoint: server.endpoint,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    };
    storage = new S3MediaStorage({ ...options, prefix: 'renderings/' });
    other = new S3MediaStorage({ ...options, prefix: 'quarantine/' });
  });

  afterAll(async () => {
    storage?.close();
    other?.close();
    await server?.close();
  });

  it('should store, replace, read back and delete objects by key', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02, 0xff, 0xd9]);
    await storage.put('0c5e1f2a-base.jpg', bytes);
    expect(await storage.get('0c5e1f2a-base.jpg')).toEqual(bytes);
    const replaced = Buffer.alloc(300_000, 7);
    await storage.put('0c5e1f2a-base.jpg', replaced);
    expect(await storage.get('0c5e1f2a-base.jpg')).toEqual(replaced);
    await storage.delete('0c5e1f2a-base.jpg');
    expect(await storage.get('0c5e1f2a-base.jpg')).toBeUndefined();
  });

  it('should answer undefined for an absent key and delete an absent key without error', async () => {
    expect(await storage.get('never-stored.png')).toBeUndefined();
    await expect(storage.delete('never-stored.png')).resolves.toBeUndefined();
  });

  it('should keep stores with different prefixes apart in one bucket', async () => {
    await other.put('q-7d1c', Buffer.from('raw upload'));
    expect(await storage.get('q-7d1c')).toBeUndefined();
    expect((await other.get('q-7d1c'))?.toString()).toBe('raw upload');
    await other.delete('q-7d1c');
    expect(await other.get('q-7d1c')).toBeUndefined();
  });

  it('should refuse keys outside the key pattern before any request', async () => {
    await expect(storage.put('../escape', Buffer.from('x'))).rejects.toBeInstanceOf(InvalidMediaKeyError);
    await expect(storage.get('Upper.JPG')).rejects.toBeInstanceOf(InvalidMediaKeyError);
  });

  // s3rver checks the access key id but not a SigV4 signature: an unknown key stands for bad credentials.
  it('should fail, not hang or answer undefined, when the credentials are refused', async () => {
    const wrong = new S3MediaStorage({
      bucket: server.bucket,
      endpoint: server.endpoint,
      credentials: { accessKeyId: 'NOT-A-KEY', secretAccessKey: server.secretAccessKey },
    });
    try {
      await expect(wrong.put('abc-wrong.png', Buffer.from('x'))).rejects.toThrow();
      await expect(wrong.get('abc-wrong.png')).rejects.toThrow();
      await expect(wrong.delete('abc-wrong.png')).rejects.toThrow();
    } finally {
      wrong.close();
    }
  });
});
