import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSchema, type DocumentNode, parse, validate } from 'graphql';

/**
 * Every operation the web app sends passes the API's own armour (the default query cost and depth
 * limits of libs/config), so a screen cannot ship a query the server will refuse: the case thread
 * did, once images and holds were added to its reply fragment.
 */
const MAX_COST = 5000; // AppConfig.GRAPHQL_MAX_COST's default
const MAX_DEPTH = 10; // AppConfig.GRAPHQL_MAX_DEPTH's default

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

function webDocuments(): Map<string, DocumentNode> {
  const generated = readFileSync(new URL('../apps/web/src/gql/graphql.ts', import.meta.url), 'utf8');
  const documents = new Map<string, DocumentNode>();
  for (const match of generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as/gm)) {
    documents.set(match[1], JSON.parse(match[2]) as DocumentNode);
  }
  return documents;
}

function refusals(document: DocumentNode): string[] {
  const rules = [costLimitRule({ maxCost: MAX_COST }), maxDepthRule({ n: MAX_DEPTH })];
  try {
    return validate(schema, document, rules).map((e) => e.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

describe('web operations within the API limits', () => {
  it('finds the generated operations', () => {
    expect(webDocuments().size).toBeGreaterThan(40);
  });

  it('keeps every operation of the web app under the cost and depth limits', () => {
    const over = [...webDocuments()].flatMap(([name, doc]) => refusals(doc).map((m) => `${name}: ${m}`));
    expect(over).toEqual([]);
  });

  it('refuses an operation over the limit (the check can fail)', () => {
    // the case thread's query as it was when the server refused it (cost 14,380)
    const deep = parse(`
      query CaseReplies($id: ID!, $after: String) {
        case(id: $id) { id replies(first: 15, after: $after) { edges { node { ...CaseReply } } pageInfo { hasNextPage endCursor } } }
      }
      fragment PostedAttachment on Attachment { id kind url width height faceMasking dicomUrl windows { name centre width url } }
      fragment CaseReply on Reply {
        id body createdAt isAccepted isConsultAnswer hold { reason stage since returnNote }
        parent { id } author { id displayName } attachments { ...PostedAttachment }
      }`);
    expect(refusals(deep).join(' ')).toMatch(/Cost limit/);
  });
});
