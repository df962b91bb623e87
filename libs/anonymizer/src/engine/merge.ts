import type { Candidate } from './candidate.js';

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0
  );
}

/**
 * The part of a name or place candidate left free by the spans already taken, trimmed to whole
 * words: "Dr. Wilson Glasgow" losing "Glasgow" to a place keeps "Wilson". Without this the
 * leftover would be found on a second pass, and the engine would not be idempotent.
 */
function freePart(c: Candidate, text: string, blocked: (i: number) => boolean): Candidate | undefined {
  let i = c.start;
  while (i < c.end) {
    while (i < c.end && blocked(i)) i++;
    let j = i;
    while (j < c.end && !blocked(j)) j++;
    let s = i;
    let e = j;
    while (s < e && !isWordChar(text.charCodeAt(s))) s++;
    while (e > s && !isWordChar(text.charCodeAt(e - 1))) e--;
    const clean = s > 0 ? !isWordChar(text.charCodeAt(s - 1)) : true;
    const cleanEnd = e < text.length ? !isWordChar(text.charCodeAt(e)) : true;
    // a capital letter alone is kept too ("daughter É" of "daughter É Glasgow, MT"): a second pass,
    // seeing the place's tag, finds it as an initial
    const initial = e - s === 1 && text[s] !== text[s]?.toLowerCase();
    if ((e - s >= 2 || initial) && clean && cleanEnd) return { ...c, start: s, end: e };
    i = j;
  }
  return undefined;
}

/** The positions taken by accepted candidates, reused from call to call. */
let takenBuffer = new Uint8Array(4096);

/**
 * Resolves overlaps: the highest priority wins, then the longer span, then the earlier one.
 * Candidates touching a locked range (a replacement tag already in the text) are dropped, which
 * keeps the engine idempotent. Linear in the text length plus n log n in the candidates.
 */
export function mergeCandidates(
  candidates: readonly Candidate[],
  text: string,
  locked: Uint8Array,
): Candidate[] {
  const textLength = text.length;
  const order = candidates
    .filter((c) => c.start >= 0 && c.end <= textLength && c.end > c.start)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // one buffer for all calls (merging never runs re-entrantly), cleared for this text
  if (takenBuffer.length < textLength)
    takenBuffer = new Uint8Array(Math.max(textLength, takenBuffer.length * 2));
  const taken = takenBuffer;
  taken.fill(0, 0, textLength);
  const blocked = (i: number): boolean => taken[i] === 1 || locked[i] === 1;
  const accepted: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (blocked(i)) {
        free = false;
        break;
      }
    }
    let chosen: Candidate | undefined = c;
    if (!free)
      chosen = c.category === 'NAME' || c.category === 'LOCATION' ? freePart(c, text, blocked) : undefined;
    if (!chosen) continue;
    taken.fill(1, chosen.start, chosen.end);
    accepted.push(chosen);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
