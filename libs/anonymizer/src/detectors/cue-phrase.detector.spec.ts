import { deidentify } from '../index.js';

const cased = (t: string): string[] => [t, t.toLowerCase(), t.toUpperCase()];
const removed = (t: string): string[] => deidentify(t).findings.map((f) => t.slice(f.start, f.end));

describe('names after titles, roles and hand-off phrases, in any casing', () => {
  it('should remove the name after a title, even an eponym or a word written in lower case', () => {
    expect(removed('f/u w/ Dr. pettigrew in 2 wks')).toEqual(['pettigrew']);
    expect(removed('Seen by Dr. Wolff today.')).toEqual(['Wolff']);
  });

  it('should remove a colleague named in a hand-off, and keep the roles', () => {
    for (const t of cased(
      'Report received from marisol RN. Gave report to grace. Covering MD R. Ondaatje aware.',
    ))
      expect(removed(t).map((s) => s.toLowerCase())).toEqual(['marisol', 'grace', 'r. ondaatje']);
    for (const t of cased(
      'Report to charge nurse. As per protocol, hold feeds. Case mgmt (Okwuosa) following.',
    ))
      expect(removed(t).map((s) => s.toLowerCase())).toEqual(['okwuosa']);
  });
});

describe('places after residence verbs, saints and moves', () => {
  it('should remove the town after "lives in" and keep ordinary words', () => {
    for (const t of cased('She lives in Quimperlé with her son; he lives in town.'))
      expect(removed(t).map((s) => s.toLowerCase())).toEqual(['quimperlé']);
  });

  it("should remove a saint's hospital and a ward before its number", () => {
    expect(removed("Transferred from St. Aldric's ED to Fennimore 7 overnight.")).toEqual([
      "St. Aldric's",
      'Fennimore',
    ]);
    const kept = deidentify('transferred to floor 4, then advanced to grade 2 diet');
    expect(kept.findings.filter((f) => f.category === 'LOCATION')).toEqual([]);
  });

  it('should remove an unknown facility acronym and keep ward and care-document acronyms', () => {
    expect(removed('PMH per QWTR records. Seen at BRMZ last year.')).toEqual(['QWTR', 'BRMZ']);
    for (const t of ['DNR per MOLST, came from ED, back to ICU, seen at OSH.'])
      expect(removed(t)).toEqual([]);
  });
});

describe('the patient named by role, towns before a facility and initials', () => {
  it('should remove the name after "pt" and keep the verbs after it', () => {
    expect(removed('Pt Rosalind Okereke resting in bed; pt resting; patient states pain.')).toEqual([
      'Rosalind Okereke',
    ]);
  });

  it('should remove a town before a facility word and keep a specialty', () => {
    expect(removed('Follow up in the Quimperlé clinic; seen in the cardiology clinic.')).toEqual([
      'Quimperlé',
    ]);
  });

  it('should remove an initial and an unknown surname, and keep an organism', () => {
    for (const t of ['t. vandersloot aware of k 3.1.', 'T. VANDERSLOOT AWARE OF K 3.1.'])
      expect(removed(t).map((s) => s.toLowerCase())).toEqual(['t. vandersloot']);
    expect(removed('E. coli and H. pylori negative.')).toEqual([]);
  });
});
