import { Clinician, VerificationStatus } from '@curbside/clinicians';
import { PageInfo } from '@curbside/core';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'An administrator looking for clinicians' })
export class ClinicianSearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name or e-mail address (2 to 100 characters)',
  })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'search must be at least 2 characters' })
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;

  @Field(() => VerificationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VerificationStatus)
  status?: VerificationStatus | null;
}

@ObjectType()
export class ClinicianSearchEdge {
  @Field(() => Clinician)
  node!: Clinician;

  @Field()
  cursor!: string;
}

@ObjectType()
export class ClinicianSearchConnection {
  @Field(() => [ClinicianSearchEdge])
  edges!: ClinicianSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
