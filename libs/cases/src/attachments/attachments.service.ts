import { attachmentVisible, viewerId } from '@curbside/access';
import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { DomainError, ErrorCode, type RequestContext, isUuid } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import {
  MediaError,
  applyAuthorMasks,
  applyDicomAuthorMasks,
  detectMediaKind,
  type MaskRect,
} from '@curbside/media';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { CaseEntity } from '../case.entity.js';
import { ReplyEntity } from '../reply.entity.js';
import { AttachmentEntity, AttachmentStatus } from './attachment.entity.js';
import { AttachmentQueue } from './attachment-queue.js';
import {
  ATTACHMENT_STORAGE,
  type AttachmentStorage,
  attachmentKeys,
  removeAttachmentFiles,
} from './attachment-storage.js';
import { AttachmentUrlSigner } from './attachment-url-signer.js';

/** Most attachments on one case post, reply or consult answer. */
export const MAX_ATTACHMENTS_PER_POST = 10;

/** MIME types an upload may declare; anything else is refused before a byte is kept. */
export const UPLOAD_MIME_TYPES = [
  'image/jpeg',
  'image/jpg',
  'image/pjpeg',
  'image/png',
  'image/heic',
  'image/heif',
  'application/dicom',
  'application/octet-stream',
] as const;

/** Who obtained a patient's consent to eyes-only masking: a role, never a name. */
export const CONSENT_OBTAINED_BY = ['AUTHOR', 'TREATING_CLINICIAN', 'OTHER_CLINICIAN'] as const;

export interface UploadOptions {
  declaredMimeType?: string;
  draftId?: string;
  /** Eyes-only masking (the face is the finding): needs a consent attestation. */
  eyesOnly?: { obtainedBy: string; obtainedOn: string };
}

/** The bytes of one rendering, for the serving route. */
export interface ServedRendering {
  bytes: Buffer;
  mimeType: string;
}

/**
 * Attachments: the upload into quarantine, the visibility of each one, the author's review (extra
 * masks), posting them with a case, reply or consult answer, and their signed URLs.
 */
