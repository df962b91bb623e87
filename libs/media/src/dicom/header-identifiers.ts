import type { DicomDataset } from 'dcmjs';

const ID_TAGS = [
  '00100020',
  '00101000',
  '00080050',
  '00200010',
  '00380010',
  '00401001',
  '00402016',
  '00402017',
];
const NAME_VRS = new Set(['PN']);
const DATE_VRS = new Set(['DA', 'DT']);

function strings(values: unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (typeof v === 'string') out.push(v);
    else if (v !== null && typeof v === 'object') {
      for (const part of Object.values(v as Record<string, unknown>))
        if (typeof part === 'string') out.push(part);
    }
  }
  return out;
}

/** Spellings a date YYYYMMDD may have when burned into pixels, reduced to digits. */
function dateForms(value: string): string[] {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (m === null) return [];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return [
    `${y}${mo}${d}`,
    `${mo}${d}${y}`,
    `${d}${mo}${y}`,
    `${mo}${d}${y.slice(2)}`,
    `${d}${mo}${y.slice(2)}`,
  ];
}

/**
 * Values from a DICOM header that must not appear in the pixels either: every part of every
 * person name, the patient and study identifiers and every date, normalised (lower case, letters
 * and digits only) for comparison with OCR words. Collected before the profile is applied.
 */
export function collectHeaderIdentifiers(dataset: DicomDataset, into: Set<string> = new Set()): Set<string> {
  for (const [tag, element] of Object.entries(dataset)) {
    const upper = tag.toUpperCase();
    if (NAME_VRS.has(element.vr)) {
      for (const s of strings(element.Value)) {
        for (const part of s.split(/[\^=\s,]+/)) {
          const norm = normaliseWord(part);
          if (norm.length >= 2) into.add(norm);
        }
      }
    } else if (DATE_VRS.has(element.vr)) {
      for (const s of strings(element.Value)) for (const form of dateForms(s)) into.add(form);
    } else if (ID_TAGS.includes(upper)) {
      for (const s of strings(element.Value)) {
        const norm = normaliseWord(s);
        if (norm.length >= 3) into.add(norm);
      }
    } else if (element.vr === 'SQ') {
      for (const item of element.Value ?? []) {
        if (item !== null && typeof item === 'object') collectHeaderIdentifiers(item as DicomDataset, into);
      }
    }
  }
  return into;
}

export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
