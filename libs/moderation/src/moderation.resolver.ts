import { isAdmin } from '@curbside/access';
import { AuditEvent } from '@curbside/audit';
import { AdminOnly, Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { CasePost, CasesService, Reply } from '@curbside/cases';
import { Clinician, ProfilesService } from '@curbside/clinicians';
import { DomainError, RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ModerationQueriesService } from './moderation-queries.service.js';
import { ModerationRepairService } from './moderation-repair.service.js';
import { ModerationService } from './moderation.service.js';
import { EditHeldCaseInput, EditHeldReplyInput, RedactCaseInput, RedactReplyInput } from './repair.inputs.js';
import { ReportStatus } from './report.entity.js';
import { ReportInput } from './report.inputs.js';
import { ClinicianModeration, ContentHold, Report, ReportConnection } from './report.models.js';

@Resolver(() => Report)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly repair: ModerationRepairService,
    private readonly queries: ModerationQueriesService,
    private readonly cases: CasesService,
    private readonly profiles: ProfilesService,
  ) {}

  @RequireVerified()
  @Mutation(() => Report, {
    description:
      'Reports a case or a reply to the administrators. Verified clinicians. Accepts an `Idempotency-Key` header.',
  })
  reportContent(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'What is reported and why.' }) input: ReportInput,
  ): Promise<Report> {
    return this.moderation.report(ctx, input);
  }

  @AdminOnly()
  @Query(() => ReportConnection, { description: 'Oldest first: the longest-waiting report leads' })
  reports(
    @Args('status', {
      type: () => ReportStatus,
      nullable: true,
      defaultValue: ReportStatus.OPEN,
      description: 'Only reports in this status (default OPEN).',
    })
    status: ReportStatus | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size, 1 to 100 (default 20).',
    })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
  ): Promise<ReportConnection> {
    return this.moderation.page(status ?? ReportStatus.OPEN, first, after);
  }

  @AdminOnly()
  @Mutation(() => Report, {
    description:
      'Deletes the content (removeContent: true) or dismisses the report; reporter and author are told',
  })
  resolveReport(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID, description: 'The open report.' }) reportId: string,
    @Args('removeContent', {
      description: 'true deletes the content (a tombstone stays); false dismisses the report.',
    })
    removeContent: boolean,
  ): Promise<Report> {
    return this.moderation.resolve(ctx, reportId, removeContent);
  }

  @RequireVerified()
  @Query(() => [Report], {
    description: 'Your own content that identifier reports hold, one report per piece, newest first',
  })
  myHeldContent(@Ctx() ctx: RequestContext): Promise<Report[]> {
    return this.queries.myHeldContent(ctx);
  }

  @RequireVerified()
  @Mutation(() => CasePost, {
    description:
      'The author rewrites their held case (de-identified); the report goes back to the administrators',
  })
  editHeldCase(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The held case and its new text.' }) input: EditHeldCaseInput,
  ): Promise<CasePost> {
    return this.repair.editHeldCase(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => Reply, {
    description: 'The author rewrites their held reply or consult answer (de-identified)',
  })
  editHeldReply(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The held reply and its new text.' }) input: EditHeldReplyInput,
  ): Promise<Reply> {
    return this.repair.editHeldReply(ctx, input);
  }

  @AdminOnly()
  @Mutation(() => CasePost, {
    description: "Replaces a span of a case's title or body with its category placeholder",
  })
  redactCase(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The case, the field and the span.' }) input: RedactCaseInput,
  ): Promise<CasePost> {
    return this.repair.redactCase(ctx, input);
  }

  @AdminOnly()
  @Mutation(() => Reply, {
    description: 'Replaces a span of a reply or consult answer with its category placeholder',
  })
  redactReply(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The reply and the span.' }) input: RedactReplyInput,
  ): Promise<Reply> {
    return this.repair.redactReply(ctx, input);
  }

  @AdminOnly()
  @Mutation(() => Report, {
    description: 'Shows held content again and closes the identifier reports that held it',
  })
  restoreContent(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID, description: 'An open identifier report holding the content.' })
    reportId: string,
  ): Promise<Report> {
    return this.repair.restore(ctx, reportId);
  }

  @AdminOnly()
  @Mutation(() => Report, {
    description: 'Sends held content back to its author with a note (de-identified)',
  })
  returnToAuthor(
    @Ctx() ctx: RequestContext,
    @Args('reportId', { type: () => ID, description: 'The open identifier report holding the content.' })
    reportId: string,
    @Args('note', {
      description:
        'What the author should change, at most 2,000 characters; de-identified before it is stored.',
    })
    note: string,
  ): Promise<Report> {
    if (note.length > 2_000)
      throw DomainError.badInput('note must be at most 2000 characters', { fields: ['note'] });
    return this.repair.returnToAuthor(ctx, reportId, note);
  }

  @AdminOnly()
  @Query(() => ClinicianModeration, { description: "A clinician's licences, reports and moderation history" })
  async clinicianModeration(
    @Ctx() ctx: RequestContext,
    @Args('clinicianId', { type: () => ID, description: 'The clinician.' }) clinicianId: string,
  ): Promise<ClinicianModeration> {
    if (!(await this.profiles.load(ctx, clinicianId))) throw DomainError.notFound('The clinician');
    return { clinicianId };
  }

  @SignedIn()
  @ResolveField(() => String, { nullable: true, description: 'De-identified; administrators only' })
  note(@Ctx() ctx: RequestContext, @Parent() report: Report): string | null {
    return isAdmin(ctx) ? report.note : null;
  }

  @SignedIn()
  @ResolveField(() => String, {
    nullable: true,
    description: "An administrator's note to the author (de-identified); the author and administrators only",
  })
  returnNote(@Ctx() ctx: RequestContext, @Parent() report: Report): string | null {
    const mine = report.contentAuthorId !== null && ctx.actor?.clinicianId === report.contentAuthorId;
    return isAdmin(ctx) || mine ? report.returnNote : null;
  }

  @SignedIn()
  @ResolveField(() => Clinician, { nullable: true, description: 'Administrators only; null otherwise' })
  reporter(@Ctx() ctx: RequestContext, @Parent() report: Report): Promise<Clinician | null> {
    return isAdmin(ctx) ? this.profiles.load(ctx, report.reporterId) : Promise.resolve(null);
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

/** Why a case is held: its author and administrators only. */
@Resolver(() => CasePost)
export class CaseHoldResolver {
  constructor(private readonly queries: ModerationQueriesService) {}

  @SignedIn()
  @ResolveField(() => ContentHold, {
    nullable: true,
    description: 'Why the case is hidden (an identifier report): its author and administrators only',
  })
  hold(
    @Ctx() ctx: RequestContext,
    @Parent() post: CasePost & { hidden?: boolean },
  ): Promise<ContentHold | null> {
    return this.queries.hold(ctx, 'case', {
      id: post.id,
      hidden: post.hidden === true,
      authorId: post.authorId,
    });
  }
}

/** Why a reply is held: its author and administrators only. */
@Resolver(() => Reply)
export class ReplyHoldResolver {
  constructor(private readonly queries: ModerationQueriesService) {}

  @SignedIn()
  @ResolveField(() => ContentHold, {
    nullable: true,
    description: 'Why the reply is hidden (an identifier report): its author and administrators only',
  })
  hold(
    @Ctx() ctx: RequestContext,
    @Parent() reply: Reply & { hidden?: boolean },
  ): Promise<ContentHold | null> {
    return this.queries.hold(ctx, 'reply', {
      id: reply.id,
      hidden: reply.hidden === true,
      authorId: reply.authorId,
    });
  }
}

/** An administrator's view of one clinician. */
@Resolver(() => ClinicianModeration)
export class ClinicianModerationResolver {
  constructor(
    private readonly queries: ModerationQueriesService,
    private readonly profiles: ProfilesService,
  ) {}

  @AdminOnly()
  @ResolveField(() => Clinician, { description: 'With `licenses`, `verificationStatus` and the rest' })
  async clinician(@Ctx() ctx: RequestContext, @Parent() view: ClinicianModeration): Promise<Clinician> {
    const clinician = await this.profiles.load(ctx, view.clinicianId);
    if (!clinician) throw DomainError.notFound('The clinician');
    return clinician;
  }

  @AdminOnly()
  @ResolveField(() => [Report], { description: 'Reports they filed, newest first (at most 100)' })
  reportsFiled(@Parent() view: ClinicianModeration): Promise<Report[]> {
    return this.queries.reportsBy(view.clinicianId);
  }

  @AdminOnly()
  @ResolveField(() => [Report], { description: 'Reports of their content, newest first (at most 100)' })
  reportsAgainst(@Parent() view: ClinicianModeration): Promise<Report[]> {
    return this.queries.reportsAgainst(view.clinicianId);
  }

  @AdminOnly()
  @ResolveField(() => [AuditEvent], {
    description:
      'Audit records about them and their licences (suspension, reinstatement, reviews), newest first',
  })
  history(@Ctx() ctx: RequestContext, @Parent() view: ClinicianModeration): Promise<AuditEvent[]> {
    return this.queries.history(ctx, view.clinicianId);
  }
}
