import { MEDIA_ERROR_CODES, MediaError, type MediaErrorCode } from '@curbside/media';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { type AttachmentEntity, AttachmentStatus } from './attachment.entity.js';
import { PROCESSING_FAILED } from './attachment-processor.service.js';

registerEnumType(AttachmentStatus, {
  name: 'AttachmentStatus',
  description: 'Where an uploaded file is in the de-identification pipeline.',
  valuesMap: {
    PROCESSING: { description: 'Uploaded; the pipeline is checking, rendering and masking it.' },
    READY: { description: 'A de-identified rendering exists; the uploader reviews it before posting.' },
    REFUSED: {
      description: 'The file was refused (see refusalCode and refusalMessage); nothing of it is kept.',
    },
  },
});

/** A filled rectangle, in pixels of the rendering. */
@ObjectType({
  description:
    'A filled rectangle over part of an image, in pixels of the rendering, from its top-left corner.',
})
export class MaskRectangle {
  @Field(() => Int, { description: 'Left edge, pixels from the left of the rendering.' })
  x!: number;

  @Field(() => Int, { description: 'Top edge, pixels from the top of the rendering.' })
  y!: number;

  @Field(() => Int, { description: 'Width in pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Height in pixels.' })
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
@ObjectType({
  description:
    'A photo or scan on a case, a reply or a consult answer. Only its de-identified rendering is ever served; a draft is visible to its uploader only, a posted one to whoever may read its case.',
})
export class Attachment {
  @Field(() => ID, { description: 'Attachment id (UUID), returned by the upload route.' })
  id!: string;

  ownerId!: string;
  revision!: number;
  caseId!: string | null;
  windowList!: { name: string; centre: number; width: number }[];

  @Field(() => AttachmentStatus, { description: 'PROCESSING, READY or REFUSED.' })
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

  @Field(() => Int, { nullable: true, description: 'Width of the rendering in pixels, once READY.' })
  width!: number | null;

  @Field(() => Int, { nullable: true, description: 'Height of the rendering in pixels, once READY.' })
  height!: number | null;

  @Field(() => [MaskRectangle], { description: 'What the pipeline masked (text, faces); cannot be undone' })
  autoMasks!: MaskRectangle[];

  @Field(() => [MaskRectangle], { description: "The author's own masks, added in review" })
  authorMasks!: MaskRectangle[];

  @Field(() => [String], { description: 'Why the author must look before posting (e.g. FACES_NOT_CHECKED)' })
  reviewReasons!: string[];

  @Field(() => Int, { description: 'How many faces the pipeline masked.' })
  facesMasked!: number;

  @Field(() => String, { description: 'FULL, or EYES_ONLY with a recorded consent' })
  faceMasking!: string;

  @Field({
    description: "True when the uploader recorded the patient's consent to show more than the eyes masked.",
  })
  consentRecorded!: boolean;

  @Field({ description: 'Attached to a case, reply or consult answer' })
  posted!: boolean;

  @Field({ description: 'When the file was uploaded (ISO 8601, UTC).' })
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

@InputType({
  description:
    'A rectangle to fill over the rendering, in its pixels from the top-left corner; it must lie inside the image.',
})
export class MaskRectangleInput {
  @Field(() => Int, { description: 'Left edge, pixels from the left (0 or more).' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  x!: number;

  @Field(() => Int, { description: 'Top edge, pixels from the top (0 or more).' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  y!: number;

  @Field(() => Int, { description: 'Width in pixels (1 or more).' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  width!: number;

  @Field(() => Int, { description: 'Height in pixels (1 or more).' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  height!: number;
}

@InputType({ description: 'Your own masks on one of your draft attachments.' })
export class UpdateAttachmentMasksInput {
  @Field(() => ID, { description: 'The draft attachment (yours, not yet posted).' })
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
