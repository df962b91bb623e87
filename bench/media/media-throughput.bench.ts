/**
 * `npm run bench:media`: the whole upload pipeline (decode, OCR, mask, re-encode; for DICOM the
 * confidentiality profile and the PNG rendering) on three synthetic images: a 12-megapixel phone
 * photo (JPEG), a 512x512 CT slice and a 2000x2500 radiograph (16-bit DICOM). Prints a Markdown
 * table; figures are reported, not asserted. "Per core" divides by this process's CPU time (all
 * threads: libvips and the OCR worker), so a busy machine does not understate it; libvips runs
 * with one thread. Peak memory is the largest resident set sampled every 10 ms.
 * BENCH_MEDIA_ROUNDS sets the images per kind (default 3).
 */
import sharp from 'sharp';
import { MediaDeidentifier, createOcrEngine } from '../../libs/media/src/index.js';
import { makeCtDicom, textImage } from '../../libs/media/src/testing/media-fixtures.js';

const ROUNDS = Number(process.env['BENCH_MEDIA_ROUNDS'] ?? 3);

/**
 * A phone-photo stand-in: smooth blotches (blurred noise, as skin and background are smooth) with a
 * printed label. Pure noise is the worst case for OCR (every grain looks like a glyph) and is not
 * what a camera gives.
 */
async function photo12mp(): Promise<Buffer> {
  const label = await textImage(1400, 120, [
    { text: 'Jonas Whitfield MRN 48213377', x: 20, y: 80, size: 60 },
  ]);
  const texture = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#b08060',
      noise: { type: 'gaussian', mean: 140, sigma: 30 },
    },
  })
    .blur(6)
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(texture)
    .composite([{ input: label, left: 200, top: 200 }])
    .withExif({ IFD0: { Artist: 'Jonas Whitfield', Make: 'Phone' } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A smooth synthetic body (stored values around soft tissue) so the windowed render has structure. */
function body(rows: number, columns: number): Int16Array {
  const out = new Int16Array(rows * columns);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const dx = (x - columns / 2) / (columns / 2.4);
      const dy = (y - rows / 2) / (rows / 2.2);
      out[y * columns + x] =
        dx * dx + dy * dy < 1 ? 1064 + Math.round(60 * Math.sin(x / 9) * Math.cos(y / 7)) : 0;
    }
  }
  return out;
}

interface Row {
  name: string;
  bytes: number;
  perCore: number;
  wallPerSecond: number;
  msPerImage: number;
  peakMiB: number;
}

async function measure(name: string, input: Buffer, pipeline: MediaDeidentifier): Promise<Row> {
  await pipeline.deidentify(input); // warm-up
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) await pipeline.deidentify(input);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    name,
    bytes: input.length,
    perCore: ROUNDS / cpuSeconds,
    wallPerSecond: ROUNDS / wall,
    msPerImage: (wall / ROUNDS) * 1000,
    peakMiB: peak / 1024 / 1024,
  };
}

async function main(): Promise<void> {
  sharp.concurrency(1);
  const engine = await createOcrEngine();
  const withOcr = new MediaDeidentifier({ ocr: engine });
  const withoutOcr = new MediaDeidentifier({ ocr: false });
  const inputs: [string, Buffer][] = [
    ['12 MP photo (JPEG 4000x3000)', await photo12mp()],
    [
      'CT slice (DICOM 512x512, 16-bit)',
      makeCtDicom({ rows: 512, columns: 512, pixels: (_frame, r, c) => body(r, c) }),
    ],
    [
      'radiograph (DICOM 2000x2500, 16-bit)',
      makeCtDicom({ rows: 2500, columns: 2000, pixels: (_frame, r, c) => body(r, c) }),
    ],
  ];
  const rows: Row[] = [];
  for (const [name, input] of inputs) {
    rows.push(await measure(`${name}, OCR on`, input, withOcr));
    rows.push(await measure(`${name}, OCR off`, input, withoutOcr));
  }
  await engine.close();
  const lines = [
    `media pipeline, ${ROUNDS} images per row after one warm-up, libvips concurrency 1, Node ${process.version}`,
    '',
    '| input | file size | images/s per core (CPU time) | images/s (wall) | ms per image (wall) | peak RSS (MiB) |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(r.bytes / 1024 / 1024).toFixed(1)} MiB | ${r.perCore.toFixed(2)} | ${r.wallPerSecond.toFixed(2)} | ${r.msPerImage.toFixed(0)} | ${r.peakMiB.toFixed(0)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:media: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
