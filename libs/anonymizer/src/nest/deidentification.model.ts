import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { UncertaintyReason } from '../author/uncertain-tokens.js';
import { PHI_CATEGORIES, type PhiCategory } from '../phi-category.js';

/** The contract's PhiCategory enum, generated from the library's own list. */
export const PhiCategoryEnum = Object.fromEntries(PHI_CATEGORIES.map((c) => [c, c])) as {
  [K in PhiCategory]: K;
};
registerEnumType(PhiCategoryEnum, {
  name: 'PhiCategory',
  description: 'A HIPAA Safe Harbor identifier category',
});

@ObjectType()
export class PhiFinding {
  @Field(() => PhiCategoryEnum)
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
@InputType()
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

@ObjectType({ description: 'A token the engine kept but is least sure of: the author should confirm it' })
export class UncertainToken {
  @Field(() => Int, { description: 'UTF-16 offset into the submitted text' })
  start!: number;

  @Field(() => Int, { description: 'Exclusive' })
  end!: number;

  @Field(() => UncertaintyReasonEnum)
  reason!: UncertaintyReason;
}

@ObjectType({ description: 'Context that Safe Harbor does not list but that may point to one person' })
export class QuasiIdentifierWarning {
  @Field()
  rule!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class DeidentificationResult {
  @Field({ description: 'The de-identified text, exactly what would be stored' })
  text!: string;

  @Field(() => [PhiFinding])
  findings!: PhiFinding[];

  @Field(() => [UncertainToken], {
    description: 'Kept tokens the engine is least sure of (at most 20), to ask the author about',
  })
  uncertain!: UncertainToken[];

  @Field(() => [QuasiIdentifierWarning], { description: 'Quasi-identifier combinations found in the text' })
  warnings!: QuasiIdentifierWarning[];
}

/** What is kept about a stored text's de-identification: never the originals. */
@ObjectType()
export class DeidentificationSummary {
  @Field(() => Int)
  findingCount!: number;

  @Field(() => [PhiCategoryEnum])
  categories!: PhiCategory[];
}
