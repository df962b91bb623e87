import type { Candidate } from './candidate.js';
import { deidentify } from '../index.js';
import { mergeCandidates } from './merge.js';

const c = (start: number, end: number, category: Candidate['category'], priority: number): Candidate => ({
  start,
  end,
  category,
  priority,
});

describe(mergeCandidates.name, () => {
  it('should keep the higher priority where candidates overlap and sort by start', () => {
    const text = 'call 641-555-0142 now';
    const merged = mergeCandidates(
      [c(5, 17, 'OTHER_ID', 40), c(5, 17, 'PHONE', 98)],
      text,
      new Uint8Array(text.length),
    );
    expect(merged).toEqual([c(5, 17, 'PHONE', 98)]);
  });

  it('should keep the free whole words of a name that lost part of its span', () => {
    const text = 'Dr. Wilson Glasgow, MT';
    const merged = mergeCandidates(
      [c(4, 18, 'NAME', 64), c(11, 18, 'LOCATION', 70)],
      text,
      new Uint8Array(text.length),
    );
    expect(merged.map((m) => text.slice(m.start, m.end))).toEqual(['Wilson', 'Glasgow']);
  });

  it('should drop candidates that touch a locked replacement tag', () => {
    const text = '[NAME] Smith';
    const locked = new Uint8Array(text.length).fill(1, 0, 6);
    expect(mergeCandidates([c(1, 5, 'NAME', 50)], text, locked)).toEqual([]);
  });
});

describe('a capital letter left of a losing name', () => {
  it('should keep it as a name so that a second pass changes nothing', () => {
    const once = deidentify('daughter É Glasgow, MT').text;
    expect(once).toBe('daughter [NAME] [LOCATION], MT');
    expect(deidentify(once).text).toBe(once);
  });
});
