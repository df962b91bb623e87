import { Args, Query, Resolver } from '@nestjs/graphql';
import { Anonymizer } from '../anonymizer.js';
import { DeidentificationResult } from './deidentification.model.js';

/**
 * Lets a signed-in clinician see exactly what would be removed before posting. Nothing is stored,
 * and the access log carries only the operation name. (Signed-in: the global guard's default.)
 */
@Resolver(() => DeidentificationResult)
export class DeidentificationResolver {
  constructor(private readonly anonymizer: Anonymizer) {}

  @Query(() => DeidentificationResult)
  previewDeidentification(@Args('text') text: string): DeidentificationResult {
    return this.anonymizer.deidentify(text);
  }
}
