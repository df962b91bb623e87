import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deidentify } from '../index.js';
import { findDataDirectory } from '../lexicon/data-directory.js';
import { parseGoldLine } from './gold.js';
import { newScore, scoreDocument, tokenPrecision, tokenRecall } from './scoring.js';

/**
 * Floors on the committed synthetic set (libs/anonymizer/data/synthetic-eval.jsonl). A change that
 * loses recall or precision below these fails here; raise them as the engine improves.
 */
const FLOORS = {
  overallRecall: 0.99,
  overallPrecision: 0.99,
  perCategoryRecall: {
    NAME: 0.98,
    LOCATION: 0.98,
    DATE: 0.99,
    AGE_OVER_89: 0.95,
    PHONE: 1,
    FAX: 1,
    EMAIL: 1,
    SSN: 1,
    MRN: 1,
    HEALTH_PLAN_ID: 1,
    VEHICLE_ID: 0.95,
    DEVICE_ID: 1,
    URL: 1,
    IP_ADDRESS: 1,
    OTHER_ID: 1,
  },
} as const;

describe('regression on the synthetic evaluation set', () => {
  const lines = readFileSync(join(findDataDirectory(), 'synthetic-eval.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const score = newScore();
  for (const line of lines) {
    const doc = parseGoldLine(line);
    scoreDocument(score, doc, deidentify(doc.text).findings);
  }

  it('should hold a few hundred texts', () => {
    expect(score.documents).toBeGreaterThanOrEqual(200);
  });

  it(`should keep overall token recall at or above ${FLOORS.overallRecall}`, () => {
    expect(tokenRecall(score.overall)).toBeGreaterThanOrEqual(FLOORS.overallRecall);
  });

  it(`should keep overall token precision at or above ${FLOORS.overallPrecision}`, () => {
    expect(tokenPrecision(score.overall)).toBeGreaterThanOrEqual(FLOORS.overallPrecision);
  });

  it('should stay idempotent on every text of the set', () => {
    for (const line of lines) {
      const once = deidentify(parseGoldLine(line).text).text;
      expect(deidentify(once).text).toBe(once);
    }
  });

  it.each(Object.entries(FLOORS.perCategoryRecall))(
    'should keep %s token recall at or above %d',
    (category, floor) => {
      const s = [...score.perCategory.entries()].find(([c]) => c === category)?.[1];
      expect(s).toBeDefined();
      expect(tokenRecall(s!)).toBeGreaterThanOrEqual(floor);
    },
  );
});
