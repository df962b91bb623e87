import { PassThrough, Readable, Writable } from 'node:stream';
import { Anonymizer } from '../anonymizer.js';
import { deidentifyStream, processLine } from './deid-stream.js';

function collect(): { sink: Writable; lines: () => unknown[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  return {
    sink,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as unknown),
  };
}

describe(deidentifyStream.name, () => {
  const engine = new Anonymizer();

  it('should write one de-identified line per input line, in order', async () => {
    const input = Readable.from([
      '{"id":"a","text":"Call 641-555-0142"}\n',
      '{"id":2,"text":"Dr. Fosse on 3/14/2024"}\n',
    ]);
    const { sink, lines } = collect();
    const stats = await deidentifyStream(engine, input, sink);
    expect(stats).toEqual({ lines: 2, errors: 0 });
    expect(lines()).toEqual([
      {
        id: 'a',
        text: 'Call [PHONE]',
        findings: [{ start: 5, end: 17, category: 'PHONE', replacement: '[PHONE]' }],
      },
      {
        id: 2,
        text: 'Dr. [NAME] on [day 0]',
        findings: [
          { start: 4, end: 9, category: 'NAME', replacement: '[NAME]' },
          { start: 13, end: 22, category: 'DATE', replacement: '[day 0]' },
        ],
      },
    ]);
  });

  it('should report a malformed line as an error without its text and carry on', async () => {
    const input = Readable.from([
      '{"id":"bad","text":"Kayleigh Whitfield\n',
      'not json at all\n',
      '{"id":"ok","text":"fine"}\n',
    ]);
    const { sink, lines } = collect();
    const stats = await deidentifyStream(engine, input, sink);
    const out = lines();
    expect(stats.errors).toBe(2);
    expect(out).toHaveLength(3);
    expect(JSON.stringify(out)).not.toContain('Kayleigh');
    expect(out[0]).toEqual({ id: 'bad', error: 'malformed JSON' });
    expect(out[2]).toEqual({ id: 'ok', text: 'fine', findings: [] });
  });

  it('should report a text over the size limit as an error for that line only', () => {
    const small = new Anonymizer({ maxInputLength: 5 });
    const { output, error } = processLine(small, '{"id":7,"text":"Kayleigh Whitfield"}');
    expect(error).toBe(true);
    expect(output).not.toContain('Kayleigh');
    expect(JSON.parse(output)).toMatchObject({ id: 7 });
  });

  it('should wait for the output to drain when it pushes back', async () => {
    const input = new PassThrough();
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        writes++;
        setImmediate(cb);
      },
    });
    const done = deidentifyStream(engine, input, slow);
    for (let i = 0; i < 50; i++) input.write(`{"id":${i},"text":"room 12"}\n`);
    input.end();
    const stats = await done;
    expect(stats.lines).toBe(50);
    expect(writes).toBe(50);
  });
});
