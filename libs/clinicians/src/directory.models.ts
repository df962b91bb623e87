import { PageInfo } from '@curbside/core';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { Clinician } from './clinician.model.js';
import type { OnCallWindowEntity } from './on-call-window.entity.js';

@ObjectType({ description: 'A time a clinician said they are on call for consults' })
export class OnCallWindow {
  @Field(() => ID)
  id!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

/**
 * A clinician as the specialist directory shows them: their profile (display name only, never an
 * email or a licence), whether they take consults and are on call now. `consultsAnswered` and
 * `medianMinutesToFirstAnswer` are added by the consults library, computed from consult rows.
 */
@ObjectType()
export class Specialist {
  @Field(() => ID, { description: 'The clinician id (what requestConsult takes as consultantId)' })
  id!: string;

  @Field(() => Clinician)
  clinician!: Clinician;

  @Field()
  acceptingConsults!: boolean;

  @Field({ description: 'Inside one of their on-call windows right now' })
  onCallNow!: boolean;
}

@ObjectType()
export class SpecialistEdge {
  @Field(() => Specialist)
  node!: Specialist;

  @Field()
  cursor!: string;
}

@ObjectType()
export class SpecialistConnection {
  @Field(() => [SpecialistEdge])
  edges!: SpecialistEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class AddOnCallWindowInput {
  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;
}

export function toOnCallWindow(row: OnCallWindowEntity): OnCallWindow {
  return { id: row.id, startsAt: row.startsAt, endsAt: row.endsAt };
}
