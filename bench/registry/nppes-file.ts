import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { npiCheckDigit } from '@curbside/licensing';

function slots(count: number, names: (slot: number) => string[]): string[] {
  return Array.from({ length: count }, (_, i) => names(i + 1)).flat();
}

/** The 330 column headers of the NPPES NPI dissemination file, in the file's order. */
export const NPPES_HEADER: readonly string[] = [
  'NPI',
  'Entity Type Code',
  'Replacement NPI',
  'Employer Identification Number (EIN)',
  'Provider Organization Name (Legal Business Name)',
  'Provider Last Name (Legal Name)',
  'Provider First Name',
  'Provider Middle Name',
  'Provider Name Prefix Text',
  'Provider Name Suffix Text',
  'Provider Credential Text',
  'Provider Other Organization Name',
  'Provider Other Organization Name Type Code',
  'Provider Other Last Name',
  'Provider Other First Name',
  'Provider Other Middle Name',
  'Provider Other Name Prefix Text',
  'Provider Other Name Suffix Text',
  'Provider Other Credential Text',
  'Provider Other Last Name Type Code',
  'Provider First Line Business Mailing Address',
  'Provider Second Line Business Mailing Address',
  'Provider Business Mailing Address City Name',
  'Provider Business Mailing Address State Name',
  'Provider Business Mailing Address Postal Code',
  'Provider Business Mailing Address Country Code (If outside U.S.)',
  'Provider Business Mailing Address Telephone Number',
  'Provider Business Mailing Address Fax Number',
  'Provider First Line Business Practice Location Address',
  'Provider Second Line Business Practice Location Address',
  'Provider Business Practice Location Address City Name',
  'Provider Business Practice Location Address State Name',
  'Provider Business Practice Location Address Postal Code',
  'Provider Business Practice Location Address Country Code (If outside U.S.)',
  'Provider Business Practice Location Address Telephone Number',
  'Provider Business Practice Location Address Fax Number',
  'Provider Enumeration Date',
  'Last Update Date',
  'NPI Deactivation Reason Code',
  'NPI Deactivation Date',
  'NPI Reactivation Date',
  'Provider Gender Code',
  'Authorized Official Last Name',
  'Authorized Official First Name',
  'Authorized Official Middle Name',
  'Authorized Official Title or Position',
  'Authorized Official Telephone Number',
  ...slots(15, (i) => [
    `Healthcare Provider Taxonomy Code_${i}`,
    `Provider License Number_${i}`,
    `Provider License Number State Code_${i}`,
    `Healthcare Provider Primary Taxonomy Switch_${i}`,
  ]),
  ...slots(50, (i) => [
    `Other Provider Identifier_${i}`,
    `Other Provider Identifier Type Code_${i}`,
    `Other Provider Identifier State_${i}`,
    `Other Provider Identifier Issuer_${i}`,
  ]),
  'Is Sole Proprietor',
  'Is Organization Subpart',
  'Parent Organization LBN',
  'Parent Organization TIN',
  'Authorized Official Name Prefix Text',
  'Authorized Official Name Suffix Text',
  'Authorized Official Credential Text',
  ...slots(15, (i) => [`Healthcare Provider Taxonomy Group_${i}`]),
  'Certification Date',
];

const COLUMN = new Map(NPPES_HEADER.map((name, i) => [name, i]));

/** A row with every field quoted (as in the real file); `values` are keyed by header name. */
export function nppesLine(values: Record<string, string>): string {
  const fields = new Array<string>(NPPES_HEADER.length).fill('');
  for (const [name, value] of Object.entries(values)) {
    const index = COLUMN.get(name);
    if (index === undefined) throw new Error(`Unknown NPPES column ${name}`);
    fields[index] = value;
  }
  return `${fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')}\n`;
}

export function nppesHeaderLine(): string {
  return `${NPPES_HEADER.map((f) => `"${f}"`).join(',')}\n`;
}

/** A valid NPI made from a running number (the first digit of a real NPI is 1 or 2). */
export function syntheticNpi(n: number): string {
  const base = String(100_000_000 + n)
    .slice(-9)
    .replace(/^0/, '1');
  return `${base}${npiCheckDigit(base)}`;
}