@Injectable()
export class AttachmentsService {
  private readonly signer: AttachmentUrlSigner;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    private readonly queue: AttachmentQueue,
  ) {
    this.signer = new AttachmentUrlSigner(config.jwtSecret);
  }

  /**
   * Takes an upload: the type is judged from the bytes at once (a file of no accepted kind, a
   * polyglot or a type liar is refused before anything is kept), the raw bytes go to quarantine and
   * a PROCESSING row is written; the pipeline runs as a job. The caller must read case content.
   */
  async upload(ctx: RequestContext, bytes: Buffer, options: UploadOptions): Promise<AttachmentEntity> {
    const actor = ctx.requireActor;
    const declared = options.declaredMimeType?.split(';')[0].trim().toLowerCase() || undefined;
    if (declared !== undefined && !(UPLOAD_MIME_TYPES as readonly string[]).includes(declared)) {
      throw mediaRefusal(new MediaError('MEDIA_UNSUPPORTED_TYPE'));
    }
    if (options.draftId !== undefined && !isUuid(options.draftId)) {
      throw DomainError.badInput('draft must be an id', { fields: ['draft'] });
    }
    const consent = options.eyesOnly;
    if (consent) validateConsent(consent.obtainedBy, consent.obtainedOn);
    if (bytes.length > this.config.MEDIA_MAX_UPLOAD_BYTES) {
      throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than the allowed size', {
        reason: 'MEDIA_TOO_LARGE',
        maxBytes: this.config.MEDIA_MAX_UPLOAD_BYTES,
      });
    }
    try {
      detectMediaKind(bytes, declared === 'application/octet-stream' ? undefined : declared);
    } catch (error) {
      if (error instanceof MediaError) throw mediaRefusal(error);
      throw error;
    }
    const id = randomUUID();
    await this.storage.quarantine.put(attachmentKeys.quarantine(id), bytes);
    try {
      const row = await inTransaction(this.dataSource, async (manager) => {
        const [{ n }] = await manager.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM attachment WHERE owner_id = $1 AND status = $2',
          [actor.clinicianId, AttachmentStatus.PROCESSING],
        );
        if (n >= this.config.MEDIA_MAX_PROCESSING_PER_CLINICIAN) throw DomainError.rateLimited(10);
        const repo = manager.getRepository(AttachmentEntity);
        const saved = await repo.save(
          repo.create({
            id,
            ownerId: actor.clinicianId,
            status: AttachmentStatus.PROCESSING,
            declaredMimeType: declared === 'application/octet-stream' ? null : (declared ?? null),
            draftId: options.draftId ?? null,
            faceMasking: consent ? 'EYES_ONLY' : 'FULL',
            consentObtainedBy: consent?.obtainedBy ?? null,
            consentObtainedOn: consent?.obtainedOn ?? null,
            consentRecordedAt: consent ? new Date() : null,
          }),
        );
        await this.audit.record(manager, ctx, AuditAction.ATTACHMENT_UPLOADED, ref(saved), {
          bytes: bytes.length,
          eyesOnly: Boolean(consent),
        });
        await this.queue.enqueue(saved.id, manager);
        return saved;
      });
      return row;
    } catch (error) {
      await this.storage.quarantine.delete(attachmentKeys.quarantine(id));
      throw error;
    }
  }

  /** The attachment if the caller may see it (see `attachmentVisible`), else null. */
  async readable(ctx: RequestContext, id: string): Promise<AttachmentEntity | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id });
    if (!row) return null;
    return (await this.visibleRows(ctx, [row]))[0] ?? null;
  }

  /** The READY attachments posted with a case post (`replyId` null) or a reply that the caller may see. */
  async posted(ctx: RequestContext, caseId: string, replyId: string | null): Promise<AttachmentEntity[]> {
    const rows = await this.dataSource.getRepository(AttachmentEntity).find({
      where: { caseId, replyId: replyId ?? IsNull(), status: AttachmentStatus.READY },
      order: { postedAt: 'ASC', id: 'ASC' },
    });
    return this.visibleRows(ctx, rows);
  }

  /** A URL of the current rendering, signed for the caller's session; null unless READY. */
  signedUrl(
    ctx: RequestContext,
    row: { id: string; revision: number; status: AttachmentStatus },
    variant?: string,
  ): string | null {
    const actor = ctx.actor;
    if (!actor || row.status !== AttachmentStatus.READY) return null;
    return this.signer.path({
      attachmentId: row.id,
      revision: row.revision,
      clinicianId: actor.clinicianId,
      sessionId: actor.sessionId,
      expires: Math.floor(Date.now() / 1000) + this.config.MEDIA_URL_TTL_SECONDS,
      ...(variant ? { variant } : {}),
    });
  }

  /** The grant of a signed URL, or null (malformed, tampered with, expired). */
  verifyUrl(attachmentId: string, query: Record<string, unknown>, nowSeconds: number) {
    return this.signer.verify(attachmentId, query, nowSeconds);
  }

  /**
   * The rendering a signed URL names, if `viewer` (the signer's session, looked up afresh) may
   * still see it and the URL names its current version; null otherwise.
   */
  async rendering(
    viewer: RequestContext,
    attachmentId: string,
    revision: number,
    variant?: string,
  ): Promise<ServedRendering | null> {
    const row = await this.readable(viewer, attachmentId);
    if (!row || row.status !== AttachmentStatus.READY || row.revision !== revision || !row.mimeType)
      return null;
    let key = attachmentKeys.served(row.id, row.mimeType);
    let mimeType = row.mimeType;
    if (variant === 'dicom') {
      if (row.kind !== 'dicom') return null;
      key = attachmentKeys.dicom(row.id);
      mimeType = 'application/dicom';
    } else if (variant?.startsWith('w-')) {
      const name = variant.slice(2);
      if (!row.windows.some((w) => w.name === name)) return null;
      key = attachmentKeys.window(row.id, name);
      mimeType = 'image/png';
    }
    const bytes = await this.storage.renderings.get(key);
    return bytes ? { bytes, mimeType } : null;
  }

  /**
   * The author's review: replaces the author's masks and re-renders from the de-identified base
   * (never from the raw upload, which is gone). Only before posting, only the uploader's own.
   */
  async updateMasks(ctx: RequestContext, attachmentId: string, masks: MaskRect[]): Promise<AttachmentEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.lockOwnDraft(manager, ctx, attachmentId);
      if (row.status !== AttachmentStatus.READY || !row.mimeType || !row.kind) {
        throw DomainError.conflict('Masks can be changed once the attachment is ready');
      }
      const base = await this.storage.renderings.get(attachmentKeys.base(row.id, row.mimeType));
      if (!base) throw DomainError.conflict('This attachment has no rendering any more');
      let rendered: Buffer;
      try {
        rendered = await applyAuthorMasks(
          base,
          row.mimeType === 'image/png' ? 'png' : 'jpeg',
          masks,
          this.config.MEDIA_MAX_PIXELS,
        );
      } catch (error) {
        if (error instanceof MediaError) throw mediaRefusal(error);
        throw error;
      }
      // The CT windows get the same masks, each on its own base; so does the DICOM file's pixel data.
      const derived: [string, Buffer][] = [];
      for (const w of row.windows) {
        const windowBase = await this.storage.renderings.get(attachmentKeys.windowBase(row.id, w.name));
        if (!windowBase) throw DomainError.conflict('This attachment has no rendering any more');
        derived.push([
          attachmentKeys.window(row.id, w.name),
          await applyAuthorMasks(windowBase, 'png', masks, this.config.MEDIA_MAX_PIXELS),
        ]);
      }
      if (row.kind === 'dicom') derived.push(...(await this.maskedDicom(row.id, masks)));
      row.authorMasks = masks.map(({ x, y, width, height }) => ({ x, y, width, height }));
      row.revision += 1;
      const saved = await manager.getRepository(AttachmentEntity).save(row);
      await this.audit.record(manager, ctx, AuditAction.ATTACHMENT_MASKS_UPDATED, ref(saved), {
        masks: masks.length,
      });
      // Written last: a failed transaction leaves the served file as it was.
      await this.storage.renderings.put(attachmentKeys.served(row.id, row.mimeType), rendered);
      for (const [key, bytes] of derived) await this.storage.renderings.put(key, bytes);
      return saved;
    });
  }

  /**
   * The DICOM file with the author's masks in the pixel data of every frame, from the pipeline's
   * file. A file processed before the pipeline's file was kept apart has only the served one, which
   * had never been masked by its author then: it becomes the base (and is stored as such).
   */
  private async maskedDicom(id: string, masks: MaskRect[]): Promise<[string, Buffer][]> {
    const out: [string, Buffer][] = [];
    let base = await this.storage.renderings.get(attachmentKeys.dicomBase(id));
    if (!base) {
      base = await this.storage.renderings.get(attachmentKeys.dicom(id));
      if (!base) throw DomainError.conflict('This attachment has no rendering any more');
      out.push([attachmentKeys.dicomBase(id), base]);
    }
    try {
      out.push([
        attachmentKeys.dicom(id),
        applyDicomAuthorMasks(base, masks, { maxPixels: this.config.MEDIA_MAX_PIXELS }),
      ]);
    } catch (error) {
      if (error instanceof MediaError) throw mediaRefusal(error);
      throw error;
    }
    return out;
  }

  /** The uploader throws away an attachment not posted yet: its row and every stored byte go. */
  async discard(ctx: RequestContext, attachmentId: string): Promise<boolean> {
    const row = await inTransaction(this.dataSource, async (manager) => {
      const own = await this.lockOwnDraft(manager, ctx, attachmentId);
      await manager.getRepository(AttachmentEntity).delete({ id: own.id });
      await this.audit.record(manager, ctx, AuditAction.ATTACHMENT_DISCARDED, ref(own));
      return own;
    });
    await this.removeFiles(row);
    return true;
  }

  /**
   * The patient withdrew consent: the uploader removes an attachment, posted or not, in any state,
   * from Curbside everywhere. The row goes in the same transaction as its audit record (so every
   * signed URL, which is checked against the row at each fetch, stops working at the commit), then
   * every stored byte: the raw upload if still in quarantine, the base and served renderings. A job
   * still running on it finds no row at its end and deletes what it stored.
   */
  async withdrawConsent(ctx: RequestContext, attachmentId: string): Promise<boolean> {
    const row = await inTransaction(this.dataSource, async (manager) => {
      const own = isUuid(attachmentId)
        ? await manager
            .getRepository(AttachmentEntity)
            .findOne({ where: { id: attachmentId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!own || own.ownerId !== viewerId(ctx)) throw DomainError.notFound('The attachment');
      await manager.getRepository(AttachmentEntity).delete({ id: own.id });
      await this.audit.record(manager, ctx, AuditAction.ATTACHMENT_CONSENT_WITHDRAWN, ref(own), {
        posted: own.caseId !== null,
        status: own.status,
      });
      return own;
    });
    await this.removeFiles(row);
    return true;
  }

  /**
   * Posts the caller's READY drafts with a case post or a reply, inside the caller's transaction.
   * Anything else (someone else's, not ready, already posted, unknown) is BAD_USER_INPUT and the
   * whole write fails.
   */
  async attach(
    manager: EntityManager,
    ctx: RequestContext,
    attachmentIds: readonly string[] | null | undefined,
    target: { caseId: string; replyId: string | null },
  ): Promise<number> {
    const ids = [...new Set(attachmentIds ?? [])];
    if (ids.length === 0) return 0;
    if (ids.length > MAX_ATTACHMENTS_PER_POST || !ids.every(isUuid)) {
      throw DomainError.badInput(`At most ${MAX_ATTACHMENTS_PER_POST} attachment ids`, {
        fields: ['attachmentIds'],
      });
    }
    const me = ctx.requireActor.clinicianId;
    const rows = await manager
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id IN (:...ids)', { ids })
      .getMany();
    const usable = rows.filter(
      (r) => r.ownerId === me && r.status === AttachmentStatus.READY && r.caseId === null,
    );
    if (usable.length !== ids.length) {
      throw DomainError.badInput('Every attachment must be one of your own, ready and not posted yet', {
        fields: ['attachmentIds'],
      });
    }
    await manager
      .getRepository(AttachmentEntity)
      .update({ id: In(ids) }, { caseId: target.caseId, replyId: target.replyId, postedAt: new Date() });
    return ids.length;
  }

  private async lockOwnDraft(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<AttachmentEntity> {
    const row = isUuid(id)
      ? await manager
          .getRepository(AttachmentEntity)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!row || row.ownerId !== viewerId(ctx)) throw DomainError.notFound('The attachment');
    if (row.caseId !== null) throw DomainError.conflict('This attachment is posted; it cannot change now');
    return row;
  }

  private async removeFiles(row: AttachmentEntity): Promise<void> {
    await removeAttachmentFiles(this.storage, row.id);
  }

  private async visibleRows(ctx: RequestContext, rows: AttachmentEntity[]): Promise<AttachmentEntity[]> {
    const caseIds = [...new Set(rows.map((r) => r.caseId).filter((id): id is string => id !== null))];
    const replyIds = [...new Set(rows.map((r) => r.replyId).filter((id): id is string => id !== null))];
    const cases = caseIds.length
      ? await this.dataSource.getRepository(CaseEntity).findBy({ id: In(caseIds) })
      : [];
    const replies = replyIds.length
      ? await this.dataSource.getRepository(ReplyEntity).findBy({ id: In(replyIds) })
      : [];
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    const replyOf = new Map(replies.map((r) => [r.id, r]));
    return rows.filter((row) =>
      attachmentVisible(
        ctx,
        row,
        row.caseId ? (caseOf.get(row.caseId) ?? null) : null,
        row.replyId ? (replyOf.get(row.replyId) ?? null) : null,
      ),
    );
  }
}

/** A pipeline refusal as a GraphQL/HTTP error: BAD_USER_INPUT with the media code as `reason`. */
export function mediaRefusal(error: MediaError): DomainError {
  return DomainError.badInput(error.message, { reason: error.code });
}

function validateConsent(obtainedBy: string, obtainedOn: string): void {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(obtainedOn) ? new Date(`${obtainedOn}T00:00:00Z`) : null;
  const valid =
    (CONSENT_OBTAINED_BY as readonly string[]).includes(obtainedBy) &&
    date !== null &&
    !Number.isNaN(date.getTime()) &&
    date.getTime() <= Date.now() + 86_400_000;
  if (!valid) {
    throw DomainError.badInput(
      `Eyes-only masking needs a consent attestation: who obtained it (${CONSENT_OBTAINED_BY.join(', ')}) and the date (YYYY-MM-DD, not in the future)`,
      { fields: ['consent'] },
    );
  }
}

function ref(row: AttachmentEntity): { type: string; id: string } {
  return { type: 'Attachment', id: row.id };
}
