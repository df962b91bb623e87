import { mapLabel } from './gold.js';
import { newScore, scoreDocument, tokenPrecision, tokenRecall } from './scoring.js';

describe(scoreDocument.name, () => {
  it('should count a gold token as caught only when predictions cover all of it', () => {
    const score = newScore();
    const text = 'Jonas Whitfield came in';
    scoreDocument(score, { id: '1', text, spans: [{ start: 0, end: 15, label: 'NAME' }] }, [
      { start: 0, end: 5, category: 'NAME' },
      { start: 6, end: 10, category: 'NAME' },
    ]);
    expect(score.overall.goldTokens).toBe(2);
    expect(score.overall.caughtTokens).toBe(1);
    expect(score.overall.caughtSpans).toBe(0);
    expect(score.missed).toEqual([{ id: '1', category: 'NAME', text: 'Jonas Whitfield' }]);
  });

  it('should count tokens predicted outside gold spans as false positives', () => {
    const score = newScore();
    scoreDocument(score, { id: '1', text: 'Wilson disease', spans: [] }, [
      { start: 0, end: 6, category: 'NAME' },
    ]);
    expect(tokenPrecision(score.overall)).toBe(0);
    expect(tokenRecall(score.overall)).toBe(1);
  });

  it('should treat neutral labels as neither recall nor false positive', () => {
    const score = newScore();
    const text = 'Visited Canada in 1977';
    scoreDocument(
      score,
      {
        id: '1',
        text,
        spans: [
          { start: 8, end: 14, label: 'GPE' },
          { start: 18, end: 22, label: 'DATE_TIME' },
        ],
      },
      [{ start: 8, end: 14, category: 'LOCATION' }],
    );
    expect(score.overall.goldTokens).toBe(0);
    expect(score.overall.predictedTokens).toBe(0);
  });
});

describe(mapLabel.name, () => {
  it('should map Presidio labels as the data README says', () => {
    expect(mapLabel('PERSON', 'Ann')).toBe('NAME');
    expect(mapLabel('GPE', 'Canada')).toBe('NEUTRAL');
    expect(mapLabel('GPE', 'Lappeenranta')).toBe('LOCATION');
    expect(mapLabel('DATE_TIME', '1977')).toBe('NEUTRAL');
    expect(mapLabel('DATE_TIME', '3/23/1940')).toBe('DATE');
    expect(mapLabel('AGE', '93')).toBe('AGE_OVER_89');
    expect(mapLabel('AGE', '31')).toBe('NEUTRAL');
    expect(mapLabel('IBAN_CODE', 'GB56')).toBe('ACCOUNT_NUMBER');
    expect(mapLabel('ORGANIZATION', 'Avalara')).toBe('NEUTRAL');
  });
});
