import { ACTOR_LOOKUP, type ActorLookup, TokenService } from '@curbside/auth';
import type { AppConfig } from '@curbside/config';
import { DomainError, ErrorCode, type Logger, RequestContext } from '@curbside/core';
import { RegistryImportService, RegistryImportSource } from '@curbside/licensing';
import type { INestApplicationContext } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { addressOf } from '../client-address.js';

export const REGISTRY_UPLOAD_PATH = '/admin/registry-imports';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
};

/**
 * `POST /admin/registry-imports`: an administrator (bearer access token) uploads an NPPES CSV as the
 * request body (`text/csv`), streamed to the registry import directory with a size cap
 * (REGISTRY_UPLOAD_MAX_BYTES); the import then runs in the background like `startRegistryImport`,
 * and the answer (202) carries its id for `registryImport(id)`. Nothing of the file is echoed or logged.
 */
export function installRegistryUploadRoute(
  fastify: FastifyInstance,
  app: INestApplicationContext,
  config: AppConfig,
  logger: Logger,
): void {
  void fastify.register((scope, _options, done) => {
    scope.addContentTypeParser(['text/csv', 'application/octet-stream'], (_request, payload, next) =>
      next(null, payload),
    );
    scope.post(REGISTRY_UPLOAD_PATH, async (request, reply) => {
      const ctx = new RequestContext(String(request.id), addressOf(request));
      let file: string | null = null;
      try {
        const header = request.headers.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7) : null;
        const claims = token ? await app.get(TokenService).verifyAccessToken(token) : null;
        const actor = claims
          ? await app.get<ActorLookup>(ACTOR_LOOKUP).findActor(claims.sid, claims.sub)
          : null;
        if (!actor) throw DomainError.unauthenticated();
        if (actor.role !== 'ADMIN') throw DomainError.forbidden('Administrators only');
        ctx.actor = actor;
        const body = request.body as Readable | undefined;
        if (!body || typeof body.pipe !== 'function') {
          throw DomainError.badInput('Send the NPPES file as the body, with Content-Type: text/csv');
        }
        const imports = app.get(RegistryImportService);
        await mkdir(join(imports.directory, 'uploads'), { recursive: true });
        file = join(imports.directory, 'uploads', `${randomUUID()}.csv`);
        let size = 0;
        const limit = config.REGISTRY_UPLOAD_MAX_BYTES;
        await pipeline(
          body,
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              size += chunk.length;
              if (size > limit)
                throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than allowed');
              yield chunk;
            }
          },
          createWriteStream(file),
        );
        if (size === 0) throw DomainError.badInput('The file is empty');
        const row = await imports.start(ctx, RegistryImportSource.UPLOAD, file, size);
        file = null;
        return await reply.code(202).send({ id: row.id, status: row.status });
      } catch (error) {
        if (file) await rm(file, { force: true });
        const code = error instanceof DomainError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
        if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
          logger.error(
            { kind: error instanceof Error ? error.name : typeof error },
            'registry upload failed',
          );
        }
        const message = error instanceof DomainError ? error.message : 'The upload failed';
        return reply.code(STATUS[code] ?? 500).send({ error: { code, message } });
      }
    });
    done();
  });
}
