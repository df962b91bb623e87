import { deidentify } from '../index.js';

const places = (text: string): string[] =>
  deidentify(text)
    .findings.filter((f) => f.category === 'LOCATION')
    .map((f) => text.slice(f.start, f.end));

describe('places', () => {
  it('should replace a town followed by its state and keep the state', () => {
    expect(deidentify('NP in Valentine, NE. Snowing.').text).toBe('NP in [LOCATION], NE. Snowing.');
  });

  it('should replace a hospital name with [LOCATION]', () => {
    expect(places('She was taken to Keokuk Area Hospital by ground.')).toEqual(['Keokuk Area Hospital']);
  });

  it('should replace a health-system name used alone', () => {
    expect(places('Transferred to UAMS, then to Mayo Clinic.')).toEqual(['UAMS', 'Mayo Clinic']);
  });

  it('should replace a known town after a locative word', () => {
    expect(places('Kayleigh lives 15 minutes away in Agency and checks on him.')).toEqual(['Agency']);
  });

  it('should replace a county with [LOCATION]', () => {
    expect(places('Clinic in Arvin, Kern County.')).toEqual(['Arvin', 'Kern County']);
  });

  it('should replace a street address and keep three ZIP digits', () => {
    const { text } = deidentify('Home: 1107 Military Ave, Baxter Springs, KS 66713.');
    expect(text).toBe('Home: [LOCATION], [LOCATION], KS [ZIP 667].');
  });

  it('should replace a street named without a number and a practice named after a place', () => {
    expect(places('Works at a garage on Main Street; followed at Black Hills Pulmonary.')).toEqual([
      'Main Street',
      'Black Hills Pulmonary',
    ]);
  });

  it('should keep a specialty named after a signature', () => {
    expect(places('Rafael Montoya, MD, Child Neurology')).toEqual([]);
  });

  it('should keep a state or country alone', () => {
    expect(deidentify('Licensed in Iowa and Minnesota; trained in Canada.').findings).toEqual([]);
  });

  it('should keep the Glasgow Coma Scale while removing Glasgow, Montana', () => {
    const { text } = deidentify('NP in Glasgow, MT. The Glasgow Coma Scale was 15.');
    expect(text).toBe('NP in [LOCATION], MT. The Glasgow Coma Scale was 15.');
  });
});

describe('places in notes without casing', () => {
  const text = (t: string): string => deidentify(t).text;

  it('should keep a scale named after a town and remove the town after a locative word', () => {
    expect(text('glasgow coma scale 14 on arrival, pupils equal.')).toBe(
      'glasgow coma scale 14 on arrival, pupils equal.',
    );
    expect(text('gcs 14. transferred from glasgow, mt by ground.')).toBe(
      'gcs 14. transferred from [LOCATION], mt by ground.',
    );
  });

  it('should replace a facility from its first distinctive word and keep generic ones', () => {
    expect(places('transfer to keokuk area hospital, then to the university of iowa hospitals.')).toEqual([
      'keokuk area hospital',
      'university of iowa hospitals',
    ]);
    expect(text("i'm an np at a critical access hospital in valentine, ne.")).toBe(
      "i'm an np at a critical access hospital in [LOCATION], ne.",
    );
    expect(text('seen in our clinic at logan regional medical center for dyspnea.')).toBe(
      'seen in our clinic at [LOCATION] for dyspnea.',
    );
    expect(text('SHE WORKS AT A POULTRY PROCESSING PLANT. TRANSFER TO AN EP CENTER TONIGHT?')).toBe(
      'SHE WORKS AT A POULTRY PROCESSING PLANT. TRANSFER TO AN EP CENTER TONIGHT?',
    );
  });

  it('should replace a town of several words and keep a lone unknown word', () => {
    expect(places('she moved to sioux falls last year; previously lived in salt lake city.')).toEqual([
      'sioux falls',
      'salt lake city',
    ]);
    expect(text('sunken fontanelle, dry mucosa.')).toBe('sunken fontanelle, dry mucosa.');
    expect(text('she lives alone in hazard; happy at home. he wanted to bend the knee.')).toBe(
      'she lives alone in [LOCATION]; happy at home. he wanted to bend the knee.',
    );
  });

  it('should not take a duration before a street word for an address', () => {
    expect(text('he drives 40 minutes each way to a fabrication shop.')).toBe(
      'he drives 40 minutes each way to a fabrication shop.',
    );
    expect(text('LAST 30–60 MINUTES OF THE RUN ON HEMODIALYSIS.')).toBe(
      'LAST 30–60 MINUTES OF THE RUN ON HEMODIALYSIS.',
    );
  });
});

describe('health systems and repeated towns in notes without casing', () => {
  const text = (t: string): string => deidentify(t).text;

  it('should replace a health-system acronym typed in lower case but keep an ordinary word', () => {
    expect(text('we sent him to uams, then ummc; no pork chop for dinner.')).toBe(
      'we sent him to [LOCATION], then [LOCATION]; no pork chop for dinner.',
    );
  });

  it('should extend a brand with the name after it', () => {
    expect(places('hemiarthroplasty at avera mckennan last spring, rehab went well.')).toEqual([
      'avera mckennan',
    ]);
  });

  it('should replace every mention of a town found once after a locative word', () => {
    expect(text('implanted in bangor last year. the bangor team refills it.')).toBe(
      'implanted in [LOCATION] last year. the [LOCATION] team refills it.',
    );
    expect(text('the program is in denver (waitlist). denver shunt was discussed.')).toBe(
      'the program is in [LOCATION] (waitlist). denver shunt was discussed.',
    );
  });
});
