import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { MediaDeidentifier } from '../media-deidentifier.js';
import { createFaceDetector, type FaceBox, type FaceDetector } from './face-detector.js';

// A photograph of three people that ships with @vladmandic/face-api (MIT) as its demo image; it is
// read from node_modules, not copied (see DATA-LICENSES.md).
const require = createRequire(import.meta.url);
const SAMPLE = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', 'sample1.jpg');

/** Mean of the red channel in a rectangle of an RGB(A) image. */
async function meanIn(image: Buffer, box: FaceBox): Promise<number> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  let n = 0;
  for (let y = Math.ceil(box.y); y < Math.floor(box.y + box.height); y += 3) {
    for (let x = Math.ceil(box.x); x < Math.floor(box.x + box.width); x += 3) {
      sum += data[(y * info.width + x) * info.channels];
      n++;
    }
  }
  return sum / n;
}

describe('Faces', () => {
  let detector: FaceDetector;
  let photo: Buffer;
  let faces: FaceBox[];

  beforeAll(async () => {
    detector = await createFaceDetector();
    photo = await sharp(SAMPLE).resize(960).jpeg().toBuffer();
    const { data, info } = await sharp(photo).raw().toBuffer({ resolveWithObject: true });
    faces = await detector.detect({
      width: info.width,
      height: info.height,
      channels: info.channels,
      pixels: data,
    });
  }, 120_000);

  it('should find the three faces of the sample photograph, with a model from node_modules', () => {
    expect(faces).toHaveLength(3);
    for (const face of faces) expect(face.score).toBeGreaterThan(0.5);
  });

  it('should find no face in a picture without one', async () => {
    const { data, info } = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#c08070' },
    })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(await detector.detect({ ...info, pixels: data })).toEqual([]);
  });

  it('should fill every face the pipeline finds, and flag the photo for review', async () => {
    const pipeline = new MediaDeidentifier({ ocr: false, faceDetector: detector });
    const result = await pipeline.deidentify(photo);
    expect(result.report.faces).toBe(3);
    expect(result.report.needsAuthorReview).toContain('FACES_MASKED');
    for (const face of faces) expect(await meanIn(result.image.bytes, face)).toBeLessThan(8);
    // Nothing of a face is left for a detector to find.
    const { data, info } = await sharp(result.image.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(await detector.detect({ ...info, pixels: data })).toEqual([]);
  }, 120_000);

  it('should mask only the band of the eyes when asked to (the face is the finding)', async () => {
    const pipeline = new MediaDeidentifier({ ocr: false, faceDetector: detector, faces: 'eyes' });
    const result = await pipeline.deidentify(photo);
    expect(result.report.needsAuthorReview).toContain('FACES_EYES_ONLY');
    for (const face of faces) {
      const eyes = { ...face, y: face.y + face.height * 0.25, height: face.height * 0.2 };
      const mouth = { ...face, y: face.y + face.height * 0.7, height: face.height * 0.2 };
      expect(await meanIn(result.image.bytes, eyes)).toBeLessThan(8);
      expect(await meanIn(result.image.bytes, mouth)).toBeGreaterThan(40);
    }
  }, 120_000);
});
