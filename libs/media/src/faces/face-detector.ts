import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { MaskRect } from '../mask-rect.js';

/** A face found in an image, in that image's pixels, with the detector's confidence (0-1). */
export interface FaceBox extends MaskRect {
  score: number;
}

/** Raw interleaved 8-bit pixels, as the pipeline holds them after decoding. */
export interface RawImage {
  width: number;
  height: number;
  channels: number;
  pixels: Buffer;
}

export interface FaceDetector {
  detect(image: RawImage): Promise<FaceBox[]>;
  close(): Promise<void>;
}

/** Longest side of the copy the detector reads (the SSD network itself works at 512 x 512). */
export const FACE_DETECTION_SIDE = 1024;

/**
 * A low threshold on purpose: a missed face is a leak, an extra mask only costs the author a
 * look (the author reviews every photo before posting).
 */
export const FACE_MIN_CONFIDENCE = 0.3;

const require = createRequire(import.meta.url);

interface FaceApi {
  tf: {
    setBackend(name: string): Promise<boolean>;
    ready(): Promise<void>;
    getBackend(): string;
    tensor3d(values: Uint8Array, shape: [number, number, number], dtype: 'int32'): { dispose(): void };
  };
  nets: { ssdMobilenetv1: { loadFromDisk(path: string): Promise<void>; isLoaded: boolean } };
  SsdMobilenetv1Options: new (options: { minConfidence: number; maxResults: number }) => object;
  detectAllFaces(
    input: unknown,
    options: object,
  ): Promise<{ score: number; box: { x: number; y: number; width: number; height: number } }[]>;
}

/** Where the SSD MobileNet v1 face model is read from: the `model` folder of @vladmandic/face-api. */
export function faceModelDirectory(): string {
  return join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
}

let loaded: Promise<FaceApi> | undefined;

/** face-api with TensorFlow.js on its WebAssembly backend, and the model, loaded once per process. */
function faceApi(): Promise<FaceApi> {
  loaded ??= (async () => {
    const api = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
    await api.tf.setBackend('wasm');
    await api.tf.ready();
    if (!api.nets.ssdMobilenetv1.isLoaded) await api.nets.ssdMobilenetv1.loadFromDisk(faceModelDirectory());
    return api;
  })();
  return loaded;
}

/**
 * A face detector from a model shipped in an npm package: the SSD MobileNet v1 face model of
 * @vladmandic/face-api (MIT), run by TensorFlow.js on its WebAssembly backend (the .wasm file ships
 * in @tensorflow/tfjs-backend-wasm). Nothing is downloaded; no native binary is used.
 */
export async function createFaceDetector(): Promise<FaceDetector> {
  const api = await faceApi();
  return {
    async detect(image: RawImage): Promise<FaceBox[]> {
      const scale = Math.min(1, FACE_DETECTION_SIDE / Math.max(image.width, image.height));
      const width = Math.max(1, Math.round(image.width * scale));
      const height = Math.max(1, Math.round(image.height * scale));
      const rgb = await sharp(image.pixels, {
        raw: { width: image.width, height: image.height, channels: image.channels as 1 | 2 | 3 | 4 },
      })
        .resize(width, height, { fit: 'fill' })
        .toColourspace('srgb')
        .removeAlpha()
        .raw()
        .toBuffer();
      const input = api.tf.tensor3d(
        new Uint8Array(rgb.buffer, rgb.byteOffset, rgb.length),
        [height, width, 3],
        'int32',
      );
      try {
        const found = await api.detectAllFaces(
          input,
          new api.SsdMobilenetv1Options({ minConfidence: FACE_MIN_CONFIDENCE, maxResults: 100 }),
        );
        return found.map((d) => ({
          score: d.score,
          x: d.box.x / scale,
          y: d.box.y / scale,
          width: d.box.width / scale,
          height: d.box.height / scale,
        }));
      } finally {
        input.dispose();
      }
    },
    close(): Promise<void> {
      return Promise.resolve();
    },
  };
}

/**
 * The rectangle to fill for a face. `full`: the detector's box grown by a quarter of its size on
 * each side (hairline, ears and chin fall outside a detector's tight box). `eyes`: a band across
 * the face from 15% to 55% of its height, over the eyes and brows, a little wider than the face:
 * for when the face is the finding and the patient consented.
 */
export function faceMask(face: MaskRect, mode: 'full' | 'eyes'): MaskRect {
  if (mode === 'eyes') {
    return {
      x: face.x - face.width * 0.1,
      y: face.y + face.height * 0.15,
      width: face.width * 1.2,
      height: face.height * 0.4,
    };
  }
  return {
    x: face.x - face.width * 0.25,
    y: face.y - face.height * 0.25,
    width: face.width * 1.5,
    height: face.height * 1.5,
  };
}
