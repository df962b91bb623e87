import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { DomainError, EventBus, LOGGER, type Logger, RequestContext, isUuid } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { PUBSUB, type PubSub } from '@curbside/realtime';
import { type JobInfo, JobsService } from '@curbside/jobs';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DataSource, type EntityManager, In } from 'typeorm';
import { LicenseRevokedEvent } from './licensing.events.js';
import { RegistryChecksService } from './registry-checks.service.js';
import {
  RegistryImportEntity,
  RegistryImportSource,
  RegistryImportStatus,
} from './registry-import.entity.js';
import { RegistryFormatError } from './registry/nppes-record.mapper.js';
import { importRegistry } from './registry/registry-importer.js';
import { registryImportTopic } from './registry-import.topic.js';

/** Least time between two progress writes of a running import. */
const PROGRESS_EVERY_MS = 1000;

/** The pg-boss queue of registry imports; a job's data is the import id, and its id is the same. */
export const REGISTRY_IMPORT_QUEUE = 'registry.import';

/** Attempts after the first (a stop in the middle and a lost database connection each use one). */
const IMPORT_RETRIES = 5;

/**
 * A job silent this long counts as lost (its process died) and is retried. The full NPPES file takes
 * well under this on one core (`npm run bench:registry`); a job that is really this slow is read again
 * from the start, which the idempotent upsert allows.
 */
const IMPORT_EXPIRE_SECONDS = 4 * 3600;

/** Thrown by a running import when its process stops: pg-boss retries it, after the restart. */
class RegistryImportInterruptedError extends Error {
  override readonly name = 'RegistryImportInterruptedError';
}

/**
 * Registry imports started by an administrator through the API, run as pg-boss jobs (one at a time,
 * on whichever instance takes the job) with a progress row that clients read. The job is sent in the
 * transaction that records the import, so one exists exactly when the other does. A stop in the
 * middle fails the attempt and the job is retried after the restart (a crash: once the job expires);
 * the file is read again from the start, since the upsert is idempotent. An import that cannot go on
 * (not an NPPES file, file gone, retries spent) is FAILED with a code, and an uploaded file is
 * deleted once its import has ended. The batches are short statements, so the API keeps serving on
 * the embedded database meanwhile.
 */
