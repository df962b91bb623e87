import { Anonymizer, type DeidentifiedText, type PhiFinding, summarize } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { DomainError, type RequestContext } from '@curbside/core';
import { inTransaction, loadAllBy } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseStatus } from './case.entity.js';
import { CaseDetailsEntity } from './case-details.entity.js';
import type { CaseDetailsFilter, SaveCaseDetailsInput } from './case-details.inputs.js';
import { CasesService } from './cases.service.js';
import { CaseOutcomeService } from './outcomes/case-outcome.service.js';

/**
 * The structured template of a case: saved whole by the case author, every free-text part
 * de-identified first (the raw text is never stored, logged or audited), read with the case.
 */
@Injectable()
export class CaseDetailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  /**
   * A SQL condition on a case alias for the feed and search: cases whose details match `filter`.
   * It reads the values the `case_details` trigger copies onto the case row (`detail_*`, migration
   * CaseDetailFilters), so a walk of the newest cases probes no other table. A single age band is an
   * equality, so that `ix_case_post_age_band_created` yields that band's cases newest first.
   * Parameters are named `detailsAgeBands`, `detailsCapabilities`, `detailsMinTravel`.
   */
  static filterSql(
    alias: string,
    filter: CaseDetailsFilter | null | undefined,
  ): { sql: string; parameters: Record<string, unknown> } | null {
    if (!filter) return null;
    const conditions: string[] = [];
    const parameters: Record<string, unknown> = {};
    const bands = [...new Set(filter.ageBands ?? [])];
    if (bands.length === 1) {
      conditions.push(`${alias}.detail_age_band = CAST(:detailsAgeBands AS case_age_band)`);
      parameters['detailsAgeBands'] = bands[0];
    } else if (bands.length > 1) {
      conditions.push(`${alias}.detail_age_band = ANY(CAST(:detailsAgeBands AS case_age_band[]))`);
      parameters['detailsAgeBands'] = bands;
    }
    if (filter.localCapabilities?.length) {
      conditions.push(`${alias}.detail_capabilities @> CAST(:detailsCapabilities AS text[])`);
      parameters['detailsCapabilities'] = filter.localCapabilities;
    }
    if (filter.minTravelMinutes != null) {
      conditions.push(`${alias}.detail_travel_minutes >= :detailsMinTravel`);
      parameters['detailsMinTravel'] = filter.minTravelMinutes;
    }
    const byOutcome = CaseOutcomeService.filterSql(alias, filter.outcome);
    if (byOutcome) {
      conditions.push(byOutcome.sql);
      Object.assign(parameters, byOutcome.parameters);
    }
    if (conditions.length === 0) return null;
    return { sql: conditions.join(' AND '), parameters };
  }

  async save(ctx: RequestContext, input: SaveCaseDetailsInput): Promise<CaseDetailsEntity> {
    const me = ctx.requireActor.clinicianId;
    const v = input.vitals;
    if (v?.systolicBp != null && v.diastolicBp != null && v.diastolicBp >= v.systolicBp) {
      throw DomainError.badInput('diastolicBp must be below systolicBp', { fields: ['vitals.diastolicBp'] });
    }
    // De-identified before anything else touches it.
    const findings: PhiFinding[] = [];
    const clean = (text: string): DeidentifiedText => {
      const result = this.anonymizer.deidentify(text.trim());
      findings.push(...result.findings);
      return result.text;
    };
    const optional = (text: string | null | undefined) => (text == null ? null : clean(text));
    const details = {
      clinicalQuestion: clean(input.clinicalQuestion),
      ageBand: input.ageBand ?? null,
      sex: input.sex ?? null,
      presentingProblem: optional(input.presentingProblem),
      timeline: (input.timeline ?? [])
        .map((e) => ({ dayOffset: e.dayOffset, event: clean(e.event) }))
        .sort((a, b) => a.dayOffset - b.dayOffset),
      vitals: { ...(input.vitals ?? {}) },
      labs: (input.labs ?? []).map((l) => ({
        name: clean(l.name),
        value: l.value,
        unit: l.unit,
        dayOffset: l.dayOffset ?? null,
      })),
      medications: (input.medications ?? []).map((m) => ({
        name: clean(m.name),
        dose: m.dose,
        unit: m.unit,
        frequency: optional(m.frequency),
      })),
      tried: optional(input.tried),
      nearestSpecialistKm: input.nearestSpecialistKm ?? null,
      travelMinutes: input.travelMinutes ?? null,
      transferOptions: [...new Set(input.transferOptions ?? [])],
      localCapabilities: [...new Set(input.localCapabilities ?? [])],
    };
    const summary = summarize(findings);
    return inTransaction(this.dataSource, async (manager) => {
      const post = await this.cases.lock(manager, ctx, input.caseId, 'pessimistic_write');
      if (post.authorId !== me) throw DomainError.forbidden('Only the case author can describe the case');
      if (post.deletedAt || post.status === CaseStatus.CLOSED)
        throw DomainError.conflict('This case is closed');
      const repo = manager.getRepository(CaseDetailsEntity);
      await repo.upsert(
        {
          caseId: post.id,
          ...details,
          deidFindingCount: summary.findingCount,
          deidCategories: summary.categories,
          updatedAt: new Date(),
        },
        ['caseId'],
      );
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CASE_DETAILS_SAVED,
        { type: 'Case', id: post.id },
        { findings: summary.findingCount },
      );
      return repo.findOneByOrFail({ caseId: post.id });
    });
  }

  /** The details of a case (batched over the cases of a page); null when none were saved. */
  async of(ctx: RequestContext, caseId: string): Promise<CaseDetailsEntity | null> {
    const rows = await loadAllBy(ctx, this.dataSource, CaseDetailsEntity, 'caseId', caseId, {
      caseId: 'ASC',
    });
    return rows[0] ?? null;
  }
}
