import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDirectory } from './data-directory.js';

/** Bit flags of {@link WordEntry}. */
export const WORD_FLAG = {
  firstName: 1,
  surname: 2,
  otherName: 4,
  medical: 8,
  city: 16,
  cityFirstWord: 32,
  healthSystemFirstWord: 64,
  /** First word of a town name of several words ("sioux" of "Sioux Falls"). */
  cityMultiFirstWord: 128,
  /** A later word of a town name of several words ("falls" of "Sioux Falls"). */
  cityLaterWord: 256,
} as const;

/** Everything the lexicons say about one lower-case word, so a word costs one lookup. */
export interface WordEntry {
  flags: number;
  /** SUBTLEX-US count when the word is usually written in lower case, else 0. */
  common: number;
  /** Census frequency rank as a surname, else 0. */
  surnameRank: number;
}

/** All lexicons, keyed by lower-cased form. Loaded once, on first use, and kept in memory. */
export interface Lexicons {
  /** One entry per known word, merging all the lists below. */
  words: ReadonlyMap<string, WordEntry>;
  /** Given names, lower case. */
  firstNames: ReadonlySet<string>;
  /** Surnames, lower case, with their census frequency rank (1 = most common). */
  surnames: ReadonlyMap<string, number>;
  /** Other person names (given or family) from a names dictionary. */
  otherNames: ReadonlySet<string>;
  /** Words whose usual spelling is lower case, with their SUBTLEX-US counts. */
  commonWords: ReadonlyMap<string, number>;
  /** US city and town names, lower case, to the set of state codes that have one. */
  cities: ReadonlyMap<string, ReadonlySet<string>>;
  /** First word of every city name, to skip words that cannot start one. */
  cityFirstWords: ReadonlySet<string>;
  /** First word of every health-system name, lower case. */
  healthSystemFirstWords: ReadonlySet<string>;
  /** Longest city name, in words. */
  maxCityWords: number;
  /** Protected medical vocabulary, lower case. */
  medical: ReadonlySet<string>;
  /** Health-system brand names, as written (acronyms) and lower-cased. */
  healthSystems: ReadonlySet<string>;
  /** Health-system names written in capitals ("UAMS"), matched in that case only. */
  healthSystemAcronyms: ReadonlySet<string>;
  /** Other health-system names, lower case, matched case-insensitively. */
  healthSystemNames: ReadonlySet<string>;
  maxHealthSystemWords: number;
  /** English dictionary words of three letters or more, lower case (`word-list`). */
  dictionary: ReadonlySet<string>;
  /** Clinical abbreviations a short field may hold alone ("copd", "stemi"), lower case. */
  clinicalAbbreviations: ReadonlySet<string>;
}

const WORD_SEPARATOR = /[\s.,'’]/;

/** The patterns lexicon loading runs, for the ReDoS test. */
export const LEXICON_PATTERNS: readonly RegExp[] = [WORD_SEPARATOR];

let loaded: Lexicons | undefined;

function lines(file: string): string[] {
  const text = readFileSync(join(findDataDirectory(), file), 'utf8');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) out.push(line);
  }
  return out;
}

function load(): Lexicons {
  const firstNames = new Set<string>();
  for (const n of lines('first-names.txt')) firstNames.add(n.toLowerCase());
  for (const n of lines('modern-first-names.txt')) firstNames.add(n.toLowerCase());
  const surnames = new Map<string, number>();
  lines('surnames.txt').forEach((n, i) => {
    const key = n.toLowerCase();
    if (!surnames.has(key)) surnames.set(key, i + 1);
  });
  const otherNames = new Set(lines('other-names.txt').map((n) => n.toLowerCase()));
  const commonWords = new Map<string, number>();
  for (const line of lines('common-words.tsv')) {
    const [word, count] = line.split('\t');
    if (word !== undefined) commonWords.set(word, Number(count ?? 0));
  }
  const cities = new Map<string, Set<string>>();
  let maxCityWords = 1;
  for (const line of lines('us-cities.tsv')) {
    const [name, states] = line.split('\t');
    if (name === undefined) continue;
    const key = name.toLowerCase();
    cities.set(key, new Set((states ?? '').split(',')));
    maxCityWords = Math.max(maxCityWords, key.split(' ').length);
  }
  const cityFirstWords = new Set<string>();
  for (const key of cities.keys()) cityFirstWords.add(key.split(' ')[0] ?? key);
  const medical = new Set<string>();
  for (const term of lines('medical-terms.txt')) medical.add(term.toLowerCase());
  const healthSystems = new Set<string>();
  const healthSystemAcronyms = new Set<string>();
  const healthSystemNames = new Set<string>();
  let maxHealthSystemWords = 1;
  for (const name of lines('health-systems.txt')) {
    healthSystems.add(name);
    healthSystems.add(name.toLowerCase());
    if (name === name.toUpperCase()) healthSystemAcronyms.add(name);
    else healthSystemNames.add(name.toLowerCase());
    maxHealthSystemWords = Math.max(maxHealthSystemWords, name.split(' ').length);
  }
  const healthSystemFirstWords = new Set<string>();
  for (const name of healthSystems)
    healthSystemFirstWords.add((name.split(WORD_SEPARATOR)[0] ?? name).toLowerCase());
  const words = new Map<string, WordEntry>();
  const entry = (word: string): WordEntry => {
    let e = words.get(word);
    if (!e) {
      e = { flags: 0, common: 0, surnameRank: 0 };
      words.set(word, e);
    }
    return e;
  };
  for (const w of firstNames) entry(w).flags |= WORD_FLAG.firstName;
  for (const [w, rank] of surnames) {
    const e = entry(w);
    e.flags |= WORD_FLAG.surname;
    e.surnameRank = rank;
  }
  for (const w of otherNames) entry(w).flags |= WORD_FLAG.otherName;
  for (const w of medical) entry(w).flags |= WORD_FLAG.medical;
  for (const w of cities.keys()) entry(w).flags |= WORD_FLAG.city;
  for (const w of cityFirstWords) entry(w).flags |= WORD_FLAG.cityFirstWord;
  for (const name of cities.keys()) {
    const parts = name.split(' ');
    if (parts.length < 2) continue;
    parts.forEach(
      (w, k) => (entry(w).flags |= k === 0 ? WORD_FLAG.cityMultiFirstWord : WORD_FLAG.cityLaterWord),
    );
  }
  for (const w of healthSystemFirstWords) entry(w).flags |= WORD_FLAG.healthSystemFirstWord;
  for (const [w, count] of commonWords) entry(w).common = count;

  return {
    words,
    firstNames,
    surnames,
    otherNames,
    commonWords,
    cities,
    cityFirstWords,
    healthSystemFirstWords,
    maxCityWords: Math.min(maxCityWords, 4),
    medical,
    healthSystems,
    healthSystemAcronyms,
    healthSystemNames,
    maxHealthSystemWords,
    dictionary: new Set(lines('english-words.txt')),
    clinicalAbbreviations: new Set(lines('clinical-abbreviations.txt').map((w) => w.toLowerCase())),
  };
}

/** The shared lexicons, loaded from `libs/anonymizer/data` on first call. */
export function lexicons(): Lexicons {
  loaded ??= load();
  return loaded;
}
