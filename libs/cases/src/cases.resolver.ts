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
    @Args('channelId', {
      type: () => ID,
      nullable: true,
      description: "One channel's cases; leave out for every channel you joined.",
    })
    channelId: string | null,
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
    @Args('details', {
      type: () => CaseDetailsFilter,
      nullable: true,
      description: 'Only cases whose structured details match (age band, transfer, capabilities).',
    })
    details?: CaseDetailsFilter | null,
  ): Promise<CaseConnection> {
    return this.queries.feed(ctx, channelId, first, after, details);
  }

  @RequireVerified()
  @Query(() => CasePost, {
    nullable: true,
    description:
      'One case by id, or null when it does not exist or you may not read it. Verified clinicians.',
  })
  case(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'Case id.' }) id: string,
  ): Promise<CasePost | null> {
    return this.queries.view(ctx, id);
  }

  @RequireVerified()
  @Query(() => CaseConnection, {
    description:
      'Full-text search over de-identified titles, tags and bodies, best match first. Verified clinicians; hidden cases only for their author and administrators.',
  })
  searchCases(
    @Ctx() ctx: RequestContext,
    @Args('query', {
      description: 'Search words, 1 to 200 characters; quotes, OR and -word work as in a web search.',
    })
    query: string,
    @Args('channelId', { type: () => ID, nullable: true, description: 'Search one channel only.' })
    channelId: string | null,
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
    @Args('details', {
      type: () => CaseDetailsFilter,
      nullable: true,
      description: 'Only cases whose structured details match.',
    })
    details?: CaseDetailsFilter | null,
  ): Promise<CaseConnection> {
    return this.queries.search(ctx, query, channelId, first, after, details);
  }

  @RequireVerified()
  @Mutation(() => CasePost, {
    description:
      'Posts a new case, de-identified on the server. Verified clinicians. Accepts an `Idempotency-Key` header: a retry with the same key returns the first result.',
  })
  createCase(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The case to post.' }) input: CreateCaseInput,
  ): Promise<CasePost> {
    return this.cases.create(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => CasePost, {
    description:
      'Edits your own case or moves its status forward; an administrator may close any case. Verified clinicians.',
  })
  updateCase(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The case and the fields to change.' }) input: UpdateCaseInput,
  ): Promise<CasePost> {
    return this.cases.update(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => Boolean, {
    description:
      'Deletes a case: its text is replaced by `[deleted]` and it is closed. The author or an administrator. Returns true.',
  })
  deleteCase(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID, description: 'The case to delete.' }) caseId: string,
  ): Promise<boolean> {
    return this.cases.delete(ctx, caseId);
  }

  @SignedIn()
  @ResolveField(() => Channel, { description: 'The channel the case was posted in.' })
  channel(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Channel> {
    return this.channels.require(ctx, post.channelId);
  }

  /** Hidden from other clinicians when posted anonymously; an administrator's look is audited. */
  @SignedIn()
  @ResolveField(() => Clinician, {
    nullable: true,
    description: 'Null when posted anonymously (admins still see it)',
  })
  author(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Clinician | null> | null {
    const reveals = this.cases.revealsAuthor(ctx, post);
    if (reveals === true) return this.profiles.load(ctx, post.authorId);
    if (reveals === false) return null;
    return reveals.then((shown) => (shown ? this.profiles.load(ctx, post.authorId) : null));
  }

  /** Lists (feed, search) leave the body out of their query; it is loaded, batched, only when asked for. */
  @SignedIn()
  @ResolveField(() => String, { description: 'De-identified case text, at most 20,000 characters.' })
  async body(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<string> {
    if (typeof post.body === 'string') return post.body;
    return (await this.cases.load(ctx, post.id))?.body ?? '';
  }

  @SignedIn()
  @ResolveField(() => Int, { description: 'How many replies you can see on this case.' })
  replyCount(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<number> {
    return this.replyService.count(ctx, post.id);
  }

  @SignedIn()
  @ResolveField(() => ReplyConnection, { description: "The case's replies you may see, oldest first." })
  replies(
    @Ctx() ctx: RequestContext,
    @Parent() post: CasePost,
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
  ): Promise<ReplyConnection> {
    return this.replyService.page(ctx, post.id, first, after);
  }

  @SignedIn()
  @ResolveField(() => Reply, {
    nullable: true,
    description: 'The reply the author accepted as the answer, if any (null when none or hidden from you).',
  })
  acceptedReply(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Reply | null> {
    return post.acceptedReplyId
      ? this.replyService.readable(ctx, post.acceptedReplyId)
      : Promise.resolve(null);
  }

  @SignedIn()
  @ResolveField(() => DeidentificationSummary, {
    description:
      'What the anonymizer removed from this case (counts and categories only, never the removed text).',
  })
  deidentification(@Parent() post: CasePost): DeidentificationSummary {
    return summaryOf(post);
  }
}
