import { deidentify } from '../index.js';

const cased = (t: string): string[] => [t, t.toLowerCase(), t.toUpperCase()];

describe('addresses after their label, in any country and casing', () => {
  it('should remove the whole address up to the end of its clause', () => {
    for (const t of cased('Address: 18 Rue des Tanneurs, Colmar 68000. Denies smoking.'))
      expect(deidentify(t).text.toLowerCase()).toBe('address: [location]. denies smoking.');
    for (const t of cased('Home address on file Lindenstr. 7a, Kleve 47533; lives alone.'))
      expect(deidentify(t).text.toLowerCase()).toBe('home address on file [location]; lives alone.');
    expect(deidentify('She lives at 41 Quarry Brae, Dunmore.').text).toBe('She lives at [LOCATION].');
  });

  it('should keep the verb "address" and a label with no address after it', () => {
    const t = 'Will address pain with PCP. Address: see chart.';
    expect(deidentify(t).findings).toEqual([]);
  });

  it('should take a street after a dwelling or a trip, to the end of the address, and keep times and wards', () => {
    expect(deidentify('Medic 3 dispatched to Flachbergstraße 71b, Linz for a fall.').text).toBe(
      'Medic 3 dispatched to [LOCATION] for a fall.',
    );
    expect(deidentify('home at Krivá 85, Sabinov 48971. APS referral').text).toBe(
      'home at [LOCATION]. APS referral',
    );
    expect(deidentify('home at 229 Susan Terrace, Dharan 20686.').text).toBe('home at [LOCATION].');
    for (const t of ['dispatched to 3 west for a fall', 'sent home at 5 pm', 'home at 1400 with family'])
      expect(deidentify(t).text).toBe(t);
  });
});
