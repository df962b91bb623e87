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
