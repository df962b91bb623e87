import { DateScalarType, PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Credential, LicenseStatus, RegistryMatch } from './license.entity.js';

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
