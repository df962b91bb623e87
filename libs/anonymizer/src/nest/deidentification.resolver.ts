import { Args, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { Anonymizer } from '../anonymizer.js';
import { authorSpansProblem, deidentifyWithAuthorSpans } from '../author/author-spans.js';
import { leastSureKept } from '../author/uncertain-tokens.js';
import { quasiIdentifierWarnings } from '../quasi/quasi-warnings.js';
import { DeidentificationResult, TextSpanInput } from './deidentification.model.js';

/**
 * Lets a signed-in clinician see exactly what would be removed before posting, which kept tokens the
 * engine is least sure of, and which quasi-identifier combinations the text holds; spans the author
 * marks are removed as well. Nothing is stored, and the access log carries only the operation name.
 * (Signed-in: the global guard's default.)
 */
@Resolver(() => DeidentificationResult)
export class DeidentificationResolver {
  constructor(private readonly anonymizer: Anonymizer) {}

  @Query(() => DeidentificationResult, {
    description:
      'Shows what the anonymizer would store for a text, before posting it. Nothing is stored or logged. Signed-in clinicians; calls and characters per minute are limited per clinician and per address (further for unverified accounts).',
  })
  previewDeidentification(
    @Args('text', { description: 'The text to check, as the author would submit it.' }) text: string,
    @Args('extraRedactions', {
      type: () => [TextSpanInput],
      nullable: true,
      description: 'Spans of `text` the author marks for removal as well',
    })
    extraRedactions?: TextSpanInput[] | null,
  ): DeidentificationResult {
    const spans = extraRedactions ?? [];
    const problem = authorSpansProblem(text, spans);
    if (problem)
      throw new GraphQLError(`extraRedactions: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    const result = deidentifyWithAuthorSpans(this.anonymizer, text, spans);
    return {
      text: result.text,
      findings: result.findings,
      uncertain: leastSureKept(text, result.findings),
      warnings: quasiIdentifierWarnings(text, result.findings),
    };
  }
}
