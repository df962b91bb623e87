import { Anonymizer, deidentifyShortField } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { SpecialtyEntity } from '@curbside/clinicians';
import { DomainError, type RequestContext } from '@curbside/core';
import { EntityColumns, inTransaction, loadById, primeById, readSource } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { CreateChannelInput } from './channel.inputs.js';
import { ChannelMembershipEntity } from './channel-membership.entity.js';
import { ChannelEntity } from './channel.entity.js';

const MEMBER_COUNT_LOADER = Symbol('memberCountLoader');
const MEMBERSHIP_LOADER = Symbol('membershipLoader');

/** Specialty channels and who belongs to them. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ChannelEntity[]> {
    return this.dataSource.getRepository(ChannelEntity).find({ order: { name: 'ASC' } });
  }

  bySlug(slug: string): Promise<ChannelEntity | null> {
    return this.dataSource.getRepository(ChannelEntity).findOneBy({ slug });
  }

  require(ctx: RequestContext, id: string): Promise<ChannelEntity> {
    return this.load(ctx, id).then((channel) => {
      if (!channel) throw DomainError.notFound('The channel');
      return channel;
    });
  }

  async create(ctx: RequestContext, input: CreateChannelInput): Promise<ChannelEntity> {
    const description = input.description?.trim() ? this.anonymizer.deidentify(input.description).text : null;
    // Every member sees a channel's name and slug: they lose identifiers like any other text. A slug
    // is a code that cannot hold a replacement, so one that names someone is refused (not echoed).
    // The name has no context: the strict short-field policy removes any word it does not know as safe.
    const name = deidentifyShortField(this.anonymizer, input.name.trim()).text;
    if (this.anonymizer.deidentify(input.slug.replaceAll('-', ' ')).findings.length > 0) {
      throw DomainError.badInput(
        'slug must not contain a name, place, date or number that identifies someone',
        {
          fields: ['slug'],
        },
      );
    }
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        if (
          input.specialtyId &&
          !(await manager.getRepository(SpecialtyEntity).existsBy({ id: input.specialtyId }))
        ) {
          throw DomainError.notFound('The specialty');
        }
        const repo = manager.getRepository(ChannelEntity);
        if (await repo.existsBy({ slug: input.slug }))
          throw DomainError.conflict('A channel with this slug exists');
        const channel = await repo.save(
          repo.create({
            slug: input.slug,
            name,
            description,
            specialtyId: input.specialtyId ?? null,
          }),
        );
        await this.audit.record(manager, ctx, AuditAction.CHANNEL_CREATED, {
          type: 'Channel',
          id: channel.id,
        });
        return channel;
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw DomainError.conflict('A channel with this slug exists');
      throw error;
    }
  }

  async join(ctx: RequestContext, channelId: string): Promise<ChannelEntity> {
    const channel = await this.require(ctx, channelId);
    await this.ensureMember(this.dataSource.manager, channel.id, ctx.requireActor.clinicianId);
    return channel;
  }

  async leave(ctx: RequestContext, channelId: string): Promise<ChannelEntity> {
    const channel = await this.require(ctx, channelId);
    await this.dataSource
      .getRepository(ChannelMembershipEntity)
      .delete({ channelId: channel.id, clinicianId: ctx.requireActor.clinicianId });
    return channel;
  }

  /** Idempotent: posting in a channel joins it, inside the post's own transaction. */
  async ensureMember(manager: EntityManager, channelId: string, clinicianId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChannelMembershipEntity)
      .values({ channelId, clinicianId })
      .orIgnore()
      .execute();
  }

  load(ctx: RequestContext, id: string): Promise<ChannelEntity | null> {
    return loadById(ctx, this.dataSource, ChannelEntity, id);
  }

  /**
   * The channel table's columns under `alias`, for another library's read that brings its items'
   * channel rows along (a join) and hands them to {@link prime}.
   */
  columnsAs(alias: string): EntityColumns<ChannelEntity> {
    return new EntityColumns(this.dataSource, ChannelEntity, alias);
  }

  /** Tells this request's {@link load} a channel row another library's list read along with its items. */
  prime(ctx: RequestContext, channel: ChannelEntity): void {
    primeById(ctx, this.dataSource, ChannelEntity, channel);
  }

  memberCount(ctx: RequestContext, channelId: string): Promise<number> {
    const loader = ctx.memo(
      MEMBER_COUNT_LOADER,
      () =>
        new DataLoader<string, number>(async (ids) => {
          const source = await readSource(ctx, this.dataSource);
          const rows = await source.query<{ channel_id: string; n: number }[]>(
            `SELECT channel_id, count(*)::int AS n FROM channel_membership WHERE channel_id = ANY($1::uuid[]) GROUP BY channel_id`,
            [[...ids]],
          );
          const counts = new Map(rows.map((r) => [r.channel_id, r.n]));
          return ids.map((i) => counts.get(i) ?? 0);
        }),
    );
    return loader.load(channelId);
  }

  isMember(ctx: RequestContext, channelId: string): Promise<boolean> {
    const me = ctx.actor?.clinicianId;
    if (!me) return Promise.resolve(false);
    const loader = ctx.memo(
      MEMBERSHIP_LOADER,
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const rows = await (
            await readSource(ctx, this.dataSource)
          )
            .getRepository(ChannelMembershipEntity)
            .findBy({ clinicianId: me, channelId: In([...ids]) });
          const mine = new Set(rows.map((r) => r.channelId));
          return ids.map((i) => mine.has(i));
        }),
    );
    return loader.load(channelId);
  }

  specialty(ctx: RequestContext, specialtyId: string): Promise<SpecialtyEntity | null> {
    return loadById(ctx, this.dataSource, SpecialtyEntity, specialtyId);
  }
}
