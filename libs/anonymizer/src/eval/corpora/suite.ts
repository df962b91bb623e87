import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findDataDirectory } from '../../lexicon/data-directory.js';
import type { GoldDocument, GoldSpan } from '../gold.js';
import { recase } from './compose.js';
import { injectIdentifiers } from './inject.js';
import { generateCommunity } from './community.js';
import { generateNursingNotes } from './nursing.js';
import { generateVoices } from './voices.js';

/** One corpus of the evaluation suite. */
export interface SuiteCorpus {
  name: string;
  /** True for the held-out corpus, whose misses are never printed. */
  heldOut: boolean;
  docs: GoldDocument[];
}

export type Casing = 'as-is' | 'upper' | 'lower';
export const CASINGS: readonly Casing[] = ['as-is', 'upper', 'lower'];

/**
 * Locates shared/data/deid (beside the repository or one of its parents); `CURBSIDE_DEID_DATA`
 * overrides it. Undefined when it is not there.
 */
export function findSharedDeidDirectory(): string | undefined {
  const override = process.env['CURBSIDE_DEID_DATA'];
  if (override) return existsSync(override) ? override : undefined;
  let dir = findDataDirectory();
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'shared', 'data', 'deid');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** Reads a JSONL corpus; a text without spans (MTS-Dialog) gets none. */
export function readJsonl(file: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as { id?: unknown; text?: unknown; spans?: unknown };
    if (typeof raw.text !== 'string') continue;
    const spans = Array.isArray(raw.spans) ? (raw.spans as GoldSpan[]) : [];
    docs.push({
      id: String(raw.id),
      text: raw.text,
      spans: spans.map((s) => ({ start: s.start, end: s.end, label: s.label })),
    });
  }
  return docs;
}

/**
 * Reads a corpus written by hand with its identifiers between `[[` and `]]` (one text a line, `#`
 * starts a comment), every span labelled `label`.
 */
export function readMarked(file: string, label: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let n = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    let text = '';
    const spans: GoldSpan[] = [];
    let at = 0;
    for (;;) {
      const open = line.indexOf('[[', at);
      const close = open < 0 ? -1 : line.indexOf(']]', open + 2);
      if (open < 0 || close < 0) break;
      text += line.slice(at, open);
      const start = text.length;
      text += line.slice(open + 2, close);
      spans.push({ start, end: text.length, label });
      at = close + 2;
    }
    text += line.slice(at);
    docs.push({ id: `marked-${++n}`, text, spans });
  }
  return docs;
}

/** The development corpus of ages over 89 in many wordings (written for issue #12). */
export function agesOver89File(): string {
  return join(findDataDirectory(), 'eval', 'ages-over-89.txt');
}

/** The committed held-out corpus. */
export function heldOutFile(): string {
  return join(findDataDirectory(), 'eval', 'heldout.jsonl');
}

/** Every corpus of the suite that can be found, development corpora first, the held-out one last. */
export function loadSuite(): SuiteCorpus[] {
  const out: SuiteCorpus[] = [];
  const shared = findSharedDeidDirectory();
  if (shared !== undefined) {
    out.push({
      name: 'clinical-cases',
      heldOut: false,
      docs: readJsonl(join(shared, 'clinical-cases.jsonl')),
    });
  }
  out.push({ name: 'nursing (generated)', heldOut: false, docs: generateNursingNotes(300, 1201) });
  if (shared !== undefined) {
    const mts = readJsonl(join(shared, 'mts-dialog-sections.jsonl'));
    out.push({ name: 'mts-dialog + injected', heldOut: false, docs: injectIdentifiers(mts, 1301) });
    const aci = readJsonl(join(shared, 'aci-bench-visit-notes.jsonl'));
    out.push({ name: 'aci-bench + injected', heldOut: false, docs: injectIdentifiers(aci, 1401) });
  }
  out.push({
    name: 'ages over 89 (written)',
    heldOut: false,
    docs: readMarked(agesOver89File(), 'AGE_OVER_89'),
  });
  out.push({ name: "clinicians' voices (generated)", heldOut: false, docs: generateVoices(300, 5521) });
  out.push({
    name: 'community & end-of-life (generated)',
    heldOut: false,
    docs: generateCommunity(300, 7717),
  });
  out.push({ name: 'HELD-OUT (handoffs, triage, questions)', heldOut: true, docs: readJsonl(heldOutFile()) });
  return out;
}

/** The corpus in the given casing; texts whose length re-casing would change are left out. */
export function inCasing(docs: readonly GoldDocument[], casing: Casing): GoldDocument[] {
  if (casing === 'as-is') return [...docs];
  const out: GoldDocument[] = [];
  for (const d of docs) {
    const r = recase(d, casing);
    if (r) out.push(r);
  }
  return out;
}

/** The identifier-free clinical text for over-removal (MTS-Dialog sections), or undefined. */
export function loadIdentifierFree(): GoldDocument[] | undefined {
  const shared = findSharedDeidDirectory();
  return shared === undefined ? undefined : readJsonl(join(shared, 'mts-dialog-sections.jsonl'));
}
