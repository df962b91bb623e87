import { deidentify } from '../anonymizer.js';
import { MAX_UNCERTAIN, leastSureKept } from './uncertain-tokens.js';

function uncertain(text: string): [string, string][] {
  return leastSureKept(text, deidentify(text).findings).map((u) => [text.slice(u.start, u.end), u.reason]);
}

describe(leastSureKept.name, () => {
  it('should point at a kept word that is also a name, written mid-sentence with a capital', () => {
    expect(uncertain('The patient and Hope went to the pharmacy.')).toContainEqual(['Hope', 'POSSIBLE_NAME']);
  });

  it('should point at initials, long numbers and unknown words, each once', () => {
    const found = uncertain('Asked per K. that 73021 be checked; zorblax zorblax again.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['K', 'INITIAL'],
        ['73021', 'LONG_NUMBER'],
        ['zorblax', 'UNKNOWN_WORD'],
      ]),
    );
    expect(found.filter(([w]) => w === 'zorblax')).toHaveLength(1);
  });

  it('should leave out what the engine removed and everyday words', () => {
    const found = uncertain('Dr. Whitfield saw the patient for chest pain, 10 mg daily.');
    expect(found.map(([w]) => w)).not.toContain('Whitfield');
    expect(found).toEqual([]);
  });

  it('should return at most the limit, in reading order', () => {
    const text = Array.from({ length: 40 }, (_, i) => `qx${String.fromCharCode(97 + (i % 26))}${i}zz`).join(
      ' ',
    );
    const found = leastSureKept(text, []);
    expect(found.length).toBe(MAX_UNCERTAIN);
    expect([...found].sort((a, b) => a.start - b.start)).toEqual(found);
  });
});
