import { readFileSync } from 'node:fs';
import { parseGoldLine, type GoldDocument } from '../gold.js';
import { NoteWriter, recase, seededRandom } from './compose.js';
import { generateCommunity } from './community.js';
import { generateHeldOut } from './heldout.js';
import { injectIdentifiers } from './inject.js';
import { generateNursingNotes } from './nursing.js';
import { generateVoices } from './voices.js';
import { heldOutFile } from './suite.js';

function spansMatch(doc: GoldDocument): boolean {
  return doc.spans.every(
    (s) =>
      s.start >= 0 &&
      s.end <= doc.text.length &&
      s.end > s.start &&
      doc.text.slice(s.start, s.end).trim() === doc.text.slice(s.start, s.end),
  );
}

describe('evaluation corpora', () => {
  it('should write each identifier at the offsets of its gold span, cased by the voice', () => {
    const writer = new NoteWriter('caps', seededRandom(1), (key) =>
      key === 'who' ? { value: 'Tanner', category: 'NAME' } : { value: key },
    );
    const doc = writer.write('as per {who} aware').done('x');
    expect(doc.text).toBe('AS PER TANNER AWARE');
    expect(doc.spans).toEqual([{ start: 7, end: 13, label: 'NAME' }]);
  });

  it('should give the same nursing notes for the same seed and other notes for another seed', () => {
    const a = generateNursingNotes(20, 5);
    expect(generateNursingNotes(20, 5)).toEqual(a);
    expect(generateNursingNotes(20, 6)).not.toEqual(a);
    expect(a.every(spansMatch)).toBe(true);
    expect(a.reduce((n, d) => n + d.spans.length, 0)).toBeGreaterThan(40);
  });

  it("should give the same clinicians' voices for the same seed, with ages over 89 and facilities marked", () => {
    const a = generateVoices(40, 7);
    expect(generateVoices(40, 7)).toEqual(a);
    expect(generateVoices(40, 8)).not.toEqual(a);
    expect(a.every(spansMatch)).toBe(true);
    const labels = new Set(a.flatMap((d) => d.spans.map((s) => s.label)));
    expect([...labels]).toEqual(expect.arrayContaining(['NAME', 'LOCATION', 'AGE_OVER_89', 'PHONE']));
    // the number of an age is the span, never the words around it
    for (const d of a)
      for (const s of d.spans)
        if (s.label === 'AGE_OVER_89') expect(d.text.slice(s.start, s.end)).toMatch(/^\d+$/);
  });

  it('should give the same community texts for the same seed, with ages over 89 in words and numbers', () => {
    const a = generateCommunity(60, 7);
    expect(generateCommunity(60, 7)).toEqual(a);
    expect(generateCommunity(60, 8)).not.toEqual(a);
    expect(a.every(spansMatch)).toBe(true);
    const labels = new Set(a.flatMap((d) => d.spans.map((s) => s.label)));
    expect([...labels]).toEqual(expect.arrayContaining(['NAME', 'LOCATION', 'AGE_OVER_89', 'PHONE', 'DATE']));
    const ages = a.flatMap((d) =>
      d.spans.filter((s) => s.label === 'AGE_OVER_89').map((s) => d.text.slice(s.start, s.end)),
    );
    expect(ages.some((t) => /^\d+$/.test(t))).toBe(true);
    expect(ages.some((t) => /[a-z]/i.test(t))).toBe(true);
  });

  it('should keep the host text and its spans when injecting identifiers', () => {
    const host: GoldDocument = {
      id: 'h',
      text: 'Seen by Dr. Kumar today. She has asthma. Plan as below.',
      spans: [{ start: 12, end: 17, label: 'NAME' }],
    };
    const [out] = injectIdentifiers([host], 3);
    expect(out).toBeDefined();
    const doc = out;
    expect(doc.spans.length).toBeGreaterThan(1);
    expect(doc.spans.some((s) => doc.text.slice(s.start, s.end) === 'Kumar')).toBe(true);
    expect(doc.text).toContain('She has asthma.');
    expect(spansMatch(doc)).toBe(true);
  });

  it('should leave out a text whose length re-casing changes', () => {
    expect(recase({ id: 'a', text: 'Straße', spans: [] }, 'upper')).toBeUndefined();
    expect(recase({ id: 'a', text: 'Mr Tan', spans: [] }, 'lower')?.text).toBe('mr tan');
  });

  it('should match the committed held-out corpus to its generator', () => {
    const committed = readFileSync(heldOutFile(), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => parseGoldLine(l));
    const generated = generateHeldOut();
    expect(committed.length).toBe(generated.length);
    expect(committed.map((d) => d.text)).toEqual(generated.map((d) => d.text));
    expect(committed.map((d) => d.spans)).toEqual(generated.map((d) => d.spans));
  });
});
