export { AnonymizerModule } from './anonymizer.module.js';
export { DeidentificationResolver } from './deidentification.resolver.js';
export {
  DeidentificationPolicy,
  DeidentificationResult,
  DeidentificationSummary,
  ExtraRedactionsField,
  MAX_EXTRA_REDACTIONS,
  PhiCategoryEnum,
  PhiFinding,
  QuasiIdentifierWarning,
  TextSpanInput,
  UncertainToken,
} from './deidentification.model.js';
