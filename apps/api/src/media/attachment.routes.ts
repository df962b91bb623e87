import { readsCaseContent } from '@curbside/access';
import { ACTOR_LOOKUP, type ActorLookup, TokenService } from '@curbside/auth';
import { AttachmentsService } from '@curbside/cases';
import type { AppConfig } from '@curbside/config';
import { DomainError, ErrorCode, type Logger, RequestContext } from '@curbside/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addressOf } from '../client-address.js';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_VERIFIED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The upload route, beside /graphql. */
export const UPLOAD_PATH = '/media/attachments';

/**
 * The attachment routes: a plain HTTP upload (the body is the file itself, its `Content-Type` the
 * declared type) and the serving of de-identified renderings through signed URLs.
 *
 * Why not GraphQL multipart: Apollo Server's CSRF prevention refuses multipart requests unless it
 * is weakened for every operation, the multipart spec needs an extra library whose streams would
 * pass through the GraphQL stack, and an upload is bytes, not a graph. A route of its own reads the
 * body with a size limit from the configuration (refused with 413 before it is buffered whole),
 * authenticates before a byte is read, and answers with the attachment's id; everything after
 * (status, review, masks, posting) is GraphQL.
 */
export function installAttachmentRoutes(
  fastify: FastifyInstance,
  app: INestApplicationContext,
  config: AppConfig,
  logger: Logger,
): void {
  const tokens = app.get(TokenService, { strict: false });
  const actors = app.get<ActorLookup>(ACTOR_LOOKUP, { strict: false });
  const attachments = app.get(AttachmentsService, { strict: false });

  const fail = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    const known = error instanceof DomainError;
    if (!known)
      logger.error({ correlationId: request.id, kind: (error as Error)?.name }, 'media route failed');
    const code = known ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
    void reply.status(STATUS[code]).header('cache-control', 'no-store');
    return reply.send({
      errors: [
        {
          message: known ? error.message : 'Internal server error',
          extensions: { code, ...(known ? error.details : {}), correlationId: request.id },
        },
      ],
    });
  };

  void fastify.register((scope, _options, done) => {
    // Only this scope reads raw bodies: every content type is taken as bytes, with the media limit.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: config.MEDIA_MAX_UPLOAD_BYTES },
      (_request, body, next) => next(null, body),
    );
    scope.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
        return fail(
          request,
          reply,
          new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than the allowed size', {
            reason: 'MEDIA_TOO_LARGE',
            maxBytes: config.MEDIA_MAX_UPLOAD_BYTES,
          }),
        );
      }
      if (error.code === 'FST_ERR_CTP_EMPTY_TYPE' || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return fail(
          request,
          reply,
          DomainError.badInput('Send the file as the request body', { reason: 'MEDIA_EMPTY' }),
        );
      }
      return fail(request, reply, error);
    });

    scope.post(UPLOAD_PATH, {
      // Before the body is read: nobody without a verified licence gets a byte buffered.
      onRequest: async (request, reply) => {
        try {
          const ctx = request.curbside ?? new RequestContext(request.id, addressOf(request));
          const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})$/.exec(request.headers.authorization ?? '');
          const claims = match ? await tokens.verifyAccessToken(match[1]) : null;
          const actor = claims ? await actors.findActor(claims.sid, claims.sub) : null;
          if (!actor) throw DomainError.unauthenticated();
          if (!readsCaseContent(actor)) throw DomainError.notVerified();
          ctx.actor = actor;
          request.curbside = ctx;
        } catch (error) {
          return fail(request, reply, error);
        }
      },
      handler: async (request, reply) => {
        try {
          const ctx = request.curbside!;
          const body = request.body;
          if (!Buffer.isBuffer(body) || body.length === 0) {
            throw DomainError.badInput('Send the file as the request body', { reason: 'MEDIA_EMPTY' });
          }
          const query = (request.query ?? {}) as Record<string, unknown>;
          const text = (name: string): string | undefined =>
            typeof query[name] === 'string' ? query[name] : undefined;
          const faces = text('faces');
          if (faces !== undefined && faces !== 'full' && faces !== 'eyes-only') {
            throw DomainError.badInput('faces must be full or eyes-only', { fields: ['faces'] });
          }
          const row = await attachments.upload(ctx, body, {
            declaredMimeType: request.headers['content-type'],
            draftId: text('draft'),
            eyesOnly:
              faces === 'eyes-only'
                ? { obtainedBy: text('consentBy') ?? '', obtainedOn: text('consentOn') ?? '' }
                : undefined,
          });
          void reply.status(202).header('cache-control', 'no-store');
          return { id: row.id, status: row.status };
        } catch (error) {
          return fail(request, reply, error);
        }
      },
    });
    done();
  });

  /**
   * A rendering through a signed URL (no Authorization header: an <img> cannot send one). The
   * signature names the viewer's session, which is looked up afresh, and the attachment is shown
   * only if that viewer may still see what it belongs to. Refusals are a bare 404 (or 403 for an
   * expired or altered URL) that tell nothing about the attachment.
   */
  fastify.get('/media/attachments/:id', async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const grant = attachments.verifyUrl(
      id,
      (request.query ?? {}) as Record<string, unknown>,
      Date.now() / 1000,
    );
    if (!grant) return fail(request, reply, DomainError.forbidden('This link has expired or is not valid'));
    try {
      const actor = await actors.findActor(grant.sessionId, grant.clinicianId);
      const ctx = request.curbside ?? new RequestContext(request.id, addressOf(request));
      ctx.actor = actor;
      const rendering = actor
        ? await attachments.rendering(ctx, grant.attachmentId, grant.revision, grant.variant)
        : null;
      if (!rendering) return fail(request, reply, DomainError.notFound('The attachment'));
      const maxAge = Math.max(0, Math.min(300, Math.floor(grant.expires - Date.now() / 1000)));
      void reply
        .status(200)
        .header('content-type', rendering.mimeType)
        .header('x-content-type-options', 'nosniff')
        // Private: a shared cache (proxy, CDN) must never keep a clinical image.
        .header('cache-control', `private, max-age=${maxAge}`)
        // The DICOM file is a download; renderings are shown in the page.
        .header(
          'content-disposition',
          grant.variant === 'dicom' ? `attachment; filename="curbside-${grant.attachmentId}.dcm"` : 'inline',
        )
        .header('cross-origin-resource-policy', 'same-origin')
        .header('content-security-policy', "default-src 'none'; sandbox");
      return reply.send(rendering.bytes);
    } catch (error) {
      return fail(request, reply, error);
    }
  });
}