@Injectable()
export class RegistryImportService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly abort = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly checks: RegistryChecksService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(PUBSUB) private readonly pubsub: PubSub,
  ) {}

  /** Tells live subscribers (registryImportProgress) that the import's row changed; never fails the import. */
  private async announce(id: string): Promise<void> {
    await this.pubsub.publish(registryImportTopic(id), { importId: id }).catch(() => undefined);
  }

  onModuleInit(): void {
    this.jobs.defineQueue({
      name: REGISTRY_IMPORT_QUEUE,
      retryLimit: IMPORT_RETRIES,
      retryDelay: 2,
      retryBackoff: false,
      expireInSeconds: IMPORT_EXPIRE_SECONDS,
    });
    this.jobs.work<{ importId: string }>(
      REGISTRY_IMPORT_QUEUE,
      { concurrency: 1, pollingIntervalSeconds: 1 },
      (data, job) => this.run(data.importId, job),
    );
  }

  /** The directory server files are read from and uploads are kept in. */
  get directory(): string {
    return resolve(this.config.REGISTRY_IMPORT_DIR || join(this.config.DATA_DIR, 'registry'));
  }

  /**
   * An import left QUEUED or RUNNING gets its job again if it has none (one recorded before imports
   * ran on the job queue); sending the same job id twice is a no-op, so a live job is not doubled.
   */
  async onApplicationBootstrap(): Promise<void> {
    const waiting = await this.dataSource.getRepository(RegistryImportEntity).find({
      where: { status: In([RegistryImportStatus.QUEUED, RegistryImportStatus.RUNNING]) },
      order: { createdAt: 'ASC' },
    });
    for (const row of waiting) await this.enqueue(row.id);
  }

  /** Before the job queue stops (it waits for running jobs): the running import gives up its attempt. */
  onModuleDestroy(): void {
    this.abort.abort();
  }

  /** Starts an import of a file in the registry import directory (a relative path inside it). */
  async startFromPath(ctx: RequestContext, path: string): Promise<RegistryImportEntity> {
    const file = resolve(this.directory, path);
    const inside = relative(this.directory, file);
    if (!path.trim() || inside.startsWith('..') || isAbsolute(inside)) {
      throw DomainError.badInput('path must name a file inside the registry import directory', {
        fields: ['path'],
      });
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw DomainError.badInput('There is no such file to import', { fields: ['path'] });
    return this.start(ctx, RegistryImportSource.SERVER_PATH, file, info.size);
  }

  /** Records an import of a file already written (an upload) and starts it in the background. */
  async start(
    ctx: RequestContext,
    source: RegistryImportSource,
    file: string,
    size: number,
  ): Promise<RegistryImportEntity> {
    const row = await inTransaction(this.dataSource, async (manager) => {
      // One import at a time: a table lock keeps two starts from both passing the check.
      await manager.query('LOCK TABLE registry_import IN SHARE ROW EXCLUSIVE MODE');
      const repo = manager.getRepository(RegistryImportEntity);
      const busy = await repo.existsBy({
        status: In([RegistryImportStatus.QUEUED, RegistryImportStatus.RUNNING]),
      });
      if (busy) throw DomainError.conflict('A registry import is already running');
      const row = await repo.save(
        repo.create({
          status: RegistryImportStatus.QUEUED,
          source,
          filePath: file,
          startedBy: ctx.actor?.clinicianId ?? null,
          totalBytes: String(size),
        }),
      );
      await this.audit.record(manager, ctx, AuditAction.REGISTRY_IMPORT_STARTED, ref(row), { source });
      await this.enqueue(row.id, manager);
      return row;
    });
    return row;
  }

  list(first: number): Promise<RegistryImportEntity[]> {
    return this.dataSource.getRepository(RegistryImportEntity).find({
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  find(id: string): Promise<RegistryImportEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.dataSource.getRepository(RegistryImportEntity).findOneBy({ id });
  }

  /** Waits until no import is queued or running (tests); gives up after `timeoutMs`. */
  async idle(timeoutMs = 60_000): Promise<void> {
    const repo = this.dataSource.getRepository(RegistryImportEntity);
    const deadline = Date.now() + timeoutMs;
    while (await repo.existsBy({ status: In([RegistryImportStatus.QUEUED, RegistryImportStatus.RUNNING]) })) {
      if (Date.now() > deadline) throw new Error('A registry import is still running');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async enqueue(id: string, manager?: EntityManager): Promise<void> {
    await this.jobs.send(REGISTRY_IMPORT_QUEUE, { importId: id }, { id, manager });
  }

  /** The job body: one attempt at the import `id`. */
  private async run(id: string, job: JobInfo): Promise<void> {
    const repo = this.dataSource.getRepository(RegistryImportEntity);
    const row = await repo.findOneBy({ id });
    if (!row || (row.status !== RegistryImportStatus.QUEUED && row.status !== RegistryImportStatus.RUNNING))
      return;
    const startedAt = new Date();
    await repo.update(
      { id },
      { status: RegistryImportStatus.RUNNING, startedAt, attempts: row.attempts + 1 },
    );
    await this.announce(id);
    const ctx = new RequestContext(`registry-import-${id}`, 'local');
    let lastWrite = 0;
    let progressWrite: Promise<unknown> = Promise.resolve();
    try {
      const summary = await importRegistry(this.dataSource, row.filePath, {
        signal: this.abort.signal,
        onProgress: (p) => {
          if (performance.now() - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = performance.now();
          progressWrite = progressWrite
            .then(() =>
              repo.update(
                { id },
                { rowsRead: p.rowsRead, bytesRead: String(p.bytesRead), updatedAt: new Date() },
              ),
            )
            .then(() => this.announce(id))
            .catch(() => undefined);
        },
      });
      await progressWrite;
      const checks = await inTransaction(this.dataSource, async (manager) => {
        const checks = await this.checks.recheck(manager, ctx, { importedSince: startedAt });
        await manager.getRepository(RegistryImportEntity).update(
          { id },
          {
            status: RegistryImportStatus.SUCCEEDED,
            rowsRead: summary.rowsRead,
            bytesRead: String(summary.bytesRead),
            individualsImported: summary.individualsImported,
            deactivationsApplied: summary.deactivationsApplied,
            malformedRows: summary.malformed.total,
            licensesChecked: checks.checked,
            licensesFlagged: checks.flagged,
            licensesRevoked: checks.revoked.length,
            finishedAt: new Date(),
            updatedAt: new Date(),
          },
        );
        await this.audit.record(
          manager,
          ctx,
          AuditAction.REGISTRY_IMPORT_FINISHED,
          { type: 'RegistryImport', id },
          { status: RegistryImportStatus.SUCCEEDED, rows: summary.rowsRead, revoked: checks.revoked.length },
          row.startedBy,
        );
        await this.events.publishInTransaction(
          manager,
          ...checks.revoked.map((r) => new LicenseRevokedEvent(r.licenseId, r.clinicianId)),
        );
        return checks;
      });
      await this.announce(id);
      await this.events.publish(
        ...checks.revoked.map((r) => new LicenseRevokedEvent(r.licenseId, r.clinicianId)),
      );
      await this.discardUpload(row);
    } catch (error) {
      await progressWrite;
      const lastAttempt = job.retryCount >= job.retryLimit;
      // A stop leaves it RUNNING and fails this attempt: the job is taken again after the restart.
      if (this.abort.signal.aborted && !lastAttempt) throw new RegistryImportInterruptedError();
      const code = this.abort.signal.aborted
        ? 'INTERRUPTED'
        : error instanceof RegistryFormatError
          ? 'FORMAT'
          : (error as { code?: string }).code === 'ENOENT'
            ? 'FILE_MISSING'
            : 'INTERNAL';
      this.logger.warn(
        {
          importId: id,
          code,
          attempt: job.retryCount + 1,
          kind: error instanceof Error ? error.name : typeof error,
        },
        'registry import attempt failed',
      );
      // A passing fault (a lost connection) is tried again; a bad file is not.
      if (code === 'INTERNAL' && !lastAttempt) throw error;
      await repo.update(
        { id },
        {
          status: RegistryImportStatus.FAILED,
          errorCode: code,
          finishedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      await this.audit.record(
        this.dataSource.manager,
        ctx,
        AuditAction.REGISTRY_IMPORT_FINISHED,
        { type: 'RegistryImport', id },
        { status: RegistryImportStatus.FAILED, errorCode: code },
        row.startedBy,
      );
      await this.announce(id);
      await this.discardUpload(row);
    }
  }

  /** An uploaded file is kept only until its import ends (a file from the server is left alone). */
  private async discardUpload(row: RegistryImportEntity): Promise<void> {
    if (row.source === RegistryImportSource.UPLOAD) await rm(row.filePath, { force: true });
  }
}

function ref(row: RegistryImportEntity): { type: string; id: string } {
  return { type: 'RegistryImport', id: row.id };
}
