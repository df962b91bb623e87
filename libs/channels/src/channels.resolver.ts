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
  @Query(() => [Channel], { description: 'Every channel, by name. Signed-in clinicians.' })
  channels(): Promise<Channel[]> {
    return this.service.list();
  }

  @SignedIn()
  @Query(() => Channel, {
    nullable: true,
    description: 'One channel by slug, or null when there is none. Signed-in clinicians.',
  })
  channel(@Args('slug', { description: "The channel's slug." }) slug: string): Promise<Channel | null> {
    return this.service.bySlug(slug);
  }

  @AdminOnly()
  @Mutation(() => Channel, { description: 'Creates a channel. Administrators only.' })
  createChannel(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new channel.' }) input: CreateChannelInput,
  ): Promise<Channel> {
    return this.service.create(ctx, input);
  }

  @RequireVerified()
  @Mutation(() => Channel, {
    description:
      'Joins a channel: its cases appear in your feed. Verified clinicians. Joining twice changes nothing.',
  })
  joinChannel(
    @Ctx() ctx: RequestContext,
    @Args('channelId', { type: () => ID, description: 'The channel to join.' }) channelId: string,
  ): Promise<Channel> {
    return this.service.join(ctx, channelId);
  }

  @SignedIn()
  @Mutation(() => Channel, {
    description: 'Leaves a channel. Signed-in clinicians. Leaving one you are not in changes nothing.',
  })
  leaveChannel(
    @Ctx() ctx: RequestContext,
    @Args('channelId', { type: () => ID, description: 'The channel to leave.' }) channelId: string,
  ): Promise<Channel> {
    return this.service.leave(ctx, channelId);
  }

  @SignedIn()
  @ResolveField(() => Specialty, {
    nullable: true,
    description: 'The specialty the channel belongs to, if any.',
  })
  specialty(@Ctx() ctx: RequestContext, @Parent() channel: Channel): Promise<Specialty | null> {
    return channel.specialtyId ? this.service.specialty(ctx, channel.specialtyId) : Promise.resolve(null);
  }

  @SignedIn()
  @ResolveField(() => Int, { description: 'How many clinicians joined the channel.' })
  memberCount(@Ctx() ctx: RequestContext, @Parent() channel: Channel): Promise<number> {
    return this.service.memberCount(ctx, channel.id);
  }

  @SignedIn()
  @ResolveField(() => Boolean, { description: 'True when you joined the channel.' })
  isMember(@Ctx() ctx: RequestContext, @Parent() channel: Channel): Promise<boolean> {
    return this.service.isMember(ctx, channel.id);
  }
}
