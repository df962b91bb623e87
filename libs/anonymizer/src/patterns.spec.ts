import { checkSync } from 'recheck';
import { LEADING_ID } from './cli/deid-stream.js';
import { ANONYMIZER_PATTERNS } from './patterns.js';

describe('ANONYMIZER_PATTERNS', () => {
  it('should list every pattern the engine runs', () => {
    expect(ANONYMIZER_PATTERNS.length).toBeGreaterThan(40);
  });

  it.each([...ANONYMIZER_PATTERNS, LEADING_ID].map((re) => [re.source.slice(0, 60), re] as const))(
    'should be judged safe from catastrophic backtracking: %s',
    (_label, re) => {
      const diagnostics = checkSync(re.source, re.flags, { timeout: 20_000 });
      expect(diagnostics.status).toBe('safe');
    },
    30_000,
  );
});
