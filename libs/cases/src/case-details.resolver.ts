import { Ctx, RequireVerified } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CasePost } from './case.models.js';
import { CaseDetails, CaseDetailUnits, caseDetailUnits, toCaseDetails } from './case-details.models.js';
import { SaveCaseDetailsInput } from './case-details.inputs.js';
import { CaseDetailsService } from './case-details.service.js';

/** The structured template: saved by the case author, read as `CasePost.details`. */
@Resolver(() => CasePost)
export class CaseDetailsResolver {
  constructor(private readonly service: CaseDetailsService) {}

  @RequireVerified()
  @Query(() => CaseDetailUnits, {
    description:
      'The units a lab result or a medication dose may be given in, as `saveCaseDetails` checks them. Verified clinicians.',
  })
  caseDetailUnits(): CaseDetailUnits {
    return caseDetailUnits();
  }

  @RequireVerified()
  @Mutation(() => CaseDetails, {
    description: 'Save the structured template of your case (replaces it whole); free text is de-identified',
  })
  async saveCaseDetails(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The case and its complete structured details.' })
    input: SaveCaseDetailsInput,
  ): Promise<CaseDetails> {
    return toCaseDetails(await this.service.save(ctx, input));
  }

  @RequireVerified()
  @ResolveField(() => CaseDetails, { nullable: true, description: 'The structured template, if saved' })
  async details(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<CaseDetails | null> {
    const row = await this.service.of(ctx, post.id);
    return row ? toCaseDetails(row) : null;
  }
}
