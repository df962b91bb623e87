import type { Faker } from '@faker-js/faker';
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

/** How one generated corpus of genre texts is written: its sentences and how its placeholders fill. */
export interface GenreCorpus<C> {
  /** The id prefix of its texts ("voices" gives "voices-sbar-12"). */
  name: string;
  voices: readonly Voice[];
  locales: readonly Faker[];
  /** The genre of one text, drawn with `rand`. */
  genre(rand: Random): string;
  /** Each genre's sentence templates, a few of which are drawn in their order. */
  templates(genre: string): readonly string[];
  /** How often each sentence of the genre is drawn. */
  keep: number;
  /** Clinical lines, one of which may go before each sentence (three times in ten). */
  clinical: readonly string[];
  /** What follows a sentence: a line break or a space. */
  separator(genre: string, rand: Random): string;
  cast(faker: Faker, rand: Random): C;
  /** A placeholder's value; `nested` writes a phrase that holds placeholders itself. */
  fill(cast: C, rand: Random, nested: (template: string) => string, key: string): Filled;
}

function writeGenreText<C>(corpus: GenreCorpus<C>, rand: Random, faker: Faker, index: number): GoldDocument {
  const voice = pick(rand, corpus.voices);
  const cast = corpus.cast(faker, rand);
  const genre = corpus.genre(rand);
  const templates = corpus.templates(genre);
  // Phrases that hold a placeholder themselves are written through the writer, not as a value.
  const holder: { writer?: NoteWriter } = {};
  const nested = (t: string): string => {
    holder.writer?.write(t);
    return '';
  };
  const writer = new NoteWriter(voice, rand, (key) => corpus.fill(cast, rand, nested, key));
  holder.writer = writer;
  // A few of the genre's sentences, each at most once and in their order, with clinical lines between.
  const chosen = templates.filter(() => rand() < corpus.keep);
  if (chosen.length === 0) chosen.push(pick(rand, templates));
  for (const template of chosen) {
    if (rand() < 0.3) writer.write(pick(rand, corpus.clinical)).write(' ');
    writer.write(template).write(corpus.separator(genre, rand));
  }
  return writer.done(`${corpus.name}-${genre}-${index}`);
}

/** Generates `count` texts of `corpus`; the same seed always gives the same texts. */
export function generateGenreCorpus<C>(corpus: GenreCorpus<C>, count: number, seed: number): GoldDocument[] {
  const rand = seededRandom(seed);
  const docs: GoldDocument[] = [];
  for (let i = 0; i < count; i++) {
    const faker = pick(rand, corpus.locales);
    faker.seed(int(rand, 1, 2 ** 30));
    docs.push(writeGenreText(corpus, rand, faker, i));
  }
  return docs;
}
