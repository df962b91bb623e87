import {
  authorHeldContent,
  heldContent,
  isAdmin,
  ownerOrAdmin,
  revealsAnonymousAuthor,
  unmasksAsAdmin,
} from '@curbside/access';
import { Anonymizer } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { ChannelsService } from '@curbside/channels';
import { DomainError, EventBus, type RequestContext, isUuid } from '@curbside/core';
import { inTransaction, loadById, pinToPrimary, readsFromReplica } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseEntity, CaseRevisionEntity, CaseStatus } from './case.entity.js';
import type { CreateCaseInput, UpdateCaseInput } from './case.inputs.js';
import { deidentifyCaseText, mergeSummary, patientAgeText } from './case-text.js';
import { CaseClosingEvent, CaseCreatedEvent } from './cases.events.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { CaseResolvedEvent } from './outcomes/case-outcome.events.js';

const FORWARD: Record<CaseStatus, CaseStatus[]> = {
  [CaseStatus.OPEN]: [CaseStatus.RESOLVED, CaseStatus.CLOSED],
  [CaseStatus.RESOLVED]: [CaseStatus.CLOSED],
  [CaseStatus.CLOSED]: [],
};

/** Case posts: writing them (always through the anonymizer), reading them, their lifecycle. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly channels: ChannelsService,
    private readonly events: EventBus,
    private readonly attachments: AttachmentsService,
  ) {}

  /** Inside the closing transaction: listeners (consults) withdraw what waits on the case. */
  private async closing(manager: EntityManager, ctx: RequestContext, caseId: string): Promise<void> {
    await this.events.publishWithin(new CaseClosingEvent(manager, ctx, caseId));
  }

  async create(ctx: RequestContext, input: CreateCaseInput): Promise<CaseEntity> {
    const actor = ctx.requireActor;
    await this.channels.require(ctx, input.channelId);
    // De-identified before anything is written, logged or indexed.
    const text = deidentifyCaseText(this.anonymizer, input);
    const created = await inTransaction(this.dataSource, async (manager) => {
      await this.channels.ensureMember(manager, input.channelId, actor.clinicianId);
      const repo = manager.getRepository(CaseEntity);
      const row = await repo.save(
        repo.create({
          channelId: input.channelId,
          authorId: actor.clinicianId,
          anonymous: input.anonymous ?? false,
          title: text.title!,
          body: text.body!,
          tags: text.tags ?? [],
          patientAge: patientAgeText(input.patientAge),
          patientSex: input.patientSex ?? null,
          status: CaseStatus.OPEN,
          ...mergeSummary({ deidFindingCount: 0, deidCategories: [] }, text.findings),
          acceptedReplyId: null,
          hidden: false,
          deletedAt: null,
        }),
      );
      const attachments = await this.attachments.attach(manager, ctx, input.attachmentIds, {
        caseId: row.id,
        replyId: null,
      });
      await this.audit.record(manager, ctx, AuditAction.CASE_CREATED, ref(row), {
        findings: row.deidFindingCount,
        anonymous: row.anonymous,
        ...(attachments > 0 ? { attachments } : {}),
      });
      return row;
    });
    await this.events.publish(new CaseCreatedEvent(created.id, created.channelId, created.authorId));
    return created;
  }

  async update(ctx: RequestContext, input: UpdateCaseInput): Promise<CaseEntity> {
    const actor = ctx.requireActor;
    const text = deidentifyCaseText(this.anonymizer, input);
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.lockForWrite(manager, ctx, input.caseId);
      const isAuthor = row.authorId === actor.clinicianId;
      const editsText = text.title !== undefined || text.body !== undefined || text.tags !== undefined;
      if (!isAuthor && !(isAdmin(ctx) && !editsText && input.status === CaseStatus.CLOSED)) {
        throw DomainError.forbidden('Only the author can change this case (administrators may close it)');
      }
      if (row.status === CaseStatus.CLOSED) throw DomainError.conflict('This case is closed');
      if (editsText) {
        // Keep the previous de-identified version; raw text never existed here.
        await manager.getRepository(CaseRevisionEntity).insert({
          caseId: row.id,
          title: row.title,
          body: row.body,
          tags: row.tags,
          editedBy: actor.clinicianId,
        });
        if (text.title !== undefined) row.title = text.title;
        if (text.body !== undefined) row.body = text.body;
        if (text.tags !== undefined) row.tags = text.tags;
        Object.assign(row, mergeSummary(row, text.findings));
      }
      if (input.status && input.status !== row.status) {
        if (!FORWARD[row.status].includes(input.status)) {
          throw DomainError.badInput(`A case cannot go from ${row.status} to ${input.status}`, {
            fields: ['status'],
          });
        }
        row.status = input.status;
        if (row.status === CaseStatus.CLOSED) await this.closing(manager, ctx, row.id);
        if (row.status === CaseStatus.RESOLVED) {
          await this.events.publishWithin(new CaseResolvedEvent(manager, row.id, new Date()));
        }
      }
      row.updatedAt = new Date();
      const saved = await manager.getRepository(CaseEntity).save(row);
      await this.audit.record(manager, ctx, AuditAction.CASE_UPDATED, ref(saved), {
        textEdited: editsText,
        status: saved.status,
        newFindings: text.findings.length,
      });
      return saved;
    });
  }

  /** A tombstone: the text and its history are gone, the thread and its ids stay coherent. */
  async delete(ctx: RequestContext, caseId: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.lockForWrite(manager, ctx, caseId);
      if (!ownerOrAdmin(ctx, row.authorId)) {
        throw DomainError.forbidden('Only the author or an administrator can delete this case');
      }
      await this.tombstone(manager, ctx, row);
      await this.audit.record(manager, ctx, AuditAction.CASE_DELETED, ref(row));
      return true;
    });
  }

  async tombstone(manager: EntityManager, ctx: RequestContext, row: CaseEntity): Promise<void> {
    if (row.status !== CaseStatus.CLOSED) await this.closing(manager, ctx, row.id);
    await manager.getRepository(CaseRevisionEntity).delete({ caseId: row.id });
    await manager.getRepository(CaseEntity).update(
      { id: row.id },
      {
        // Through the anonymizer like any stored text: only it makes a DeidentifiedText.
        title: this.anonymizer.deidentify('[deleted]').text,
        body: this.anonymizer.deidentify('').text,
        tags: [],
        patientAge: null,
        patientSex: null,
        status: CaseStatus.CLOSED,
        deletedAt: new Date(),
        updatedAt: new Date(),
      },
    );
  }

  /**
   * A case the caller may read, or null (unknown, or hidden pending a PHI report from anyone but
   * its author and administrators).
   */
  async readable(ctx: RequestContext, id: string): Promise<CaseEntity | null> {
    const row = await this.load(ctx, id);
    return row && authorHeldContent.visible(ctx, row) ? row : null;
  }

  async requireReadable(ctx: RequestContext, id: string): Promise<CaseEntity> {
    const row = await this.readable(ctx, id);
    if (!row) throw DomainError.notFound('The case');
    return row;
  }

  /**
   * Whether the caller may see who wrote an anonymous case (or its author's replies in the thread):
   * the author, and administrators, whose look is audited. Always true for a case that is not anonymous.
   */
  revealsAuthor(
    ctx: RequestContext,
    post: { id: string; anonymous: boolean; authorId: string },
  ): boolean | Promise<boolean> {
    // answered at once unless an audit must be written first (a list's fields then need no promise)
    if (!revealsAnonymousAuthor(ctx, post)) return false;
    if (!unmasksAsAdmin(ctx, post)) return true;
    return this.audit
      .record(this.dataSource.manager, ctx, AuditAction.ANONYMOUS_AUTHOR_VIEWED, ref(post))
      .then(() => true);
  }

  /**
   * `case(id)`: each read is an audit event (written to the primary). Another clinician's case may
   * come from the read replica; the caller's own case, or one the replica does not have yet, is
   * read again from the primary, and so is the rest of the request.
   */
  async view(ctx: RequestContext, id: string): Promise<CaseEntity | null> {
    let row = await this.readable(ctx, id);
    if ((!row || row.authorId === ctx.actor?.clinicianId) && (await readsFromReplica(ctx))) {
      pinToPrimary(ctx);
      row = await this.readable(ctx, id);
    }
    if (row) {
      await this.audit.record(this.dataSource.manager, ctx, AuditAction.CASE_VIEWED, ref(row));
    }
    return row;
  }

  load(ctx: RequestContext, id: string): Promise<CaseEntity | null> {
    return loadById(ctx, this.dataSource, CaseEntity, id);
  }

  /**
   * The case row locked for the rest of the caller's transaction, if the caller may read it (a
   * tombstone included: callers decide what a deleted case means for them); NOT_FOUND otherwise.
   */
  async lock(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    mode: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<CaseEntity> {
    const row = await this.find(manager, id, mode);
    if (!row || !heldContent.visible(ctx, row)) throw DomainError.notFound('The case');
    return row;
  }

  /**
   * For features that act on a case inside their own transaction (moderation, consults): the row as
   * it is, hidden or removed, locked when asked; null when there is none. Their caller applies the
   * access rules (`@curbside/access`) that fit what it does.
   */
  find(
    manager: EntityManager,
    id: string,
    mode?: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<CaseEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.getRepository(CaseEntity).findOne({ where: { id }, ...(mode ? { lock: { mode } } : {}) });
  }

  /** Moderation holds a case back (a PHI report) or shows it again: the hidden flag is the cases library's. */
  async setHidden(manager: EntityManager, id: string, hidden: boolean): Promise<void> {
    await manager.getRepository(CaseEntity).update({ id }, { hidden });
  }

  private async lockForWrite(manager: EntityManager, ctx: RequestContext, id: string): Promise<CaseEntity> {
    const row = await this.lock(manager, ctx, id, 'pessimistic_write');
    if (row.deletedAt) throw DomainError.notFound('The case');
    return row;
  }
}

function ref(row: { id: string }): { type: string; id: string } {
  return { type: 'Case', id: row.id };
}
