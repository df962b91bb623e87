import { Ctx, OwnerOrAdmin, SignedIn, type ActorLookup, type TokenService, AuthGuard } from '@curbside/auth';
import { type Actor, DomainError, ErrorCode, RequestContext } from '@curbside/core';
import { UseGuards, ValidationPipe } from '@nestjs/common';
import {
  ApplicationConfig,
  type ExternalContextCreator,
  type ModulesContainer,
  Reflector,
} from '@nestjs/core';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldResolver,
} from 'graphql';
import { directFieldResolvers } from './direct-field-resolvers.js';
import { validationPipe } from './validation.js';

interface Thing {
  id: string;
  name: string;
}

@Resolver('Thing')
class ThingResolver {
  @SignedIn()
  @ResolveField(() => String)
  label(@Ctx() ctx: RequestContext, @Parent() thing: Thing): string {
    return `${thing.name} for ${ctx.actor?.clinicianId ?? 'nobody'}`;
  }

  @OwnerOrAdmin()
  @ResolveField(() => String)
  secret(@Parent() thing: Thing): Promise<string> {
    return Promise.resolve(`secret of ${thing.id}`);
  }

  undeclared(@Parent() thing: Thing): string {
    return thing.name;
  }

  @SignedIn()
  @ResolveField(() => String)
  greeting(@Parent() thing: Thing, @Args('to') to: string): string {
    return `${thing.name} greets ${to}`;
  }

  @SignedIn()
  @UseGuards(AuthGuard)
  @ResolveField(() => String)
  guarded(@Parent() thing: Thing): string {
    return thing.name;
  }
}

// A field resolver that declares no access (closed to everyone), made by hand: the lint rule refuses one
ResolveField(() => String)(
  ThingResolver.prototype,
  'undeclared',
  Object.getOwnPropertyDescriptor(ThingResolver.prototype, 'undeclared') as PropertyDescriptor,
);

function schema(): GraphQLSchema {
  const field = { type: GraphQLString, resolve: () => 'nest' };
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { thing: { type: GraphQLString } } }),
    types: [
      new GraphQLObjectType({
        name: 'Thing',
        fields: { label: field, secret: field, undeclared: field, greeting: field, guarded: field },
      }),
    ],
  });
}

function modules(instance: object): ModulesContainer {
  const wrapper = { instance, isAlias: false, isDependencyTreeStatic: () => true };
  return new Map([['module', { providers: new Map([[instance.constructor, wrapper]]) }]]) as never;
}

function creator(config: ApplicationConfig): ExternalContextCreator {
  return { container: { applicationConfig: config } } as unknown as ExternalContextCreator;
}

/** The actor lookup of a request that already happened: the guard decides without waiting. */
function context(actor: Actor | null) {
  const curbside = new RequestContext('request', '127.0.0.1', actor);
  return { req: { headers: {}, curbside, actorSettled: true } };
}

const clinician: Actor = {
  clinicianId: 'c1',
  sessionId: 's1',
  role: 'CLINICIAN',
  verificationStatus: 'VERIFIED',
};

async function codeOf(run: () => unknown): Promise<ErrorCode | 'allowed'> {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe(directFieldResolvers.name, () => {
  const never = (): never => {
    throw new Error('not expected to be called');
  };
  const guard = new AuthGuard(
    new Reflector(),
    { verifyAccessToken: never } as unknown as TokenService,
    { findActor: never } as unknown as ActorLookup,
  );
  const info = {} as GraphQLResolveInfo;

  function wired(pipe = validationPipe()) {
    const config = new ApplicationConfig();
    config.useGlobalGuards(guard);
    config.useGlobalPipes(pipe);
    const built = schema();
    const replaced = directFieldResolvers(built, modules(new ThingResolver()), creator(config));
    const thing = built.getType('Thing') as GraphQLObjectType;
    const resolve = (name: string) => thing.getFields()[name].resolve as GraphQLFieldResolver<Thing, unknown>;
    return { replaced, resolve };
  }

  it('should call a field resolver directly with its parent and request context once the guard allows it', () => {
    const { resolve } = wired();
    expect(resolve('label')({ id: 't1', name: 'Thing' }, {}, context(clinician), info)).toBe('Thing for c1');
  });

  it('should refuse a caller the guard refuses, and a field that declares no access', async () => {
    const { resolve } = wired();
    const thing = { id: 't1', name: 'Thing' };
    expect(await codeOf(() => resolve('label')(thing, {}, context(null), info))).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect(await codeOf(() => resolve('undeclared')(thing, {}, context(clinician), info))).toBe(
      ErrorCode.FORBIDDEN,
    );
  });

  it('should decide an owner-or-admin field on its parent', async () => {
    const { resolve } = wired();
    expect(await resolve('secret')({ id: 'c1', name: 'Mine' }, {}, context(clinician), info)).toBe(
      'secret of c1',
    );
    expect(
      await codeOf(() => resolve('secret')({ id: 'c2', name: 'Theirs' }, {}, context(clinician), info)),
    ).toBe(ErrorCode.FORBIDDEN);
  });

  it("should wait for the guard when the caller's lookup is still running", async () => {
    const { resolve } = wired();
    const ctx = context(null);
    const pending = { headers: { authorization: 'Bearer token' }, curbside: ctx.req.curbside };
    Object.assign(pending, { actorPromise: Promise.resolve(clinician), actorSettled: false });
    ctx.req.curbside.actor = clinician;
    const answer = resolve('label')({ id: 't1', name: 'Thing' }, {}, { req: pending }, info);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toBe('Thing for c1');
  });

  it("should leave Nest's wrapper on a field with arguments or guards of its own", () => {
    const { replaced, resolve } = wired();
    expect(replaced.map((r) => r.field).sort()).toEqual(['label', 'secret', 'undeclared']);
    expect(resolve('greeting')({ id: 't1', name: 'Thing' }, {}, context(clinician), info)).toBe('nest');
    expect(resolve('guarded')({ id: 't1', name: 'Thing' }, {}, context(clinician), info)).toBe('nest');
  });

  it('should replace nothing when a global pipe would read the parameters of custom decorators', () => {
    const { replaced, resolve } = wired(new ValidationPipe({ validateCustomDecorators: true }));
    expect(replaced).toEqual([]);
    expect(resolve('label')({ id: 't1', name: 'Thing' }, {}, context(clinician), info)).toBe('nest');
  });
});
