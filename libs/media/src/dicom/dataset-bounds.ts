import { MediaError } from '../media-error.js';

const LONG_LENGTH_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT']);
const UNDEFINED_LENGTH = 0xffffffff;
const ITEM = 0xe000;
const ITEM_END = 0xe00d;
const SEQUENCE_END = 0xe0dd;
/** Sequences nested deeper than this are refused rather than walked (a stack-depth bomb). */
const MAX_DEPTH = 16;

/**
 * Walks every element of an uncompressed Little Endian data set, sequences included, and refuses
 * the file when a declared length runs past its end. A parser that trusts declared lengths would
 * otherwise hand back zero-filled pixels for a file cut short in transit.
 */
export function requireCompleteDataset(bytes: Uint8Array, transferSyntax: string): void {
  const explicit = transferSyntax !== '1.2.840.10008.1.2';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const walker = new DatasetWalker(bytes, view, explicit);
  walker.elements(132, bytes.length, 0, false);
}

class DatasetWalker {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
    private readonly explicit: boolean,
  ) {}

  /** Walks elements from `start` to `end` (or to an item delimiter when `untilItemEnd`); returns where it stopped. */
  elements(start: number, end: number, depth: number, untilItemEnd: boolean): number {
    if (depth > MAX_DEPTH) throw new MediaError('MEDIA_CORRUPT', 'sequences nested too deeply');
    let i = start;
    while (i < end) {
      this.need(i + 8);
      const group = this.view.getUint16(i, true);
      const element = this.view.getUint16(i + 2, true);
      if (group === 0xfffe && element === ITEM_END && untilItemEnd) return i + 8;
      // the file meta group is always Explicit VR, whatever the data set's syntax
      const explicit = this.explicit || group === 0x0002;
      let length: number;
      let valueStart: number;
      let isSequence = false;
      if (explicit && group !== 0xfffe) {
        const vr = String.fromCharCode(this.bytes[i + 4], this.bytes[i + 5]);
        if (LONG_LENGTH_VRS.has(vr)) {
          this.need(i + 12);
          length = this.view.getUint32(i + 8, true);
          valueStart = i + 12;
        } else {
          length = this.view.getUint16(i + 6, true);
          valueStart = i + 8;
        }
        isSequence = vr === 'SQ' || (vr === 'UN' && length === UNDEFINED_LENGTH);
      } else {
        length = this.view.getUint32(i + 4, true);
        valueStart = i + 8;
        isSequence = length === UNDEFINED_LENGTH;
      }
      if (length === UNDEFINED_LENGTH) {
        if (!isSequence) throw new MediaError('MEDIA_CORRUPT', 'undefined length outside a sequence');
        i = this.sequenceItems(valueStart, depth + 1);
        continue;
      }
      this.need(valueStart + length);
      if (isSequence) this.definedSequence(valueStart, valueStart + length, depth + 1);
      i = valueStart + length;
    }
    if (untilItemEnd) throw new MediaError('MEDIA_TRUNCATED');
    return i;
  }

  /** An undefined-length sequence: items until the sequence delimiter; returns the offset after it. */
  private sequenceItems(start: number, depth: number): number {
    let i = start;
    for (;;) {
      this.need(i + 8);
      const group = this.view.getUint16(i, true);
      const element = this.view.getUint16(i + 2, true);
      const length = this.view.getUint32(i + 4, true);
      if (group !== 0xfffe)
        throw new MediaError('MEDIA_CORRUPT', 'a sequence holds something other than items');
      if (element === SEQUENCE_END) return i + 8;
      if (element !== ITEM) throw new MediaError('MEDIA_CORRUPT', 'unexpected delimiter in a sequence');
      if (length === UNDEFINED_LENGTH) {
        i = this.elements(i + 8, this.bytes.length, depth, true);
      } else {
        this.need(i + 8 + length);
        this.elements(i + 8, i + 8 + length, depth, false);
        i = i + 8 + length;
      }
    }
  }

  /** A defined-length sequence: its items must fit inside it. */
  private definedSequence(start: number, end: number, depth: number): void {
    let i = start;
    while (i < end) {
      this.need(i + 8);
      const element = this.view.getUint16(i + 2, true);
      const length = this.view.getUint32(i + 4, true);
      if (this.view.getUint16(i, true) !== 0xfffe || element !== ITEM) {
        throw new MediaError('MEDIA_CORRUPT', 'a sequence holds something other than items');
      }
      if (length === UNDEFINED_LENGTH) {
        i = this.elements(i + 8, end, depth, true);
      } else {
        if (i + 8 + length > end) throw new MediaError('MEDIA_CORRUPT', 'an item runs past its sequence');
        this.elements(i + 8, i + 8 + length, depth, false);
        i = i + 8 + length;
      }
    }
  }

  private need(offset: number): void {
    if (offset > this.bytes.length) throw new MediaError('MEDIA_TRUNCATED');
  }
}
