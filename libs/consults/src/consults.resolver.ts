import { liveContent } from '@curbside/access';
import { Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { CasePost, CasesService, RepliesService, Reply } from '@curbside/cases';
import { Clinician, ProfilesService, Specialty } from '@curbside/clinicians';
import { type Page, RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConsultEntity } from './consult.entity.js';
import { AnswerConsultInput, RequestConsultInput } from './consult.inputs.js';
import { Consult, ConsultConnection, toConsult } from './consult.models.js';
import { ConsultQueueService } from './consult-queue.service.js';
import { ConsultsService } from './consults.service.js';

@Resolver(() => Consult)
export class ConsultsResolver {
  constructor(
    private readonly consults: ConsultsService,
    private readonly queue: ConsultQueueService,
    private readonly cases: CasesService,
    private readonly replies: RepliesService,
    private readonly profiles: ProfilesService,
  ) {}

  @RequireVerified()
  @Query(() => ConsultConnection, {
    description: 'Open consults you may claim, most urgent and oldest first',
  })
  async consultQueue(
    @Ctx() ctx: RequestContext,
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
  ): Promise<ConsultConnection> {
    return toConnection(await this.queue.queue(ctx, first, after));
  }

  @RequireVerified()
  @Mutation(() => Consult, {
    description:
      'Asks a specialty (or one named specialist) for an opinion on a case. Verified clinicians who may read the case. Accepts an `Idempotency-Key` header.',
  })
  async requestConsult(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The case, specialty and urgency.' }) input: RequestConsultInput,
  ): Promise<Consult> {
    return toConsult(await this.consults.request(ctx, input));
  }

  @RequireVerified()
  @Mutation(() => Consult, {
    description:
      'Takes an OPEN consult of your specialty (or one naming you): you then have a limited time to answer it. Verified clinicians.',
  })
  async claimConsult(
    @Ctx() ctx: RequestContext,
    @Args('consultId', { type: () => ID, description: 'The consult to claim.' }) consultId: string,
  ): Promise<Consult> {
    return toConsult(await this.consults.claim(ctx, consultId));
  }

  @RequireVerified()
  @Mutation(() => Consult, {
    description:
      'Answers a consult you claimed; the answer is posted on the case as a reply. Verified clinicians. Accepts an `Idempotency-Key` header.',
  })
  async answerConsult(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The consult and the answer.' }) input: AnswerConsultInput,
  ): Promise<Consult> {
    return toConsult(await this.consults.answer(ctx, input));
  }

  @RequireVerified()
  @Mutation(() => Consult, {
    description:
      'Closes an ANSWERED consult you requested, saying whether the answer helped. Verified clinicians.',
  })
  async resolveConsult(
    @Ctx() ctx: RequestContext,
    @Args('consultId', { type: () => ID, description: 'The consult to resolve.' }) consultId: string,
    @Args('helpful', { description: "Whether the answer helped (feeds the specialist's statistics)." })
    helpful: boolean,
  ): Promise<Consult> {
    return toConsult(await this.consults.resolve(ctx, consultId, helpful));
  }

  @RequireVerified()
  @Mutation(() => Consult, { description: 'The requester withdraws an OPEN or CLAIMED consult' })
  async cancelConsult(
    @Ctx() ctx: RequestContext,
    @Args('consultId', { type: () => ID, description: 'The consult to withdraw.' }) consultId: string,
  ): Promise<Consult> {
    return toConsult(await this.consults.cancel(ctx, consultId));
  }

  @SignedIn()
  @ResolveField(() => CasePost, { description: 'The case the consult is about.' })
  case(@Ctx() ctx: RequestContext, @Parent() consult: Consult): Promise<CasePost> {
    return this.cases.requireReadable(ctx, consult.caseId);
  }

  @SignedIn()
  @ResolveField(() => Specialty, { description: 'The specialty asked.' })
  async specialty(@Ctx() ctx: RequestContext, @Parent() consult: Consult): Promise<Specialty> {
    const specialty = await this.consults.specialty(ctx, consult.specialtyId);
    if (!specialty) throw new Error('consult without specialty');
    return specialty;
  }

  @SignedIn()
  @ResolveField(() => Clinician, { description: 'The clinician who asked.' })
  async requestedBy(@Ctx() ctx: RequestContext, @Parent() consult: Consult): Promise<Clinician> {
    const requester = await this.profiles.load(ctx, consult.requesterId);
    if (!requester) throw new Error('consult without requester');
    return requester;
  }

  @SignedIn()
  @ResolveField(() => Clinician, {
    nullable: true,
    description: 'The named specialist asked, or whoever claimed it',
  })
  consultant(@Ctx() ctx: RequestContext, @Parent() consult: Consult): Promise<Clinician | null> {
    return consult.consultantId ? this.profiles.load(ctx, consult.consultantId) : Promise.resolve(null);
  }

  /** The answer reply; null while unanswered, or when it was removed or is hidden pending a report. */
  @SignedIn()
  @ResolveField(() => Reply, {
    nullable: true,
    description:
      "The specialist's answer, posted on the case as a reply; null before the answer or when hidden from you.",
  })
  async answer(@Ctx() ctx: RequestContext, @Parent() consult: Consult): Promise<Reply | null> {
    if (!consult.answerReplyId) return null;
    const reply = await this.replies.readable(ctx, consult.answerReplyId);
    return reply && liveContent.visible(reply) ? reply : null;
  }
}

/** Adds `consults` to the cases library's CasePost, batched over the cases of a page. */
@Resolver(() => CasePost)
export class CaseConsultsResolver {
  constructor(private readonly service: ConsultsService) {}

  @SignedIn()
  @ResolveField(() => [Consult], { description: 'Consult requests on this case, oldest first' })
  async consults(@Ctx() ctx: RequestContext, @Parent() post: CasePost): Promise<Consult[]> {
    return (await this.service.forCase(ctx, post.id)).map(toConsult);
  }
}

function toConnection(page: Page<ConsultEntity>): ConsultConnection {
  return {
    edges: page.edges.map((e) => ({ node: toConsult(e.node), cursor: e.cursor })),
    pageInfo: page.pageInfo,
  };
}
