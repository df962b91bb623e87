import { DeidentificationSummary } from '@curbside/anonymizer/nest';
import { Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { Channel, ChannelsService } from '@curbside/channels';
import { Clinician, ProfilesService } from '@curbside/clinicians';
import { RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseDetailsFilter } from './case-details.inputs.js';
import { CaseQueriesService } from './case-queries.service.js';
import { CreateCaseInput, UpdateCaseInput } from './case.inputs.js';
import { CaseConnection, CasePost, Reply, ReplyConnection, summaryOf } from './case.models.js';
import { CasesService } from './cases.service.js';
import { RepliesService } from './replies.service.js';

@Resolver(() => CasePost)
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly queries: CaseQueriesService,
    private readonly replyService: RepliesService,
    private readonly channels: ChannelsService,
    private readonly profiles: ProfilesService,
  ) {}

  @RequireVerified()
  @Query(() => CaseConnection, { description: 'Newest first: one channel, or the channels you joined' })
  feed(
    @Ctx() ctx: RequestContext,
    @Args('channelId', { type: () => ID, nullable: true }) channelId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('details', { type: () => CaseDetailsFilter, nullable: true }) details?: CaseDetailsFilter | null,
  ): Promise<CaseConnection> {
    return this.queries.feed(ctx, channelId, first, after, details);
  }

  @RequireVerified()
  @Query(() => CasePost, { nullable: true })
  case(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CasePost | null> {
    return this.cases.view(ctx, id);
  }

  @RequireVerified()
  @Query(() => CaseConnection)
  searchCases(
    @Ctx() ctx: RequestContext,
    @Args('query') query: string,
    @Args('channelId', { type: () => ID, nullable: true }) channelId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('details', { type: () => CaseDetailsFilter, nullable: true }) details?: CaseDetailsFilter | null,
  ): Promise<CaseConnection> {
    return this.queries.search(ctx, query, channelId, first, after, details);
  }

  @RequireVerified()
  @Mutation(() => CasePost)
  createCase(@Ctx() ctx: RequestContext, @Args('input') input: CreateCaseInput): Promise<CasePost> {
    return this.cases.create(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => CasePost)
  updateCase(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCaseInput): Promise<CasePost> {
    return this.cases.update(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => Boolean)
  deleteCase(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<boolean> {
    return this.cases.delete(ctx, caseId);
  }

  @SignedIn()
  @ResolveField(() => Channel)
  async channel(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Channel> {
    return this.channels.require(ctx, post.channelId);
  }

  /** Hidden from other clinicians when posted anonymously; an administrator's look is audited. */
  @SignedIn()
  @ResolveField(() => Clinician, {
    nullable: true,
    description: 'Null when posted anonymously (admins still see it)',
  })
  async author(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Clinician | null> {
    if (!(await this.cases.revealsAuthor(ctx, post))) return null;
    return this.profiles.load(ctx, post.authorId);
  }

  /** Lists (feed, search) leave the body out of their query; it is loaded, batched, only when asked for. */
  @SignedIn()
  @ResolveField(() => String)
  async body(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<string> {
    if (typeof post.body === 'string') return post.body;
    return (await this.cases.load(ctx, post.id))?.body ?? '';
  }

  @SignedIn()
  @ResolveField(() => Int)
  replyCount(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<number> {
    return this.replyService.count(ctx, post.id);
  }

  @SignedIn()
  @ResolveField(() => ReplyConnection)
  replies(
    @Ctx() ctx: RequestContext,
    @Parent() post: CasePost,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ReplyConnection> {
    return this.replyService.page(ctx, post.id, first, after);
  }

  @SignedIn()
  @ResolveField(() => Reply, { nullable: true })
  acceptedReply(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Reply | null> {
    return post.acceptedReplyId
      ? this.replyService.readable(ctx, post.acceptedReplyId)
      : Promise.resolve(null);
  }

  @SignedIn()
  @ResolveField(() => DeidentificationSummary)
  deidentification(@Parent() post: CasePost): DeidentificationSummary {
    return summaryOf(post);
  }
}
