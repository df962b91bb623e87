import { Ctx, RequireVerified } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, Int, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { ConsultStatus } from './consult.entity.js';
import { Consult, ConsultConnection, toConsult } from './consult.models.js';
import { MyConsultRole, MyConsultsService } from './my-consults.service.js';

registerEnumType(MyConsultRole, {
  name: 'MyConsultRole',
  description: 'Which side of a consult you are on',
  valuesMap: {
    REQUESTED: { description: 'Consults you asked for on your own cases' },
    CONSULTING: {
      description: 'Consults you hold as the specialist: named to you, claimed or answered by you',
    },
  },
});

@Resolver(() => Consult)
export class MyConsultsResolver {
  constructor(private readonly service: MyConsultsService) {}

  @RequireVerified()
  @Query(() => ConsultConnection, {
    description:
      'Your own consults, newest first: the ones you requested and the ones you hold as the specialist',
  })
  async myConsults(
    @Ctx() ctx: RequestContext,
    @Args('role', {
      type: () => MyConsultRole,
      nullable: true,
      description: 'Only one side; both when left out',
    })
    role?: MyConsultRole | null,
    @Args('statuses', {
      type: () => [ConsultStatus],
      nullable: true,
      description: 'Only consults in one of these states; every state when left out or empty',
    })
    statuses?: ConsultStatus[] | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size (at most 100)',
    })
    first?: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The endCursor of the previous page',
    })
    after?: string | null,
  ): Promise<ConsultConnection> {
    const page = await this.service.list(ctx, { role, statuses, first, after });
    return {
      edges: page.edges.map((e) => ({ node: toConsult(e.node), cursor: e.cursor })),
      pageInfo: page.pageInfo,
    };
  }
}
