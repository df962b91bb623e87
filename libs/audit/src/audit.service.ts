import { decodeCursor, pageSize, type Page, type RequestContext, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction } from './audit-action.js';
import { AuditEventEntity } from './audit-event.entity.js';

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

  /** Newest first, keyset-paginated on (at, id). */
  async page(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<AuditEventEntity>> {
    const size = pageSize(first, 50);
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(size + 1);
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.where('(e.at, e.id) < (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    const rows = await query.getMany();
    return toPage(rows, size, (row) => [row.at.getTime(), row.id]);
  }
}
