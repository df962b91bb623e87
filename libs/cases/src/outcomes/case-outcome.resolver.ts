import { Ctx, RequireVerified } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CasePost } from '../case.models.js';
import { ReportCaseOutcomeInput } from './case-outcome.inputs.js';
import { CaseOutcome, toCaseOutcome } from './case-outcome.models.js';
import { CaseOutcomeService } from './case-outcome.service.js';

/** The outcome of a resolved case: reported by its author, read as `CasePost.outcome`. */
@Resolver(() => CasePost)
export class CaseOutcomeResolver {
  constructor(private readonly service: CaseOutcomeService) {}

  @RequireVerified()
  @Mutation(() => CaseOutcome, {
    description:
      'Report the outcome of your resolved case (replaces an earlier report); free text is de-identified, and its consultants and repliers are told',
  })
  async reportCaseOutcome(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The outcome' }) input: ReportCaseOutcomeInput,
  ): Promise<CaseOutcome> {
    return toCaseOutcome(await this.service.report(ctx, input));
  }

  @RequireVerified()
  @ResolveField(() => CaseOutcome, {
    nullable: true,
    description: 'The outcome its author reported after the case was resolved, if any',
  })
  async outcome(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<CaseOutcome | null> {
    const row = await this.service.of(ctx, post.id);
    return row ? toCaseOutcome(row) : null;
  }
}
