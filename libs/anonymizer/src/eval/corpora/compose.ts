import type { PhiCategory } from '../../phi-category.js';
import type { GoldDocument, GoldSpan } from '../gold.js';

/** Small deterministic PRNG (mulberry32): a seed always gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(rand: Random, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function int(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function digits(rand: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(int(rand, i === 0 ? 1 : 0, 9));
  return s;
}

/** How a note's literal words and its identifiers are cased. */
export type Voice = 'mixed' | 'mixed-lower-names' | 'caps' | 'lower';

/** A value a template placeholder resolves to: an identifier (with its category) or plain text. */
export interface Filled {
  value: string;
  category?: PhiCategory;
}

const PLACEHOLDER = /\{([A-Za-z0-9]+)\}/g;

/** The regular expressions of the corpus generators, for the ReDoS test. */
export const COMPOSE_PATTERNS: readonly RegExp[] = [PLACEHOLDER];

function cased(text: string, voice: Voice, isName: boolean, rand: Random): string {
  if (voice === 'caps') return text.toUpperCase();
  if (voice === 'lower') return text.toLowerCase();
  if (voice === 'mixed-lower-names' && isName && rand() < 0.6) return text.toLowerCase();
  return text;
}

/**
 * Writes one text from templates: literal parts are cased by the voice, each `{key}` is resolved
 * by `fill` and, when it is an identifier, recorded as a gold span at its exact offsets.
 */
export class NoteWriter {
  private text = '';
  private readonly spans: GoldSpan[] = [];

  constructor(
    private readonly voice: Voice,
    private readonly rand: Random,
    private readonly fill: (key: string) => Filled,
  ) {}

  write(template: string): this {
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      this.literal(template.slice(at, m.index));
      const filled = this.fill(m[1] ?? '');
      const value = cased(filled.value, this.voice, filled.category === 'NAME', this.rand);
      if (filled.category !== undefined && value.length > 0) {
        this.spans.push({
          start: this.text.length,
          end: this.text.length + value.length,
          label: filled.category,
        });
      }
      this.text += value;
      at = m.index + m[0].length;
    }
    this.literal(template.slice(at));
    return this;
  }

  private literal(part: string): void {
    this.text += cased(part, this.voice, false, this.rand);
  }

  done(id: string): GoldDocument {
    return { id, text: this.text, spans: this.spans };
  }
}

/** The same text in capitals or lower case, or undefined when re-casing would change its length. */
export function recase(doc: GoldDocument, casing: 'upper' | 'lower'): GoldDocument | undefined {
  const text = casing === 'upper' ? doc.text.toUpperCase() : doc.text.toLowerCase();
  if (text.length !== doc.text.length) return undefined;
  return { ...doc, text };
}
