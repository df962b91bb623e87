import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Specialty {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable code: the provider taxonomy code' })
  code!: string;

  @Field()
  name!: string;
}
