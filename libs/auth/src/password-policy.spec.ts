import { isCommonPassword } from './password-policy.js';

describe(isCommonPassword.name, () => {
  it.each(['password', 'PASSWORD', 'qwerty', 'iloveyou', 'letmein'])(
    'should flag the leaked password %s in any case',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['password1234', '!!password!!', '2024football', 'monkey_123'])(
    'should flag %s, a common password padded with digits or symbols',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['aaaaaaaaaaaa', '111111111111', 'abababababab', 'abcdabcdabcd'])(
    'should flag the low-variety string %s',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['correct-horse-battery-staple-42', 'Tz8#quill-marsh-ferry', 'admin-password-for-tests-0001'])(
    'should accept the uncommon password %s',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );
});
