import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'A new channel.' })
export class CreateChannelInput {
  @Field({
    description:
      'Short name used in addresses: lower-case words joined by dashes (e.g. `rural-cardiology`), 2 to 64 characters, unique.',
  })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lower-case words joined by dashes' })
  @Length(2, 64)
  slug!: string;

  @Field({ description: 'Display name, 2 to 120 characters.' })
  @IsString()
  @Length(2, 120)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the channel is for, at most 2,000 characters; de-identified before it is stored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The specialty the channel belongs to, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'specialtyId must be a specialty id' })
  specialtyId?: string | null;
}
