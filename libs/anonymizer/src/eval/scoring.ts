import { PHI_CATEGORIES, type PhiCategory } from '../phi-category.js';
import { mapLabel, type GoldDocument, type MappedLabel } from './gold.js';

/** A span proposed by a system under evaluation. */
export interface PredictedSpan {
  start: number;
  end: number;
  category: PhiCategory;
}

export interface CategoryScore {
  goldTokens: number;
  caughtTokens: number;
  predictedTokens: number;
  truePositiveTokens: number;
  goldSpans: number;
  caughtSpans: number;
}

export interface MissedSpan {
  id: string;
  category: PhiCategory;
  text: string;
}

export interface FalsePositive {
  id: string;
  category: PhiCategory;
  text: string;
  context: string;
}

export interface Score {
  perCategory: Map<PhiCategory, CategoryScore>;
  overall: CategoryScore;
  missed: MissedSpan[];
  falsePositives: FalsePositive[];
  documents: number;
}

/** A scoring token: a maximal run of letters or digits. */
export const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

function emptyScore(): CategoryScore {
  return {
    goldTokens: 0,
    caughtTokens: 0,
    predictedTokens: 0,
    truePositiveTokens: 0,
    goldSpans: 0,
    caughtSpans: 0,
  };
}

export function newScore(): Score {
  return { perCategory: new Map(), overall: emptyScore(), missed: [], falsePositives: [], documents: 0 };
}

function bucket(score: Score, category: PhiCategory): CategoryScore {
  let b = score.perCategory.get(category);
  if (!b) {
    b = emptyScore();
    score.perCategory.set(category, b);
  }
  return b;
}

/**
 * Scores one document. A token is a maximal run of letters or digits. A gold token is caught when
 * predictions cover every character of it; a predicted token is any token a prediction overlaps,
 * and it is a true positive when a (non-neutral) gold span overlaps it. Tokens under neutral gold
 * spans count neither way. A gold span is caught when all its tokens are.
 */
export function scoreDocument(score: Score, doc: GoldDocument, predicted: readonly PredictedSpan[]): void {
  const n = doc.text.length;
  score.documents++;
  const covered = new Uint8Array(n);
  const predictedCategory: (PhiCategory | undefined)[] = new Array<PhiCategory | undefined>(n);
  for (const p of predicted) {
    for (let i = Math.max(0, p.start); i < Math.min(n, p.end); i++) {
      covered[i] = 1;
      predictedCategory[i] = p.category;
    }
  }
  const goldAt: (MappedLabel | undefined)[] = new Array<MappedLabel | undefined>(n);
  const mapped = doc.spans.map((s) => ({ ...s, mapped: mapLabel(s.label, doc.text.slice(s.start, s.end)) }));
  // neutral first so that a real category wins where spans overlap
  for (const s of [...mapped].sort(
    (a, b) => (a.mapped === 'NEUTRAL' ? -1 : 0) - (b.mapped === 'NEUTRAL' ? -1 : 0),
  )) {
    for (let i = Math.max(0, s.start); i < Math.min(n, s.end); i++) goldAt[i] = s.mapped;
  }
  const tokens = [...doc.text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const tokenCaught = (t: { start: number; end: number }): boolean => {
    for (let i = t.start; i < t.end; i++) if (covered[i] !== 1) return false;
    return true;
  };
  for (const t of tokens) {
    let gold: MappedLabel | undefined;
    let anyPredicted: PhiCategory | undefined;
    for (let i = t.start; i < t.end; i++) {
      gold ??= goldAt[i];
      anyPredicted ??= predictedCategory[i];
    }
    if (gold === 'NEUTRAL') continue;
    if (gold !== undefined) {
      const b = bucket(score, gold);
      b.goldTokens++;
      score.overall.goldTokens++;
      if (tokenCaught(t)) {
        b.caughtTokens++;
        score.overall.caughtTokens++;
      }
    }
    if (anyPredicted !== undefined) {
      const b = bucket(score, anyPredicted);
      b.predictedTokens++;
      score.overall.predictedTokens++;
      if (gold !== undefined) {
        b.truePositiveTokens++;
        score.overall.truePositiveTokens++;
      } else {
        score.falsePositives.push({
          id: doc.id,
          category: anyPredicted,
          text: doc.text.slice(t.start, t.end),
          context:
            `${doc.text.slice(Math.max(0, t.start - 30), t.start)}⟦${doc.text.slice(t.start, t.end)}⟧${doc.text.slice(t.end, t.end + 20)}`.replace(
              /\s+/g,
              ' ',
            ),
        });
      }
    }
  }
  for (const s of mapped) {
    if (s.mapped === 'NEUTRAL') continue;
    const inside = tokens.filter((t) => t.start >= s.start && t.end <= s.end);
    if (inside.length === 0) continue;
    const b = bucket(score, s.mapped);
    b.goldSpans++;
    score.overall.goldSpans++;
    if (inside.every(tokenCaught)) {
      b.caughtSpans++;
      score.overall.caughtSpans++;
    } else {
      score.missed.push({ id: doc.id, category: s.mapped, text: doc.text.slice(s.start, s.end) });
    }
  }
}

function ratio(a: number, b: number): string {
  return b === 0 ? '   -  ' : (a / b).toFixed(4);
}

export function tokenRecall(s: CategoryScore): number {
  return s.goldTokens === 0 ? 1 : s.caughtTokens / s.goldTokens;
}

export function tokenPrecision(s: CategoryScore): number {
  return s.predictedTokens === 0 ? 1 : s.truePositiveTokens / s.predictedTokens;
}

/** A Markdown table: one row per category with gold or predicted tokens, then the overall row. */
export function formatScoreTable(title: string, score: Score): string {
  const rows: string[] = [
    `### ${title} (${score.documents} texts)`,
    '',
    '| Category | Gold tokens | Token recall | Predicted tokens | Token precision | Gold spans | Span recall | Missed spans |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const line = (name: string, s: CategoryScore, missed: number): string =>
    `| ${name} | ${s.goldTokens} | ${ratio(s.caughtTokens, s.goldTokens)} | ${s.predictedTokens} | ${ratio(s.truePositiveTokens, s.predictedTokens)} | ${s.goldSpans} | ${ratio(s.caughtSpans, s.goldSpans)} | ${missed} |`;
  for (const c of PHI_CATEGORIES) {
    const s = score.perCategory.get(c);
    if (!s) continue;
    rows.push(line(c, s, score.missed.filter((m) => m.category === c).length));
  }
  rows.push(line('**overall**', score.overall, score.missed.length));
  return rows.join('\n');
}
