import { Ctx, RequireVerified } from '@curbside/auth';
import { Clinician, ProfilesService } from '@curbside/clinicians';
import { RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConsultMessage,
  ConsultMessageConnection,
  SendConsultMessageInput,
  toConsultMessage,
} from './consult-message.models.js';
import { ConsultDialogueService } from './consult-dialogue.service.js';

@Resolver(() => ConsultMessage)
export class ConsultDialogueResolver {
  constructor(
    private readonly dialogue: ConsultDialogueService,
    private readonly profiles: ProfilesService,
  ) {}

  @RequireVerified()
  @Query(() => ConsultMessageConnection, {
    description:
      "A consult's private dialogue, oldest first: its requester, its specialist and administrators",
  })
  async consultMessages(
    @Ctx() ctx: RequestContext,
    @Args('consultId', { type: () => ID, description: 'The consult.' }) consultId: string,
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
  ): Promise<ConsultMessageConnection> {
    const page = await this.dialogue.list(ctx, consultId, first, after);
    return {
      edges: page.edges.map((e) => ({ node: toConsultMessage(e.node), cursor: e.cursor })),
      pageInfo: page.pageInfo,
    };
  }

  @RequireVerified()
  @Mutation(() => ConsultMessage, {
    description: 'Write in the private dialogue of a claimed or answered consult (de-identified first)',
  })
  async sendConsultMessage(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The consult and the message.' }) input: SendConsultMessageInput,
  ): Promise<ConsultMessage> {
    return toConsultMessage(await this.dialogue.send(ctx, input));
  }

  @RequireVerified()
  @ResolveField(() => Clinician, { description: 'Who wrote the message (the requester or the specialist).' })
  async author(@Ctx() ctx: RequestContext, @Parent() message: ConsultMessage): Promise<Clinician> {
    const author = await this.profiles.load(ctx, message.authorId);
    if (!author) throw new Error('consult message without author');
    return author;
  }
}
