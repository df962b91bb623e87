import { lexicons } from '../lexicon/lexicons.js';
import { isKnownSafeWord } from './safe-vocabulary.js';

describe(isKnownSafeWord.name, () => {
  const lex = lexicons();

  it.each([
    'heart',
    'block',
    'pneumonia',
    'sepsis',
    'cardiology',
    'mg',
    'carditis',
    'stenosis',
    'cardiomyopathy',
    'follow-up',
  ])('should know %p as safe', (word) => {
    expect(isKnownSafeWord(word, lex)).toBe(true);
  });

  it('should take an eponym for medical only before its head word', () => {
    expect(isKnownSafeWord('tanner', lex)).toBe(false);
    expect(isKnownSafeWord('tanner', lex, true)).toBe(true);
  });

  it.each(['okonkwo-haley', 'okonkwo', 'haley', 'tacoma', 'q', 'xzqv', 'chen'])(
    'should not know %p as safe',
    (word) => {
      expect(isKnownSafeWord(word, lex)).toBe(false);
    },
  );
});
