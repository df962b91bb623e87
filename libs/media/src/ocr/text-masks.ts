import { deidentify } from '@curbside/anonymizer';
import type { MaskRect } from '../mask-rect.js';
import { normaliseWord } from '../dicom/header-identifiers.js';
import type { OcrLine, OcrWord } from './ocr-engine.js';

/** Why a word was masked; counts only ever leave the pipeline, never the words. */
export type MaskReason = 'ANONYMIZER' | 'HEADER_VALUE' | 'LONG_NUMBER';

export interface WordMaskPlan {
  words: number;
  masked: { box: MaskRect; reason: MaskReason }[];
}

const LONG_NUMBER = /\d{5,}/;

function matchesHeader(word: OcrWord, terms: ReadonlySet<string>): boolean {
  const norm = normaliseWord(word.text);
  if (norm.length < 2) return false;
  if (terms.has(norm)) return true;
  for (const term of terms) if (term.length >= 4 && norm.includes(term)) return true;
  return false;
}

/**
 * Decides which OCR words to mask: the lines are joined into one text and passed through the
 * anonymizer, and every word that overlaps one of its findings is masked; so is every word equal
 * to (or containing) a value from the DICOM header, and every word with five or more digits in a
 * row (an identifier is likelier than a measurement, and the pixels give little context).
 */
export function planWordMasks(
  lines: readonly OcrLine[],
  headerTerms: ReadonlySet<string> = new Set(),
): WordMaskPlan {
  const spans: { word: OcrWord; start: number; end: number }[] = [];
  let text = '';
  for (const line of lines) {
    if (text !== '') text += '\n';
    line.forEach((word, i) => {
      if (i > 0) text += ' ';
      spans.push({ word, start: text.length, end: text.length + word.text.length });
      text += word.text;
    });
  }
  const masked: WordMaskPlan['masked'] = [];
  if (spans.length === 0) return { words: 0, masked };
  const findings = deidentify(text.slice(0, 100_000)).findings;
  for (const span of spans) {
    const hit = findings.some((f) => f.start < span.end && f.end > span.start);
    const reason: MaskReason | undefined = hit
      ? 'ANONYMIZER'
      : matchesHeader(span.word, headerTerms)
        ? 'HEADER_VALUE'
        : LONG_NUMBER.test(span.word.text)
          ? 'LONG_NUMBER'
          : undefined;
    if (reason !== undefined) masked.push({ box: pad(span.word.box), reason });
  }
  return { words: spans.length, masked };
}

/** A margin of a quarter of the box height, so anti-aliased edges of the glyphs go too. */
function pad(box: MaskRect): MaskRect {
  const m = Math.max(2, Math.round(box.height / 4));
  return { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m };
}
