import fc from 'fast-check';
import { Anonymizer, InputTooLargeError, PHI_CATEGORIES, deidentify } from './index.js';
import { applyFindings } from './anonymizer.js';

const clinical = fc.constantFrom(
  'Dr. Wilson',
  'Wilson disease',
  'Kayleigh',
  'daughter',
  'Mr.',
  'MRN',
  '00482913',
  '3/14',
  '03/14/2024',
  'March 14',
  '94 y/o',
  'Glasgow',
  'Glasgow, MT',
  'Coma Scale',
  ', IA 52501',
  '641-555-0142',
  'fax',
  'a@b.org',
  'https://x.io/a',
  '10.0.0.1',
  '::1',
  'SSN',
  '481-09-3372',
  'serial',
  'TS1129847',
  'room',
  '12',
  'POD 2',
  'the 19th',
  '[NAME]',
  '[day +3]',
  '90+',
  'St.',
  'Hospital',
  'County',
  ' ',
  '\n',
  ',',
  '.',
  '(',
  ')',
  '"',
  "'s",
  'É',
  '\uD800',
  '\uDC00',
  '😀',
);
const clinicalText = fc.array(clinical, { maxLength: 40 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  clinicalText,
);

describe('properties of deidentify', () => {
  it('should never throw on any string within the size limit', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        deidentify(text);
      }),
      { numRuns: 400 },
    );
  });

  it('should be idempotent: de-identifying its own output changes nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = deidentify(text).text;
        expect(deidentify(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('should return sorted, disjoint, in-bounds findings that rebuild the output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: out, findings } = deidentify(text);
        let at = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(at);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(PHI_CATEGORIES).toContain(f.category);
          at = f.end;
        }
        expect(applyFindings(text, findings)).toBe(out);
      }),
      { numRuns: 300 },
    );
  });

  it('should be deterministic', () => {
    fc.assert(
      fc.property(clinicalText, (text) => {
        expect(new Anonymizer().deidentify(text)).toEqual(deidentify(text));
      }),
      { numRuns: 100 },
    );
  });

  it('should throw only InputTooLargeError past the limit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 11, maxLength: 50 }), (text) => {
        expect(() => new Anonymizer({ maxInputLength: 10 }).deidentify(text)).toThrow(InputTooLargeError);
      }),
      { numRuns: 50 },
    );
  });

  it('should handle a large adversarial input in linear time', () => {
    const pieces = ['1', 'a', '-', '.', ' ', '@', 'A', '/'];
    let text = '';
    for (let i = 0; text.length < 90_000; i++) text += pieces[i % pieces.length].repeat(1 + (i % 7));
    const started = performance.now();
    deidentify(text);
    deidentify('1-'.repeat(45_000));
    deidentify('Aa '.repeat(30_000));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
