import { Readable } from 'node:stream';
import { type CsvItem, CsvSplitter, readCsvRecords } from './csv-reader.js';

function splitAll(text: string, pieceSize = text.length || 1, maxRecordChars?: number): CsvItem[] {
  const splitter = new CsvSplitter({ maxRecordChars });
  const items: CsvItem[] = [];
  for (let i = 0; i < text.length; i += pieceSize) items.push(...splitter.push(text.slice(i, i + pieceSize)));
  return items.concat(splitter.end());
}

const SAMPLE = '\uFEFFa,b,c\r\n' + '"x, ""quoted""",2,3\n' + '"multi\nline",,\n' + '\n' + 'last,"",z';

describe(CsvSplitter.name, () => {
  it('should read quoted fields with commas, doubled quotes and line breaks', () => {
    expect(splitAll(SAMPLE)).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b', 'c'] },
      { kind: 'record', line: 2, fields: ['x, "quoted"', '2', '3'] },
      { kind: 'record', line: 3, fields: ['multi\nline', '', ''] },
      { kind: 'record', line: 6, fields: ['last', '', 'z'] },
    ]);
  });

  it('should give the same records whatever the size of the pieces it is fed', () => {
    const whole = splitAll(SAMPLE);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(splitAll(SAMPLE, size)).toEqual(whole);
  });

  it('should report text after a closing quote and resume on the next line', () => {
    expect(splitAll('a,b\n"bad"x,1\n"ok",2\n', 1)).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b'] },
      { kind: 'defect', line: 2, reason: 'BAD_QUOTING' },
      { kind: 'record', line: 3, fields: ['ok', '2'] },
    ]);
  });

  it('should report a quote left open at the end and still read the lines it swallowed', () => {
    expect(splitAll('a,b\n"open,1\nc,d\n')).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b'] },
      { kind: 'defect', line: 2, reason: 'BAD_QUOTING' },
      { kind: 'record', line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('should skip a record longer than the limit without holding it in memory', () => {
    const huge = `"${'y'.repeat(500)}`;
    expect(splitAll(`a,b\n${huge}\nstill open\n`, 16, 100)).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b'] },
      { kind: 'defect', line: 2, reason: 'RECORD_TOO_LONG' },
      { kind: 'record', line: 3, fields: ['still open'] },
    ]);
  });

  it('should keep a trailing empty field and a last line without a line break', () => {
    expect(splitAll('a,b,\n1,2,')).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'b', ''] },
      { kind: 'record', line: 2, fields: ['1', '2', ''] },
    ]);
  });
});

describe(readCsvRecords.name, () => {
  it('should decode UTF-8 characters split across chunks', async () => {
    const bytes = Buffer.from('name\n"Müller, José"\n', 'utf8');
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const items: CsvItem[] = [];
    for await (const group of readCsvRecords(Readable.from(chunks))) items.push(...group);
    expect(items).toEqual([
      { kind: 'record', line: 1, fields: ['name'] },
      { kind: 'record', line: 2, fields: ['Müller, José'] },
    ]);
  });
});
