import sharp from 'sharp';
import { parseDicom } from '../dicom/dicom-io.js';
import { MediaDeidentifier } from '../media-deidentifier.js';
import { FACE_SAMPLE as SAMPLE, makeFaceDicom } from '../testing/media-fixtures.js';
import { createFaceDetector, type FaceBox, type FaceDetector } from './face-detector.js';

/** Mean of the red channel in a rectangle of an RGB(A) image. */
async function meanIn(image: Buffer, box: FaceBox): Promise<number> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  return rawMeanIn({ ...info, pixels: data }, box);
}

/** Mean of the first channel in a rectangle of raw interleaved pixels. */
function rawMeanIn(
  info: { width: number; channels: number; pixels: Uint8Array },
  box: { x: number; y: number; width: number; height: number },
): number {
  const data = info.pixels;
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

  describe('in a photographic DICOM', () => {
    const WIDTH = 640;
    let dicom: Buffer;
    let frameFaces: FaceBox[];
    let height: number;

    /** The stored RGB pixels of each frame of a DICOM file. */
    function framesOf(file: Buffer): Uint8Array[] {
      const parsed = parseDicom(file);
      const rows = Number(parsed.dict['00280010'].Value![0]);
      const all = new Uint8Array(parsed.dict['7FE00010'].Value![0] as ArrayBuffer);
      const frameBytes = rows * WIDTH * 3;
      const count = Number(parsed.dict['00280008']?.Value?.[0] ?? 1);
      return Array.from({ length: count }, (_, f) => all.subarray(f * frameBytes, (f + 1) * frameBytes));
    }

    beforeAll(async () => {
      dicom = await makeFaceDicom({ width: WIDTH, frames: 2 });
      const [first] = framesOf(dicom);
      height = first.length / (WIDTH * 3);
      frameFaces = await detector.detect({ width: WIDTH, height, channels: 3, pixels: Buffer.from(first) });
    }, 120_000);

    it('should find the faces in the generated file (the test can fail)', () => {
      expect(frameFaces).toHaveLength(3);
    });

    it('should mask the faces in every frame and in the rendering', async () => {
      const pipeline = new MediaDeidentifier({ ocr: false, faceDetector: detector });
      const result = await pipeline.deidentify(dicom);
      expect(result.report.faces).toBe(3);
      expect(result.report.needsAuthorReview).toContain('FACES_MASKED');
      expect(result.report.needsAuthorReview).not.toContain('FACES_NOT_CHECKED');
      const frames = framesOf(result.dicom!.bytes);
      expect(frames).toHaveLength(2);
      for (const pixels of frames) {
        for (const face of frameFaces) expect(rawMeanIn({ width: WIDTH, channels: 3, pixels }, face)).toBe(0);
        expect(
          await detector.detect({ width: WIDTH, height, channels: 3, pixels: Buffer.from(pixels) }),
        ).toEqual([]);
      }
      for (const face of frameFaces) expect(await meanIn(result.image.bytes, face)).toBeLessThan(8);
    }, 120_000);

    it('should mask only the eyes when asked to, and flag the file when faces are not searched', async () => {
      const eyesOnly = new MediaDeidentifier({ ocr: false, faceDetector: detector, faces: 'eyes' });
      const result = await eyesOnly.deidentify(dicom);
      expect(result.report.needsAuthorReview).toContain('FACES_EYES_ONLY');
      const last = framesOf(result.dicom!.bytes)[1];
      for (const face of frameFaces) {
        const eyes = { ...face, y: face.y + face.height * 0.25, height: face.height * 0.2 };
        const mouth = { ...face, y: face.y + face.height * 0.7, height: face.height * 0.2 };
        expect(rawMeanIn({ width: WIDTH, channels: 3, pixels: last }, eyes)).toBe(0);
        expect(rawMeanIn({ width: WIDTH, channels: 3, pixels: last }, mouth)).toBeGreaterThan(40);
      }
      const unchecked = await new MediaDeidentifier({ ocr: false, faceDetector: false }).deidentify(dicom);
      expect(unchecked.report.needsAuthorReview).toContain('FACES_NOT_CHECKED');
      expect(unchecked.report.masks).toEqual([]);
    }, 120_000);
  });
});
