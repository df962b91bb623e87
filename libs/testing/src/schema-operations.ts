import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';

/**
 * Every query, mutation and subscription of the printed schema (schema/schema.graphql), sorted. The
 * permission matrices check themselves against this list, so a new operation without rows fails.
 */
export function schemaOperations(file = 'schema/schema.graphql'): string[] {
  const schema = buildSchema(readFileSync(file, 'utf8'));
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()) : []))
    .sort();
}
