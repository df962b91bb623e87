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
registerEnumType(LicenseDecision, {
  name: 'LicenseDecision',
  description: "An administrator's decision on a pending licence.",
  valuesMap: {
    APPROVE: { description: 'Verify the licence: its clinician becomes VERIFIED.' },
    REJECT: { description: 'Reject it (a note is required).' },
    NEEDS_INFORMATION: {
      description: 'Ask the clinician for more information (a note is required); the licence stays pending.',
    },
  },
});

@InputType({
  description: 'A licence to verify; an administrator (or a full registry match, when enabled) approves it.',
})
export class SubmitLicenseInput {
  @Field({ description: '10 digits with a valid check digit (Luhn over the 80840 prefix)' })
  @Matches(/^\d{10}$/, { message: 'npi must be 10 digits' })
  npi!: string;

  @Field({ description: 'Two-letter US state or territory code of the issuing board.' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'jurisdiction must be a US state or territory code' })
  jurisdiction!: string;

  @Field({
    description: 'The licence number as the board issued it; one licence per number and jurisdiction.',
  })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'licenseNumber must be 1 to 20 letters, digits or dashes' })
  licenseNumber!: string;

  @Field(() => Credential, { description: 'The credential the licence is for.' })
  @IsEnum(Credential)
  credential!: Credential;

  @Field(() => DateScalarType, { description: 'Expiry date (YYYY-MM-DD), in the future.' })
  @IsString()
  expiresOn!: string;
}

@InputType({ description: "An administrator's decision on one pending licence." })
export class ReviewLicenseInput {
  @Field(() => ID, { description: 'The pending licence.' })
  @IsUUID('all', { message: 'licenseId must be a licence id' })
  licenseId!: string;

  @Field(() => LicenseDecision, { description: 'Approve, reject, or ask for information.' })
  @IsEnum(LicenseDecision)
  decision!: LicenseDecision;

  @Field(() => String, {
    nullable: true,
    description:
      'To the clinician, at most 500 characters, de-identified; required to reject or ask for information.',
  })
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
registerEnumType(LicenseQueueFilter, {
  name: 'LicenseQueueFilter',
  description: 'Which licences the review queue lists.',
  valuesMap: {
    PENDING: { description: 'Pending licences, the surest registry match first.' },
    FLAGGED: {
      description: 'Licences flagged since (registry deactivation, expiry mismatch), newest flag first.',
    },
  },
});

@InputType({ description: 'One decision applied to many pending licences.' })
export class ReviewLicensesInput {
  @Field(() => [ID], { description: `1 to ${MAX_BATCH_REVIEW} pending licences` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_REVIEW)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'licenseIds must be licence ids' })
  licenseIds!: string[];

  @Field(() => LicenseDecision, { description: 'Approve, reject, or ask for information.' })
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
