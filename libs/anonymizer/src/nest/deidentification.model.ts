import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

@ObjectType()
export class DeidentificationResult {
  @Field({ description: 'The de-identified text, exactly what would be stored' })
  text!: string;

  @Field(() => [PhiFinding])
  findings!: PhiFinding[];
}

/** What is kept about a stored text's de-identification: never the originals. */
@ObjectType()
export class DeidentificationSummary {
  @Field(() => Int)
  findingCount!: number;

  @Field(() => [PhiCategoryEnum])
  categories!: PhiCategory[];
}
