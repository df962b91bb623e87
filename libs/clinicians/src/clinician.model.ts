import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, VerificationStatus } from './clinician.entity.js';

registerEnumType(Role, { name: 'Role' });
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });

/**
 * A clinician as the API shows them. `email`, `specialties` and `licenses` are field resolvers
 * (email and licenses only for the clinician themself and administrators).
 */
@ObjectType()
export class Clinician {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => VerificationStatus)
  verificationStatus!: VerificationStatus;

  @Field()
  acceptingConsults!: boolean;

  @Field(() => String, { nullable: true, description: 'US state or territory code only; nothing finer' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  bio!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken!: string;

  @Field()
  refreshToken!: string;

  @Field(() => Clinician)
  clinician!: Clinician;
}
