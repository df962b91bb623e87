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

describe('names in notes without casing', () => {
  const text = (t: string): string => deidentify(t).text;

  it('should keep an eponym in capitals and remove the same word after a title', () => {
    expect(text('WILSON DISEASE WAS RULED OUT BY THE HEPATOLOGY TEAM.')).toBe(
      'WILSON DISEASE WAS RULED OUT BY THE HEPATOLOGY TEAM.',
    );
    expect(text('SEEN BY DR. WILSON IN CLINIC TODAY FOR FOLLOW-UP.')).toBe(
      'SEEN BY DR. [NAME] IN CLINIC TODAY FOR FOLLOW-UP.',
    );
  });

  it('should replace a given name and a surname written in lower case', () => {
    expect(text('hope castillo came in with her daughter. no hope of recovery.')).toBe(
      '[NAME] came in with her daughter. no hope of recovery.',
    );
  });

  it('should not take clinical shorthand or a relative for a name', () => {
    expect(text('ed doc here. labs: cbc normal. ipap max 24. his uncle moses runs the ranch.')).toBe(
      'ed doc here. labs: cbc normal. ipap max 24. his uncle [NAME] runs the ranch.',
    );
    expect(names('34 yo rancher, cody rasmussen, rolled his atv. our dietitian, kelsey, agrees.')).toEqual([
      'cody rasmussen',
      'kelsey',
    ]);
  });

  it('should not take a role word after a title-like role for a name', () => {
    expect(names('the deputy wants a blood alcohol first. his father died at 41. sheriff notified.')).toEqual(
      [],
    );
  });

  it('should replace the name before an age, a possessive relative or a nickname', () => {
    expect(text('mark delacroix, 58 yo right-handed man with new facial droop.')).toBe(
      '[NAME], 58 yo right-handed man with new facial droop.',
    );
    expect(
      names("kids ava (6) and mason (3) were asleep; jaxon's mom (shayla) can't take off work."),
    ).toEqual(['ava', 'mason', 'jaxon', 'shayla']);
    expect(text('ronald "ronnie" peebles, 79, retired machinist.')).toBe(
      '[NAME] "[NAME]" [NAME], 79, retired machinist.',
    );
    expect(text('htn, 10 years. hba1c, 9 months ago.')).toBe('htn, 10 years. hba1c, 9 months ago.');
  });

  it('should replace lower-case initials with their surname, and a name before a credential', () => {
    expect(text('from k. doyle, rn. consult per e.m. for dka.')).toBe(
      'from [NAME], rn. consult per [NAME] for dka.',
    );
    expect(names('logged errors. — hope moody, do, pratt. if it hurts, do it.')).toEqual(['hope', 'moody']);
    expect(text('if it hurts, do it.')).toBe('if it hurts, do it.');
  });

  it('should replace a given name after a close relative even when it is also a word', () => {
    expect(text('her wife hope drives her in every week.')).toBe('her wife [NAME] drives her in every week.');
  });
});

describe('names found once, in notes without casing', () => {
  it('should not propagate a name after a determiner or an unknown abbreviation', () => {
    const t = 'pt: rose castillo, 58 yo f. crp rose from 12 to 80; a rose tattoo on the arm.';
    expect(names(t)).toEqual(['rose castillo']);
  });

  it('should take a given name that is also a word right after a label', () => {
    expect(names('rn note 0715 pt: will grady 30 yo rm 265. will bill as skilled visit.')).toEqual([
      'will grady',
    ]);
  });
});

describe('names of ordinary or unknown words, in notes without casing', () => {
  const both = (t: string): string[][] => [names(t.toLowerCase()), names(t.toUpperCase())];
  const keeps = (t: string): void => {
    for (const s of [t.toLowerCase(), t.toUpperCase()]) expect(names(s)).toEqual([]);
  };

  it('should replace a given name and surname of ordinary words that start a sentence before an age', () => {
    for (const found of both('paducah, ky. crystal lamb, 49, ra on infliximab. ray don hollis, 54, bmi 44.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['crystal lamb', 'ray don hollis']);
    keeps('bridging ok. grace period, 30 days. rose gold, 12 mm.');
  });

  it('should replace two unknown words before an age in parentheses, and their later mentions', () => {
    for (const found of both(
      'a couple, yuri petrenko (58) and oksana petrenko (55).\nyuri: ast 88. oksana: ast 212.',
    ))
      expect(found.map((s) => s.toLowerCase())).toEqual([
        'yuri petrenko',
        'oksana petrenko',
        'yuri',
        'oksana',
      ]);
    keeps('ferritin trough (55) and crp (12) pending.');
  });

  it('should replace a surname of two words everywhere once found, but not after a determiner', () => {
    for (const found of both(
      'mt. raymond little wolf, 54, cirrhosis. his sister loretta little wolf is here. a little wolf.',
    ))
      expect(found.map((s) => s.toLowerCase())).toEqual(['raymond little wolf', 'loretta', 'little wolf']);
  });

  it('should replace a given name before a verb of speech, and "will" as a name before a verb form', () => {
    for (const found of both('her ibd nurse at the clinic, kendra, says they do fmt.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['kendra']);
    for (const found of both('daughter will called @ 1400. her brother will drives her in.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['will', 'will']);
    keeps('her daughter will call back. his son will need help. the crp says little.');
  });

  it('should replace a hyphenated given name, a middle name that is shorthand and a bare initial after a label', () => {
    for (const found of both('thanks.\nanne-marie kowalski, hepatology'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['anne-marie kowalski']);
    for (const found of both('pt: sapp, georgia mae   mrn 1234567'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['sapp', 'georgia mae']);
    expect(names('pt: kyle b   rm 3')).toEqual(['kyle b']);
    expect(names('pt: hope moody 70 yo rm 219')).toEqual(['hope moody']);
    keeps('perrl, mae. ipap max 12. the ed team saw her.');
  });

  it('should replace a given name no lexicon knows and a surname before a phone number', () => {
    for (const found of both('the rep listed on her card is nate pelletier, 207-555-0183, and he'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['nate pelletier']);
    for (const found of both('call the pharmacy, 207-555-0183, or poison control, (800) 222-1222.'))
      expect(found).toEqual([]);
  });

  it('should take a name found once again at a lower-case sentence start, not a frequent word', () => {
    expect(deidentify('Patient: Anna Axelsson. anna is a frail lady.').text).toBe(
      'Patient: [NAME]. [NAME] is a frail lady.',
    );
    expect(deidentify('Dr. Will saw her. will call back.').text).toBe('Dr. [NAME] saw her. will call back.');
  });

  it('should take the one taken over to and the sender of a message', () => {
    expect(names('handing over Bakijan to Kasiran, no acute issues.')).toEqual(['Bakijan', 'Kasiran']);
    expect(names('Message from alessandro at the clinic')).toEqual(['alessandro']);
    expect(names('handing over the pager to nights, call from pharmacy')).toEqual([]);
  });
});
