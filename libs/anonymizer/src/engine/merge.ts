import type { Candidate } from './candidate.js';

/**
 * Resolves overlaps: the highest priority wins, then the longer span, then the earlier one.
 * Candidates touching a locked range (a replacement tag already in the text) are dropped, which
 * keeps the engine idempotent. Linear in the text length plus n log n in the candidates.
 */
export function mergeCandidates(candidates: readonly Candidate[], textLength: number, locked: Uint8Array): Candidate[] {
  const order = candidates
    .filter((c) => c.start >= 0 && c.end <= textLength && c.end > c.start)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const accepted: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i] === 1 || locked[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
