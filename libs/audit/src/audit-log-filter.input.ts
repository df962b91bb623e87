import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID, Matches } from 'class-validator';

/** Narrows the audit log; every field is optional and they combine with AND. */
@InputType({ description: 'Narrows the audit log; every field is optional and they combine with AND.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Who acted (a clinician id)' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a clinician id' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'One action code, e.g. LICENSE_APPROVED' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z_]{1,63}$/, { message: 'action must be an action code such as LICENSE_APPROVED' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'What kind of thing was acted on, e.g. License, Case' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z_]{0,31}$/, {
    message: 'targetType must be a target kind such as License or Case',
  })
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the thing acted on.' })
  @IsOptional()
  @IsUUID('all', { message: 'targetId must be an id' })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date and time' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant (exclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date and time' })
  to?: Date | null;
}
