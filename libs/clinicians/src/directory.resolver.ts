import { Ctx, RequireVerified, SignedIn } from '@curbside/auth';
import { type Page, RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AddOnCallWindowInput,
  OnCallWindow,
  Specialist,
  SpecialistConnection,
  toOnCallWindow,
} from './directory.models.js';
import { type DirectoryEntry, DirectoryService } from './directory.service.js';
import { Specialty } from './specialty.model.js';
import { ProfilesService } from './profiles.service.js';

@Resolver(() => Specialist)
export class DirectoryResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly profiles: ProfilesService,
  ) {}

  @RequireVerified()
  @Query(() => SpecialistConnection, {
    description: 'Verified specialists by display name; filter by specialty, consults accepted, on call now',
  })
  async specialistDirectory(
    @Ctx() ctx: RequestContext,
    @Args('specialtyId', {
      type: () => ID,
      nullable: true,
      description: 'Only specialists with this specialty.',
    })
    specialtyId?: string | null,
    @Args('acceptingConsults', {
      type: () => Boolean,
      nullable: true,
      description: 'true: only those taking direct consults; false: only those who are not.',
    })
    acceptingConsults?: boolean | null,
    @Args('onCallNow', {
      type: () => Boolean,
      nullable: true,
      description: 'true: only those inside an on-call window now.',
    })
    onCallNow?: boolean | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size, 1 to 100 (default 20).',
    })
    first?: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
  ): Promise<SpecialistConnection> {
    const page = await this.directory.list(ctx, { specialtyId, acceptingConsults, onCallNow }, first, after);
    return toConnection(page);
  }

  @SignedIn()
  @Query(() => [OnCallWindow], { description: 'Your own on-call windows that have not ended' })
  async myOnCallWindows(@Ctx() ctx: RequestContext): Promise<OnCallWindow[]> {
    return (await this.directory.upcomingWindows(ctx, ctx.requireActor.clinicianId)).map(toOnCallWindow);
  }

  @SignedIn()
  @Mutation(() => OnCallWindow, { description: 'Say when you are on call for consults (at most 14 days)' })
  async addOnCallWindow(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'When the window starts and ends.' }) input: AddOnCallWindowInput,
  ): Promise<OnCallWindow> {
    return toOnCallWindow(await this.directory.addWindow(ctx, input));
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Deletes one of your own on-call windows. Signed-in clinicians. Returns true.',
  })
  removeOnCallWindow(
    @Ctx() ctx: RequestContext,
    @Args('windowId', { type: () => ID, description: "The window's id." }) windowId: string,
  ): Promise<boolean> {
    return this.directory.removeWindow(ctx, windowId);
  }

  @RequireVerified()
  @ResolveField(() => [OnCallWindow], { description: 'Windows that have not ended, soonest first' })
  async onCallWindows(@Ctx() ctx: RequestContext, @Parent() specialist: Specialist): Promise<OnCallWindow[]> {
    return (await this.directory.upcomingWindows(ctx, specialist.id)).map(toOnCallWindow);
  }

  @RequireVerified()
  @ResolveField(() => [Specialty], { description: "The specialist's specialties, by name." })
  specialties(@Ctx() ctx: RequestContext, @Parent() specialist: Specialist): Promise<Specialty[]> {
    return this.profiles.specialtiesOf(ctx, specialist.id);
  }
}

function toConnection(page: Page<DirectoryEntry>): SpecialistConnection {
  return {
    edges: page.edges.map((e) => ({
      cursor: e.cursor,
      node: {
        id: e.node.clinician.id,
        clinician: e.node.clinician,
        acceptingConsults: e.node.clinician.acceptingConsults,
        onCallNow: e.node.onCallNow,
      },
    })),
    pageInfo: page.pageInfo,
  };
}
