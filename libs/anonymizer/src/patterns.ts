import { ADDRESS_PATTERNS } from './detectors/address.detector.js';
import { AGE_PATTERNS } from './detectors/age.detector.js';
import { CONTACT_PATTERNS } from './detectors/contact.detector.js';
import { DATE_PATTERNS } from './detectors/date.detector.js';
import { IDENTIFIER_PATTERNS } from './detectors/identifier.detector.js';
import { TAG_PATTERN } from './engine/tags.js';

/**
 * Every regular expression the engine runs over input text, for the ReDoS test: each must be
 * judged safe (linear) by a static analyser.
 */
export const ANONYMIZER_PATTERNS: readonly RegExp[] = [
  ...CONTACT_PATTERNS,
  ...DATE_PATTERNS,
  ...AGE_PATTERNS,
  ...IDENTIFIER_PATTERNS,
  ...ADDRESS_PATTERNS,
  TAG_PATTERN,
];
