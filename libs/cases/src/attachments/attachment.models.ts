import { MEDIA_ERROR_CODES, MediaError, type MediaErrorCode } from '@curbside/media';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { type AttachmentEntity, AttachmentStatus } from './attachment.entity.js';
import { PROCESSING_FAILED } from './attachment-processor.service.js';

registerEnumType(AttachmentStatus, { name: 'AttachmentStatus' });

/** A filled rectangle, in pixels of the rendering. */
@ObjectType()
export class MaskRectangle {
  @Field(() => Int)
  x!: number;

  @Field(() => Int)
  y!: number;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;
}

/** A CT window rendering of a DICOM attachment (the default rendering uses the file's own window). */
@ObjectType({ description: 'A rendering of a CT attachment at one of the usual windows' })
export class AttachmentWindow {
  @Field({ description: 'soft-tissue, lung, bone or brain' })
  name!: string;

  @Field(() => Int, { description: 'Window centre (level), in Hounsfield units' })
  centre!: number;

  @Field(() => Int, { description: 'Window width, in Hounsfield units' })
  width!: number;

  @Field(() => String, { nullable: true, description: 'The rendering at this window, signed for the caller' })
  url!: string | null;
}

/**
 * A photo or scan on a case, a reply or a consult answer. Only its de-identified rendering is ever
 * served (`url`, short-lived and signed for the caller); before it is posted, only its uploader sees it.
 */
@ObjectType()
export class Attachment {
  @Field(() => ID)
  id!: string;

  ownerId!: string;
  revision!: number;
  caseId!: string | null;
  windowList!: { name: string; centre: number; width: number }[];

  @Field(() => AttachmentStatus)
  status!: AttachmentStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the file was refused (e.g. MEDIA_POLYGLOT, MEDIA_TRUNCATED), when REFUSED',
  })
  refusalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The refusal in words a clinician understands' })
  refusalMessage!: string | null;

  @Field(() => String, { nullable: true, description: 'What the file was: jpeg, png, heic or dicom' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'The rendering served: image/jpeg or image/png' })
  mimeType!: string | null;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => [MaskRectangle], { description: 'What the pipeline masked (text, faces); cannot be undone' })
  autoMasks!: MaskRectangle[];

  @Field(() => [MaskRectangle], { description: "The author's own masks, added in review" })
  authorMasks!: MaskRectangle[];

  @Field(() => [String], { description: 'Why the author must look before posting (e.g. FACES_NOT_CHECKED)' })
  reviewReasons!: string[];

  @Field(() => Int)
  facesMasked!: number;

  @Field(() => String, { description: 'FULL, or EYES_ONLY with a recorded consent' })
  faceMasking!: string;

  @Field()
  consentRecorded!: boolean;

  @Field({ description: 'Attached to a case, reply or consult answer' })
  posted!: boolean;

  @Field()
  createdAt!: Date;
}

const REFUSAL_MESSAGES: Record<string, string> = {
  [PROCESSING_FAILED]: 'The file could not be processed; try again, or upload it in another format.',
};

export function toAttachment(row: AttachmentEntity): Attachment {
  const code = row.refusalCode;
  return Object.assign(new Attachment(), {
    id: row.id,
    ownerId: row.ownerId,
    revision: row.revision,
    caseId: row.caseId,
    windowList: row.windows ?? [],
    status: row.status,
    refusalCode: code,
    refusalMessage: code === null ? null : refusalMessage(code),
    kind: row.kind,
    mimeType: row.mimeType,
    width: row.width,
    height: row.height,
    autoMasks: row.autoMasks,
    authorMasks: row.authorMasks,
    reviewReasons: row.reviewReasons,
    facesMasked: row.facesMasked,
    faceMasking: row.faceMasking,
    consentRecorded: row.consentRecordedAt !== null,
    posted: row.caseId !== null,
    createdAt: row.createdAt,
  });
}

function refusalMessage(code: string): string {
  if ((MEDIA_ERROR_CODES as readonly string[]).includes(code)) {
    return new MediaError(code as MediaErrorCode).message;
  }
  return REFUSAL_MESSAGES[code] ?? REFUSAL_MESSAGES[PROCESSING_FAILED];
}

@InputType()
export class MaskRectangleInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  x!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  y!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  width!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  height!: number;
}

@InputType()
export class UpdateAttachmentMasksInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'attachmentId must be an attachment id' })
  attachmentId!: string;

  @Field(() => [MaskRectangleInput], {
    description: "The author's masks, all of them (replaces the previous list); [] removes them",
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MaskRectangleInput)
  masks!: MaskRectangleInput[];
}
