import { AdminOnly, Ctx } from '@curbside/auth';
import { DomainError, RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RegistryImportEntity } from './registry-import.entity.js';
import { RegistryImport } from './registry-import.model.js';
import { RegistryImportService } from './registry-import.service.js';

export function toRegistryImport(row: RegistryImportEntity): RegistryImport {
  const bytes = Number(row.bytesRead);
  const total = row.totalBytes === null ? null : Number(row.totalBytes);
  const { filePath: _path, startedBy: _by, ...shown } = row;
  return {
    ...shown,
    bytesRead: bytes,
    totalBytes: total,
    percent: total ? Math.min(100, Math.round((1000 * bytes) / total) / 10) : null,
  };
}

/** Registry imports from the API: a file in the server's registry import directory, or an upload. */
@Resolver(() => RegistryImport)
export class RegistryImportResolver {
  constructor(private readonly imports: RegistryImportService) {}

  @AdminOnly()
  @Mutation(() => RegistryImport, {
    description:
      'Imports an NPPES file from the server (a path inside REGISTRY_IMPORT_DIR) in the background; one at a time',
  })
  async startRegistryImport(
    @Ctx() ctx: RequestContext,
    @Args('path', { description: "The file's path inside REGISTRY_IMPORT_DIR, at most 500 characters." })
    path: string,
  ): Promise<RegistryImport> {
    if (path.length > 500)
      throw DomainError.badInput('path must be at most 500 characters', { fields: ['path'] });
    return toRegistryImport(await this.imports.startFromPath(ctx, path));
  }

  @AdminOnly()
  @Query(() => [RegistryImport], { description: 'Registry imports, newest first, with their progress' })
  async registryImports(
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'How many to list, 1 to 100 (default 20).',
    })
    first: number,
  ): Promise<RegistryImport[]> {
    return (await this.imports.list(first ?? 20)).map(toRegistryImport);
  }

  @AdminOnly()
  @Query(() => RegistryImport, {
    nullable: true,
    description: 'One registry import by id, or null. Administrators only.',
  })
  async registryImport(
    @Args('id', { type: () => ID, description: 'Import id.' }) id: string,
  ): Promise<RegistryImport | null> {
    const row = await this.imports.find(id);
    return row ? toRegistryImport(row) : null;
  }
}
