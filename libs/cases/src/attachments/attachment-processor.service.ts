import { AppConfig } from '@curbside/config';
import { LOGGER, type Logger } from '@curbside/core';
import {
  type FaceDetector,
  MediaDeidentifier,
  MediaError,
  createFaceDetector,
  createOcrEngine,
  type MediaLimits,
  type OcrEngine,
} from '@curbside/media';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AttachmentEntity, AttachmentStatus } from './attachment.entity.js';
import {
  ATTACHMENT_STORAGE,
  type AttachmentStorage,
  attachmentKeys,
  removeAttachmentFiles,
} from './attachment-storage.js';

/** Attempts before an attachment that keeps failing unexpectedly is refused. */
export const MAX_PROCESSING_ATTEMPTS = 3;

/** The refusal code of a file the pipeline could not finish for a reason that is not the file's. */
export const PROCESSING_FAILED = 'MEDIA_PROCESSING_FAILED';

/**
 * The job body of attachment processing: reads the raw upload from quarantine, runs the whole
 * media pipeline (type from the bytes, safe decoding, metadata stripped or the DICOM profile, OCR
 * masks, faces) and stores only its output. The raw bytes are deleted as soon as the attachment
 * is READY or REFUSED. Idempotent: a job delivered twice, or after a crash, finds the row either
 * still PROCESSING (and does the work again) or done (and does nothing).
 */
@Injectable()
export class AttachmentProcessor implements OnApplicationShutdown {
  private ocr: Promise<OcrEngine> | undefined;
  private faces: Promise<FaceDetector> | undefined;
  private readonly limits: Partial<MediaLimits>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.limits = { maxBytes: config.MEDIA_MAX_UPLOAD_BYTES, maxPixels: config.MEDIA_MAX_PIXELS };
  }

  /**
   * Processes one attachment; returns its status afterwards (null for an unknown id). Throws only
   * for a failure worth retrying (the queue retries); after {@link MAX_PROCESSING_ATTEMPTS} the
   * attachment is refused with {@link PROCESSING_FAILED}.
   */
  async process(attachmentId: string): Promise<AttachmentStatus | null> {
    const repo = this.dataSource.getRepository(AttachmentEntity);
    const claimed = await repo
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1' })
      .where('id = :id AND status = :processing', {
        id: attachmentId,
        processing: AttachmentStatus.PROCESSING,
      })
      .returning('*')
      .execute();
    const rows = claimed.raw as Record<string, unknown>[];
    if (rows.length === 0) return (await repo.findOneBy({ id: attachmentId }))?.status ?? null;
    const attempts = Number(rows[0].attempts);
    const row = await repo.findOneByOrFail({ id: attachmentId });
    const started = Date.now();
    this.logger.info({ attachmentId: row.id, attempts }, 'attachment processing started');
    try {
      if (attempts > MAX_PROCESSING_ATTEMPTS) return await this.refuse(row, PROCESSING_FAILED);
      const bytes = await this.storage.quarantine.get(attachmentKeys.quarantine(row.id));
      if (bytes === undefined) return await this.refuse(row, PROCESSING_FAILED);
      const pipeline = new MediaDeidentifier({
        limits: this.limits,
        uidKey: this.uidKey(row),
        ocr: this.config.MEDIA_OCR ? await this.engine() : false,
        faceDetector: this.config.MEDIA_FACES ? await this.detector() : false,
        faces: row.faceMasking === 'EYES_ONLY' ? 'eyes' : 'full',
      });
      const result = await pipeline.deidentify(bytes, {
        declaredMimeType: row.declaredMimeType ?? undefined,
      });
      const { mimeType } = result.image;
      await this.storage.renderings.put(attachmentKeys.base(row.id, mimeType), result.image.bytes);
      await this.storage.renderings.put(attachmentKeys.served(row.id, mimeType), result.image.bytes);
      const windows = result.windows ?? [];
      for (const w of windows) {
        await this.storage.renderings.put(attachmentKeys.windowBase(row.id, w.name), w.bytes);
        await this.storage.renderings.put(attachmentKeys.window(row.id, w.name), w.bytes);
      }
      if (result.dicom) {
        await this.storage.renderings.put(attachmentKeys.dicomBase(row.id), result.dicom.bytes);
        await this.storage.renderings.put(attachmentKeys.dicom(row.id), result.dicom.bytes);
      }
      // The raw bytes go before the row says READY: nobody ever sees a READY attachment whose
      // original still exists (a failure after this point retries, then refuses it).
      await this.storage.quarantine.delete(attachmentKeys.quarantine(row.id));
      const done = await repo.update(
        { id: row.id, status: AttachmentStatus.PROCESSING },
        {
          status: AttachmentStatus.READY,
          kind: result.kind,
          mimeType,
          width: result.image.width,
          height: result.image.height,
          autoMasks: result.report.masks.map(roundRect),
          reviewReasons: result.report.needsAuthorReview,
          facesMasked: result.report.faces ?? 0,
          windows: windows.map(({ name, centre, width }) => ({ name, centre, width })),
          processedAt: new Date(),
        },
      );
      if (done.affected === 0) {
        // Discarded or withdrawn while the job ran: nothing of it may stay behind.
        await removeAttachmentFiles(this.storage, row.id);
        return null;
      }
      this.logger.info(
        {
          attachmentId: row.id,
          kind: result.kind,
          ms: Date.now() - started,
          masks: result.report.masks.length,
        },
        'attachment processed',
      );
      return AttachmentStatus.READY;
    } catch (error) {
      if (error instanceof MediaError) return this.refuse(row, error.code);
      // Never the error's text: a decoder's message may quote the file.
      this.logger.warn(
        { attachmentId: row.id, attempts, kind: (error as Error)?.name },
        'attachment processing failed',
      );
      if (attempts >= MAX_PROCESSING_ATTEMPTS) return this.refuse(row, PROCESSING_FAILED);
      throw new Error('attachment processing failed; it will be retried');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const ocr = this.ocr;
    this.ocr = undefined;
    if (ocr) await (await ocr).close().catch(() => undefined);
  }

  private async refuse(row: AttachmentEntity, code: string): Promise<AttachmentStatus> {
    await this.storage.quarantine.delete(attachmentKeys.quarantine(row.id));
    await this.dataSource
      .getRepository(AttachmentEntity)
      .update(
        { id: row.id, status: AttachmentStatus.PROCESSING },
        { status: AttachmentStatus.REFUSED, refusalCode: code, processedAt: new Date() },
      );
    this.logger.info({ attachmentId: row.id, code }, 'attachment refused');
    return AttachmentStatus.REFUSED;
  }

  /** One face detector for the process, loaded at the first job. */
  private detector(): Promise<FaceDetector> {
    this.faces ??= createFaceDetector();
    return this.faces;
  }

  /** One OCR worker for the process, started at the first job. */
  private engine(): Promise<OcrEngine> {
    this.ocr ??= createOcrEngine();
    return this.ocr;
  }

  /** DICOM UIDs are replaced with a key per draft (or per attachment), derived from the app secret. */
  private uidKey(row: AttachmentEntity): Uint8Array {
    const scope = `${row.ownerId}:${row.draftId ?? row.id}`;
    return createHmac('sha256', this.config.jwtSecret).update(`curbside:dicom-uid:${scope}`).digest();
  }
}

function roundRect(r: { x: number; y: number; width: number; height: number }) {
  const x = Math.floor(r.x);
  const y = Math.floor(r.y);
  return { x, y, width: Math.ceil(r.x + r.width) - x, height: Math.ceil(r.y + r.height) - y };
}
