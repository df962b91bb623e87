import type { DicomDataset, DicomElement } from 'dcmjs';
import { annexEAttributeFor, effectiveAction } from './annex-e-profile.js';
import type { UidReplacer } from './uid-replacer.js';

/** What applying the profile did, in counts only. */
export interface ProfileCounts {
  removed: number;
  emptied: number;
  dummied: number;
  uidsReplaced: number;
  privateRemoved: number;
}

const NUMERIC_VRS = new Set(['US', 'SS', 'UL', 'SL', 'FL', 'FD', 'UV', 'SV']);
const BINARY_VRS = new Set(['OB', 'OW', 'OF', 'OD', 'OL', 'OV', 'UN']);

function isPrivate(tag: string): boolean {
  return parseInt(tag.slice(0, 4), 16) % 2 === 1;
}

function dummyFor(element: DicomElement): unknown[] | undefined {
  const vr = element.vr;
  if (vr === 'PN') return [{ Alphabetic: 'ANONYMOUS' }];
  if (vr === 'DA') return ['19000101'];
  if (vr === 'DT') return ['19000101000000'];
  if (vr === 'TM') return ['000000'];
  if (vr === 'AS') return ['000Y'];
  if (vr === 'IS' || vr === 'DS') return ['0'];
  if (NUMERIC_VRS.has(vr)) return [0];
  if (vr === 'SQ' || BINARY_VRS.has(vr) || vr === 'UI') return undefined;
  return ['ANONYMIZED'];
}

function replaceUids(element: DicomElement, uids: UidReplacer): number {
  if (element.vr !== 'UI' || element.Value === undefined) return 0;
  element.Value = element.Value.map((v) => (typeof v === 'string' && v !== '' ? uids.replace(v) : v));
  return element.Value.length;
}

/**
 * Applies the Basic Application Level Confidentiality Profile to a dcmjs dataset in place, at every
 * depth of every sequence: the listed attributes are removed, emptied, given a dummy value or have
 * their UIDs replaced; private attributes are removed; person names and dates the table does not
 * list are removed as well. Returns counts, never values.
 */
export function applyConfidentialityProfile(
  dataset: DicomDataset,
  uids: UidReplacer,
  counts?: ProfileCounts,
): ProfileCounts {
  const c = counts ?? { removed: 0, emptied: 0, dummied: 0, uidsReplaced: 0, privateRemoved: 0 };
  for (const tag of Object.keys(dataset)) {
    const element = dataset[tag];
    const upper = tag.toUpperCase();
    if (isPrivate(upper)) {
      delete dataset[tag];
      c.privateRemoved++;
      continue;
    }
    const listed = annexEAttributeFor(upper);
    const action = listed === undefined ? undefined : effectiveAction(listed.action);
    if (
      action === 'X' ||
      (action === undefined && (element.vr === 'PN' || element.vr === 'DA' || element.vr === 'DT'))
    ) {
      delete dataset[tag];
      c.removed++;
      continue;
    }
    if (action === 'Z') {
      element.Value = [];
      c.emptied++;
      continue;
    }
    if (action === 'D') {
      const dummy = dummyFor(element);
      if (dummy === undefined) {
        delete dataset[tag];
        c.removed++;
      } else {
        element.Value = dummy;
        c.dummied++;
      }
      continue;
    }
    // 'U' and unlisted attributes: replace UIDs the table lists, and walk into sequences.
    if (action === 'U') c.uidsReplaced += replaceUids(element, uids);
    if (element.vr === 'SQ' && element.Value !== undefined) {
      for (const item of element.Value) {
        if (item !== null && typeof item === 'object')
          applyConfidentialityProfile(item as DicomDataset, uids, c);
      }
    }
  }
  return c;
}

/** Marks the dataset as de-identified (PS3.3 C.7.1.1: Patient Identity Removed, method and code). */
export function markDeidentified(dataset: DicomDataset): void {
  dataset['00120062'] = { vr: 'CS', Value: ['YES'] };
  dataset['00120063'] = { vr: 'LO', Value: ['PS3.15 E.1 Basic Profile; Curbside media pipeline'] };
  dataset['00120064'] = {
    vr: 'SQ',
    Value: [
      {
        '00080100': { vr: 'SH', Value: ['113100'] },
        '00080102': { vr: 'SH', Value: ['DCM'] },
        '00080104': { vr: 'LO', Value: ['Basic Application Confidentiality Profile'] },
      },
    ],
  };
}
