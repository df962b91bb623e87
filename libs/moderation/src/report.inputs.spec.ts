import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ReportReason } from './report.entity.js';
import { ReportInput } from './report.inputs.js';

const CASE_ID = '3f1c2a4e-8d5b-4c6a-9e7f-0a1b2c3d4e5f';
const REPLY_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

async function invalidFields(input: Record<string, unknown>): Promise<string[]> {
  const errors = await validate(plainToInstance(ReportInput, input), { whitelist: true });
  return errors.map((e) => e.property).sort();
}

describe(ReportInput.name, () => {
  it('should accept a report of a case', async () => {
    expect(await invalidFields({ caseId: CASE_ID, reason: ReportReason.SPAM })).toEqual([]);
  });

  it('should accept a report of a reply with a note', async () => {
    expect(await invalidFields({ replyId: REPLY_ID, reason: ReportReason.OTHER, note: 'Rude' })).toEqual([]);
  });

  it('should refuse a report that names neither a case nor a reply', async () => {
    expect(await invalidFields({ reason: ReportReason.SPAM })).toEqual(['caseId']);
  });

  it('should refuse a report that names both a case and a reply', async () => {
    expect(
      await invalidFields({ caseId: CASE_ID, replyId: REPLY_ID, reason: ReportReason.PHI_SUSPECTED }),
    ).toEqual(['caseId', 'replyId']);
  });

  it('should refuse an id that is not a uuid, an unknown reason and an empty or oversized note', async () => {
    expect(await invalidFields({ caseId: 'case-1', reason: ReportReason.SPAM })).toEqual(['caseId']);
    expect(await invalidFields({ caseId: CASE_ID, reason: 'BORING' })).toEqual(['reason']);
    expect(await invalidFields({ caseId: CASE_ID, reason: ReportReason.SPAM, note: '' })).toEqual(['note']);
    expect(
      await invalidFields({ caseId: CASE_ID, reason: ReportReason.SPAM, note: 'x'.repeat(2_001) }),
    ).toEqual(['note']);
  });
});
