import { DateScalarType, PageInfo } from '@curbside/core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Credential, LicenseFlag, LicenseStatus, RegistryMatch } from './license.entity.js';
import { FieldMatch } from './registry/registry-compare.js';

registerEnumType(LicenseStatus, { name: 'LicenseStatus' });
registerEnumType(Credential, { name: 'Credential' });
registerEnumType(RegistryMatch, {
  name: 'RegistryMatch',
  description: 'How a licence compares with the imported NPPES registry',
  valuesMap: {
    FULL: { description: 'NPI active, name, jurisdiction and licence number all match' },
    PARTIAL: { description: 'The NPI is in the registry but something else differs' },
    NONE: { description: 'Not in the registry, or deactivated there' },
  },
});

registerEnumType(LicenseFlag, { name: 'LicenseFlag', description: 'Why a licence needs review again' });
registerEnumType(FieldMatch, {
  name: 'RegistryFieldMatch',
  description: 'How one field of a licence compares with the NPPES registry (MISSING: nothing to compare)',
});

/** A licence compared with its NPI's registry row, field by field, with a score out of 100. */
@ObjectType()
export class RegistryComparison {
  @Field(() => FieldMatch)
  npi!: FieldMatch;

  @Field(() => FieldMatch)
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

  @Field(() => DateScalarType, { nullable: true })
  deactivatedOn!: string | null;
}

/** A licence as the clinician themself and administrators see it (`clinician` is a field resolver). */
@ObjectType()
export class License {
  @Field(() => ID)
  id!: string;

  clinicianId!: string;

  @Field()
  npi!: string;

  @Field({ description: 'US state or territory code' })
  jurisdiction!: string;

  @Field()
  licenseNumber!: string;

  @Field(() => Credential)
  credential!: Credential;

  @Field(() => DateScalarType)
  expiresOn!: string;

  @Field(() => LicenseStatus)
  status!: LicenseStatus;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field()
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

@ObjectType()
export class LicenseBatchSkip {
  @Field(() => ID)
  licenseId!: string;

  @Field({ description: 'The error code this licence would have got alone (NOT_FOUND, CONFLICT)' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class LicenseBatchResult {
  @Field(() => [License])
  reviewed!: License[];

  @Field(() => [LicenseBatchSkip])
  skipped!: LicenseBatchSkip[];
}

@ObjectType()
export class LicenseEdge {
  @Field(() => License)
  node!: License;

  @Field()
  cursor!: string;
}

@ObjectType()
export class LicenseConnection {
  @Field(() => [LicenseEdge])
  edges!: LicenseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
