// Synthetic test images for the media pipeline: every identifier here is invented.
import dcmjs, { type DicomDataset } from 'dcmjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { parseDicom, writeDicom } from '../dicom/dicom-io.js';
import { readDicomPixels, writeDicomPixels, type DicomPixels } from '../dicom/dicom-pixels.js';
import { resolveLimits } from '../media-limits.js';

export const PLANTED = {
  patientGiven: 'Jonas',
  patientFamily: 'Whitfield',
  patientId: 'MRN48213377',
  otherId: 'OPI5550192',
  accession: 'ACC99887766',
  birthDate: '19510314',
  studyDate: '20240611',
  institution: 'Ottumwa Regional Medical Center',
  referrer: 'Halvorsen^Birgitta',
  station: 'CTROOM7WEST',
  address: '1402 Wapello Street',
  comment: 'seen by Dr Halvorsen at Ottumwa',
  privateValue: 'ACME private Whitfield',
  studyUid: '1.2.826.0.1.3680043.8.498.10000000000000000000000000000001',
  seriesUid: '1.2.826.0.1.3680043.8.498.10000000000000000000000000000002',
  frameUid: '1.2.826.0.1.3680043.8.498.10000000000000000000000000000003',
} as const;

/** The header strings of {@link PLANTED} to look for in output bytes (UIDs included). */
export function plantedStrings(): string[] {
  return [
    PLANTED.patientFamily,
    PLANTED.patientId,
    PLANTED.otherId,
    PLANTED.accession,
    PLANTED.birthDate,
    PLANTED.studyDate,
    PLANTED.institution,
    'Halvorsen',
    PLANTED.station,
    PLANTED.address,
    PLANTED.comment,
    PLANTED.privateValue,
    PLANTED.studyUid,
    PLANTED.seriesUid,
    PLANTED.frameUid,
  ];
}

export interface DicomFixtureOptions {
  rows?: number;
  columns?: number;
  frames?: number;
  instance?: number;
  transferSyntax?: string;
  /** Stored values per frame; a gradient by default. */
  pixels?: (frame: number, rows: number, columns: number) => Int16Array;
  /**
   * A photographic file instead (8-bit interleaved RGB, no rescale or window): the pixels of each
   * frame, rows x columns x 3. The modality is then `XC` unless given.
   */
  rgb?: (frame: number, rows: number, columns: number) => Uint8Array;
  modality?: string;
}

/**
 * The header elements carrying {@link plantedStrings}: names (one nested in a sequence), IDs, dates,
 * institution, address, station, a free-text comment, a private attribute (its creator and value in
 * `privateGroup`, an odd group) and the study, series and frame of reference UIDs.
 */
function plantedHeader(privateGroup: string): DicomDataset {
  const name = `${PLANTED.patientFamily}^${PLANTED.patientGiven}`;
  return {
    '00080020': { vr: 'DA', Value: [PLANTED.studyDate] },
    '00080050': { vr: 'SH', Value: [PLANTED.accession] },
    '00080080': { vr: 'LO', Value: [PLANTED.institution] },
    '00080081': { vr: 'ST', Value: [PLANTED.address] },
    '00080090': { vr: 'PN', Value: [{ Alphabetic: PLANTED.referrer }] },
    '00081010': { vr: 'SH', Value: [PLANTED.station] },
    '00081030': { vr: 'LO', Value: [`CT chest for ${PLANTED.patientFamily}`] },
    '00081032': {
      vr: 'SQ',
      Value: [
        {
          '00080104': { vr: 'LO', Value: ['CT CHEST'] },
          '0040A123': { vr: 'PN', Value: [{ Alphabetic: name }] },
        },
      ],
    },
    [`${privateGroup}0010`]: { vr: 'LO', Value: ['ACME 1.0'] },
    [`${privateGroup}1001`]: { vr: 'LO', Value: [PLANTED.privateValue] },
    '00100010': { vr: 'PN', Value: [{ Alphabetic: name }] },
    '00100020': { vr: 'LO', Value: [PLANTED.patientId] },
    '00100030': { vr: 'DA', Value: [PLANTED.birthDate] },
    '00101000': { vr: 'LO', Value: [PLANTED.otherId] },
    '00101040': { vr: 'LO', Value: [PLANTED.address] },
    '0020000D': { vr: 'UI', Value: [PLANTED.studyUid] },
    '0020000E': { vr: 'UI', Value: [PLANTED.seriesUid] },
    '00200052': { vr: 'UI', Value: [PLANTED.frameUid] },
    '00204000': { vr: 'LT', Value: [PLANTED.comment] },
  };
}

