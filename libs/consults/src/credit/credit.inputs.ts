import { Field, InputType } from '@nestjs/graphql';
import { IsDate } from 'class-validator';

@InputType({ description: 'A period of a credit log: answers posted from `from` up to (not including) `to`' })
export class CreditPeriodInput {
  @Field({ description: 'Start (inclusive)' })
  @IsDate({ message: 'from must be a date and time' })
  from!: Date;

  @Field({ description: 'End (exclusive); at most CREDIT_MAX_PERIOD_DAYS after `from`' })
  @IsDate({ message: 'to must be a date and time' })
  to!: Date;
}
