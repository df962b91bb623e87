import { AdminOnly, Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { Specialty } from '@curbside/clinicians';
import { RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreateChannelInput } from './channel.inputs.js';
import { Channel } from './channel.model.js';
import { ChannelsService } from './channels.service.js';

@Resolver(() => Channel)
export class ChannelsResolver {
  constructor(private readonly service: ChannelsService) {}

  @SignedIn()
  @Query(() => [Channel])
  channels(): Promise<Channel[]> {
    return this.service.list();
  }

  @SignedIn()
  @Query(() => Channel, { nullable: true })
  channel(@Args('slug') slug: string): Promise<Channel | null> {
    return this.service.bySlug(slug);
  }

  @AdminOnly()
  @Mutation(() => Channel)
  createChannel(@Ctx() ctx: RequestContext, @Args('input') input: CreateChannelInput): Promise<Channel> {
    return this.service.create(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => Channel)
  joinChannel(
    @Ctx() ctx: RequestContext,
    @Args('channelId', { type: () => ID }) channelId: string,
  ): Promise<Channel> {
    return this.service.join(ctx, channelId);
  }

  @SignedIn()
  @Mutation(() => Channel)
  leaveChannel(
    @Ctx() ctx: RequestContext,
    @Args('channelId', { type: () => ID }) channelId: string,
  ): Promise<Channel> {
    return this.service.leave(ctx, channelId);
  }

  @SignedIn()
  @ResolveField(() => Specialty, { nullable: true })
  specialty(@Ctx() ctx: RequestContext, @Parent() channel: Channel): Promise<Specialty | null> {
    return channel.specialtyId ? this.service.specialty(ctx, channel.specialtyId) : Promise.resolve(null);
  }

  @SignedIn()
  @ResolveField(() => Int)
  memberCount(@Ctx() ctx: RequestContext, @Parent() channel: Channel): Promise<number> {
    return this.service.memberCount(ctx, channel.id);
  }

  @SignedIn()
  @ResolveField(() => Boolean)
  isMember(@Ctx() ctx: RequestContext, @Parent() channel: Channel): Promise<boolean> {
    return this.service.isMember(ctx, channel.id);
  }
}
