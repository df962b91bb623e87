import { TextSpanInput } from '@curbside/anonymizer/nest';
import { PageInfo } from '@curbside/core';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import type { ConsultMessageEntity } from './consult-message.entity.js';

const MAX_MESSAGE_LENGTH = 5_000;

/** A message of a consult's private dialogue: seen by its two parties and administrators only. */
@ObjectType()
export class ConsultMessage {
  @Field(() => ID)
  id!: string;

  consultId!: string;
  authorId!: string;

  @Field({ description: 'De-identified' })
  body!: string;

  @Field({ description: 'The specialist asks for more information or images' })
  requestsInformation!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ConsultMessageEdge {
  @Field(() => ConsultMessage)
  node!: ConsultMessage;

  @Field()
  cursor!: string;
}

@ObjectType()
export class ConsultMessageConnection {
  @Field(() => [ConsultMessageEdge])
  edges!: ConsultMessageEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class SendConsultMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consultId must be a consult id' })
  consultId!: string;

  @Field()
  @IsString()
  @Length(1, MAX_MESSAGE_LENGTH)
  body!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'The specialist only' })
  @IsOptional()
  @IsBoolean()
  requestsInformation?: boolean | null;

  @Field(() => [TextSpanInput], {
    nullable: true,
    description:
      'Spans of `body` its author marks for removal as well, as in the preview (applied on the server, never stored raw)',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TextSpanInput)
  extraRedactions?: TextSpanInput[] | null;
}

export function toConsultMessage(row: ConsultMessageEntity): ConsultMessage {
  return {
    id: row.id,
    consultId: row.consultId,
    authorId: row.authorId,
    body: row.body,
    requestsInformation: row.requestsInformation,
    createdAt: row.createdAt,
  };
}
