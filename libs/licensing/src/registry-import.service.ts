import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { DomainError, EventBus, LOGGER, type Logger, RequestContext, isUuid } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DataSource, In } from 'typeorm';
import { LicenseRevokedEvent } from './licensing.events.js';
import { RegistryChecksService } from './registry-checks.service.js';
import {
  RegistryImportEntity,
  RegistryImportSource,
  RegistryImportStatus,
} from './registry-import.entity.js';
import { RegistryFormatError } from './registry/nppes-record.mapper.js';
import { importRegistry } from './registry/registry-importer.js';

/** Least time between two progress writes of a running import. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Registry imports started by an administrator through the API, run in the background of the API
 * process (one at a time) with a progress row that clients read. An import cut short by a shutdown
 * stays RUNNING and is resumed at the next boot; one that cannot go on is FAILED with a code. The
 * batches are short statements, so the API keeps serving on the embedded database meanwhile.
 */
@Injectable()
export class RegistryImportService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly abort = new AbortController();
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly checks: RegistryChecksService,
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The directory server files are read from and uploads are kept in. */
  get directory(): string {
    return resolve(this.config.REGISTRY_IMPORT_DIR || join(this.config.DATA_DIR, 'registry'));
  }

  async onApplicationBootstrap(): Promise<void> {
    const waiting = await this.dataSource.getRepository(RegistryImportEntity).findOne({
      where: { status: In([RegistryImportStatus.QUEUED, RegistryImportStatus.RUNNING]) },
      order: { createdAt: 'ASC' },
    });
    if (waiting) this.launch(waiting.id);
  }

  async onApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.running;
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
      return row;
    });
    this.launch(row.id);
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

  /** Waits for the import in progress, if any (tests, shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  private launch(id: string): void {
    const previous = this.running ?? Promise.resolve();
    this.running = previous
      .then(() => this.run(id))
      .catch((error: unknown) => {
        this.logger.error(
          { importId: id, kind: error instanceof Error ? error.name : typeof error },
          'registry import failed',
        );
      });
  }

  private async run(id: string): Promise<void> {
    const repo = this.dataSource.getRepository(RegistryImportEntity);
    const row = await repo.findOneBy({ id });
    if (!row || (row.status !== RegistryImportStatus.QUEUED && row.status !== RegistryImportStatus.RUNNING))
      return;
    const startedAt = new Date();
    await repo.update(
      { id },
      { status: RegistryImportStatus.RUNNING, startedAt, attempts: row.attempts + 1 },
    );
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
      await this.events.publish(
        ...checks.revoked.map((r) => new LicenseRevokedEvent(r.licenseId, r.clinicianId)),
      );
    } catch (error) {
      await progressWrite;
      // A shutdown leaves it RUNNING: the next boot resumes it.
      if (this.abort.signal.aborted) return;
      const code =
        error instanceof RegistryFormatError
          ? 'FORMAT'
          : (error as { code?: string }).code === 'ENOENT'
            ? 'FILE_MISSING'
            : 'INTERNAL';
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
    }
  }
}

function ref(row: RegistryImportEntity): { type: string; id: string } {
  return { type: 'RegistryImport', id: row.id };
}
