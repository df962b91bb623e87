import type { PhiCategory } from '../phi-category.js';
import type { GoldDocument, GoldSpan } from './gold.js';

/**
 * Generator of synthetic Curbside case posts, replies and nursing notes with gold spans. Every
 * identifier it writes is invented (phones in 555-01xx, made-up numbers); towns are real US
 * places so that the lexicons are exercised. Each text mixes identifiers with look-alikes that
 * must stay: eponyms, drugs, doses, lab values, scores, times, durations, codes.
 */

/** Small deterministic PRNG (mulberry32), so a seed always yields the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Jonas',
  'Marlene',
  'Kayleigh',
  'Dwight',
  'Loretta',
  'Priya',
  'Tomasz',
  'Ines',
  'Rhett',
  'Yolanda',
  'Bjorn',
  'Aaliyah',
  'Cecil',
  'Marisol',
  'Everett',
  'Noreen',
  'Darnell',
  'Hollis',
  'Juniper',
  'Abigail',
  'Rose',
  'Grace',
  'Will',
  'Hope',
  'June',
  'Dean',
  'Mark',
  'Bill',
  'April',
  'Jesús',
  'Nguyen',
  'Oksana',
  'Kwame',
  'Leilani',
];
const LAST = [
  'Whitfield',
  'Kowalczyk',
  'Haugen',
  'Delacroix',
  'Pettigrew',
  'Okonkwo',
  'Lindqvist',
  'Barrientos',
  'Castellano',
  'Yazzie',
  'Rasmussen',
  'Tran',
  'McAllister',
  "O'Dell",
  'Van Zee',
  'Stoltzfus',
  'Brennan',
  'Ferreira',
  'Hughes',
  'Moody',
  'Fairbanks',
  'Sandoval',
  'Thibodeau',
  'Kessler',
  'Grady',
  'Underwood',
  'Nakamura',
  'Abernathy',
];
const TOWNS: readonly [string, string][] = [
  ['Ottumwa', 'IA'],
  ['Valentine', 'NE'],
  ['Hays', 'KS'],
  ['Elko', 'NV'],
  ['Kotzebue', 'AK'],
  ['Lusk', 'WY'],
  ['Tahlequah', 'OK'],
  ['Caribou', 'ME'],
  ['Sallisaw', 'OK'],
  ['Dillon', 'MT'],
  ['Viroqua', 'WI'],
  ['Selma', 'AL'],
  ['Kingman', 'AZ'],
  ['Pratt', 'KS'],
  ['Spearfish', 'SD'],
  ['Storm Lake', 'IA'],
  ['Baker City', 'OR'],
  ['Red Oak', 'IA'],
  ['Miles City', 'MT'],
  ['Crescent City', 'CA'],
  ['Presque Isle', 'ME'],
  ['Hazard', 'KY'],
];
const FACILITY_SUFFIX = [
  'Regional Medical Center',
  'Memorial Hospital',
  'Community Hospital',
  'Health Center',
  'Medical Center',
];
const SYSTEMS = [
  'Mayo Clinic',
  'Sanford',
  'Avera McKennan',
  'UAMS',
  'Billings Clinic',
  'Ochsner',
  'UNM Hospital',
];
const RELATIONS = ['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'granddaughter', 'neighbor'];
const LOOKALIKES = [
  'Wilson disease was ruled out (ceruloplasmin 28).',
  'No history of Parkinson disease or Graves disease.',
  'Foley placed, Glasgow Coma Scale 14, Babinski negative.',
  "Bell's palsy last year, treated with prednisone 60 mg daily.",
  'Holter showed PACs only; Doppler of the legs negative.',
  'Apgar 8 and 9. Gram stain with gram-positive cocci in clusters.',
  "Cushing syndrome and Addison disease are on the differential; Crohn's in remission.",
  'Hodgkin lymphoma in 2015, treated with ABVD.',
  'Whipple in 2019. Swan-Ganz not placed.',
  'CHA2DS2-VASc 4, HAS-BLED 2. ICD-10 I48.91, CPT 93000.',
  'BRCA1 negative; JAK2 V617F positive.',
  'Started apixaban 5 mg BID and metoprolol 25 mg at 0800.',
  'POD 2, day 3 of antibiotics, pain 4/10, strength 4/5.',
  'Na 131, K 5.8, Cr 2.1, Hgb 9.8, plt 144K, INR 1.3.',
  'BP 142/88, HR 104, RR 20, SpO2 93% on 2 L.',
];

type Piece = string | { text: string; label: PhiCategory };

class Builder {
  private text = '';
  private readonly spans: GoldSpan[] = [];

  add(...pieces: Piece[]): this {
    for (const p of pieces) {
      if (typeof p === 'string') {
        this.text += p;
      } else {
        this.spans.push({ start: this.text.length, end: this.text.length + p.text.length, label: p.label });
        this.text += p.text;
      }
    }
    return this;
  }

  build(id: string): GoldDocument {
    return { id, text: this.text, spans: this.spans };
  }
}

export function generateSynthetic(count: number, seed = 20240314): GoldDocument[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  const name = (): Piece => ({ text: `${pick(FIRST)} ${pick(LAST)}`, label: 'NAME' });
  const phone = (): string => `${int(201, 989)}-555-01${pad(int(0, 99), 2)}`;
  const date = (): string => {
    const m = int(1, 12);
    const d = int(1, 28);
    const forms = [
      `${m}/${d}/${2023 + int(0, 1)}`,
      `${m}/${d}`,
      `${['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}`,
      `${pad(m, 2)}/${pad(d, 2)}/${2023 + int(0, 1)}`,
      `${2024}-${pad(m, 2)}-${pad(d, 2)}`,
    ];
    return pick(forms);
  };
  const docs: GoldDocument[] = [];
  for (let n = 0; n < count; n++) {
    const b = new Builder();
    const [town, st] = pick(TOWNS);
    const facility = `${town} ${pick(FACILITY_SUFFIX)}`;
    const kind = n % 3;
    const age = r() < 0.3 ? int(90, 103) : int(19, 88);
    const ageLabel: Piece = age >= 90 ? { text: `${age}`, label: 'AGE_OVER_89' } : `${age}`;
    if (kind === 0) {
      b.add('Question about a tough case\n\n', 'I work at ', { text: facility, label: 'LOCATION' }, ' in ');
      b.add({ text: town, label: 'LOCATION' }, `, ${st}. `, name(), ', ', ageLabel, `, came in on `);
      b.add({ text: date(), label: 'DATE' }, ' with dyspnea. ', pick(LOOKALIKES), ' ');
      b.add(`Her ${pick(RELATIONS)} `, { text: pick(FIRST), label: 'NAME' }, ' drives her in from ');
      b.add({ text: pick(TOWNS)[0], label: 'LOCATION' }, '. ', pick(LOOKALIKES), '\n\n');
      b.add('MRN ', { text: `${pick(['VN', 'MRMC', 'NUMC'])}-${int(100000, 9999999)}`, label: 'MRN' }, '. ');
      b.add(
        'PCP is Dr. ',
        { text: pick(LAST), label: 'NAME' },
        ', fax ',
        { text: phone(), label: 'FAX' },
        '.\n',
      );
      b.add('Transfer to ', { text: pick(SYSTEMS), label: 'LOCATION' }, ' was declined on ', {
        text: date(),
        label: 'DATE',
      });
      b.add('. Thoughts?\n\n— ', name(), ', MD\n', { text: phone(), label: 'PHONE' });
    } else if (kind === 1) {
      b.add('Agree with the plan. ', pick(LOOKALIKES), ' ', pick(LOOKALIKES), '\n');
      b.add('If you want a second look, email ', {
        text: `${pick(LAST).toLowerCase().replace(/\W/g, '')}@example-health.org`,
        label: 'EMAIL',
      });
      b.add(
        ' or upload to ',
        { text: `https://share.example-health.org/case/${int(1000, 99999)}`, label: 'URL' },
        '.\n',
      );
      b.add(
        'Her member ID ',
        { text: `H${int(10000000, 99999999)}`, label: 'HEALTH_PLAN_ID' },
        ' covers it. ',
      );
      b.add(
        'The pump (serial ',
        { text: `TS${int(1000000, 9999999)}`, label: 'DEVICE_ID' },
        ') logged errors from ',
      );
      b.add({ text: `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, label: 'IP_ADDRESS' }, '.\n');
      b.add('— ', name(), ', DO, ', { text: `${town}`, label: 'LOCATION' }, '\n');
    } else {
      const casing = r();
      const b2 = new Builder();
      const ageYo: Piece = age >= 90 ? { text: `${age} YO`, label: 'AGE_OVER_89' } : `${age} YO`;
      b2.add('RN NOTE ', { text: date(), label: 'DATE' }, ' 0715 PT: ', name(), ' ', ageYo, ' RM ');
      b2.add({ text: `${int(100, 450)}`, label: 'OTHER_ID' }, ' SSN ', {
        text: `${int(100, 665)}-${int(10, 99)}-${int(1000, 9999)}`,
        label: 'SSN',
      });
      b2.add(
        '. POD 2. VS STABLE. ',
        pick(LOOKALIKES),
        ' DAUGHTER ',
        { text: pick(FIRST), label: 'NAME' },
        ' CALLED @ 1400 (',
      );
      b2.add({ text: phone(), label: 'PHONE' }, '). ADDR ', {
        text: `${int(10, 9999)} ${pick(['Old Orchard', 'Cane River', 'Military'])} Rd`,
        label: 'LOCATION',
      });
      b2.add(
        ', ',
        { text: town, label: 'LOCATION' },
        `, ${st} `,
        { text: `${int(50000, 59999)}`, label: 'LOCATION' },
        '. PLATE ',
      );
      b2.add(
        { text: `${pick(['HBK', 'LKT', 'ZRW'])} ${int(100, 9999)}`, label: 'VEHICLE_ID' },
        '. DC PLANNED ',
        { text: date(), label: 'DATE' },
        '.',
      );
      const doc = b2.build(`synthetic-${n}`);
      const text = casing < 0.4 ? doc.text.toUpperCase() : casing < 0.6 ? doc.text.toLowerCase() : doc.text;
      docs.push({ ...doc, text });
      continue;
    }
    docs.push(b.build(`synthetic-${n}`));
  }
  return docs;
}
