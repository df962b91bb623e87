import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  type PipeTransform,
  ValidationPipe,
} from '@nestjs/common';
import {
  CUSTOM_ROUTE_ARGS_METADATA,
  EXCEPTION_FILTERS_METADATA,
  GUARDS_METADATA,
  INTERCEPTORS_METADATA,
  PIPES_METADATA,
} from '@nestjs/common/constants.js';
import type { ApplicationConfig, ExternalContextCreator, ModulesContainer } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import {
  FIELD_RESOLVER_MIDDLEWARE_METADATA,
  PARAM_ARGS_METADATA,
  RESOLVER_NAME_METADATA,
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { isObservable, lastValueFrom } from 'rxjs';

/** @nestjs/graphql's parameter kinds (its `GqlParamtype`, not exported): `@Parent`, `@Context`, `@Info`. */
const ROOT = 0;
const CONTEXT = 1;
const INFO = 2;

type ResolverArgs = [parent: unknown, args: unknown, context: unknown, info: unknown];

interface ParamMetadata {
  index: number;
  data?: unknown;
  pipes?: unknown[];
  factory?: (data: unknown, context: ExecutionContext) => unknown;
}

/** How one parameter of a field resolver method is read from graphql-js's four arguments. */
type Extract = (args: ResolverArgs, context: () => ExecutionContext) => unknown;

/** A field resolver Nest would have wrapped, and what the direct one needs to call it. */
export interface DirectField {
  type: string;
  field: string;
}

function fromArgument(position: 0 | 2 | 3, data: unknown): Extract {
  if (typeof data !== 'string' || position === 0) return (args) => args[position];
  return (args) => (args[position] as Record<string, unknown> | undefined)?.[data];
}

/**
 * The extractors of a method's parameters, or null when one of them needs what only Nest's wrapper
 * does: an argument (`@Args`, which the validation pipe checks and transforms) or a parameter pipe.
 */
function extractorsOf(type: object, method: string): Extract[] | null {
  const metadata =
    (Reflect.getMetadata(PARAM_ARGS_METADATA, type, method) as Record<string, ParamMetadata> | undefined) ??
    {};
  const extractors: Extract[] = [];
  for (const [key, param] of Object.entries(metadata)) {
    if ((param.pipes?.length ?? 0) > 0) return null;
    if (key.includes(CUSTOM_ROUTE_ARGS_METADATA)) {
      const { factory, data } = param;
      if (typeof factory !== 'function') return null;
      extractors[param.index] = (_args, context) => factory(data, context());
      continue;
    }
    const kind = Number(key.split(':')[0]);
    if (kind === ROOT) extractors[param.index] = fromArgument(0, param.data);
    else if (kind === CONTEXT) extractors[param.index] = fromArgument(2, param.data);
    else if (kind === INFO) extractors[param.index] = fromArgument(3, param.data);
    else return null;
  }
  for (let i = 0; i < extractors.length; i++) if (!extractors[i]) return null;
  return extractors;
}

function hasEnhancers(target: object): boolean {
  return [GUARDS_METADATA, INTERCEPTORS_METADATA, PIPES_METADATA, EXCEPTION_FILTERS_METADATA].some(
    (key) => ((Reflect.getMetadata(key, target) as unknown[] | undefined)?.length ?? 0) > 0,
  );
}

/**
 * Whether the global pipes leave a parameter of a custom decorator (Nest gives `@Parent`,
 * `@Context` and `@Info` that type too) untouched: the validation pipe does unless told to
 * validate custom decorators.
 */
function pipesIgnoreCustomParams(pipes: PipeTransform[]): boolean {
  return pipes.every(
    (pipe) =>
      pipe instanceof ValidationPipe &&
      !(pipe as unknown as { validateCustomDecorators?: boolean }).validateCustomDecorators,
  );
}

function settle(result: unknown): unknown {
  return isObservable(result) ? lastValueFrom(result) : result;
}

function allowed(verdict: boolean): void {
  if (!verdict) throw new ForbiddenException('Forbidden resource');
}

/**
 * The resolver of one field: the global guards, then the method with its parameters, as Nest's
 * wrapper would run them with `fieldResolverEnhancers: ['guards']`, without the promise it awaits
 * at each step (some ten per call: a feed page makes 60 such calls). A guard that answers at once
 * lets the method run at once; one that answers with a promise is awaited.
 */
function directResolver(
  instance: object,
  method: (...params: unknown[]) => unknown,
  guards: CanActivate[],
  extractors: Extract[],
): GraphQLFieldResolver<unknown, unknown> {
  const type = instance.constructor;
  const call = (args: ResolverArgs, context: () => ExecutionContext): unknown =>
    settle(
      method.apply(
        instance,
        extractors.map((extract) => extract(args, context)),
      ),
    );
  return (...args: ResolverArgs) => {
    let host: ExecutionContextHost | undefined;
    const context = (): ExecutionContext => {
      if (!host) {
        host = new ExecutionContextHost(args, type as never, method);
        host.setType('graphql');
      }
      return host;
    };
    for (let i = 0; i < guards.length; i++) {
      const verdict = guards[i].canActivate(context());
      if (typeof verdict === 'boolean') {
        allowed(verdict);
        continue;
      }
      // a guard that must wait: the rest of the guards and the call follow it
      return (async () => {
        allowed(await (isObservable(verdict) ? lastValueFrom(verdict) : verdict));
        for (const guard of guards.slice(i + 1)) {
          const next = guard.canActivate(context());
          allowed(await (isObservable(next) ? lastValueFrom(next) : next));
        }
        return call(args, context);
      })();
    }
    return call(args, context);
  };
}

/**
 * Replaces Nest's per-call wrapper of the schema's field resolvers (`@ResolveField`) by a direct
 * call that runs the same global guards, so each field keeps its access declaration and the guard
 * decides it as before. Only where nothing else of the wrapper applies: a static resolver, no
 * guard, pipe, interceptor or filter of its own, no field middleware, parameters that are the
 * parent, the context, the info or custom decorators (which the global validation pipe leaves
 * alone); anything else (a field with `@Args`, say) keeps Nest's wrapper. When the application has
 * request-scoped global guards or pipes, or a pipe that would read those parameters, nothing is
 * replaced. Returns the fields replaced.
 */
export function directFieldResolvers(
  schema: GraphQLSchema,
  modules: ModulesContainer,
  contextCreator: ExternalContextCreator,
): DirectField[] {
  const config = (contextCreator as unknown as { container?: { applicationConfig?: ApplicationConfig } })
    .container?.applicationConfig;
  if (!config) return [];
  if (config.getGlobalRequestGuards().length > 0 || config.getGlobalRequestPipes().length > 0) return [];
  if (!pipesIgnoreCustomParams(config.getGlobalPipes())) return [];
  const guards = config.getGlobalGuards();
  const replaced: DirectField[] = [];
  for (const moduleRef of modules.values()) {
    for (const wrapper of moduleRef.providers.values()) {
      const instance = wrapper.instance as object | null | undefined;
      if (!instance || !wrapper.isDependencyTreeStatic() || wrapper.isAlias) continue;
      const type = instance.constructor;
      const className = Reflect.getMetadata(RESOLVER_TYPE_METADATA, type) as unknown;
      if (className === undefined || hasEnhancers(type)) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method = prototype[name];
        if (name === 'constructor' || typeof method !== 'function') continue;
        if (!Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method)) continue;
        const typeName = (Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as unknown) ?? className;
        const fieldName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name;
        const middleware = Reflect.getMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, method) as
          unknown[] | undefined;
        if ((middleware?.length ?? 0) > 0 || hasEnhancers(method)) continue;
        if (typeof typeName !== 'string') continue;
        const target = schema.getType(typeName);
        const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
        if (!isObjectType(target) || root.includes(target)) continue;
        const field = target.getFields()[fieldName];
        const extractors = extractorsOf(type, name);
        if (!field || !extractors) continue;
        field.resolve = directResolver(
          instance,
          method as (...params: unknown[]) => unknown,
          guards,
          extractors,
        );
        replaced.push({ type: typeName, field: fieldName });
      }
    }
  }
  return replaced;
}
