import { deidentify } from '../index.js';

const names = (text: string): string[] =>
  deidentify(text)
    .findings.filter((f) => f.category === 'NAME')
    .map((f) => text.slice(f.start, f.end));

describe('names', () => {
  it('should replace a name after a title with [NAME]', () => {
    expect(deidentify('His PCP, Dr. Alan Fosse, is nervous.').text).toBe('His PCP, Dr. [NAME], is nervous.');
  });

  it('should replace a name after a title in a short text typed in lower case, eponyms included', () => {
    expect(deidentify('mrs. theodora vandermeulen').text).toBe('mrs. [NAME]');
    expect(deidentify('seen by dr. jones today').text).toBe('seen by dr. [NAME] today');
    expect(deidentify('mr. smith').text).toBe('mr. [NAME]');
  });

  it('should keep an eponym after a title when a disease word follows it', () => {
    expect(deidentify('ruled out dr. wilson disease work-up').text).not.toContain('[NAME] disease');
    expect(deidentify('wilson disease').text).toBe('wilson disease');
  });

  it('should replace relatives named after their relation', () => {
    expect(names('per his daughter Kayleigh, who fills his pillbox; mom (Shayla) agrees')).toEqual([
      'Kayleigh',
      'Shayla',
    ]);
  });

  it('should replace a clinician named before a credential', () => {
    expect(names('Thanks in advance —\nPriya Raman, DO')).toEqual(['Priya Raman']);
  });

  it('should replace a patient introduced with an age', () => {
    expect(names('Shandiin Begay, 27, G3P2002, presents with fever.')).toEqual(['Shandiin Begay']);
  });

  it('should replace a full name found through the name lexicons', () => {
    expect(names('We discussed it with Mark Delacroix this morning.')).toEqual(['Mark Delacroix']);
  });

  it('should replace every later mention of a name it found once', () => {
    expect(names("Dr. Quintero agreed. Quintero's letter came later.")).toEqual(['Quintero', 'Quintero']);
  });

  it('should keep eponyms: Wilson disease stays while Dr. Wilson goes', () => {
    const { text } = deidentify('Our GI, Dr. Wilson, ruled out Wilson disease and Parkinson disease.');
    expect(text).toBe('Our GI, Dr. [NAME], ruled out Wilson disease and Parkinson disease.');
  });

  it('should keep eponymous signs, devices and scores', () => {
    const text =
      "Foley in place, Babinski upgoing, Glasgow Coma Scale 14, Apgar 8, Gram-positive cocci, Bell's palsy, Graves disease, Crohn's flare, Hodgkin lymphoma, Swan-Ganz, Holter, Doppler, Whipple, Cushing, Addison.";
    expect(deidentify(text).findings).toEqual([]);
  });

  it('should keep an eponym the vocabulary lacks when a clinical noun follows it', () => {
    expect(
      names('Bilateral hilar nodes; in hindsight Kveimbrand syndrome, and a positive Tasselhoff sign.'),
    ).toEqual([]);
  });

  it('should replace an unknown foreign-looking name mid-sentence', () => {
    expect(names('The interpreter said Szöllösy would come back tomorrow.')).toEqual(['Szöllösy']);
  });

  it('should find names in an all-capitals note', () => {
    expect(
      names('REPORT FROM K. DOYLE, RN. PT WHITFIELD, JONAS (94 YO M). DAUGHTER KAYLEIGH AT BEDSIDE.'),
    ).toEqual(['K. DOYLE', 'WHITFIELD', 'JONAS', 'KAYLEIGH']);
  });

  it('should find names in an all-lowercase note', () => {
    const text =
      'pt resting, vitals stable overnight. 0930 dr raman rounded, aware of wt gain. 1300 daughter kayleigh called from work, updated on plan. — rose tillman, lpn';
    expect(names(text)).toEqual(['raman', 'kayleigh', 'rose tillman']);
  });

  it('should replace an initial and surname before a credential in a lower-case note', () => {
    expect(
      names(
        'pt resting comfortably overnight. wife called, updated. will continue to monitor. - k. smith rn',
      ),
    ).toEqual(['k. smith']);
  });

  it('should replace initials used as a name', () => {
    expect(names('R.K. is a 71 yo farmer.')).toEqual(['R.K.']);
  });

  it('should not take drugs, organisms or specialties for names', () => {
    const text = 'Started Eliquis; Babesia microti on smear. Rafael Montoya, MD, Child Neurology';
    expect(names(text)).toEqual(['Rafael Montoya']);
  });
});
