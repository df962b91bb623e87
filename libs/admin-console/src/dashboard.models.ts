import { Specialty } from '@curbside/clinicians';
import { DateScalarType } from '@curbside/core';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Licences waiting for review' })
export class LicenseBacklog {
  @Field(() => Int, { description: 'Pending licences.' })
  waiting!: number;

  @Field(() => Int, { description: 'Of those, how many have waited more than two days' })
  waitingOverTwoDays!: number;

  @Field(() => Date, { nullable: true, description: 'When the longest-waiting one was submitted' })
  oldestSubmittedAt!: Date | null;
}

@ObjectType({ description: 'Open reports' })
export class ReportBacklog {
  @Field(() => Int, { description: 'Open reports.' })
  open!: number;

  @Field(() => Date, { nullable: true, description: 'When the longest-waiting one was made' })
  oldestCreatedAt!: Date | null;
}

@ObjectType({ description: 'How quickly a specialty answers consults' })
export class SpecialtyResponseTime {
  @Field(() => Specialty, { description: 'The specialty.' })
  specialty!: Specialty;

  @Field(() => Int, { description: 'Consults answered in the period' })
  answered!: number;

  @Field(() => Float, { description: 'Median minutes from request to first answer' })
  medianMinutes!: number;
}

@ObjectType({ description: 'New accounts in one week' })
export class WeeklySignups {
  @Field(() => DateScalarType, { description: 'The Monday that starts the week (UTC)' })
  weekStart!: string;

  @Field(() => Int, { description: 'Accounts registered that week.' })
  count!: number;
}

@ObjectType({ description: 'What an operator watches, computed when asked' })
export class AdminDashboard {
  @Field(() => LicenseBacklog, { description: 'The licence review backlog.' })
  licenses!: LicenseBacklog;

  @Field(() => ReportBacklog, { description: 'The report backlog.' })
  reports!: ReportBacklog;

  @Field(() => Int, { description: 'Open or claimed consults past their due time' })
  overdueConsults!: number;

  @Field(() => Int, { description: 'Days covered by responseTimes' })
  responseWindowDays!: number;

  @Field(() => [SpecialtyResponseTime], { description: 'Specialties with an answer in the window, by name' })
  responseTimes!: SpecialtyResponseTime[];

  @Field(() => [WeeklySignups], { description: 'The last twelve weeks, oldest first, including empty weeks' })
  signupsPerWeek!: WeeklySignups[];

  @Field({ description: 'When these figures were computed (ISO 8601, UTC).' })
  generatedAt!: Date;
}
