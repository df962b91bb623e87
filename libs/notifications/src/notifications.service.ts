import {
  DomainError,
  type Page,
  type RequestContext,
  decodeCursor,
  isUuid,
  pageSize,
  toPage,
} from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

/** Most ids one `markRead` call accepts. */
export const MAX_MARK_READ_IDS = 500;

/**
 * `created_at` has microsecond precision (and several records of one transaction share it), so the
 * cursor carries it as whole microseconds since the epoch: a JS Date would round it to milliseconds
 * and skip or repeat rows at a page boundary.
 */
const CREATED_US = '(extract(epoch from n.created_at) * 1000000)::bigint::text';
const FROM_US = "(TIMESTAMPTZ 'epoch' + CAST(:us AS bigint) * INTERVAL '1 microsecond')";

/** The signed-in clinician's own notification records. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paginated on (created_at, id). */
  async page(
    ctx: RequestContext,
    unreadOnly: boolean,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<NotificationEntity>> {
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .addSelect(CREATED_US, 'cursor_us')
      .where('n.recipient_id = :me', { me: ctx.requireActor.clinicianId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1);
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    if (after) {
      const [us, id] = decodeCursor(after, [(v) => typeof v === 'string' && /^\d{1,19}$/.test(v), 'uuid']);
      query.andWhere(`(n.created_at, n.id) < (${FROM_US}, CAST(:id AS uuid))`, { us, id });
    }
    const { entities, raw } = await query.getRawAndEntities<{ cursor_us: string }>();
    const micros = new Map(entities.map((e, i) => [e.id, raw[i].cursor_us]));
    return toPage(entities, size, (row) => [micros.get(row.id) ?? '0', row.id]);
  }

  /**
   * Marks the caller's unread notifications read: the given ones, or all of them when `ids` is
   * omitted. Ids that are not the caller's (or already read) are not counted, and nothing tells
   * them apart from unknown ids.
   */
  async markRead(ctx: RequestContext, ids: readonly string[] | null | undefined): Promise<number> {
    const me = ctx.requireActor.clinicianId;
    if (ids && ids.length > MAX_MARK_READ_IDS) {
      throw DomainError.badInput(`ids may hold at most ${MAX_MARK_READ_IDS} notifications`, {
        field: 'ids',
      });
    }
    const query = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'clock_timestamp()' })
      .where('recipient_id = :me', { me })
      .andWhere('read_at IS NULL');
    if (ids) {
      const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
      if (wanted.length === 0) return 0;
      query.andWhere('id IN (:...wanted)', { wanted });
    }
    const result = await query.execute();
    return result.affected ?? 0;
  }
}
