import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadRouting } from '@curbside/database';
import { Kind, OperationTypeNode } from 'graphql';
import type { GraphqlContext } from './request-plugin.js';

/**
 * Installed only when a read replica is configured. Before execution, a query whose root fields
 * all tolerate lag (feed, search, directory, a case) is marked eligible for the replica; after a
 * mutation, and before its answer leaves, the caller is remembered as a recent writer, so the reads
 * they make next come from the primary for READ_YOUR_WRITES_SECONDS.
 */
export function readRoutingPlugin(routing: ReadRouting): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(rc) {
          const ctx = rc.contextValue.req.curbside;
          const operation = rc.operation;
          if (!ctx || operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
          const names: string[] = [];
          for (const selection of operation.selectionSet.selections) {
            // a fragment at the root (or a directive) is not looked into: such a query stays on the primary
            if (selection.kind !== Kind.FIELD || selection.directives?.length) return Promise.resolve();
            if (selection.name.value !== '__typename') names.push(selection.name.value);
          }
          routing.beginQuery(ctx, names);
          return Promise.resolve();
        },
        async willSendResponse(rc) {
          const clinicianId = rc.contextValue.req.curbside?.actor?.clinicianId;
          if (rc.operation?.operation === OperationTypeNode.MUTATION && clinicianId) {
            // if Redis fails here it fails for the read too, and a failed lookup reads from the primary
            await routing.noteWrite(clinicianId).catch(() => undefined);
          }
        },
      });
    },
  };
}
