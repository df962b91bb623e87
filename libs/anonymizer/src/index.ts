/**
 * @curbside/anonymizer: Safe Harbor de-identification of clinical free text.
 * The only producer of {@link DeidentifiedText}. See README.md for guarantees and limits.
 */
export {
  PHI_CATEGORIES,
  isPhiCategory,
  type PhiCategory,
  type PhiFinding,
  type DeidentifiedText,
  type DeidentificationResult,
  type DeidentificationSummary,
} from './phi-category.js';
export {
  Anonymizer,
  deidentify,
  DEFAULT_MAX_INPUT_LENGTH,
  DEFAULT_RESTRICTED_ZIP3,
  type AnonymizerOptions,
} from './anonymizer.js';
export { InputTooLargeError } from './errors.js';
export { summarize } from './summary.js';
export { deidentifyShortField, type ShortFieldResult } from './short-field/short-field.js';
export {
  deidentifyWithAuthorSpans,
  authorSpansProblem,
  MAX_AUTHOR_SPANS,
  type TextSpan,
} from './author/author-spans.js';
export { leastSureKept, type UncertainToken, type UncertaintyReason } from './author/uncertain-tokens.js';
export { quasiIdentifierWarnings, type QuasiIdentifierWarning } from './quasi/quasi-warnings.js';
export {
  redactDeidentifiedSpan,
  moderatorSpanProblem,
  type CategorizedSpan,
} from './author/moderator-redaction.js';
