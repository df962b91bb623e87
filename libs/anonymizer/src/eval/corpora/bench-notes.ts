import { join } from 'node:path';
import { injectIdentifiers } from './inject.js';
import { generateNursingNotes } from './nursing.js';
import { findSharedDeidDirectory, readJsonl } from './suite.js';

const NOTE_BYTES = 3 * 1024;

/**
 * The texts of `npm run bench:deid`: generated nursing notes (a seed no evaluation uses), MTS-Dialog
 * and ACI-BENCH with injected identifiers (their own seeds) and the clinical cases.
 */
export function benchSourceTexts(): { texts: string[]; source: string } {
  const texts = generateNursingNotes(6000, 424_242).map((d) => d.text);
  const shared = findSharedDeidDirectory();
  if (shared === undefined) return { texts, source: 'generated nursing notes (seed 424242)' };
  for (const [file, seed] of [
    ['mts-dialog-sections.jsonl', 5151],
    ['aci-bench-visit-notes.jsonl', 5252],
  ] as const) {
    texts.push(...injectIdentifiers(readJsonl(join(shared, file)), seed).map((d) => d.text));
  }
  texts.push(...readJsonl(join(shared, 'clinical-cases.jsonl')).map((d) => d.text));
  return {
    texts,
    source: 'generated nursing notes, MTS-Dialog and ACI-BENCH with injected identifiers, clinical cases',
  };
}

/** Packs texts, each used once, into notes of about 3 KB (UTF-8); texts are interleaved by a stride. */
export function packNotes(texts: readonly string[]): string[] {
  const notes: string[] = [];
  let current = '';
  const stride = 7919;
  for (let k = 0; k < texts.length; k++) {
    const t = texts[(k * stride) % texts.length] ?? '';
    current = current === '' ? t : `${current}\n\n${t}`;
    if (Buffer.byteLength(current, 'utf8') >= NOTE_BYTES) {
      notes.push(current);
      current = '';
    }
  }
  return notes;
}
