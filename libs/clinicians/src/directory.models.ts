import { PageInfo } from '@curbside/core';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { Clinician } from './clinician.model.js';
import type { OnCallWindowEntity } from './on-call-window.entity.js';

@ObjectType({ description: 'A time a clinician said they are on call for consults' })
export class OnCallWindow {
  @Field(() => ID, { description: 'Window id (pass it to removeOnCallWindow).' })
  id!: string;

  @Field({ description: 'When the window starts (ISO 8601, UTC).' })
  startsAt!: Date;

  @Field({ description: 'When the window ends (ISO 8601, UTC).' })
  endsAt!: Date;
}

/**
 * A clinician as the specialist directory shows them: their profile (display name only, never an
 * email or a licence), whether they take consults and are on call now. `consultsAnswered` and
 * `medianMinutesToFirstAnswer` are added by the consults library, computed from consult rows.
 */
@ObjectType({
  description:
    'A verified clinician as the specialist directory shows them, with their consult availability. Visible to verified clinicians.',
})
export class Specialist {
  @Field(() => ID, { description: 'The clinician id (what requestConsult takes as consultantId)' })
  id!: string;

  @Field(() => Clinician, { description: "The clinician's public profile." })
  clinician!: Clinician;

  @Field({ description: 'Whether they take direct consult requests.' })
  acceptingConsults!: boolean;

  @Field({ description: 'Inside one of their on-call windows right now' })
  onCallNow!: boolean;
}

@ObjectType({ description: 'One specialist in a directory page.' })
export class SpecialistEdge {
  @Field(() => Specialist, { description: 'The specialist.' })
  node!: Specialist;

  @Field({ description: 'Opaque position of this specialist; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of the specialist directory, ordered by display name.' })
export class SpecialistConnection {
  @Field(() => [SpecialistEdge], { description: 'The specialists on this page.' })
  edges!: SpecialistEdge[];

  @Field(() => PageInfo, { description: 'Whether more specialists follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

@InputType({
  description: 'A time you are on call for consults. It must end after it starts and span at most 14 days.',
})
export class AddOnCallWindowInput {
  @Field({ description: 'Start (ISO 8601 date-time).' })
  @IsDate()
  startsAt!: Date;

  @Field({ description: 'End (ISO 8601 date-time), after startsAt.' })
  @IsDate()
  endsAt!: Date;
}

export function toOnCallWindow(row: OnCallWindowEntity): OnCallWindow {
  return { id: row.id, startsAt: row.startsAt, endsAt: row.endsAt };
}
