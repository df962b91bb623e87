import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A channel; `specialty`, `memberCount` and `isMember` are batched field resolvers. */
@ObjectType({
  description:
    'A topic area where cases are posted (often one specialty). Every signed-in clinician may list channels; joining one puts its cases in your feed.',
})
export class Channel {
  @Field(() => ID, { description: 'Channel id (UUID).' })
  id!: string;

  @Field({ description: 'Short unique name used in addresses (lower-case words joined by dashes).' })
  slug!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  description!: string | null;

  specialtyId!: string | null;
}
