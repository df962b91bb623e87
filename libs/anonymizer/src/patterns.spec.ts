import { checkSync } from 'recheck';
import { LEADING_ID } from './cli/deid-stream.js';
import { GOLD_PATTERNS } from './eval/gold.js';
import { PEER_LABEL_PATTERN } from './eval/redact-pii-peer.js';
import { TOKEN } from './eval/scoring.js';
import { CUE_WORD_PATTERNS } from './detectors/cue-word.detector.js';
import { CLINICAL_SERVICE_PATTERNS } from './detectors/clinical-service.js';
import { ANONYMIZER_PATTERNS } from './patterns.js';

describe('ANONYMIZER_PATTERNS', () => {
  it('should list every pattern the engine runs', () => {
    expect(ANONYMIZER_PATTERNS.length).toBeGreaterThan(40);
  });

  it.each(
    [
      ...ANONYMIZER_PATTERNS,
      ...CUE_WORD_PATTERNS,
      ...CLINICAL_SERVICE_PATTERNS,
      LEADING_ID,
      ...GOLD_PATTERNS,
      TOKEN,
      PEER_LABEL_PATTERN,
    ].map((re) => [re.source.slice(0, 60), re] as const),
  )(
    'should be judged safe from catastrophic backtracking: %s',
    (_label, re) => {
      const diagnostics = checkSync(re.source, re.flags, { timeout: 20_000 });
      expect(diagnostics.status).toBe('safe');
    },
    30_000,
  );
});