const LAST = ['Smith', 'Garcia', 'Nguyen', "O'Brien", 'Müller', 'Johnson', 'Patel', 'Kim', 'Okafor', 'Rossi'];
const FIRST = ['Ana', 'James', 'Mei', 'José', 'Priya', 'Robert', 'Fatima', 'Liam', 'Chloé', 'Samuel'];
const STATES = ['CA', 'NY', 'TX', 'FL', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI'];
const TAXONOMY = ['207Q00000X', '208D00000X', '207R00000X', '363L00000X', '367500000X', '2084N0400X'];

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One synthetic row: mostly individuals (1 to 3 licences), a fifth organisations, a few deactivated
 * NPIs (blank but for NPI and date) and about 1 in 200 with a broken check digit.
 */
export function syntheticRow(n: number, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const npi = syntheticNpi(n);
  const roll = next();
  const address = {
    'Provider First Line Business Mailing Address': `${100 + (n % 9000)} MAIN ST`,
    'Provider Business Mailing Address City Name': 'SPRINGFIELD',
    'Provider Business Mailing Address State Name': pick(STATES),
    'Provider Business Mailing Address Postal Code': '627010000',
    'Provider Business Mailing Address Country Code (If outside U.S.)': 'US',
    'Provider Business Mailing Address Telephone Number': '2175550100',
    'Provider First Line Business Practice Location Address': `${200 + (n % 9000)} HOSPITAL DR, SUITE 4`,
    'Provider Business Practice Location Address City Name': 'SPRINGFIELD',
    'Provider Business Practice Location Address State Name': pick(STATES),
    'Provider Business Practice Location Address Postal Code': '627020000',
    'Provider Business Practice Location Address Country Code (If outside U.S.)': 'US',
    'Provider Enumeration Date': '05/23/2005',
    'Last Update Date': '07/08/2021',
    'Certification Date': '07/08/2021',
  };
  if (roll < 0.015) return nppesLine({ NPI: npi, 'NPI Deactivation Date': '01/15/2020' });
  if (roll < 0.02)
    return nppesLine({
      ...address,
      NPI: `${npi.slice(0, 9)}${(Number(npi[9]) + 1) % 10}`,
      'Entity Type Code': '1',
    });
  if (roll < 0.22) {
    return nppesLine({
      ...address,
      NPI: npi,
      'Entity Type Code': '2',
      'Provider Organization Name (Legal Business Name)': `SPRINGFIELD CLINIC ${n}, "NORTH" LLC`,
      'Authorized Official Last Name': pick(LAST).toUpperCase(),
      'Authorized Official First Name': pick(FIRST).toUpperCase(),
      'Healthcare Provider Taxonomy Code_1': '261QM1300X',
      'Healthcare Provider Primary Taxonomy Switch_1': 'Y',
    });
  }
  const values: Record<string, string> = {
    ...address,
    NPI: npi,
    'Entity Type Code': '1',
    'Provider Last Name (Legal Name)': pick(LAST).toUpperCase(),
    'Provider First Name': pick(FIRST).toUpperCase(),
    'Provider Middle Name': 'A',
    'Provider Credential Text': 'M.D.',
    'Provider Gender Code': next() < 0.5 ? 'F' : 'M',
    'Is Sole Proprietor': 'N',
  };
  const licences = 1 + Math.floor(next() * 3);
  for (let slot = 1; slot <= licences; slot++) {
    values[`Healthcare Provider Taxonomy Code_${slot}`] = pick(TAXONOMY);
    values[`Provider License Number_${slot}`] =
      `${pick(['A', 'G', 'MD', ''])}${10000 + Math.floor(next() * 900000)}`;
    values[`Provider License Number State Code_${slot}`] = pick(STATES);
    values[`Healthcare Provider Primary Taxonomy Switch_${slot}`] = slot === 1 ? 'Y' : 'N';
  }
  values['Other Provider Identifier_1'] = String(1_000_000 + n);
  values['Other Provider Identifier Type Code_1'] = '05';
  values['Other Provider Identifier State_1'] = pick(STATES);
  return nppesLine(values);
}

/** Writes a synthetic NPPES-format file of `rows` data rows; returns its size in bytes. */
export async function writeSyntheticNppesFile(path: string, rows: number, seed = 42): Promise<number> {
  const out = createWriteStream(path);
  const next = random(seed);
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(nppesHeaderLine());
  for (let n = 1; n <= rows; n++) await write(syntheticRow(n, next));
  out.end();
  await once(out, 'finish');
  return bytes;
}
