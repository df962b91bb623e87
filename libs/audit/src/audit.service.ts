import { decodeCursor, pageSize, type Page, type RequestContext, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditAction } from './audit-action.js';
import { AuditEventEntity } from './audit-event.entity.js';
import type { AuditLogFilter } from './audit-log-filter.input.js';

/** The most rows one CSV export holds: a longer period is exported in parts (narrow the dates). */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

/** Adds the filter's conditions to a query over `audit_event e` (every one of them is indexed). */
function applyFilter(query: SelectQueryBuilder<AuditEventEntity>, filter: AuditLogFilter | null | undefined) {
  if (!filter) return query;
  if (filter.actorId) query.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
  if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
  if (filter.targetType) query.andWhere('e.targetType = :targetType', { targetType: filter.targetType });
  if (filter.targetId) query.andWhere('e.targetId = :targetId', { targetId: filter.targetId });
  if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
  return query;
}

/** One CSV field: ids, codes and times only, quoted when they hold a comma, quote or line break. */
function csvField(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface AuditTarget {
  type: string;
  id: string;
}

/** Values kept with an audit record: ids, codes, counts and flags, never free text. */
export type AuditDetail = Record<string, string | number | boolean | null>;

/** What a string in an audit detail may be: an id or a code (no spaces, at most 64 characters). */
const ID_OR_CODE = /^[A-Za-z0-9_.:@-]{0,64}$/;

/**
 * Refuses a detail that carries free text (a string that is not an id or a code): free text belongs
 * in a typed, de-identified column of the feature that owns it, never in the append-only audit.
 * A programming error, so a plain Error: the action's transaction rolls back with it.
 */
export function assertNoFreeText(detail: AuditDetail): void {
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value === 'string' && !ID_OR_CODE.test(value)) {
      throw new Error(`audit detail "${key}" must be an id or a code, not free text`);
    }
  }
}

/**
 * The audit sink. A feature calls `record` with its own transaction's manager, so the action and
 * its audit record commit or fail together. A record that stands alone (a read, such as a case
 * viewed) is one statement and needs no transaction: pass the data source's manager.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager,
    ctx: RequestContext,
    action: AuditAction,
    target: AuditTarget | null = null,
    detail: AuditDetail = {},
    actorId: string | null = ctx.actor?.clinicianId ?? null,
  ): Promise<void> {
    assertNoFreeText(detail);
    // one INSERT, no RETURNING: nothing reads the generated id or time back
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values({
        actorId,
        action,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        detail: { ...detail, correlationId: ctx.correlationId },
      })
      .updateEntity(false)
      .execute();
  }

  /**
   * A record of work done with no request behind it (boot, CLI), written by a feature that has only
   * a transaction's manager at hand; no actor.
   */
  static async recordSystem(
    manager: EntityManager,
    action: AuditAction,
    target: AuditTarget,
    detail: AuditDetail,
  ): Promise<void> {
    assertNoFreeText(detail);
    await manager.getRepository(AuditEventEntity).insert({
      actorId: null,
      action,
      targetType: target.type,
      targetId: target.id,
      detail,
    });
  }

  /** The newest records about any of these targets (a clinician and their licences, say), newest first. */
  aboutTargets(targets: readonly AuditTarget[], limit = 100): Promise<AuditEventEntity[]> {
    if (targets.length === 0) return Promise.resolve([]);
    // (target_type, target_id) pairs: the ix_audit_event_target index answers each.
    return this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where(
        '(e.target_type, e.target_id) IN (SELECT * FROM unnest(CAST(:types AS varchar[]), CAST(:ids AS uuid[])))',
        {
          types: targets.map((t) => t.type),
          ids: targets.map((t) => t.id),
        },
      )
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Newest first, keyset-paginated on (at, id); optionally narrowed by a filter. */
  async page(
    first: number | null | undefined,
    after: string | null | undefined,
    filter?: AuditLogFilter | null,
  ): Promise<Page<AuditEventEntity>> {
    const size = pageSize(first, 50);
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('TRUE')
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(size + 1);
    applyFilter(query, filter);
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(e.at, e.id) < (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    const rows = await query.getMany();
    return toPage(rows, size, (row) => [row.at.getTime(), row.id]);
  }

  /**
   * The filtered log as CSV, newest first, at most {@link AUDIT_EXPORT_MAX_ROWS} rows: time, action,
   * actor id, target type and target id. No detail column: the export holds ids and codes only.
   * The export itself is audited with the number of rows.
   */
  async exportCsv(ctx: RequestContext, filter: AuditLogFilter | null | undefined): Promise<string> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .select(['e.id', 'e.at', 'e.action', 'e.actorId', 'e.targetType', 'e.targetId'])
      .where('TRUE')
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(AUDIT_EXPORT_MAX_ROWS);
    const rows = await applyFilter(query, filter).getMany();
    await this.record(this.dataSource.manager, ctx, AuditAction.AUDIT_LOG_EXPORTED, null, {
      rows: rows.length,
    });
    const lines = ['at,action,actor_id,target_type,target_id'];
    for (const row of rows) {
      lines.push(
        [row.at.toISOString(), row.action, row.actorId, row.targetType, row.targetId].map(csvField).join(','),
      );
    }
    return `${lines.join('\r\n')}\r\n`;
  }
}