const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';
const VL_PHOTOGRAPHIC_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.77.1.4';

/** A CT-like signed 16-bit DICOM file laden with synthetic identifiers, private tags and nested ones. */
export function makeCtDicom(options: DicomFixtureOptions = {}): Buffer {
  const rows = options.rows ?? 64;
  const columns = options.columns ?? 64;
  const frames = options.frames ?? 1;
  const instance = options.instance ?? 1;
  const sopInstance = `${PLANTED.seriesUid.slice(0, -2)}9${instance}`;
  const rgb = options.rgb;
  const sopClass = rgb ? VL_PHOTOGRAPHIC_IMAGE_STORAGE : CT_IMAGE_STORAGE;
  let pixelData: ArrayBuffer;
  if (rgb) {
    const bytes = new Uint8Array(rows * columns * 3 * frames + ((rows * columns * 3 * frames) % 2));
    for (let f = 0; f < frames; f++) bytes.set(rgb(f, rows, columns), f * rows * columns * 3);
    pixelData = bytes.buffer;
  } else {
    const data = new Int16Array(rows * columns * frames);
    for (let f = 0; f < frames; f++) {
      const frame = options.pixels?.(f, rows, columns) ?? gradient(rows, columns);
      data.set(frame, f * rows * columns);
    }
    pixelData = data.buffer;
  }
  const pixelModule: DicomDataset = rgb
    ? {
        '00280002': { vr: 'US', Value: [3] },
        '00280004': { vr: 'CS', Value: ['RGB'] },
        '00280006': { vr: 'US', Value: [0] },
        ...(frames > 1 ? { '00280008': { vr: 'IS', Value: [frames] } } : {}),
        '00280010': { vr: 'US', Value: [rows] },
        '00280011': { vr: 'US', Value: [columns] },
        '00280100': { vr: 'US', Value: [8] },
        '00280101': { vr: 'US', Value: [8] },
        '00280102': { vr: 'US', Value: [7] },
        '00280103': { vr: 'US', Value: [0] },
        '7FE00010': { vr: 'OB', Value: [pixelData] },
      }
    : {
        '00280002': { vr: 'US', Value: [1] },
        '00280004': { vr: 'CS', Value: ['MONOCHROME2'] },
        ...(frames > 1 ? { '00280008': { vr: 'IS', Value: [frames] } } : {}),
        '00280010': { vr: 'US', Value: [rows] },
        '00280011': { vr: 'US', Value: [columns] },
        '00280030': { vr: 'DS', Value: [0.7, 0.7] },
        '00280100': { vr: 'US', Value: [16] },
        '00280101': { vr: 'US', Value: [16] },
        '00280102': { vr: 'US', Value: [15] },
        '00280103': { vr: 'US', Value: [1] },
        '00281050': { vr: 'DS', Value: [40] },
        '00281051': { vr: 'DS', Value: [400] },
        '00281052': { vr: 'DS', Value: [-1024] },
        '00281053': { vr: 'DS', Value: [1] },
        '7FE00010': { vr: 'OW', Value: [pixelData] },
      };
  const ts = options.transferSyntax ?? '1.2.840.10008.1.2.1';
  const meta: DicomDataset = {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': { vr: 'UI', Value: [sopClass] },
    '00020003': { vr: 'UI', Value: [sopInstance] },
    '00020010': { vr: 'UI', Value: [ts] },
    '00020012': { vr: 'UI', Value: ['1.2.826.0.1.3680043.8.498.1'] },
    '00020016': { vr: 'AE', Value: [PLANTED.station.slice(0, 16)] },
  };
  const dict: DicomDataset = {
    '00080016': { vr: 'UI', Value: [sopClass] },
    '00080018': { vr: 'UI', Value: [sopInstance] },
    '00080030': { vr: 'TM', Value: ['101500'] },
    '00080060': { vr: 'CS', Value: [options.modality ?? (rgb ? 'XC' : 'CT')] },
    '00081140': {
      vr: 'SQ',
      Value: [
        {
          '00081150': { vr: 'UI', Value: ['1.2.840.10008.5.1.4.1.1.2'] },
          '00081155': { vr: 'UI', Value: [`${PLANTED.seriesUid.slice(0, -2)}80`] },
        },
      ],
    },
    '00100040': { vr: 'CS', Value: ['M'] },
    '00180015': { vr: 'CS', Value: ['CHEST'] },
    '00180050': { vr: 'DS', Value: [1.25] },
    '00200013': { vr: 'IS', Value: [instance] },
    ...plantedHeader('0009'),
    ...pixelModule,
  };
  const file = new dcmjs.data.DicomDict(meta);
  file.dict = dict;
  return Buffer.from(file.write());
}

