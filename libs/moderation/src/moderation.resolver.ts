import { isAdmin } from '@curbside/access';
import { AdminOnly, Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { CasePost, CasesService, Reply } from '@curbside/cases';
import { RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReportStatus } from './report.entity.js';
import { ReportInput } from './report.inputs.js';
import { Report, ReportConnection } from './report.models.js';
import { ModerationService } from './moderation.service.js';

@Resolver(() => Report)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly cases: CasesService,
  ) {}

  @RequireVerified()
  @Mutation(() => Report)
  reportContent(@Ctx() ctx: RequestContext, @Args('input') input: ReportInput): Promise<Report> {
    return this.moderation.report(ctx, input);
  }

  @AdminOnly()
  @Query(() => ReportConnection, { description: 'Oldest first: the longest-waiting report leads' })
  reports(
    @Args('status', { type: () => ReportStatus, nullable: true, defaultValue: ReportStatus.OPEN })
    status: ReportStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ReportConnection> {
    return this.moderation.page(status ?? ReportStatus.OPEN, first, after);
  }

  @AdminOnly()
  @Mutation(() => Report)
  resolveReport(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('removeContent') removeContent: boolean,
  ): Promise<Report> {
    return this.moderation.resolve(ctx, reportId, removeContent);
  }

  @SignedIn()
  @ResolveField(() => String, { nullable: true, description: 'De-identified; administrators only' })
  note(@Ctx() ctx: RequestContext, @Parent() report: Report): string | null {
    return isAdmin(ctx) ? report.note : null;
  }

  @SignedIn()
  @ResolveField(() => CasePost, { nullable: true, description: 'Null when hidden from you' })
  case(@Ctx() ctx: RequestContext, @Parent() report: Report): Promise<CasePost | null> {
    return report.caseId ? this.cases.readable(ctx, report.caseId) : Promise.resolve(null);
  }

  @SignedIn()
  @ResolveField(() => Reply, { nullable: true, description: 'Null when hidden from you' })
  reply(@Ctx() ctx: RequestContext, @Parent() report: Report): Promise<Reply | null> {
    return report.replyId ? this.moderation.readableReply(ctx, report.replyId) : Promise.resolve(null);
  }
}
