import pg from 'pg';

/**
 * What PostGraphile needs in the seeded scratch database to serve Curbside's read shapes: a
 * read-only role (no login; the peer switches to it in every request's transaction), column grants,
 * row-level security policies that express Curbside's visibility rules (libs/access/src/rules.ts),
 * and a few SQL functions PostGraphile exposes (the feed, search, reply count and the masked author).
 *
 * The caller arrives as per-request settings `jwt.claims.sub` / `jwt.claims.sid` (bench/peer/server.mjs
 * takes them from the same access token Curbside issued). The standing of that caller is looked up
 * like Curbside's LicensingActorLookup does on every request: a live session of that clinician, not
 * SUSPENDED, and for a VERIFIED clinician at least one verified licence that has not lapsed.
 *
 * Row-level security binds only the peer's role: the Curbside API connects as the database owner
 * (a superuser), which bypasses it, so installing this does not change what Curbside measures.
 */
export function peerSchemaSql(role: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`bad role name ${role}`);
  const standing = '(SELECT curbside_peer_private.viewer_standing())';
  const reader = `${standing} IN ('ADMIN', 'READER')`;
  const admin = `${standing} = 'ADMIN'`;
  return `
CREATE SCHEMA curbside_peer_private;

-- The caller's clinician id, from the per-request setting (null without one).
CREATE FUNCTION curbside_peer_private.viewer_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('jwt.claims.sub', true), '')::uuid
$$;

-- ADMIN, READER (reads case content: a verified licence), SIGNED_IN, or null (no live session).
-- SECURITY DEFINER: it reads session, clinician and licence rows the role may not see. Looked up
-- once per request: the answer is kept in a transaction-local setting (every peer request is one
-- transaction), as Curbside looks the actor up once per request.
CREATE FUNCTION curbside_peer_private.viewer_standing() RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  known text := current_setting('curbside_peer.standing', true);
  found text;
BEGIN
  IF known IS NOT NULL AND known <> '' THEN
    RETURN nullif(known, '-');
  END IF;
  SELECT CASE
           WHEN c.role = 'ADMIN' THEN 'ADMIN'
           WHEN c.verification_status = 'VERIFIED' AND EXISTS (
             SELECT 1 FROM license l
              WHERE l.clinician_id = c.id AND l.status = 'VERIFIED' AND l.expires_on >= current_date)
             THEN 'READER'
           ELSE 'SIGNED_IN'
         END INTO found
    FROM session s JOIN clinician c ON c.id = s.clinician_id
   WHERE s.id = nullif(current_setting('jwt.claims.sid', true), '')::uuid
     AND s.clinician_id = curbside_peer_private.viewer_id()
     AND s.revoked_at IS NULL
     AND c.verification_status <> 'SUSPENDED';
  PERFORM set_config('curbside_peer.standing', coalesce(found, '-'), true);
  RETURN found;
END $$;

CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
GRANT USAGE ON SCHEMA public, curbside_peer_private TO ${role};
GRANT EXECUTE ON FUNCTION curbside_peer_private.viewer_id(), curbside_peer_private.viewer_standing() TO ${role};
GRANT SELECT ON case_post, reply, channel, channel_membership TO ${role};
-- a clinician's public face only: no e-mail, password hash, role or licence status
GRANT SELECT (id, display_name) ON clinician TO ${role};

-- Hidden from the GraphQL schema (PostGraphile smart tags): the author is shown through
-- *_shown_author below, which masks an anonymous case's author like Curbside does.
COMMENT ON COLUMN case_post.author_id IS E'@behavior -*';
COMMENT ON COLUMN reply.author_id IS E'@behavior -*';
COMMENT ON COLUMN case_post.search_vector IS E'@behavior -*';
COMMENT ON CONSTRAINT fk_case_post_author ON case_post IS E'@behavior -*';
COMMENT ON CONSTRAINT fk_reply_author ON reply IS E'@behavior -*';
-- no look-up of a clinician by e-mail address (the column is not granted; the key would still probe it)
COMMENT ON CONSTRAINT uq_clinician_email ON clinician IS E'@behavior -*';

ALTER TABLE case_post ENABLE ROW LEVEL SECURITY;
ALTER TABLE reply ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinician ENABLE ROW LEVEL SECURITY;
ALTER TABLE channel ENABLE ROW LEVEL SECURITY;
ALTER TABLE channel_membership ENABLE ROW LEVEL SECURITY;

-- Case content: a verified licence (or an administrator); a held (hidden) case: administrators only.
-- Removed cases (tombstones) stay readable by id, as in Curbside; the lists below leave them out.
CREATE POLICY peer_case_read ON case_post FOR SELECT TO ${role}
  USING (${reader} AND (hidden = false OR ${admin}));
-- A reply: the same, and its case must be readable (hiding a case hides its thread).
CREATE POLICY peer_reply_read ON reply FOR SELECT TO ${role}
  USING (${reader} AND (hidden = false OR ${admin})
         AND EXISTS (SELECT 1 FROM case_post p WHERE p.id = reply.case_id));
CREATE POLICY peer_clinician_read ON clinician FOR SELECT TO ${role} USING (${standing} IS NOT NULL);
CREATE POLICY peer_channel_read ON channel FOR SELECT TO ${role} USING (${standing} IS NOT NULL);
-- Only one's own memberships.
CREATE POLICY peer_membership_read ON channel_membership FOR SELECT TO ${role}
  USING (${standing} IS NOT NULL AND clinician_id = (SELECT curbside_peer_private.viewer_id()));

-- Query.feed: live cases of the caller's channels, newest first; keyset after (before_at, before_id)
-- like Curbside's cursor. SQL, STABLE, SECURITY INVOKER: inlined by the planner, policies apply.
CREATE FUNCTION feed(before_at timestamptz DEFAULT NULL, before_id uuid DEFAULT NULL)
  RETURNS SETOF case_post LANGUAGE sql STABLE AS $$
  SELECT c.* FROM case_post c
   WHERE c.deleted_at IS NULL
     AND c.channel_id IN (SELECT m.channel_id FROM channel_membership m
                           WHERE m.clinician_id = curbside_peer_private.viewer_id())
     AND (before_at IS NULL OR (c.created_at, c.id) < (before_at, before_id))
   ORDER BY c.created_at DESC, c.id DESC
$$;

-- Query.searchCases: Curbside's bounded ranking (the newest 1,000 matches ranked, best first).
CREATE FUNCTION search_cases(query text) RETURNS SETOF case_post LANGUAGE sql STABLE AS $$
  SELECT c.* FROM (
    SELECT k.id, ts_rank_cd(k.search_vector, q) AS rank
      FROM case_post k, websearch_to_tsquery('english', query) q
     WHERE k.deleted_at IS NULL AND k.search_vector @@ q
     ORDER BY k.created_at DESC, k.id DESC
     LIMIT 1000) w
  JOIN case_post c ON c.id = w.id
  ORDER BY w.rank DESC, c.id DESC
$$;

-- CasePost.replyCount: the replies the caller may see (the reply policy applies inside).
CREATE FUNCTION case_post_reply_count(c case_post) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM reply r WHERE r.case_id = c.id
$$;

-- CasePost.shownAuthor: an anonymous case's author only for that author and administrators.
CREATE FUNCTION case_post_shown_author(c case_post) RETURNS clinician
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT a.* FROM clinician a
   WHERE a.id = c.author_id
     AND (NOT c.anonymous OR c.author_id = curbside_peer_private.viewer_id()
          OR curbside_peer_private.viewer_standing() = 'ADMIN')
$$;

-- Reply.shownAuthor: the anonymous case author's own replies are masked in the thread too.
CREATE FUNCTION reply_shown_author(r reply) RETURNS clinician
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT a.* FROM clinician a JOIN case_post p ON p.id = r.case_id
   WHERE a.id = r.author_id
     AND (NOT p.anonymous OR r.author_id <> p.author_id
          OR p.author_id = curbside_peer_private.viewer_id()
          OR curbside_peer_private.viewer_standing() = 'ADMIN')
$$;

GRANT EXECUTE ON FUNCTION feed(timestamptz, uuid), search_cases(text), case_post_reply_count(case_post),
  case_post_shown_author(case_post), reply_shown_author(reply) TO ${role};
`;
}

/** Installs the peer's role, policies and functions in `databaseUrl` (run once per scratch database). */
export async function installPeerSchema(databaseUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(peerSchemaSql(role));
  } finally {
    await client.end();
  }
}

/** Drops the role (cluster-wide) after its database is gone; quiet when it is already gone. */
export async function dropPeerRole(serverUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS ${role}`);
  } finally {
    await client.end();
  }
}
