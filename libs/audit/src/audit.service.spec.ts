import { assertNoFreeText } from './audit.service.js';

describe(assertNoFreeText.name, () => {
  it('should accept ids, codes, counts and flags', () => {
    expect(() =>
      assertNoFreeText({
        targetId: '4a0f3c7e-2b1d-4e8f-9a6b-0c1d2e3f4a5b',
        status: 'ACTIONED',
        source: 'environment',
        reasonFindings: 2,
        hidden: true,
        parent: null,
      }),
    ).not.toThrow();
  });

  it('should refuse free text, however it was made', () => {
    expect(() => assertNoFreeText({ reason: 'Repeated unprofessional conduct' })).toThrow(
      'audit detail "reason" must be an id or a code, not free text',
    );
    expect(() => assertNoFreeText({ note: 'x'.repeat(65) })).toThrow(/"note"/);
  });
});
