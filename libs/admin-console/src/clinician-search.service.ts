import { ClinicianEntity } from '@curbside/clinicians';
import { decodeCursor, pageSize, type Page, toPage } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClinicianSearchInput } from './clinician-search.models.js';

/** `text` for a LIKE pattern, its wildcards taken literally. */
export function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Clinicians for administrators: by name or e-mail and status, alphabetical, keyset-paged. */
@Injectable()
export class ClinicianSearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(
    input: ClinicianSearchInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ClinicianEntity>> {
    const size = pageSize(first, 20);
    const query = this.dataSource
      .getRepository(ClinicianEntity)
      .createQueryBuilder('c')
      .addSelect('lower(c.display_name)', 'sort_name')
      .where('TRUE')
      .orderBy('sort_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(size + 1);
    const search = input?.search?.trim();
    if (search) {
      query.andWhere('(lower(c.display_name) LIKE :pattern OR c.email LIKE :pattern)', {
        pattern: likeContains(search),
      });
    }
    if (input?.status) query.andWhere('c.verification_status = :status', { status: input.status });
    if (after) {
      const [name, id] = decodeCursor(after, ['string', 'uuid']);
      query.andWhere('(lower(c.display_name), c.id) > (:name, :id)', { name: String(name), id: String(id) });
    }
    // The cursor keeps the database's own lower(), which may differ from JavaScript's beyond ASCII.
    const { entities, raw } = await query.getRawAndEntities<{ sort_name: string }>();
    const sortName = new Map(entities.map((row, i) => [row.id, raw[i].sort_name]));
    return toPage(entities, size, (row) => [sortName.get(row.id) ?? '', row.id]);
  }
}
