import type { PhiCategory } from '../phi-category.js';
import type { TokenizedText } from '../text/tokens.js';
import type { Lexicons } from '../lexicon/lexicons.js';

/** A calendar date as written: any of its parts may be missing. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** A detector's proposal, before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  category: PhiCategory;
  /** Higher wins an overlap; equal priorities prefer the longer span. */
  priority: number;
  /** Fixed replacement; when absent the category's tag is used. */
  replacement?: string;
  /** For dates: the parts, resolved into a relative marker after merging. */
  date?: DateParts;
  /** A year written alone: kept by the date policy only where it must go (birth, age over 89). */
  bareYear?: boolean;
}

export interface DetectionContext {
  text: string;
  tokenized: TokenizedText;
  lex: Lexicons;
  restrictedZip3: ReadonlySet<string>;
}

export type Detector = (ctx: DetectionContext) => Candidate[];

export const PRIORITY = {
  structured: 100,
  address: 85,
  date: 80,
  cueId: 78,
  facility: 72,
  cityState: 70,
  age: 66,
  nameCue: 64,
  place: 55,
  nameLexicon: 50,
  genericId: 40,
  bareYear: 30,
} as const;
