import { Anonymizer, InputTooLargeError, PHI_CATEGORIES, deidentify, summarize } from './index.js';
import { applyFindings } from './anonymizer.js';

describe(Anonymizer.name, () => {
  it('should export the eighteen contract categories in contract order', () => {
    expect(PHI_CATEGORIES).toEqual([
      'NAME',
      'LOCATION',
      'DATE',
      'AGE_OVER_89',
      'PHONE',
      'FAX',
      'EMAIL',
      'SSN',
      'MRN',
      'HEALTH_PLAN_ID',
      'ACCOUNT_NUMBER',
      'LICENSE_NUMBER',
      'VEHICLE_ID',
      'DEVICE_ID',
      'URL',
      'IP_ADDRESS',
      'BIOMETRIC_ID',
      'OTHER_ID',
    ]);
  });

  it('should return findings sorted, disjoint and indexing the input', () => {
    const input =
      'Mr. Jonas Whitfield (MRN 00482913) was seen 03/14/2024 at Mercy Regional in Ottumwa, IA 52501.';
    const { text, findings } = deidentify(input);
    for (let i = 1; i < findings.length; i++)
      expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
    expect(applyFindings(input, findings)).toBe(text);
    expect(text).not.toContain('Whitfield');
    expect(text).not.toContain('00482913');
    expect(text).not.toContain('Ottumwa');
    expect(text).toContain('[ZIP 525]');
  });

  it('should leave text without identifiers unchanged', () => {
    const input = 'Started apixaban 2.5 mg BID; HR 84, BP 104/62, Cr 1.7 mg/dL, eGFR 36. CHA2DS2-VASc 3.';
    expect(deidentify(input)).toEqual({ text: input, findings: [] });
  });

  it('should throw InputTooLargeError without echoing the input', () => {
    const engine = new Anonymizer({ maxInputLength: 20 });
    const secret = 'Patient Jonas Whitfield has a long note';
    let caught: unknown;
    try {
      engine.deidentify(secret);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputTooLargeError);
    const err = caught as InputTooLargeError;
    expect(err.maxInputLength).toBe(20);
    expect(err.message).not.toContain('Whitfield');
    expect(err.message).toContain('20');
  });

  it('should accept input exactly at the maximum length', () => {
    expect(() => new Anonymizer({ maxInputLength: 5 }).deidentify('hello')).not.toThrow();
  });

  it('should replace a restricted three-digit ZIP area with 000', () => {
    const { text } = deidentify('Lives at 12 Oak St, Cheyenne, WY 82001.', { restrictedZip3: ['820'] });
    expect(text).toContain('[ZIP 000]');
    expect(text).not.toContain('820');
  });

  it('should be deterministic across instances', () => {
    const input = 'Dr. Fosse saw Kayleigh on 3/14 and again on 3/20; call 641-555-0142.';
    expect(new Anonymizer().deidentify(input)).toEqual(new Anonymizer().deidentify(input));
  });
});

describe(summarize.name, () => {
  it('should count findings and list categories sorted and unique', () => {
    const { findings } = deidentify('Dr. Fosse, Dr. Raman and Kayleigh; call 641-555-0142 on 3/14/2024.');
    const summary = summarize(findings);
    expect(summary.findingCount).toBe(findings.length);
    expect(summary.categories).toEqual(['DATE', 'NAME', 'PHONE']);
  });

  it('should summarise no findings as zero and no categories', () => {
    expect(summarize([])).toEqual({ findingCount: 0, categories: [] });
  });
});

describe('engine output', () => {
  it('should leave nothing to replace when run through the engine again', () => {
    const out = deidentify('Seen by Dr. Wilson on 3/14/2024 for Wilson disease.').text;
    expect(deidentify(out).findings).toEqual([]);
  });

  it('should still find what raw text holds', () => {
    expect(deidentify('call 641-555-0142').findings).not.toEqual([]);
  });
});
