import { detectAddresses } from './detectors/address.detector.js';
import { detectLabelledAddresses } from './detectors/address-label.detector.js';
import { detectAges } from './detectors/age.detector.js';
import { detectAgeShorthand } from './detectors/age-shorthand.detector.js';
import { detectAgeWords } from './detectors/age-words.detector.js';
import { detectContacts } from './detectors/contact.detector.js';
import { detectDates } from './detectors/date.detector.js';
import { detectIdentifiers } from './detectors/identifier.detector.js';
import { detectNames } from './detectors/name.detector.js';
import { propagateNames } from './detectors/propagate.js';
import { detectByVocabulary } from './detectors/vocabulary.detector.js';
import { detectByCueWords } from './detectors/cue-word.detector.js';
import { detectByCuePhrases } from './detectors/cue-phrase.detector.js';
import { detectFacilityShapes } from './detectors/facility-shape.detector.js';
import { withoutClinicalServices } from './detectors/clinical-service.js';
import { detectPlaces } from './detectors/place.detector.js';
import { detectBareYears } from './detectors/year.detector.js';
import { applyDatePolicy } from './dates/date-policy.js';
import { classifyWords } from './detectors/word-classes.js';
import type { Candidate, DetectionContext } from './engine/candidate.js';
import { mergeCandidates } from './engine/merge.js';
import { isPlaceholderSpan } from './engine/placeholders.js';
import { lockTags } from './engine/tags.js';
import { InputTooLargeError } from './errors.js';
import { lexicons } from './lexicon/lexicons.js';
import type { DeidentificationResult, DeidentifiedText, PhiFinding } from './phi-category.js';
import { tokenize } from './text/tokens.js';

/** HHS Safe Harbor list of three-digit ZIP areas with 20,000 people or fewer (2000 census). */
export const DEFAULT_RESTRICTED_ZIP3: readonly string[] = [
  '036',
  '059',
  '063',
  '102',
  '203',
  '556',
  '692',
  '790',
  '821',
  '823',
  '830',
  '831',
  '878',
  '879',
  '884',
  '890',
  '893',
];

export const DEFAULT_MAX_INPUT_LENGTH = 100_000;

export interface AnonymizerOptions {
  /** Longest accepted input, in UTF-16 code units. Default 100,000. */
  maxInputLength?: number;
  /** Three-digit ZIP prefixes that must become "000". Default: the HHS list. */
  restrictedZip3?: readonly string[];
}

function brand(text: string): DeidentifiedText {
  return text as DeidentifiedText;
}

/**
 * The Safe Harbor de-identification engine.
 *
 * Guarantees:
 * - deterministic: the same text and options always give the same result;
 * - idempotent: de-identifying its own output changes nothing (its tags are never re-detected);
 * - never throws for any string input, except {@link InputTooLargeError} past `maxInputLength`;
 *   should a detector fail internally, the whole text is withheld as one `[OTHER_ID]` finding
 *   rather than returned unredacted;
 * - runs in time linear in the input (no backtracking-prone regular expression);
 * - findings are sorted, never overlap, and index the input (UTF-16, end exclusive).
 *
 * Not guaranteed: that every identifier is found. Detection is rule- and lexicon-based; a name
 * that is also an ordinary word, written without any cue, in lower case, can be missed, and a
 * rare medical term can be taken for a name. Human review stays necessary for free text.
 */
export class Anonymizer {
  readonly maxInputLength: number;
  private readonly restrictedZip3: ReadonlySet<string>;

  constructor(options: AnonymizerOptions = {}) {
    const max = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
    this.maxInputLength = Number.isFinite(max) && max >= 0 ? Math.floor(max) : DEFAULT_MAX_INPUT_LENGTH;
    this.restrictedZip3 = new Set(options.restrictedZip3 ?? DEFAULT_RESTRICTED_ZIP3);
  }

  /**
   * Finds the identifiers in `text` and replaces each with a typed tag.
   * @throws InputTooLargeError when `text` is longer than `maxInputLength` (the message holds no text).
   */
  deidentify(text: string): DeidentificationResult {
    const input = typeof text === 'string' ? text : String(text ?? '');
    if (input.length > this.maxInputLength) throw new InputTooLargeError(input.length, this.maxInputLength);
    if (input.length === 0) return { text: brand(''), findings: [] };
    let findings: PhiFinding[];
    try {
      findings = this.detect(input);
    } catch {
      findings = [{ category: 'OTHER_ID', start: 0, end: input.length, replacement: '[OTHER_ID]' }];
    }
    return { text: brand(applyFindings(input, findings)), findings };
  }

  private detect(text: string): PhiFinding[] {
    const lex = lexicons();
    const locked = lockTags(text);
    const tokenized = tokenize(text, locked);
    const ctx: DetectionContext = { text, tokenized, lex, restrictedZip3: this.restrictedZip3 };
    const { infos, flags } = classifyWords(tokenized, lex);
    const state = { infos, tokens: tokenized.tokens, flags };
    const candidates: Candidate[] = [
      ...detectContacts(ctx),
      ...detectDates(ctx),
      ...detectBareYears(ctx),
      ...detectAges(ctx),
      ...detectAgeShorthand(ctx),
      ...detectAgeWords(ctx),
      ...detectAddresses(ctx),
      ...detectLabelledAddresses(ctx),
      ...detectIdentifiers(ctx),
      ...withoutClinicalServices(detectPlaces(ctx, state), text, lex),
    ];
    const names = [
      ...detectNames(ctx, state),
      ...detectByVocabulary(ctx, state),
      ...detectByCueWords(ctx, state),
      ...detectByCuePhrases(ctx, state),
      ...detectFacilityShapes(ctx, state),
    ];
    candidates.push(...names, ...propagateNames(state, names, lex.dictionary));
    const merged = mergeCandidates(candidates, text, locked).filter((c) => !isPlaceholderSpan(c, text));
    const dates = applyDatePolicy(
      merged.filter((c) => c.category === 'DATE'),
      text,
      merged.some((c) => c.category === 'AGE_OVER_89'),
    );
    const markers = dates.markers;
    return merged
      .filter((c) => !dates.keep.has(c))
      .map((c) => ({
        category: c.category,
        start: c.start,
        end: c.end,
        replacement: markers.get(c) ?? c.replacement ?? `[${c.category}]`,
      }));
  }
}

/** Rebuilds the text with each finding's span replaced; findings must be sorted and disjoint. */
export function applyFindings(text: string, findings: readonly PhiFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + text.slice(at);
}

let shared: Anonymizer | undefined;

/**
 * De-identifies one text. Without options it uses one shared, default-configured instance.
 * See {@link Anonymizer} for what is and is not guaranteed.
 */
export function deidentify(text: string, options?: AnonymizerOptions): DeidentificationResult {
  if (options !== undefined) return new Anonymizer(options).deidentify(text);
  shared ??= new Anonymizer();
  return shared.deidentify(text);
}