/** Stored values from -1024 (air) to about +1000 left to right (HU after the -1024 intercept). */
function gradient(rows: number, columns: number): Int16Array {
  const out = new Int16Array(rows * columns);
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < columns; x++) out[y * columns + x] = Math.round((x / (columns - 1)) * 2048);
  return out;
}

/** Renders lines of white text on a dark background as a greyscale PNG (for burned-in text). */
export async function textImage(
  width: number,
  height: number,
  lines: { text: string; x: number; y: number; size: number }[],
): Promise<Buffer> {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><rect width="${width}" height="${height}" fill="#202020"/>${lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-family="DejaVu Sans" font-size="${l.size}" fill="#ffffff">${escape(l.text)}</text>`,
    )
    .join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** An XMP packet naming an invented creator. */
export const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XmpWhitfield</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** A JPEG segment (marker + big-endian length + payload). */
function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** An IPTC-IIM record 2:80 (By-line) in a Photoshop APP13 segment. */
function iptcSegment(byline: string): Buffer {
  const value = Buffer.from(byline, 'latin1');
  const iim = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0, value.length]), value]);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0, 0, 0, 0, 0]),
    iim,
  ]);
  resource.writeUInt32BE(iim.length, 8);
  return segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]));
}

/** A phone-like JPEG carrying identifiers in EXIF (with GPS), XMP, IPTC, an ICC profile and a comment. */
export async function ladenJpeg(): Promise<Buffer> {
  const base = await sharp({ create: { width: 240, height: 120, channels: 3, background: '#a07050' } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: {
        Artist: 'ExifWhitfield',
        ImageDescription: 'MRN48213377',
        Copyright: 'Ottumwa Clinic',
        Make: 'Phone',
        Model: 'X1',
      },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 1/1 3000/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '92/1 24/1 0/1',
      },
    })
    .withXmp(XMP)
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
  const extra = Buffer.concat([
    iptcSegment('IptcWhitfield'),
    segment(0xfe, Buffer.from('ComWhitfield', 'latin1')),
  ]);
  return Buffer.concat([base.subarray(0, 2), extra, base.subarray(2)]);
}

/** The strings {@link ladenJpeg} plants in its metadata. */
export const PHOTO_METADATA_PLANTED = [
  'ExifWhitfield',
  'MRN48213377',
  'Ottumwa',
  'XmpWhitfield',
  'IptcWhitfield',
  'ComWhitfield',
];

/** The kinds of metadata sharp finds in a file. */
export function metadataPresent(meta: Metadata): string[] {
  const present: string[] = [];
  if (meta.exif !== undefined) present.push('exif');
  if (meta.xmp !== undefined) present.push('xmp');
  if (meta.iptc !== undefined) present.push('iptc');
  if (meta.icc !== undefined) present.push('icc');
  if (meta.comments !== undefined && meta.comments.length > 0) present.push('comments');
  if (meta.orientation !== undefined) present.push('orientation');
  return present;
}

// A photograph of three people that ships with @vladmandic/face-api (MIT) as its demo image; it is
// read from node_modules, not copied (see DATA-LICENSES.md).
const require = createRequire(import.meta.url);
export const FACE_SAMPLE = join(
  dirname(require.resolve('@vladmandic/face-api/package.json')),
  'demo',
  'sample1.jpg',
);

/**
 * A photographic DICOM (modality XC unless given, 8-bit RGB) of the three-face sample photograph,
 * `width` pixels wide, in every one of `frames` frames, with the header identifiers of {@link makeCtDicom}.
 */
export async function makeFaceDicom(
  options: { width?: number; frames?: number; modality?: string } = {},
): Promise<Buffer> {
  const { data, info } = await sharp(FACE_SAMPLE)
    .resize(options.width ?? 640)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return makeCtDicom({
    rows: info.height,
    columns: info.width,
    frames: options.frames ?? 1,
    modality: options.modality,
    rgb: () => data,
  });
}

/**
 * The real public DICOM samples in `libs/media/test-data/public/` (from pydicom's test data, see the
 * README there), each with what a test may expect of it. Their own headers are already anonymised
 * by their makers; {@link plantInPublicSample} adds synthetic identifiers.
 */
export const PUBLIC_SAMPLES = [
  {
    file: 'CT_small.dcm',
    description: 'CT 128 × 128, 16-bit signed (NEMA WG04 CT1_UNC, downsized by pydicom)',
    ownIdentifiers: ['CompressedSamples', '1CT1', 'JFK IMAGING CENTER'],
    scale: 3,
    top: 8,
  },
  {
    file: 'MR_small.dcm',
    description: 'MR 64 × 64, 16-bit (NEMA WG04 MR1_UNC, downsized by pydicom)',
    // its institution, TOSHIBA, is also its manufacturer, which is kept
    ownIdentifiers: ['CompressedSamples', '4MR1'],
    scale: 6,
    top: 8,
  },
  {
    file: 'examples_rgb_color.dcm',
    description: 'US 320 × 240, 8-bit RGB (NEMA WG04 US1_UNCR, cropped by pydicom)',
    ownIdentifiers: ['CompressedSamples', '13US1', 'BAPTIST MED CTR'],
    scale: 2,
    // below the scan, clear of the sample's own burned-in annotations at the top
    top: 380,
  },
  {
    file: 'SC_rgb_small_odd.dcm',
    description: 'OT 3 × 3, 8-bit RGB (pydicom)',
    ownIdentifiers: ['Lestrade', 'Moriarty'],
    scale: undefined,
    top: undefined,
  },
] as const;

/** The bytes of one of {@link PUBLIC_SAMPLES}. */
export function readPublicSample(file: string): Buffer {
  return readFileSync(join(process.cwd(), 'libs/media/test-data/public', file));
}

/** The text {@link plantInPublicSample} burns into the pixels (by default). */
export const BURNED_IN_LINES = ['WHITFIELD JONAS', 'ID MRN48213377'];

/** Where {@link plantInPublicSample} draws its lines: from `top`, 8 px from the left. */
export function burnedInLines(
  top = 8,
  lines: readonly string[] = BURNED_IN_LINES,
  size = 22,
): { text: string; x: number; y: number; size: number }[] {
  return lines.map((text, i) => ({ text, x: 8, y: top + Math.round(size * 1.3 * (i + 1)), size }));
}

/** Every pixel of every frame enlarged `scale` times (nearest neighbour). */
function upscale(px: DicomPixels, scale: number): DicomPixels {
  const bytesPerPixel = px.samplesPerPixel * (px.bitsAllocated / 8);
  const rows = px.rows * scale;
  const columns = px.columns * scale;
  const frameBytes = rows * columns * bytesPerPixel;
  const data = new Uint8Array(frameBytes * px.frames);
  for (let f = 0; f < px.frames; f++)
    for (let y = 0; y < rows; y++)
      for (let x = 0; x < columns; x++) {
        const from =
          f * px.frameBytes + (Math.floor(y / scale) * px.columns + Math.floor(x / scale)) * bytesPerPixel;
        data.set(
          px.data.subarray(from, from + bytesPerPixel),
          f * frameBytes + (y * columns + x) * bytesPerPixel,
        );
      }
  return { ...px, rows, columns, data, frameBytes };
}

/**
 * The stored grey value that shows white: the frame's highest value, or the top of the header's
 * window when that is higher (clamped to Bits Stored).
 */
function whiteValue(px: DicomPixels, dataset: DicomDataset, frame: number): number {
  const view = new DataView(px.data.buffer, px.data.byteOffset + frame * px.frameBytes, px.frameBytes);
  const n = px.rows * px.columns;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v =
      px.bitsAllocated === 16
        ? px.signed
          ? view.getInt16(i * 2, true)
          : view.getUint16(i * 2, true)
        : view.getUint8(i);
    if (v > max) max = v;
  }
  const number = (tag: string): number | undefined => {
    const value = dataset[tag]?.Value?.[0];
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    return Number.isFinite(n) ? n : undefined;
  };
  const centre = number('00281050');
  const width = number('00281051');
  if (centre !== undefined && width !== undefined) {
    const top = Math.ceil((centre + width / 2 - (number('00281052') ?? 0)) / (number('00281053') ?? 1));
    max = Math.max(max, top);
  }
  const bits = number('00280101') ?? px.bitsAllocated;
  const limit = px.signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  return Math.min(max, limit);
}

/**
 * A real sample with synthetic identifiers planted: the header elements of {@link plantedStrings}
 * (the private one in group 0099, as the samples use 0009 for their own) and the source AE title;
 * with `scale`, the pixels enlarged that many times (pixel spacing divided accordingly) and
 * `lines` burned in as white text (DejaVu Sans, `size` px) at the left of every frame, from `top`.
 * Only MONOCHROME2 grey and interleaved RGB are drawn on (the samples here).
 */
export async function plantInPublicSample(
  bytes: Buffer,
  options: { scale?: number; top?: number; lines?: readonly string[]; size?: number } = {},
): Promise<Buffer> {
  const parsed = parseDicom(bytes);
  const dict = parsed.dict;
  Object.assign(dict, plantedHeader('0099'));
  parsed.meta['00020016'] = { vr: 'AE', Value: [PLANTED.station.slice(0, 16)] };
  if (options.scale === undefined) return writeDicom(parsed);
  const scale = options.scale;
  const px = upscale(readDicomPixels(dict, resolveLimits({})), scale);
  dict['00280010'] = { vr: 'US', Value: [px.rows] };
  dict['00280011'] = { vr: 'US', Value: [px.columns] };
  const spacing = dict['00280030'];
  if (spacing?.Value !== undefined) spacing.Value = spacing.Value.map((v) => Number(v) / scale);
  const lines = burnedInLines(options.top, options.lines, options.size);
  const { data: text } = await sharp(await textImage(px.columns, px.rows, lines))
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (let f = 0; f < px.frames; f++) {
    const white = px.samplesPerPixel === 1 ? whiteValue(px, dict, f) : 255;
    const view = new DataView(px.data.buffer, px.data.byteOffset + f * px.frameBytes, px.frameBytes);
    for (let i = 0; i < px.rows * px.columns; i++) {
      if (text[i] < 128) continue;
      if (px.samplesPerPixel === 3) for (let c = 0; c < 3; c++) view.setUint8(i * 3 + c, white);
      else if (px.bitsAllocated === 8) view.setUint8(i, white);
      else if (px.signed) view.setInt16(i * 2, white, true);
      else view.setUint16(i * 2, white, true);
    }
  }
  writeDicomPixels(dict, px);
  return writeDicom(parsed);
}

/**
 * The pixels of each planted word as {@link plantInPublicSample} draws them (a line's first k words
 * drawn alone, less its first k - 1), by word, for a frame of `width` × `height`.
 */
export async function plantedWordPixels(
  width: number,
  height: number,
  top: number,
): Promise<Map<string, number[]>> {
  const lit = async (line: { text: string; x: number; y: number; size: number }) =>
    sharp(await textImage(width, height, [line]))
      .toColourspace('b-w')
      .raw()
      .toBuffer();
  const out = new Map<string, number[]>();
  for (const line of burnedInLines(top)) {
    const words = line.text.split(' ');
    let before: Buffer | undefined;
    for (let k = 1; k <= words.length; k++) {
      const drawn = await lit({ ...line, text: words.slice(0, k).join(' ') });
      const pixels: number[] = [];
      for (let i = 0; i < width * height; i++)
        if (drawn[i] >= 128 && !(before && before[i] >= 128)) pixels.push(i);
      out.set(words[k - 1], pixels);
      before = drawn;
    }
  }
  return out;
}

/**
 * Planted words still drawn in a file's stored pixels (any frame): over half of the word's text
 * pixels hold the value planted there, unmasked. Ground truth, independent of OCR.
 */
export function wordsStillDrawn(
  planted: Buffer,
  output: Buffer,
  wordPixels: Map<string, number[]>,
  words: readonly string[],
): number {
  const limits = resolveLimits({});
  const before = readDicomPixels(parseDicom(planted).dict, limits);
  const after = readDicomPixels(parseDicom(output).dict, limits);
  const bytes = before.frameBytes / (before.rows * before.columns);
  let count = 0;
  for (const word of words) {
    const pixels = wordPixels.get(word) ?? [];
    const drawn = (f: number) =>
      pixels.filter((i) => {
        const at = f * before.frameBytes + i * bytes;
        return Buffer.from(after.data.subarray(at, at + bytes)).equals(
          Buffer.from(before.data.subarray(at, at + bytes)),
        );
      }).length;
    if (
      pixels.length > 0 &&
      Array.from({ length: before.frames }, (_, f) => drawn(f)).some((n) => n > pixels.length / 2)
    )
      count++;
  }
  return count;
}
