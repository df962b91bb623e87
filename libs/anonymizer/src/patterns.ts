import { ADDRESS_PATTERNS } from './detectors/address.detector.js';
import { ADDRESS_LABEL_PATTERNS } from './detectors/address-label.detector.js';
import { AGE_PATTERNS } from './detectors/age.detector.js';
import { CUE_PHRASE_PATTERNS } from './detectors/cue-phrase.detector.js';
import { AGE_SHORTHAND_PATTERNS } from './detectors/age-shorthand.detector.js';
import { CLINICAL_SERVICE_PATTERNS } from './detectors/clinical-service.js';
import { CONTACT_PATTERNS } from './detectors/contact.detector.js';
import { DATE_PATTERNS } from './detectors/date.detector.js';
import { IDENTIFIER_PATTERNS } from './detectors/identifier.detector.js';
import { NAME_PATTERNS } from './detectors/name.detector.js';
import { PLACE_PATTERNS } from './detectors/place.detector.js';
import { UNKNOWN_WORD_PATTERNS } from './detectors/unknown-word.js';
import { YEAR_PATTERNS } from './detectors/year.detector.js';
import { BIRTH_CUE_PATTERNS } from './dates/birth-cue.js';
import { SAFE_VOCABULARY_PATTERNS } from './short-field/safe-vocabulary.js';
import { SHORT_FIELD_PATTERNS } from './short-field/short-field.js';
import { UNCERTAIN_PATTERNS } from './author/uncertain-tokens.js';
import { WORD_CLASS_PATTERNS } from './detectors/word-classes.js';
import { TAG_PATTERN } from './engine/tags.js';
import { LEXICON_PATTERNS } from './lexicon/lexicons.js';
import { TOKEN_PATTERNS } from './text/tokens.js';

/**
 * Every regular expression the engine runs over input text, for the ReDoS test: each must be
 * judged safe (linear) by a static analyser.
 */
export const ANONYMIZER_PATTERNS: readonly RegExp[] = [
  ...CONTACT_PATTERNS,
  ...DATE_PATTERNS,
  ...YEAR_PATTERNS,
  ...BIRTH_CUE_PATTERNS,
  ...AGE_PATTERNS,
  ...CLINICAL_SERVICE_PATTERNS,
  ...CUE_PHRASE_PATTERNS,
  ...AGE_SHORTHAND_PATTERNS,
  ...IDENTIFIER_PATTERNS,
  ...ADDRESS_PATTERNS,
  ...ADDRESS_LABEL_PATTERNS,
  ...NAME_PATTERNS,
  ...PLACE_PATTERNS,
  ...UNKNOWN_WORD_PATTERNS,
  ...WORD_CLASS_PATTERNS,
  ...TOKEN_PATTERNS,
  ...LEXICON_PATTERNS,
  ...SAFE_VOCABULARY_PATTERNS,
  ...SHORT_FIELD_PATTERNS,
  ...UNCERTAIN_PATTERNS,
  TAG_PATTERN,
];
