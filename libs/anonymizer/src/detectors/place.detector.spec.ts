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

describe('facilities made of ordinary words, in notes without casing', () => {
  const both = (t: string): string[][] => [places(t.toLowerCase()), places(t.toUpperCase())];
  const keeps = (t: string): void => {
    for (const s of [t.toLowerCase(), t.toUpperCase()]) expect(deidentify(s).text).toBe(s);
  };

  it('should take a town of several words before the head as the facility name', () => {
    for (const found of both(
      'i work at red oak community hospital; family medicine at big horn county memorial.',
    ))
      expect(found.map((s) => s.toLowerCase())).toEqual([
        'red oak community hospital',
        'big horn county memorial',
      ]);
  });

  it('should take plain words before an institution head, but not a descriptor or a service', () => {
    for (const found of both(
      "medical director for pleasant acres care center. transfer to blank children's hospital tonight.",
    ))
      expect(found.map((s) => s.toLowerCase())).toEqual([
        'pleasant acres care center',
        "blank children's hospital",
      ]);
    for (const found of both('five rivers medical center, pocahontas, ar.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['five rivers medical center', 'pocahontas']);
    keeps('transferred from outside hospital to a tertiary care center, then the new medical center.');
    keeps('she goes to the memory care center and the weight loss clinic; called medical center twice.');
    keeps('the va medical center, our medical center and an urgent care center.');
  });

  it('should take generic words with a compass word, and a state after "of" even when protected', () => {
    for (const found of both(
      'seen at regional west medical center. then northwest mississippi regional medical center.',
    ))
      expect(found.map((s) => s.toLowerCase())).toEqual([
        'regional west medical center',
        'northwest mississippi regional medical center',
      ]);
    for (const found of both("rr 32. children's of mississippi can do exchange."))
      expect(found.map((s) => s.toLowerCase())).toEqual(["children's of mississippi"]);
    keeps("the west wing of the medical center is closed; south of the children's unit.");
  });

  it("should keep a given name's middle initial inside a facility's name", () => {
    for (const found of both('transfer to jennie m. melham memorial medical center by air.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['jennie m. melham memorial medical center']);
  });
});

describe('brands and towns that are ordinary words, in notes without casing', () => {
  const both = (t: string): string[][] => [places(t.toLowerCase()), places(t.toUpperCase())];
  const keeps = (t: string): void => {
    for (const s of [t.toLowerCase(), t.toUpperCase()]) expect(deidentify(s).text).toBe(s);
  };

  it('should take a brand that is a rare word after "at" or "by", but not a verb', () => {
    for (const found of both('mri read by renown tele-radiology; peds surgery at renown.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['renown', 'renown']);
    keeps('we need to advocate for him; a man of renown.');
  });

  it('should extend a brand over a town of several words after it', () => {
    for (const found of both('came to sanford thief river falls at 0220.'))
      expect(found.map((s) => s.toLowerCase()).join(' ')).toBe('sanford thief river falls');
  });

  it('should take a town that is an ordinary word after "lives … in" or after a place', () => {
    for (const found of both('kayleigh lives 15 minutes away in agency and checks on him.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['agency']);
    for (const found of both('transfer to st. charles in bend for rescue pci.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['st. charles', 'bend']);
    keeps('she works in agency billing and will bend the knee in advance of surgery.');
  });
});

describe('institutions without a head word or joined by "and"/"for", in notes without casing', () => {
  const both = (t: string): string[][] => [places(t.toLowerCase()), places(t.toUpperCase())];
  const keeps = (t: string): void => {
    for (const s of [t.toLowerCase(), t.toUpperCase()]) expect(deidentify(s).text).toBe(s);
  };

  it('should join a purpose after "center for" and words after "and" before a strong head', () => {
    for (const found of both('medical toxicology, oklahoma center for poison and drug information'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['oklahoma center for poison and drug information']);
    for (const found of both('niobrara health and life center, lusk, wy.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['niobrara health and life center', 'lusk']);
    for (const found of both('seen at mercy hospital for pain control and for research purposes.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['mercy hospital']);
    keeps('seen at the health and wellness center, then the heart and vascular center for follow-up.');
  });

  it('should take a name written without a determiner after a preposition, or a lake where she lives', () => {
    for (const found of both('bed held at hope haven shelter tonight.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['hope haven shelter']);
    for (const found of both('she lives 25 minutes away out on long lake, which floods.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['long lake']);
    for (const found of both('from osh mercy hospital by ground.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['mercy hospital']);
    keeps('went to the homeless shelter; spoke to poison control center; fishing on frozen lake daily.');
    keeps('referred to weight loss clinic and to art therapy center.');
    for (const found of both('previously lived in salt lake city.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['salt lake city']);
  });

  it('should take an unknown acronym or word before "medicine" or "health" after "at"', () => {
    for (const found of both('dx at wvu medicine. internist at memorial satilla health in waycross.'))
      expect(found.map((s) => s.toLowerCase())).toEqual([
        'wvu medicine',
        'memorial satilla health',
        'waycross',
      ]);
    keeps('she switched to ayurvedic medicine and was referred to home health.');
  });

  it('should take an institution word with a compass word after "at", in any casing', () => {
    for (const found of both('in case anyone at regional west needs it.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['regional west']);
    expect(places('In case anyone at Regional West needs it.')).toEqual(['Regional West']);
    keeps('he moved to the regional west coast last year.');
  });

  it('should extend a brand over "<name> of <word>", a county over its fair, a short prefix over a name', () => {
    for (const found of both('ed/hospitalist at avera queen of peace in mitchell.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['avera queen of peace', 'mitchell']);
    for (const found of both('transferred to avera because of the weather.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['avera']);
    for (const found of both('went to the clay county fair with her dad.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['clay county fair']);
    for (const found of both('writing from yk delta regional hospital in bethel.'))
      expect(found.map((s) => s.toLowerCase())).toEqual(['yk delta regional hospital', 'bethel']);
    keeps('the county fair was fun; the fair county line.');
  });
});
