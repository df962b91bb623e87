import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** A real S3-compatible HTTP server (s3rver, objects on disk), started in this process. */
export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** s3rver's fixed credentials (it checks request signatures against them). */
  accessKeyId: string;
  secretAccessKey: string;
  /** Where s3rver keeps objects: `<directory>/<bucket>/<key>._S3rver_object`. */
  directory: string;
  close(): Promise<void>;
}

export async function startS3Server(bucket = 'curbside-media'): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'curbside-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    directory,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
