import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, VerificationStatus } from './clinician.entity.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a clinician account may do beyond its own content.',
  valuesMap: {
    CLINICIAN: { description: 'An ordinary member: posts cases, replies, consults.' },
    ADMIN: {
      description: 'An operator: reviews licences, handles reports, suspends accounts, reads the audit log.',
    },
  },
});
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description:
    'Where a clinician stands in licence verification. Only VERIFIED clinicians may read or write clinical content.',
  valuesMap: {
    UNVERIFIED: { description: 'Registered, no licence submitted yet.' },
    PENDING: { description: "A licence is submitted and waits for an administrator's review." },
    VERIFIED: { description: 'A licence was approved and has not expired: full access.' },
    REJECTED: { description: 'The submitted licence was rejected; a new one may be submitted.' },
    SUSPENDED: {
      description:
        'An administrator suspended the account: its sessions were revoked and it cannot sign in until reinstated.',
    },
    EXPIRED: { description: 'The approved licence passed its expiry date; submit a renewed one.' },
  },
});

/**
 * A clinician as the API shows them. `email`, `specialties` and `licenses` are field resolvers
 * (email and licenses only for the clinician themself and administrators).
 */
@ObjectType({
  description:
    'A member of the network as other signed-in clinicians see them. Contact details (email) and licences are shown only to the clinician themself and to administrators.',
})
export class Clinician {
  @Field(() => ID, { description: 'Stable clinician id (UUID).' })
  id!: string;

  @Field({ description: 'The name shown to other clinicians, 1 to 80 characters.' })
  displayName!: string;

  @Field(() => Role, { description: 'CLINICIAN or ADMIN.' })
  role!: Role;

  @Field(() => VerificationStatus, {
    description: 'Licence verification state; only VERIFIED clinicians may read or write clinical content.',
  })
  verificationStatus!: VerificationStatus;

  @Field({ description: 'Whether the clinician takes direct consult requests (set with updateProfile).' })
  acceptingConsults!: boolean;

  @Field(() => String, { nullable: true, description: 'US state or territory code only; nothing finer' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  bio!: string | null;

  @Field({ description: 'When the account was registered (ISO 8601, UTC).' })
  createdAt!: Date;
}

@ObjectType({
  description:
    'What a successful register, login, refreshSession or resetPassword returns: a new pair of tokens and the signed-in clinician.',
})
export class AuthPayload {
  @Field({
    description:
      'Short-lived bearer token (15 minutes): send it as `Authorization: Bearer <token>` on HTTP and in the WebSocket connection parameters.',
  })
  accessToken!: string;

  @Field({
    description:
      'Long-lived token (30 days, one use): trade it for a new pair with refreshSession. Keep it secret; logout revokes it.',
  })
  refreshToken!: string;

  @Field(() => Clinician, { description: 'The clinician the tokens belong to.' })
  clinician!: Clinician;
}
