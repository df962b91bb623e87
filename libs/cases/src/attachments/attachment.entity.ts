import { ClinicianEntity } from '@curbside/clinicians';
import type { MaskRect } from '@curbside/media';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseEntity } from '../case.entity.js';
import { ReplyEntity } from '../reply.entity.js';

export enum AttachmentStatus {
  /** Uploaded; the raw bytes wait in quarantine for the pipeline. Only its uploader sees the row. */
  PROCESSING = 'PROCESSING',
  /** De-identified; its rendering may be reviewed, masked further and posted. */
  READY = 'READY',
  /** The pipeline refused the file (`refusalCode` says why); nothing of it is kept. */
  REFUSED = 'REFUSED',
}

/**
 * A photo or scan uploaded for a case, a reply or a consult answer. The row never holds a byte of
 * the file or a word read from it: storage keys are derived from the id, and only the pipeline's
 * output (the de-identified rendering) is kept. Unposted (`caseId` null) it is its uploader's alone;
 * posted, it is seen by whoever may read the case (and the reply) it is attached to.
 */
@Entity('attachment')
@Index('ix_attachment_owner_status', ['ownerId', 'status'])
@Index('ix_attachment_case_reply', ['caseId', 'replyId'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_attachment_owner' })
  owner?: Relation<ClinicianEntity>;

  @Column({
    type: 'enum',
    enum: AttachmentStatus,
    enumName: 'attachment_status',
    default: AttachmentStatus.PROCESSING,
  })
  status!: AttachmentStatus;

  /** A `MediaError` code (or MEDIA_PROCESSING_FAILED) when REFUSED. */
  @Column({ type: 'text', nullable: true })
  refusalCode!: string | null;

  /** The MIME type the uploader declared, from a fixed list (never free text). */
  @Column({ type: 'text', nullable: true })
  declaredMimeType!: string | null;

  /** What the bytes were: jpeg, png, heic or dicom (set when processed). */
  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  /** The served rendering's type: image/jpeg or image/png. */
  @Column({ type: 'text', nullable: true })
  mimeType!: string | null;

  @Column({ type: 'int', nullable: true })
  width!: number | null;

  @Column({ type: 'int', nullable: true })
  height!: number | null;

  /** Rectangles the pipeline filled (burned-in text, faces): already in the stored base rendering. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  autoMasks!: MaskRect[];

  /** Rectangles the author added in review: filled on a copy of the de-identified base, never the raw. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  authorMasks!: MaskRect[];

  /** CT window renderings kept beside the default one (`attachmentKeys.window`), by name. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  windows!: { name: string; centre: number; width: number }[];

  /** Bumped at each change of the served rendering, so a signed URL names one version. */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  /** Why the author must look before posting (`FACES_NOT_CHECKED`, `OCR_DISABLED`...). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reviewReasons!: string[];

  /** Faces were found and masked; with eyes-only masking, only the band of the eyes. */
  @Column({ type: 'int', default: 0 })
  facesMasked!: number;

  /** 'FULL' (the default) or 'EYES_ONLY', asked for at upload with a consent attestation. */
  @Column({ type: 'text', default: 'FULL' })
  faceMasking!: string;

  /** Who obtained the patient's consent (a role from a fixed list, never a name), for eyes-only masking. */
  @Column({ type: 'text', nullable: true })
  consentObtainedBy!: string | null;

  /** The date consent was obtained (a date, nothing else). */
  @Column({ type: 'date', nullable: true })
  consentObtainedOn!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  consentRecordedAt!: Date | null;

  /**
   * The composer's draft this file belongs to (a client-chosen id): DICOM UIDs are replaced with a
   * key derived from it, so the files of one post keep consistent UIDs among themselves.
   */
  @Column({ type: 'uuid', nullable: true })
  draftId!: string | null;

  /** Processing attempts made (a crash or an unexpected failure is retried, up to a limit). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_attachment_case' })
  case?: Relation<CaseEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  replyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'fk_attachment_reply' })
  reply?: Relation<ReplyEntity> | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  postedAt!: Date | null;
}
