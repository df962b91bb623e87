// The load benchmark's peer: PostGraphile v5 over Curbside's seeded scratch database.
//
// Started by bench/peer/peer.ts as a child process (plain JavaScript: postgraphile is installed in
// bench/peer/node_modules only, never in the root install). Environment:
//   PEER_DATABASE_URL  the scratch database (connected to as its owner; every request switches to
//                      PEER_ROLE inside its transaction, so row-level security applies)
//   PEER_ROLE          the read-only role made by bench/peer/peer-schema.ts
//   PEER_JWT_SECRET    the secret Curbside signs its access tokens with (HS256)
//   PORT               loopback port to listen on
//
// A caller's identity reaches PostgreSQL as per-request settings (pgSettings): `jwt.claims.sub`
// (the clinician) and `jwt.claims.sid` (the session), taken from the same access token Curbside
// issued at login. A missing, forged or expired token gets the role and no claims: every policy then
// denies, so the answers are empty.
import './node20.mjs';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { printSchema } from 'graphql';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const { PEER_DATABASE_URL, PEER_ROLE, PEER_JWT_SECRET, PORT } = process.env;
if (!PEER_DATABASE_URL || !PEER_ROLE || !PEER_JWT_SECRET || !PORT) {
  throw new Error('PEER_DATABASE_URL, PEER_ROLE, PEER_JWT_SECRET and PORT are required');
}
const key = Buffer.from(PEER_JWT_SECRET, 'utf8');

/** The claims of a valid Curbside access token (HS256, issuer and audience checked), else null. */
function verify(header) {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!match) return null;
  const [, head, body, signature] = match;
  const expected = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const h = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (h.alg !== 'HS256' || claims.iss !== 'curbside' || claims.aud !== 'curbside-api') return null;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return null;
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    return claims;
  } catch {
    return null;
  }
}

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: PEER_DATABASE_URL,
      schemas: ['public'],
      // the same pool size as the Curbside API (libs/database)
      poolConfig: { max: 10 },
      // the schema is what the read-only role may see (PgRBACPlugin reads its privileges)
      pgSettingsForIntrospection: { role: PEER_ROLE },
      pgSettings(requestContext) {
        const claims = verify(requestContext.node?.req?.headers?.authorization);
        return claims
          ? { role: PEER_ROLE, 'jwt.claims.sub': claims.sub, 'jwt.claims.sid': claims.sid }
          : { role: PEER_ROLE };
      },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handler = serv.createHandler();
if (process.env.PEER_SCHEMA_FILE) {
  const { schema } = await pgl.getSchemaResult();
  writeFileSync(process.env.PEER_SCHEMA_FILE, printSchema(schema));
}
const server = createServer((req, res) => {
  if (req.url === '/health/ready') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  handler(req, res, () => {
    if (!res.headersSent) res.writeHead(404).end();
  });
});
server.listen(Number(PORT), '127.0.0.1', () => {
  process.stdout.write(`peer listening on http://127.0.0.1:${PORT}\n`);
});
const stop = () => {
  server.close();
  void pgl.release().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
