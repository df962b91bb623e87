import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import type { MaskRect } from '../mask-rect.js';

/** One word read from the pixels, with its box in the image given to OCR. */
export interface OcrWord {
  text: string;
  confidence: number;
  box: MaskRect;
}

/** The words of one line, in reading order. */
export type OcrLine = OcrWord[];

/** Reads the words in an image (PNG or JPEG bytes). */
export interface OcrEngine {
  readLines(image: Buffer): Promise<OcrLine[]>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * Where the English model is read from: the `4.0.0_best_int` folder of the @tesseract.js-data/eng
 * package in node_modules (an integer-quantised LSTM model, Apache-2.0). Never a URL.
 */
export function englishModelDirectory(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng')), '4.0.0_best_int');
}

/**
 * Starts a tesseract.js worker (WebAssembly, in a worker thread) with the English model from
 * node_modules and no cache: nothing is downloaded and nothing is written to disk.
 */
export async function createOcrEngine(): Promise<OcrEngine> {
  const worker = await Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    langPath: englishModelDirectory(),
    cacheMethod: 'none',
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // A fixed resolution keeps tesseract from guessing one (and printing a warning) for each image.
  await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.SPARSE_TEXT, user_defined_dpi: '300' });
  return {
    async readLines(image: Buffer): Promise<OcrLine[]> {
      const result = await worker.recognize(image, {}, { blocks: true, text: false });
      const lines: OcrLine[] = [];
      for (const block of result.data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const words = line.words
              .filter((w) => w.text.trim() !== '')
              .map((w) => ({
                text: w.text,
                confidence: w.confidence,
                box: {
                  x: w.bbox.x0,
                  y: w.bbox.y0,
                  width: w.bbox.x1 - w.bbox.x0,
                  height: w.bbox.y1 - w.bbox.y0,
                },
              }));
            if (words.length > 0) lines.push(words);
          }
        }
      }
      return lines;
    },
    async close(): Promise<void> {
      await worker.terminate();
    },
  };
}
