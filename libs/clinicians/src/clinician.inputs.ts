import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

@InputType({ description: 'A new account. The password is stored only as an argon2 hash.' })
export class RegisterInput {
  @Field({ description: 'Sign-in address, at most 254 characters; never shown to other clinicians.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: '12 to 256 characters.' })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(256)
  password!: string;

  @Field({ description: 'The name other clinicians see, 1 to 80 characters.' })
  @IsString()
  @Length(1, 80)
  displayName!: string;
}

@InputType({ description: 'Changes to your own profile; a field left out (or null) keeps its value.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1 to 80 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  displayName?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces your specialties (ids from the specialties query), at most 10.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'specialtyIds must be specialty ids' })
  specialtyIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether you take direct consult requests.' })
  @IsOptional()
  @IsBoolean()
  acceptingConsults?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Two-letter US state or territory code (e.g. `OH`); nothing finer is stored.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter US state or territory code' })
  state?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A short biography, at most 2,000 characters; de-identified before it is stored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string | null;
}
