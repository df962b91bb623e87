/**
 * `npm run bench:media:queue`: attachment processing through the real queue. Starts the API on an
 * embedded database, uploads images over HTTP as a verified clinician, and waits until the pg-boss
 * workers have taken every one through the whole pipeline (decode, metadata, OCR masks, faces,
 * storage). Runs once per worker count (BENCH_MEDIA_QUEUE_WORKERS, default "1,2"), each on a fresh
 * app. "Per core" divides by this process's CPU time (all threads: libvips, the OCR worker, the
 * WebAssembly face model, the API and the database), so a machine busy with other work does not
 * understate it. BENCH_MEDIA_QUEUE_IMAGES sets the uploads per run (default 8): half 2-megapixel
 * phone photos with a printed label, half 512x512 CT slices. Figures are printed, not asserted.
 */
import 'reflect-metadata';
import { loadConfig } from '@curbside/config';
import { createLogger } from '@curbside/core';
import { openDatabase } from '@curbside/database';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { startApi } from '../../apps/api/src/bootstrap.js';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { makeCtDicom, textImage } from '../../libs/media/src/testing/media-fixtures.js';
import { GraphqlClient } from '../../libs/testing/src/graphql-client.js';
import { login, verifiedClinician } from '../../libs/testing/src/identity-fixtures.js';
import { uploadAttachment } from '../../libs/testing/src/media-upload.js';
import { MIGRATIONS } from '../../migrations/index.js';

const IMAGES = Number(process.env['BENCH_MEDIA_QUEUE_IMAGES'] ?? 8);
const WORKERS = (process.env['BENCH_MEDIA_QUEUE_WORKERS'] ?? '1,2').split(',').map(Number);
const ADMIN = { email: 'bench.media.admin@curbside.test', password: 'bench-media-admin-password-01' };

async function phonePhoto(): Promise<Buffer> {
  const label = await textImage(900, 90, [{ text: 'Jonas Whitfield MRN 48213377', x: 20, y: 60, size: 44 }]);
  const texture = await sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: '#b08060',
      noise: { type: 'gaussian', mean: 140, sigma: 30 },
    },
  })
    .blur(6)
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(texture)
    .composite([{ input: label, left: 100, top: 100 }])
    .withExif({ IFD0: { Artist: 'Jonas Whitfield' } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

interface Result {
  workers: number;
  images: number;
  wallSeconds: number;
  cpuSeconds: number;
  refused: number;
  peakRssMiB: number;
}

async function run(workers: number, inputs: { bytes: Buffer; type: string }[]): Promise<Result> {
  const dataDir = mkdtempSync(join(tmpdir(), 'curbside-bench-media-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
    CURBSIDE_ADMIN_EMAIL: ADMIN.email,
    CURBSIDE_ADMIN_PASSWORD: ADMIN.password,
    MEDIA_WORKER_CONCURRENCY: String(workers),
    MEDIA_MAX_PROCESSING_PER_CLINICIAN: '1000',
  });
  const database = await openDatabase({
    target: { kind: 'pglite-memory' },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  const api = await startApi(config, { logger: createLogger('warn'), database });
  try {
    const client = new GraphqlClient(`${api.url}/graphql`);
    const admin = await login(client, ADMIN.email, ADMIN.password);
    const author = await verifiedClinician(client, admin, 'Dr. Bench Author');
    // Warm-up: the first job loads the OCR worker and the face model.
    const warm = await uploadAttachment(api.url, author.accessToken, inputs[0].bytes, inputs[0].type);
    await until(database.dataSource, [warm.body.id!]);

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const ids: string[] = [];
    for (const input of inputs) {
      const up = await uploadAttachment(api.url, author.accessToken, input.bytes, input.type);
      if (!up.body.id) throw new Error(`upload refused: ${JSON.stringify(up.body)}`);
      ids.push(up.body.id);
    }
    const refused = await until(database.dataSource, ids);
    const wallSeconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    clearInterval(sampler);
    return {
      workers,
      images: inputs.length,
      wallSeconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      refused,
      peakRssMiB: peak / 1024 / 1024,
    };
  } finally {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Waits (at most 10 minutes) until none of `ids` is PROCESSING; returns how many were refused. */
async function until(dataSource: import('typeorm').DataSource, ids: string[]): Promise<number> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const [row] = await dataSource.query<{ processing: number; refused: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'PROCESSING')::int AS processing,
              count(*) FILTER (WHERE status = 'REFUSED')::int AS refused
         FROM attachment WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    if (row.processing === 0) return row.refused;
    if (Date.now() > deadline) throw new Error('the queue did not finish within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  sharp.concurrency(1);
  const photo = await phonePhoto();
  const ct = makeCtDicom({ rows: 512, columns: 512 });
  const inputs = Array.from({ length: IMAGES }, (_, i) =>
    i % 2 === 0 ? { bytes: photo, type: 'image/jpeg' } : { bytes: ct, type: 'application/dicom' },
  );
  const results: Result[] = [];
  for (const workers of WORKERS) results.push(await run(workers, inputs));
  console.log(
    `\nbench:media:queue — ${IMAGES} uploads per run (half 2 MP JPEG photos, half 512x512 CT DICOM)\n`,
  );
  console.log(
    '| workers | images | refused | wall (s) | images/s (wall) | CPU (s) | images/s per core (CPU) | peak RSS (MiB) |',
  );
  console.log(
    '| ------: | -----: | ------: | -------: | --------------: | ------: | ----------------------: | -------------: |',
  );
  for (const r of results) {
    console.log(
      `| ${r.workers} | ${r.images} | ${r.refused} | ${r.wallSeconds.toFixed(1)} | ${(r.images / r.wallSeconds).toFixed(2)} | ${r.cpuSeconds.toFixed(1)} | ${(r.images / r.cpuSeconds).toFixed(2)} | ${r.peakRssMiB.toFixed(0)} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
