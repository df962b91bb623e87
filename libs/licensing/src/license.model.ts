import { DateScalarType, PageInfo } from '@curbside/core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Credential, LicenseFlag, LicenseStatus, RegistryMatch } from './license.entity.js';
import { FieldMatch } from './registry/registry-compare.js';

registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  description: 'Where a submitted licence stands.',
  valuesMap: {
    PENDING: {
      description: "Waiting for an administrator's review (or for information the administrator asked for).",
    },
    VERIFIED: { description: 'Approved: its clinician is VERIFIED while it has not expired.' },
    REJECTED: { description: 'An administrator rejected it (see reviewNote).' },
    EXPIRED: { description: 'Its expiry date passed.' },
    REVOKED: { description: 'Withdrawn after approval, e.g. because the registry deactivated its NPI.' },
  },
});
registerEnumType(Credential, {
  name: 'Credential',
  description: 'The professional credential the licence is for.',
  valuesMap: {
    MD: { description: 'Doctor of Medicine.' },
    DO: { description: 'Doctor of Osteopathic Medicine.' },
    NP: { description: 'Nurse Practitioner.' },
    PA: { description: 'Physician Assistant.' },
    RN: { description: 'Registered Nurse.' },
    PHARMD: { description: 'Doctor of Pharmacy.' },
    OTHER: { description: 'Another licensed profession.' },
  },
});
registerEnumType(RegistryMatch, {
  name: 'RegistryMatch',
  description: 'How a licence compares with the imported NPPES registry',
  valuesMap: {
    FULL: { description: 'NPI active, name, jurisdiction and licence number all match' },
    PARTIAL: { description: 'The NPI is in the registry but something else differs' },
    NONE: { description: 'Not in the registry, or deactivated there' },
  },
});

registerEnumType(LicenseFlag, {
  name: 'LicenseFlag',
  description: 'Why a licence needs review again',
  valuesMap: {
    REGISTRY_DEACTIVATED: {
      description: 'The registry deactivated its NPI (a verified licence is revoked at once).',
    },
    EXPIRY_MISMATCH: { description: "The registry's expiry date differs from the one the clinician typed." },
  },
});
registerEnumType(FieldMatch, {
  name: 'RegistryFieldMatch',
  description: 'How one field of a licence compares with the NPPES registry (MISSING: nothing to compare)',
  valuesMap: {
    MATCH: { description: 'The field agrees with the registry.' },
    PARTIAL: { description: 'The field agrees in part (e.g. the number is listed in another state).' },
    MISMATCH: { description: 'The field contradicts the registry.' },
    MISSING: { description: 'The registry has nothing to compare it with.' },
  },
});

/** A licence compared with its NPI's registry row, field by field, with a score out of 100. */
@ObjectType({
  description:
    "A licence compared with its NPI's row of the imported NPPES registry, field by field, with a score out of 100. Administrators only.",
})
export class RegistryComparison {
  @Field(() => FieldMatch, { description: 'The NPI is in the registry.' })
  npi!: FieldMatch;

  @Field(() => FieldMatch, { description: "The registry's name for the NPI matches the clinician's." })
  name!: FieldMatch;

  @Field(() => FieldMatch, { description: 'The registry lists a licence in this state' })
  state!: FieldMatch;

  @Field(() => FieldMatch, {
    description: 'The registry lists this number in this state (PARTIAL: elsewhere)',
  })
  number!: FieldMatch;

  @Field(() => FieldMatch, { description: 'MATCH: active in the registry; MISMATCH: deactivated' })
  deactivation!: FieldMatch;

  @Field(() => FieldMatch, { description: "The registry's expiry against the typed one, when it has one" })
  expiry!: FieldMatch;

  @Field(() => Int, { description: '0 to 100: how sure the match is' })
  score!: number;

  @Field(() => DateScalarType, {
    nullable: true,
    description: 'When the registry deactivated the NPI (YYYY-MM-DD), if it did.',
  })
  deactivatedOn!: string | null;
}

/** A licence as the clinician themself and administrators see it (`clinician` is a field resolver). */
@ObjectType({
  description:
    'A professional licence a clinician submitted for verification. Visible to that clinician and administrators only.',
})
export class License {
  @Field(() => ID, { description: 'Licence id (UUID).' })
  id!: string;

  clinicianId!: string;

  @Field({ description: 'National Provider Identifier, 10 digits.' })
  npi!: string;

  @Field({ description: 'US state or territory code' })
  jurisdiction!: string;

  @Field({ description: 'The licence number as the licensing board issued it.' })
  licenseNumber!: string;

  @Field(() => Credential, { description: 'The credential the licence is for.' })
  credential!: Credential;

  @Field(() => DateScalarType, {
    description: 'Expiry date (YYYY-MM-DD); the licence becomes EXPIRED after it.',
  })
  expiresOn!: string;

  @Field(() => LicenseStatus, { description: 'Where the licence stands in review.' })
  status!: LicenseStatus;

  @Field(() => String, {
    nullable: true,
    description: "The reviewer's note to the clinician (de-identified), if any.",
  })
  reviewNote!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When an administrator last decided on it (ISO 8601, UTC).',
  })
  reviewedAt!: Date | null;

  @Field({ description: 'When it was submitted (ISO 8601, UTC).' })
  submittedAt!: Date;

  // Administrators' fields, through field resolvers.
  registryScore!: number;
  registryFields!: Record<string, string | number | null> | null;
  registryCheckedAt!: Date | null;
  flag!: LicenseFlag | null;
  flaggedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When an administrator asked for more information (the licence stays pending)',
  })
  informationRequestedAt!: Date | null;
}

@ObjectType({ description: 'A licence a batch review left alone, and why.' })
export class LicenseBatchSkip {
  @Field(() => ID, { description: 'The licence skipped.' })
  licenseId!: string;

  @Field({ description: 'The error code this licence would have got alone (NOT_FOUND, CONFLICT)' })
  code!: string;

  @Field({ description: 'Why, in words.' })
  message!: string;
}

@ObjectType({ description: 'The outcome of one batch decision: the licences decided and those skipped.' })
export class LicenseBatchResult {
  @Field(() => [License], { description: 'The licences the decision was applied to.' })
  reviewed!: License[];

  @Field(() => [LicenseBatchSkip], { description: 'The licences left as they were, each with the reason.' })
  skipped!: LicenseBatchSkip[];
}

@ObjectType({ description: 'One licence in a page of licences.' })
export class LicenseEdge {
  @Field(() => License, { description: 'The licence.' })
  node!: License;

  @Field({ description: 'Opaque position of this licence; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of licences awaiting review.' })
export class LicenseConnection {
  @Field(() => [LicenseEdge], { description: 'The licences on this page.' })
  edges!: LicenseEdge[];

  @Field(() => PageInfo, { description: 'Whether more licences follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}
