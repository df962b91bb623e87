import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, ErrorCode, isUuid } from '@curbside/core';
import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** A lone half of a UTF-16 surrogate pair: not a character, and PostgreSQL refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemAt(path: string, message: string): DomainError {
  return DomainError.badInput(`${path}: ${message}`, { field: path });
}

function checkValue(value: unknown, type: GraphQLInputType, path: string): DomainError | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path);
  if (isListType(type)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const problem = checkValue(items[i], type.ofType, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return null;
    for (const field of Object.values(type.getFields())) {
      const problem = checkValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${path}.${field.name}`,
      );
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  if (value.includes('\0')) return problemAt(path, 'text may not contain a NUL character');
  if (LONE_SURROGATE.test(value)) return problemAt(path, 'text may not contain an unpaired surrogate');
  if (getNamedType(type).name === 'ID' && !isUuid(value)) return problemAt(path, 'is not a valid id');
  return null;
}

interface ArgumentSite {
  node: ArgumentNode;
  argument: GraphQLArgument;
}

/** Each document's arguments with their definitions, found once per document (a schema has one). */
const sitesByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, ArgumentSite[]>>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  let bySchema = sitesByDocument.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    sitesByDocument.set(schema, bySchema);
  }
  let sites = bySchema.get(document);
  if (!sites) {
    const found: ArgumentSite[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (argument) found.push({ node, argument });
          return false;
        },
      }),
    );
    sites = found;
    bySchema.set(document, sites);
  }
  return sites;
}

/**
 * The first problem of a request's argument values that no GraphQL rule catches but the database
 * would trip on: a NUL character or an unpaired surrogate in any text, an ID that is not a UUID.
 * Literals and variables alike; messages name the argument, never the value. The walk of the
 * document that finds its arguments is made once per document (Apollo reuses a parsed document),
 * the values are checked on every request.
 */
export function inputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): DomainError | null {
  for (const { node, argument } of argumentSites(schema, document)) {
    const value = valueFromAST(node.value, argument.type, variables);
    const problem = checkValue(value, argument.type, argument.name);
    if (problem) return problem;
  }
  return null;
}

/** Refuses such requests with BAD_USER_INPUT (HTTP 400) before any resolver, so before any query. */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(rc) {
          const problem = inputProblem(rc.schema, rc.document, rc.request.variables);
          if (problem) {
            throw new GraphQLError(problem.message, {
              originalError: problem,
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
