import { DateScalarType } from '@curbside/core';
import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { Credential } from './license.entity.js';

export enum LicenseDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  /** Ask the clinician for more information; the licence stays pending. */
  NEEDS_INFORMATION = 'NEEDS_INFORMATION',
}
registerEnumType(LicenseDecision, { name: 'LicenseDecision' });

@InputType()
export class SubmitLicenseInput {
  @Field({ description: '10 digits with a valid check digit (Luhn over the 80840 prefix)' })
  @Matches(/^\d{10}$/, { message: 'npi must be 10 digits' })
  npi!: string;

  @Field()
  @Matches(/^[A-Za-z]{2}$/, { message: 'jurisdiction must be a US state or territory code' })
  jurisdiction!: string;

  @Field()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'licenseNumber must be 1 to 20 letters, digits or dashes' })
  licenseNumber!: string;

  @Field(() => Credential)
  @IsEnum(Credential)
  credential!: Credential;

  @Field(() => DateScalarType)
  @IsString()
  expiresOn!: string;
}

@InputType()
export class ReviewLicenseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'licenseId must be a licence id' })
  licenseId!: string;

  @Field(() => LicenseDecision)
  @IsEnum(LicenseDecision)
  decision!: LicenseDecision;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Most licences one batch decision may name. */
export const MAX_BATCH_REVIEW = 100;

export enum LicenseQueueFilter {
  /** Pending licences, the surest registry match first. */
  PENDING = 'PENDING',
  /** Licences flagged since (registry deactivation, expiry mismatch), newest flag first. */
  FLAGGED = 'FLAGGED',
}
registerEnumType(LicenseQueueFilter, { name: 'LicenseQueueFilter' });

@InputType()
export class ReviewLicensesInput {
  @Field(() => [ID], { description: `1 to ${MAX_BATCH_REVIEW} pending licences` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_REVIEW)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'licenseIds must be licence ids' })
  licenseIds!: string[];

  @Field(() => LicenseDecision)
  @IsEnum(LicenseDecision)
  decision!: LicenseDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Needed to reject or ask for information; de-identified',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
