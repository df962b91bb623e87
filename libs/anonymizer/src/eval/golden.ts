import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeidentificationResult } from '../phi-category.js';
import { findDataDirectory } from '../lexicon/data-directory.js';
import { benchSourceTexts, packNotes } from './corpora/bench-notes.js';
import { CASINGS, findSharedDeidDirectory, inCasing, loadSuite, readJsonl } from './corpora/suite.js';
import type { GoldDocument } from './gold.js';

/**
 * The output guard: a hash of the engine's exact output (redacted text and findings) for every text
 * of the development corpora, in every casing, and of the bench's notes. A change meant to make the
 * engine faster must leave every hash as it was (`npm run deid:golden`).
 */
export interface GoldenCorpus {
  /** `corpus/casing`, the key of its lines in the golden file. */
  key: string;
  /** The held-out corpus: only its count of differences is ever printed. */
  heldOut: boolean;
  texts: string[];
}

/** The committed file of hashes: `key<TAB>index<TAB>hash` a line. */
export function goldenFile(): string {
  return join(findDataDirectory(), 'golden', 'outputs.tsv');
}

/** A short hash of a result; two different outputs share it with probability 2^-48. */
export function outputHash(result: DeidentificationResult): string {
  const h = createHash('sha256');
  h.update(result.text);
  h.update('\u0000');
  h.update(JSON.stringify(result.findings));
  return h.digest('hex').slice(0, 12);
}

function inAllCasings(name: string, docs: readonly GoldDocument[], heldOut: boolean): GoldenCorpus[] {
  return CASINGS.map((casing) => ({
    key: `${name}/${casing}`,
    heldOut,
    texts: inCasing(docs, casing).map((d) => d.text),
  }));
}

/** Every corpus the guard covers that can be found on this machine. */
export function goldenCorpora(): GoldenCorpus[] {
  const out: GoldenCorpus[] = [];
  for (const corpus of loadSuite()) out.push(...inAllCasings(corpus.name, corpus.docs, corpus.heldOut));
  const synthetic = readJsonl(join(findDataDirectory(), 'synthetic-eval.jsonl'));
  out.push(...inAllCasings('synthetic-eval', synthetic, false));
  const shared = findSharedDeidDirectory();
  if (shared !== undefined) {
    for (const file of ['mts-dialog-sections', 'presidio-generated-large', 'presidio-synth-v2']) {
      const docs = readJsonl(join(shared, `${file}.jsonl`));
      out.push({ key: `${file}/as-is`, heldOut: false, texts: docs.map((d) => d.text) });
    }
  }
  out.push({ key: 'bench notes/as-is', heldOut: false, texts: packNotes(benchSourceTexts().texts) });
  return out;
}

/** The committed hashes by key, each an array indexed like the corpus's texts. */
export function readGolden(file = goldenFile()): Map<string, string[]> {
  const golden = new Map<string, string[]>();
  if (!existsSync(file)) return golden;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [key, index, hash] = line.split('\t');
    if (key === undefined || index === undefined || hash === undefined) continue;
    let hashes = golden.get(key);
    if (hashes === undefined) golden.set(key, (hashes = []));
    hashes[Number(index)] = hash;
  }
  return golden;
}
