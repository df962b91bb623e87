import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { AppConfig } from '@curbside/config';
import { describeRootTypes, formatGraphqlError, type Logger } from '@curbside/core';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { inputHygienePlugin } from './input-hygiene.js';
import { requestPlugin } from './request-plugin.js';
import { readRoutingPlugin } from './read-routing-plugin.js';
import type { ReadRouting } from '@curbside/database';
import { graphqlWsOptions, type WebSocketDeps } from './websocket.js';
import type { ExternalContextCreator, ModulesContainer } from '@nestjs/core';
import type { GraphQLSchema } from 'graphql';
import { directFieldResolvers } from './direct-field-resolvers.js';

/** What replacing Nest's per-call wrapper of field resolvers needs (see direct-field-resolvers.ts). */
export interface FieldResolverDeps {
  modules: ModulesContainer;
  contextCreator: ExternalContextCreator;
}

/** The armour (depth, cost, alias, token and directive limits; no field suggestions) from the config. */
export function armorFor(config: AppConfig): ApolloArmor {
  const exposeLimits = !config.isProduction;
  return new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, exposeLimits },
    // allowList [] counts `__typename` aliases too (the armour lets them through by default)
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, exposeLimits, allowList: [] },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, exposeLimits },
    maxTokens: { n: config.GRAPHQL_MAX_TOKENS, exposeLimits },
    maxDirectives: { n: 20, exposeLimits },
    blockFieldSuggestion: { enabled: true },
  });
}

export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  websocket?: Omit<WebSocketDeps, 'config' | 'logger' | 'validationRules' | 'recheckMs'>,
  reads?: ReadRouting,
  fields?: FieldResolverDeps,
): ApolloDriverConfig {
  const armor = armorFor(config).protect();
  const transformSchema = (schema: GraphQLSchema): GraphQLSchema => {
    describeRootTypes(schema);
    if (fields) {
      const direct = directFieldResolvers(schema, fields.modules, fields.contextCreator);
      logger.info({ fields: direct.length }, 'field resolvers called directly, with the global guards');
    }
    return schema;
  };
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema,
    introspection: config.GRAPHQL_INTROSPECTION,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // the guards of a field resolver run in Nest's wrapper, or in the direct call that replaces it
    fieldResolverEnhancers: ['guards'],
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin[]),
      requestPlugin(logger),
      inputHygienePlugin(),
      ...(reads?.enabled ? [readRoutingPlugin(reads)] : []),
      ApolloServerPluginLandingPageDisabled(),
      // answers are per caller and never cached by HTTP; without it Apollo wraps every field resolver
      ApolloServerPluginCacheControlDisabled(),
    ],
    subscriptions: websocket
      ? {
          'graphql-ws': graphqlWsOptions({
            config,
            logger,
            ...websocket,
            validationRules: armor.validationRules,
            recheckMs: config.WS_RECHECK_SECONDS * 1000,
          }),
        }
      : undefined,
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, { exposeLimits: !config.isProduction }),
  };
}
