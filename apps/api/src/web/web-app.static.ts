import type { Logger } from '@curbside/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The web app's policy: scripts, styles and connections from this origin only (WebSockets to the same
 * host included), no inline script, no plug-ins, no framing, no form posts elsewhere.
 */
export const WEB_APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths that belong to the API: never answered with the app's page. */
const API_PREFIXES = ['/graphql', '/health', '/auth'];

interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
  immutable: boolean;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function load(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of filesUnder(root)) {
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const body = readFileSync(path);
    const compressible = type.startsWith('text/') || type.includes('json') || type.includes('svg');
    const urlPath = `/${relative(root, path).split(sep).join('/')}`;
    files.set(urlPath, {
      body,
      gzip: compressible && body.length > 512 ? gzipSync(body, { level: 9 }) : null,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      // Vite names every built asset by its content hash.
      immutable: urlPath.startsWith('/assets/'),
    });
  }
  return files;
}

/** apps/web/dist of the repository this file runs from (as source under Jest, or built in dist/). */
export function webAppRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'apps', 'web', 'dist');
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Curbside</title>
<p>The web app has not been built. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it).</p></html>`;

/**
 * Serves the built web app (`apps/web/dist`) from memory at `/`, gzipped where the browser accepts it,
 * with the app's Content Security Policy. Any other GET that is not an API path answers with the
 * app's index.html, so client routes survive a reload.
 */
export function installWebApp(fastify: FastifyInstance, logger: Logger, root = webAppRoot()): void {
  const files = existsSync(join(root, 'index.html')) ? load(root) : new Map<string, StaticFile>();
  if (files.size === 0) logger.warn({ root }, 'web app not built; / answers with a notice');
  const index = files.get('/index.html');

  const send = (request: FastifyRequest, reply: FastifyReply, file: StaticFile): Buffer | string => {
    void reply
      .header('content-type', file.type)
      .header('content-security-policy', WEB_APP_CSP)
      .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('etag', file.etag)
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === file.etag) {
      void reply.status(304);
      return '';
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (file.gzip && acceptsGzip) {
      void reply.header('content-encoding', 'gzip');
      return file.gzip;
    }
    return file.body;
  };

  const handler = (request: FastifyRequest, reply: FastifyReply): Buffer | string | object => {
    let path: string;
    try {
      path = decodeURIComponent(request.url.split('?')[0]);
    } catch {
      void reply.status(400).header('content-type', 'text/plain; charset=utf-8');
      return 'Bad request';
    }
    if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
      void reply.status(404);
      return { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] };
    }
    const file = files.get(path);
    if (file) return send(request, reply, file);
    if (path.startsWith('/assets/') || extname(path) !== '') {
      void reply.status(404).header('content-type', 'text/plain; charset=utf-8');
      return 'Not found';
    }
    if (!index) {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return NOT_BUILT;
    }
    return send(request, reply, index);
  };

  fastify.get('/', handler);
  fastify.get('/*', handler);
}
