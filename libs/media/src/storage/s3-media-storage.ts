import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { assertMediaKey, type MediaStorage } from './media-storage.js';

export interface S3MediaStorageOptions {
  bucket: string;
  /** Prepended to every key (e.g. `renderings/`), so several stores can share a bucket. */
  prefix?: string;
  /** An S3-compatible endpoint (MinIO, Ceph, a test server); AWS's own when absent. */
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `endpoint/bucket/key` addressing, which most S3-compatible servers need. */
  forcePathStyle?: boolean;
}

/**
 * Media storage in an S3-compatible object store, for deployments with more than one machine. One
 * object per key (`prefix + key`); a PUT replaces an object atomically in S3's model, so a reader
 * never sees half a file. Objects are written with `Cache-Control: private, no-store`: they are served
 * only through the API's signed route, never from the bucket, which must not be public. Encryption at
 * rest is the bucket's policy.
 */
export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3MediaStorageOptions, client?: S3Client) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    const config: S3ClientConfig = {
      region: options.region ?? 'us-east-1',
      forcePathStyle: options.forcePathStyle ?? true,
      // Bounded: a dead endpoint must fail the job (and be retried), not hang it.
      maxAttempts: 3,
    };
    if (options.endpoint) config.endpoint = options.endpoint;
    if (options.credentials) config.credentials = options.credentials;
    this.client = client ?? new S3Client(config);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: 'application/octet-stream',
        CacheControl: 'private, no-store',
      }),
    );
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
      );
      if (!answer.Body) return undefined;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return undefined;
      if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers a DELETE of an absent key with success, as the interface wants.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  /** Closes the client's connections. */
  close(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    assertMediaKey(key);
    return `${this.prefix}${key}`;
  }
}
