import { Field, ObjectType } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';

@ObjectType({
  description: 'Where a page of a cursor-paginated list ends, and whether another page follows.',
})
export class PageInfo {
  @Field({
    description:
      'True when at least one more item exists after this page; ask again with `after: endCursor`.',
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque cursor of the last item on this page (null on an empty page). Pass it as `after` to get the next page; do not parse or build it.',
  })
  endCursor!: string | null;
}

/**
 * Nest builds the three root types itself, so their descriptions are set here, on the built schema
 * (the server's `transformSchema` and the schema printer both call it).
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description =
      'Everything the API can read. Most fields need a signed-in clinician (an `Authorization: Bearer` access token); each field says who may call it.';
  }
  if (mutation) {
    mutation.description =
      'Everything the API can change. Each field says who may call it; free text is de-identified before it is stored.';
  }
  if (subscription) {
    subscription.description =
      'Live updates over the `graphql-ws` WebSocket protocol (path /graphql), authenticated with the access token in the connection parameters. The number of subscriptions per socket and per clinician is limited.';
  }
  return schema;
}
