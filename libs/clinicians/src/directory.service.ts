import { AuditAction, AuditService } from '@curbside/audit';
import {
  DomainError,
  type Page,
  type RequestContext,
  decodeCursor,
  isUuid,
  pageSize,
  toPage,
} from '@curbside/core';
import { inTransaction, readSource } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In, MoreThan } from 'typeorm';
import { ClinicianEntity, Role, VerificationStatus } from './clinician.entity.js';
import type { AddOnCallWindowInput } from './directory.models.js';
import { OnCallWindowEntity } from './on-call-window.entity.js';

/** The longest one window may be, and how far ahead one may be set. */
const MAX_WINDOW_MS = 14 * 86_400_000;
const MAX_AHEAD_MS = 366 * 86_400_000;
/** Windows a clinician may have that have not ended yet. */
const MAX_UPCOMING = 60;

const WINDOWS_LOADER = Symbol('onCallWindowsLoader');

export interface DirectoryFilter {
  specialtyId?: string | null;
  acceptingConsults?: boolean | null;
  onCallNow?: boolean | null;
}

export interface DirectoryEntry {
  clinician: ClinicianEntity;
  onCallNow: boolean;
}

/** A SQL condition: the clinician aliased `c` is inside one of their on-call windows now. */
const ON_CALL_NOW = `EXISTS (SELECT 1 FROM on_call_window w
  WHERE w.clinician_id = c.id AND w.ends_at > now() AND w.starts_at <= now())`;

/**
 * The specialist directory: verified clinicians who practise a specialty, by display name (the
 * pseudonym they chose; nothing from their licence), keyset-paginated on (display_name, id); and
 * the on-call windows each clinician sets for themself.
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    filter: DirectoryFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<DirectoryEntry>> {
    const size = pageSize(first);
    if (filter.specialtyId != null && !isUuid(filter.specialtyId))
      throw DomainError.notFound('The specialty');
    const query = (await readSource(ctx, this.dataSource))
      .getRepository(ClinicianEntity)
      .createQueryBuilder('c')
      .addSelect(ON_CALL_NOW, 'on_call_now')
      .where('c.verification_status = :verified AND c.role = :clinician', {
        verified: VerificationStatus.VERIFIED,
        clinician: Role.CLINICIAN,
      })
      .orderBy('c.display_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(size + 1);
    if (filter.specialtyId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM clinician_specialty cs WHERE cs.clinician_id = c.id AND cs.specialty_id = :specialtyId)',
        { specialtyId: filter.specialtyId },
      );
    } else {
      query.andWhere('EXISTS (SELECT 1 FROM clinician_specialty cs WHERE cs.clinician_id = c.id)');
    }
    if (filter.acceptingConsults != null) {
      query.andWhere('c.accepting_consults = :accepting', { accepting: filter.acceptingConsults });
    }
    if (filter.onCallNow != null) query.andWhere(filter.onCallNow ? ON_CALL_NOW : `NOT ${ON_CALL_NOW}`);
    if (after) {
      const [name, id] = decodeCursor(after, ['string', 'uuid']);
      query.andWhere('(c.display_name, c.id) > (:name, :id)', { name: String(name), id: String(id) });
    }
    const { entities, raw } = await query.getRawAndEntities<{ on_call_now: boolean }>();
    const rows = entities.map((clinician, i) => ({ clinician, onCallNow: raw[i].on_call_now === true }));
    return toPage(rows, size, (row) => [row.clinician.displayName, row.clinician.id]);
  }

  /** Windows of a clinician that have not ended, soonest first (batched over a page). */
  upcomingWindows(ctx: RequestContext, clinicianId: string): Promise<OnCallWindowEntity[]> {
    const loader = ctx.memo(
      WINDOWS_LOADER,
      () =>
        new DataLoader<string, OnCallWindowEntity[]>(async (ids) => {
          const source = await readSource(ctx, this.dataSource);
          const rows = await source.getRepository(OnCallWindowEntity).find({
            where: { clinicianId: In([...ids]), endsAt: MoreThan(new Date()) },
            order: { startsAt: 'ASC', id: 'ASC' },
          });
          return ids.map((id) => rows.filter((r) => r.clinicianId === id));
        }),
    );
    return loader.load(clinicianId);
  }

  /** The caller says when they are on call: in the future or now, at most 14 days long. */
  async addWindow(ctx: RequestContext, input: AddOnCallWindowInput): Promise<OnCallWindowEntity> {
    const me = ctx.requireActor.clinicianId;
    const now = Date.now();
    const start = input.startsAt.getTime();
    const end = input.endsAt.getTime();
    if (!(end > start)) throw DomainError.badInput('endsAt must be after startsAt', { fields: ['endsAt'] });
    if (end <= now) throw DomainError.badInput('endsAt must be in the future', { fields: ['endsAt'] });
    if (end - start > MAX_WINDOW_MS)
      throw DomainError.badInput('An on-call window may last at most 14 days', { fields: ['endsAt'] });
    if (start - now > MAX_AHEAD_MS)
      throw DomainError.badInput('An on-call window may start at most a year ahead', {
        fields: ['startsAt'],
      });
    return inTransaction(this.dataSource, async (manager) => {
      // one clinician's windows are added one at a time, so the limit below holds
      await manager.getRepository(ClinicianEntity).findOne({
        where: { id: me },
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
      const repo = manager.getRepository(OnCallWindowEntity);
      const upcoming = await repo.count({ where: { clinicianId: me, endsAt: MoreThan(new Date(now)) } });
      if (upcoming >= MAX_UPCOMING) {
        throw DomainError.badInput(`At most ${MAX_UPCOMING} on-call windows may be set ahead`, {
          fields: ['startsAt'],
        });
      }
      const row = await repo.save(
        repo.create({ clinicianId: me, startsAt: input.startsAt, endsAt: input.endsAt }),
      );
      await this.audit.record(manager, ctx, AuditAction.ON_CALL_WINDOW_ADDED, {
        type: 'OnCallWindow',
        id: row.id,
      });
      return row;
    });
  }

  /** Removes one of the caller's own windows; anyone else's is NOT_FOUND. */
  async removeWindow(ctx: RequestContext, id: string): Promise<boolean> {
    const me = ctx.requireActor.clinicianId;
    if (!isUuid(id)) throw DomainError.notFound('The on-call window');
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(OnCallWindowEntity);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.clinicianId !== me) throw DomainError.notFound('The on-call window');
      await repo.delete({ id });
      await this.audit.record(manager, ctx, AuditAction.ON_CALL_WINDOW_REMOVED, { type: 'OnCallWindow', id });
      return true;
    });
  }
}
