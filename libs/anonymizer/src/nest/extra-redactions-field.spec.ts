import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ExtraRedactionsField, MAX_EXTRA_REDACTIONS, type TextSpanInput } from './deidentification.model.js';

class Submission {
  @ExtraRedactionsField()
  extraRedactions?: TextSpanInput[] | null;
}

const errorsOf = async (extraRedactions: unknown): Promise<string[]> =>
  (await validate(plainToInstance(Submission, { extraRedactions }))).map((e) => e.property);

describe('ExtraRedactionsField', () => {
  it('accepts no spans and up to the maximum of well-formed spans', async () => {
    expect(await errorsOf(undefined)).toEqual([]);
    expect(await errorsOf(null)).toEqual([]);
    const spans = Array.from({ length: MAX_EXTRA_REDACTIONS }, (_, i) => ({ start: i, end: i + 1 }));
    expect(await errorsOf(spans)).toEqual([]);
  });

  it('refuses one span too many, and checks each span', async () => {
    const spans = Array.from({ length: MAX_EXTRA_REDACTIONS + 1 }, (_, i) => ({ start: i, end: i + 1 }));
    expect(await errorsOf(spans)).toEqual(['extraRedactions']);
    expect(await errorsOf([{ start: -1, end: 0 }])).toEqual(['extraRedactions']);
  });
});
