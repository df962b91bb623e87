import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A clinical specialty from the provider taxonomy (e.g. cardiology). The list is public.',
})
export class Specialty {
  @Field(() => ID, {
    description: 'Specialty id (what updateProfile, specialistDirectory and requestConsult take).',
  })
  id!: string;

  @Field({ description: 'Stable code: the provider taxonomy code' })
  code!: string;

  @Field({ description: 'Human-readable name.' })
  name!: string;
}
