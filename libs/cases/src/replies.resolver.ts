import { DeidentificationSummary } from '@curbside/anonymizer/nest';
import { Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { Clinician, ProfilesService, Role, VerificationStatus } from '@curbside/clinicians';
import { RequestContext } from '@curbside/core';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createHash } from 'node:crypto';
import { ReplyInput } from './case.inputs.js';
import { CasePost, Reply, summaryOf } from './case.models.js';
import { CasesService } from './cases.service.js';
import { RepliesService } from './replies.service.js';

@Resolver(() => Reply)
export class RepliesResolver {
  constructor(
    private readonly replies: RepliesService,
    private readonly cases: CasesService,
    private readonly profiles: ProfilesService,
  ) {}

  @RequireVerified()
  @Mutation(() => Reply, {
    description:
      'Replies to a case, de-identified on the server. Verified clinicians. Accepts an `Idempotency-Key` header.',
  })
  replyToCase(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The reply to post.' }) input: ReplyInput,
  ): Promise<Reply> {
    return this.replies.reply(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => Reply, {
    description:
      'Marks a reply as the accepted answer to your case (replaces any earlier choice) and returns it. The case author only.',
  })
  acceptReply(
    @Ctx() ctx: RequestContext,
    @Args('replyId', { type: () => ID, description: 'The reply to accept.' }) replyId: string,
  ): Promise<Reply> {
    return this.replies.accept(ctx, replyId);
  }

  @SignedIn()
  @ResolveField(() => CasePost, { description: 'The case this reply belongs to.' })
  async case(@Ctx() ctx: RequestContext, @Parent() reply: Reply): Promise<CasePost> {
    return this.cases.requireReadable(ctx, reply.caseId);
  }

  /** The author of an anonymous case stays anonymous in their own thread (see `anonymousAuthor`). */
  @SignedIn()
  @ResolveField(() => Clinician, { description: 'Who wrote the reply.' })
  author(@Ctx() ctx: RequestContext, @Parent() reply: Reply): Promise<Clinician> {
    const writer = (): Promise<Clinician> =>
      this.profiles.load(ctx, reply.authorId).then((author) => {
        if (!author) throw new Error('reply without author');
        return author;
      });
    return this.cases.load(ctx, reply.caseId).then((post) => {
      if (!post?.anonymous || reply.authorId !== post.authorId) return writer();
      const reveals = this.cases.revealsAuthor(ctx, post);
      if (reveals === true) return writer();
      if (reveals === false) return anonymousAuthor(post);
      return reveals.then((shown) => (shown ? writer() : anonymousAuthor(post)));
    });
  }

  @SignedIn()
  @ResolveField(() => Reply, {
    nullable: true,
    description: 'The reply this one answers in a thread; null for a top-level reply or one hidden from you.',
  })
  parent(@Ctx() ctx: RequestContext, @Parent() reply: Reply): Promise<Reply | null> {
    return reply.parentId ? this.replies.readable(ctx, reply.parentId) : Promise.resolve(null);
  }

  @SignedIn()
  @ResolveField(() => Boolean, {
    description: 'True when the case author accepted this reply as the answer.',
  })
  async isAccepted(@Ctx() ctx: RequestContext, @Parent() reply: Reply): Promise<boolean> {
    const post = await this.cases.load(ctx, reply.caseId);
    return post?.acceptedReplyId === reply.id;
  }

  @SignedIn()
  @ResolveField(() => DeidentificationSummary, {
    description: 'What the anonymizer removed from this reply (counts and categories only).',
  })
  deidentification(@Parent() reply: Reply): DeidentificationSummary {
    return summaryOf(reply);
  }
}

/**
 * Who an anonymous case's author is in their own thread, to everyone else: a stand-in with an id
 * derived from the case alone (stable within the thread, unrelated to the author) and nothing else.
 */
function anonymousAuthor(post: { id: string; createdAt: Date }): Clinician {
  const hex = createHash('sha256').update(`anonymous-author:${post.id}`).digest('hex');
  return {
    id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`,
    displayName: 'Anonymous (case author)',
    role: Role.CLINICIAN,
    verificationStatus: VerificationStatus.VERIFIED,
    acceptingConsults: false,
    state: null,
    bio: null,
    createdAt: post.createdAt,
  };
}
