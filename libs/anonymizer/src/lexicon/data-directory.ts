import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * Locates `libs/anonymizer/data`, both from the TypeScript sources (tests) and from the compiled
 * `dist/` tree, which does not copy data files. `CURBSIDE_ANONYMIZER_DATA` overrides it (for a
 * deployment that ships the data elsewhere).
 */
export function findDataDirectory(): string {
  if (cached !== undefined) return cached;
  const override = process.env['CURBSIDE_ANONYMIZER_DATA'];
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    ...(override ? [override] : []),
    join(here, '..', '..', 'data'),
    join(here, '..', '..', '..', 'data'),
    here.replace(`${sep}dist${sep}libs${sep}`, `${sep}libs${sep}`).replace(/[\\/]src[\\/].*$/, `${sep}data`),
  ];
  for (const candidate of candidates) {
    if (existsSync(join(candidate, 'medical-terms.txt'))) {
      cached = candidate;
      return candidate;
    }
  }
  throw new Error('anonymizer: lexicon data directory not found');
}
