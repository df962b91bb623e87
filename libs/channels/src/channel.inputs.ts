import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateChannelInput {
  @Field()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lower-case words joined by dashes' })
  @Length(2, 64)
  slug!: string;

  @Field()
  @IsString()
  @Length(2, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'specialtyId must be a specialty id' })
  specialtyId?: string | null;
}
