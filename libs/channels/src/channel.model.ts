import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A channel; `specialty`, `memberCount` and `isMember` are batched field resolvers. */
@ObjectType()
export class Channel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  description!: string | null;

  specialtyId!: string | null;
}
