import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { UncertaintyReason } from '../author/uncertain-tokens.js';
import { PHI_CATEGORIES, type PhiCategory } from '../phi-category.js';

/** The contract's PhiCategory enum, generated from the library's own list. */
export const PhiCategoryEnum = Object.fromEntries(PHI_CATEGORIES.map((c) => [c, c])) as {
  [K in PhiCategory]: K;
};
registerEnumType(PhiCategoryEnum, {
  name: 'PhiCategory',
  description: 'A HIPAA Safe Harbor identifier category',
  valuesMap: {
    NAME: { description: "A person's name (patient, relative, clinician)." },
    LOCATION: { description: 'A place smaller than a state: street, city, county, ZIP code, facility.' },
    DATE: { description: 'A date (other than a year) tied to a person: birth, admission, death.' },
    AGE_OVER_89: { description: 'An age over 89 (stored as 90+).' },
    PHONE: { description: 'A telephone number.' },
    FAX: { description: 'A fax number.' },
    EMAIL: { description: 'An e-mail address.' },
    SSN: { description: 'A Social Security number.' },
    MRN: { description: 'A medical record number.' },
    HEALTH_PLAN_ID: { description: 'A health plan beneficiary number.' },
    ACCOUNT_NUMBER: { description: 'An account number.' },
    LICENSE_NUMBER: { description: 'A certificate or licence number.' },
    VEHICLE_ID: { description: 'A vehicle identifier or licence plate.' },
    DEVICE_ID: { description: 'A device identifier or serial number.' },
    URL: { description: 'A web address.' },
    IP_ADDRESS: { description: 'An IP address.' },
    BIOMETRIC_ID: { description: 'A biometric identifier (fingerprint, voice print).' },
    OTHER_ID: {
      description:
        'Any other unique identifying number, characteristic or code, including spans the author marked.',
    },
  },
});

@ObjectType({
  description:
    'One identifier the anonymizer removed from the submitted text. Returned only to the author, at submission time; never stored.',
})
export class PhiFinding {
  @Field(() => PhiCategoryEnum, { description: 'Which kind of identifier it was.' })
  category!: PhiCategory;

  @Field(() => Int, { description: 'UTF-16 offset into the submitted text' })
  start!: number;

  @Field(() => Int, { description: 'Exclusive' })
  end!: number;

  @Field({ description: 'What now stands in the stored text' })
  replacement!: string;
}

const UNCERTAINTY_REASONS: readonly UncertaintyReason[] = [
  'POSSIBLE_NAME',
  'INITIAL',
  'LONG_NUMBER',
  'UNKNOWN_WORD',
];
export const UncertaintyReasonEnum = Object.fromEntries(UNCERTAINTY_REASONS.map((r) => [r, r])) as {
  [K in UncertaintyReason]: K;
};
registerEnumType(UncertaintyReasonEnum, {
  name: 'UncertaintyReason',
  description: 'Why the engine kept a token it is not sure of',
  valuesMap: {
    POSSIBLE_NAME: { description: 'A capitalised word that could be a name.' },
    INITIAL: { description: 'A single letter that could be an initial.' },
    LONG_NUMBER: { description: 'A long number that matched no identifier pattern.' },
    UNKNOWN_WORD: { description: "A word that is in none of the engine's dictionaries." },
  },
});

/** Which de-identification policy a preview applies: the one the previewed field is saved with. */
export enum DeidentificationPolicy {
  TEXT = 'TEXT',
  SHORT_FIELD = 'SHORT_FIELD',
}
registerEnumType(DeidentificationPolicy, {
  name: 'DeidentificationPolicy',
  description: 'Which de-identification policy a preview applies: the one the previewed field is saved with',
  valuesMap: {
    TEXT: {
      description:
        'Running text (a case body, a reply, a consult message, the free text of the structured case fields, a bio): identifiers are found in context',
    },
    SHORT_FIELD: {
      description:
        'A short field with no context (a case title, a tag): every token that is no known safe word is removed as well',
    },
  },
});

/** A span of the submitted text that its author marks for removal. */
@InputType({
  description:
    'A span of the submitted text that its author marks for removal, as UTF-16 offsets (start inclusive, end exclusive).',
})
export class TextSpanInput {
  @Field(() => Int, { description: 'UTF-16 offset into the submitted text' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  start!: number;

  @Field(() => Int, { description: 'Exclusive' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  end!: number;
}

/** Most spans an author may mark for removal in one submitted text. */
export const MAX_EXTRA_REDACTIONS = 200;

/**
 * The `extraRedactions` field of an input that submits free text (a case, a reply, an edit of held
 * content): optional, at most MAX_EXTRA_REDACTIONS spans, each checked as a TextSpanInput. Declared
 * once here so that every input takes the spans the same way.
 */
export function ExtraRedactionsField(
  description = 'Spans of `body` its author marks for removal as well (applied on the server, never stored raw)',
): PropertyDecorator {
  return applyDecorators(
    Field(() => [TextSpanInput], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(MAX_EXTRA_REDACTIONS),
    ValidateNested({ each: true }),
    Type(() => TextSpanInput),
  );
}

@ObjectType({ description: 'A token the engine kept but is least sure of: the author should confirm it' })
export class UncertainToken {
  @Field(() => Int, { description: 'UTF-16 offset into the submitted text' })
  start!: number;

  @Field(() => Int, { description: 'Exclusive' })
  end!: number;

  @Field(() => UncertaintyReasonEnum, { description: 'Why the engine is unsure of it.' })
  reason!: UncertaintyReason;
}

@ObjectType({ description: 'Context that Safe Harbor does not list but that may point to one person' })
export class QuasiIdentifierWarning {
  @Field({ description: 'Stable code of the rule that matched (for programs).' })
  rule!: string;

  @Field({ description: 'What was found and why it may identify someone, for the author.' })
  message!: string;
}

@ObjectType({
  description:
    'What the anonymizer makes of a text: the text as it would be stored, what was removed, and what the author should check.',
})
export class DeidentificationResult {
  @Field({ description: 'The de-identified text, exactly what would be stored' })
  text!: string;

  @Field(() => [PhiFinding], { description: 'Each identifier removed, in text order.' })
  findings!: PhiFinding[];

  @Field(() => [UncertainToken], {
    description: 'Kept tokens the engine is least sure of (at most 20), to ask the author about',
  })
  uncertain!: UncertainToken[];

  @Field(() => [QuasiIdentifierWarning], { description: 'Quasi-identifier combinations found in the text' })
  warnings!: QuasiIdentifierWarning[];
}

/** What is kept about a stored text's de-identification: never the originals. */
@ObjectType({
  description:
    "What is kept about a stored text's de-identification: how many identifiers were removed and of which kinds, never the removed text.",
})
export class DeidentificationSummary {
  @Field(() => Int, { description: 'How many identifiers were removed.' })
  findingCount!: number;

  @Field(() => [PhiCategoryEnum], { description: 'The kinds of identifiers removed, each once.' })
  categories!: PhiCategory[];
}
