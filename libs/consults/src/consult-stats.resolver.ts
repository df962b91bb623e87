import { Ctx, RequireVerified } from '@curbside/auth';
import { Specialist } from '@curbside/clinicians';
import { RequestContext } from '@curbside/core';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultStatsService } from './consult-stats.service.js';

/** Adds the computed consult record to the clinicians library's directory entries. */
@Resolver(() => Specialist)
export class SpecialistStatsResolver {
  constructor(private readonly stats: ConsultStatsService) {}

  @RequireVerified()
  @ResolveField(() => Int, { description: 'Consults they answered (from consult records)' })
  async consultsAnswered(@Ctx() ctx: RequestContext, @Parent() specialist: Specialist): Promise<number> {
    return (await this.stats.of(ctx, specialist.id)).answered;
  }

  @RequireVerified()
  @ResolveField(() => Int, {
    nullable: true,
    description: 'Typical (median) minutes from a request to their answer; null before a first answer',
  })
  async medianMinutesToAnswer(
    @Ctx() ctx: RequestContext,
    @Parent() specialist: Specialist,
  ): Promise<number | null> {
    return (await this.stats.of(ctx, specialist.id)).medianMinutesToAnswer;
  }
}
