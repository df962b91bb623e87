import type { Anonymizer } from '../anonymizer.js';
import type { PhiCategory } from '../phi-category.js';
import { CASINGS, inCasing, type Casing, type SuiteCorpus } from './corpora/suite.js';
import type { GoldDocument } from './gold.js';
import { TOKEN, newScore, scoreDocument, tokenPrecision, tokenRecall, type Score } from './scoring.js';

/** The score of one corpus in one casing. */
export interface SuiteCell {
  corpus: string;
  heldOut: boolean;
  casing: Casing;
  score: Score;
}

export function scoreCorpus(engine: Anonymizer, docs: readonly GoldDocument[]): Score {
  const score = newScore();
  for (const doc of docs) scoreDocument(score, doc, engine.deidentify(doc.text).findings);
  return score;
}

/** Scores every corpus in every casing. */
export function runSuite(engine: Anonymizer, corpora: readonly SuiteCorpus[]): SuiteCell[] {
  const cells: SuiteCell[] = [];
  for (const c of corpora) {
    for (const casing of CASINGS) {
      cells.push({
        corpus: c.name,
        heldOut: c.heldOut,
        casing,
        score: scoreCorpus(engine, inCasing(c.docs, casing)),
      });
    }
  }
  return cells;
}

const f4 = (x: number): string => x.toFixed(4);

/** The corpus x casing table: texts, gold tokens, token recall and precision, span recall. */
export function formatSuiteTable(cells: readonly SuiteCell[]): string {
  const rows = [
    '| Corpus | Casing | Texts | Gold tokens | Token recall | Token precision | Span recall |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const c of cells) {
    const o = c.score.overall;
    const spanRecall = o.goldSpans === 0 ? 1 : o.caughtSpans / o.goldSpans;
    rows.push(
      `| ${c.corpus} | ${c.casing} | ${c.score.documents} | ${o.goldTokens} | ${f4(tokenRecall(o))} | ${f4(tokenPrecision(o))} | ${f4(spanRecall)} |`,
    );
  }
  return rows.join('\n');
}

const MAIN_CATEGORIES: readonly PhiCategory[] = ['NAME', 'LOCATION', 'DATE', 'PHONE', 'AGE_OVER_89'];

/** Per category: recall / precision for each corpus and casing (other categories pooled as IDs). */
export function formatCategoryTable(cells: readonly SuiteCell[]): string {
  const head = ['Corpus', 'Casing', ...MAIN_CATEGORIES, 'other IDs'];
  const rows = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const c of cells) {
    const parts = MAIN_CATEGORIES.map((cat) => {
      const s = c.score.perCategory.get(cat);
      return s ? `${f4(tokenRecall(s))} / ${f4(tokenPrecision(s))}` : '-';
    });
    let gold = 0;
    let caught = 0;
    let predicted = 0;
    let tp = 0;
    for (const [cat, s] of c.score.perCategory) {
      if (MAIN_CATEGORIES.includes(cat)) continue;
      gold += s.goldTokens;
      caught += s.caughtTokens;
      predicted += s.predictedTokens;
      tp += s.truePositiveTokens;
    }
    const other =
      gold + predicted === 0
        ? '-'
        : `${f4(gold ? caught / gold : 1)} / ${f4(predicted ? tp / predicted : 1)}`;
    rows.push(`| ${c.corpus} | ${c.casing} | ${parts.join(' | ')} | ${other} |`);
  }
  return rows.join('\n');
}

/** Over-removal on text without identifiers: tokens removed, out of all tokens, and the most frequent. */
export interface OverRemoval {
  tokens: number;
  removed: number;
  top: [string, number][];
}

export function measureOverRemoval(
  engine: Anonymizer,
  docs: readonly GoldDocument[],
  topN = 25,
): OverRemoval {
  let tokens = 0;
  let removed = 0;
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const covered = new Uint8Array(doc.text.length);
    for (const f of engine.deidentify(doc.text).findings) covered.fill(1, f.start, f.end);
    for (const m of doc.text.matchAll(TOKEN)) {
      tokens++;
      if (covered[m.index] !== 1) continue;
      removed++;
      const key = m[0].toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, topN);
  return { tokens, removed, top };
}

export function formatOverRemoval(label: string, o: OverRemoval): string {
  const rate = o.tokens === 0 ? 0 : o.removed / o.tokens;
  const top = o.top.map(([w, n]) => `${w} (${n})`).join(', ');
  return `Over-removal on ${label}: ${o.removed} of ${o.tokens} tokens removed (${(rate * 100).toFixed(3)} %).\nMost frequent removed tokens: ${top}`;
}
