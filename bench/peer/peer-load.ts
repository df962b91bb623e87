import { decodeCursor } from '@curbside/core';
import { type BodyMaker, type Caller, QUERIES, SEARCH_TERMS, type ScenarioName } from '../load/api-load.js';
import { Rng } from '../load/clinical-text.js';
import { uuidFor } from '../load/seed.js';

/**
 * The peer's GraphQL documents: the same fields as Curbside's (bench/load/api-load.ts QUERIES), in
 * PostGraphile's naming. `shownAuthor` is the masked author (an anonymous case's author only for
 * that author and administrators), `feed` and `searchCases` are SQL functions in the peer's schema
 * (bench/peer/peer-schema.ts), the rest is PostGraphile's own tables, relations and connections.
 */
export const PEER_QUERIES = {
  feed: `query Feed($beforeAt: Datetime, $beforeId: UUID) { feed(beforeAt: $beforeAt, beforeId: $beforeId, first: 20) { edges { cursor node { id: rowId title tags status createdAt patientAge patientSex replyCount anonymous author: shownAuthor { id: rowId displayName } channel: channelByChannelId { id: rowId name } } } pageInfo { hasNextPage endCursor } } }`,
  caseView: `query Case($id: UUID!) { case: casePostByRowId(rowId: $id) { id: rowId title body tags status createdAt patientAge patientSex anonymous author: shownAuthor { id: rowId displayName } channel: channelByChannelId { id: rowId name } replyCount replies: repliesByCaseId(first: 20, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { edges { node { id: rowId body createdAt isConsultAnswer author: shownAuthor { id: rowId displayName } } } pageInfo { hasNextPage endCursor } } } }`,
  search: `query Search($q: String!) { searchCases(query: $q, first: 20) { edges { node { id: rowId title tags createdAt status } } pageInfo { hasNextPage endCursor } } }`,
} as const;

/** The scenarios both servers answer (the writes and login are Curbside's only). */
export const PEER_SCENARIOS: ScenarioName[] = [
  'feed first page',
  'feed page 50',
  'case + 20 replies',
  'search (selective)',
  'search (pathological)',
];

/** Curbside's page-50 cursor as the peer's keyset arguments. */
function page50(caller: Caller): { beforeAt: string | null; beforeId: string | null } {
  if (!caller.page50Cursor) return { beforeAt: null, beforeId: null };
  const [at, id] = decodeCursor(caller.page50Cursor, ['number', 'uuid']);
  return { beforeAt: new Date(Number(at)).toISOString(), beforeId: String(id) };
}

/** Each peer request: the same callers, cases and terms as Curbside's scenario draws. */
export function peerBodyMaker(scenario: ScenarioName, callers: Caller[], cases: number): BodyMaker {
  const rng = new Rng(0xbe7c4 + scenario.length);
  const caller = (): Caller => callers[rng.int(0, callers.length - 1)];
  const body = (query: string, variables: object): string => JSON.stringify({ query, variables });
  switch (scenario) {
    case 'feed first page':
      return () => ({ body: body(PEER_QUERIES.feed, {}), token: caller().token });
    case 'feed page 50':
      return () => {
        const c = caller();
        return { body: body(PEER_QUERIES.feed, page50(c)), token: c.token };
      };
    case 'case + 20 replies':
      return () => ({
        body: body(PEER_QUERIES.caseView, { id: uuidFor('case', rng.int(0, cases - 1)) }),
        token: caller().token,
      });
    case 'search (selective)':
    case 'search (pathological)': {
      const q = scenario === 'search (selective)' ? SEARCH_TERMS.selective : SEARCH_TERMS.pathological;
      return () => ({ body: body(PEER_QUERIES.search, { q }), token: caller().token });
    }
    case 'createCase 3 KB':
    case 'login':
      throw new Error(`${scenario} is not a peer scenario`);
  }
}

async function post(url: string, query: string, variables: object, token?: string): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!json.data || json.errors)
    throw new Error(`GraphQL failed: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

interface Edges {
  edges: { node: { id: string; replyCount?: number } }[];
}
const ids = (page: Edges | null | undefined): string =>
  (page?.edges ?? []).map((e) => `${e.node.id}:${e.node.replyCount ?? ''}`).join(',');

export interface AnswerCheck {
  checked: number;
  mismatches: string[];
  /** Requests without a token that the peer answered with rows (must be 0: deny by default). */
  anonymousRows: number;
}

/**
 * The peer must answer what Curbside answers: for a few callers, the ids (and reply counts) of the
 * feed's first page and page 50, a case's first 20 replies and both searches are compared. And a
 * request without a token must get no rows from the peer.
 */
export async function compareAnswers(
  apiUrl: string,
  peerUrl: string,
  callers: Caller[],
  cases: number,
): Promise<AnswerCheck> {
  const mismatches: string[] = [];
  let checked = 0;
  const same = (what: string, a: string, b: string): void => {
    checked++;
    if (a !== b) mismatches.push(`${what}: Curbside [${a.slice(0, 120)}] peer [${b.slice(0, 120)}]`);
  };
  for (const c of callers.slice(0, 4)) {
    type Feed = { feed: Edges };
    const apiFirst = (await post(apiUrl, QUERIES.feed, {}, c.token)) as Feed;
    const peerFirst = (await post(peerUrl, PEER_QUERIES.feed, {}, c.token)) as Feed;
    same(`feed first page of caller ${c.index}`, ids(apiFirst.feed), ids(peerFirst.feed));
    const api50 = (await post(apiUrl, QUERIES.feed, { after: c.page50Cursor || null }, c.token)) as Feed;
    const peer50 = (await post(peerUrl, PEER_QUERIES.feed, page50(c), c.token)) as Feed;
    same(`feed page 50 of caller ${c.index}`, ids(api50.feed), ids(peer50.feed));
    const id = uuidFor('case', (c.index * 7919) % cases);
    const apiCase = (await post(apiUrl, QUERIES.caseView, { id }, c.token)) as {
      case: { replyCount: number; replies: Edges } | null;
    };
    const peerCase = (await post(peerUrl, PEER_QUERIES.caseView, { id }, c.token)) as {
      case: { replyCount: number; replies: Edges } | null;
    };
    same(
      `case ${id} for caller ${c.index}`,
      `${apiCase.case?.replyCount}/${ids(apiCase.case?.replies)}`,
      `${peerCase.case?.replyCount}/${ids(peerCase.case?.replies)}`,
    );
  }
  for (const q of [SEARCH_TERMS.selective, SEARCH_TERMS.pathological]) {
    const c = callers[0];
    const a = (await post(apiUrl, QUERIES.search, { q }, c.token)) as { searchCases: Edges };
    const b = (await post(peerUrl, PEER_QUERIES.search, { q }, c.token)) as { searchCases: Edges };
    same(`search ${q}`, ids(a.searchCases), ids(b.searchCases));
  }
  const anonymous = (await post(peerUrl, PEER_QUERIES.feed, {})) as { feed: Edges };
  const anonymousCase = (await post(peerUrl, PEER_QUERIES.caseView, { id: uuidFor('case', 0) })) as {
    case: unknown;
  };
  const anonymousRows = anonymous.feed.edges.length + (anonymousCase.case ? 1 : 0);
  return { checked, mismatches, anonymousRows };
}
