import { followUpDays, followUpJobId } from './outcome-follow-up.job.js';

describe('outcome follow-up settings', () => {
  it('should read the follow-up days as distinct ascending numbers', () => {
    expect(followUpDays('90, 30,30')).toEqual([30, 90]);
    expect(followUpDays('0,7')).toEqual([7]);
  });

  it('should give one UUID per case and day, the same each time', () => {
    const caseId = '6f1c8f0e-4a8b-4c59-9d7e-0d5b8a1c2e3f';
    const id = followUpJobId(caseId, 30);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(followUpJobId(caseId, 30)).toBe(id);
    expect(followUpJobId(caseId, 90)).not.toBe(id);
  });
});
