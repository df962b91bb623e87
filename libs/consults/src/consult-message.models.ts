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
@ObjectType({
  description:
    "A message of a consult's private dialogue between the requester and the specialist. Seen by those two and administrators only.",
})
export class ConsultMessage {
  @Field(() => ID, { description: 'Message id (UUID).' })
  id!: string;

  consultId!: string;
  authorId!: string;

  @Field({ description: 'De-identified' })
  body!: string;

  @Field({ description: 'The specialist asks for more information or images' })
  requestsInformation!: boolean;

  @Field({ description: 'When it was sent (ISO 8601, UTC).' })
  createdAt!: Date;
}

@ObjectType({ description: "One message in a page of a consult's dialogue." })
export class ConsultMessageEdge {
  @Field(() => ConsultMessage, { description: 'The message.' })
  node!: ConsultMessage;

  @Field({ description: 'Opaque position of this message; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: "A page of a consult's private dialogue, oldest first." })
export class ConsultMessageConnection {
  @Field(() => [ConsultMessageEdge], { description: 'The messages on this page.' })
  edges!: ConsultMessageEdge[];

  @Field(() => PageInfo, { description: 'Whether more messages follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

@InputType({
  description: "A message in a consult's private dialogue; the body is de-identified before it is stored.",
})
export class SendConsultMessageInput {
  @Field(() => ID, { description: 'The consult (you must be its requester or its specialist).' })
  @IsUUID('all', { message: 'consultId must be a consult id' })
  consultId!: string;

  @Field({ description: 'Message text, 1 to 5,000 characters.' })
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
