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

  @Field(() => VerificationStatus, {
    nullable: true,
    description: 'Only clinicians in this verification status.',
  })
  @IsOptional()
  @IsEnum(VerificationStatus)
  status?: VerificationStatus | null;
}

@ObjectType({ description: 'One clinician in a page of search results.' })
export class ClinicianSearchEdge {
  @Field(() => Clinician, { description: 'The clinician (with e-mail, as an administrator sees it).' })
  node!: Clinician;

  @Field({ description: 'Opaque position of this clinician; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of clinicians found by an administrator, alphabetical.' })
export class ClinicianSearchConnection {
  @Field(() => [ClinicianSearchEdge], { description: 'The clinicians on this page.' })
  edges!: ClinicianSearchEdge[];

  @Field(() => PageInfo, { description: 'Whether more clinicians follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}
