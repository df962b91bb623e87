import { Ctx, RequireVerified } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CreditPeriodInput } from './credit.inputs.js';
import { ConsultCredit, CreditStatementLink } from './credit.models.js';
import { ConsultCreditService } from './credit.service.js';

/** A consultant's own credit log and their statement links. */
@Resolver()
export class ConsultCreditResolver {
  constructor(private readonly credit: ConsultCreditService) {}

  @RequireVerified()
  @Query(() => ConsultCredit, {
    description:
      'Your consult credit over a period: consults answered, minutes reported, helpful marks, outcomes that confirmed the advice',
  })
  myConsultCredit(
    @Ctx() ctx: RequestContext,
    @Args('period', { description: 'The period' }) period: CreditPeriodInput,
  ): Promise<ConsultCredit> {
    return this.credit.log(ctx, period);
  }

  @RequireVerified()
  @Query(() => CreditStatementLink, {
    description:
      'A link (for this session, a few minutes) to download your credit statement of a period as a PDF',
  })
  creditStatementLink(
    @Ctx() ctx: RequestContext,
    @Args('period', { description: 'The period' }) period: CreditPeriodInput,
  ): CreditStatementLink {
    return this.credit.link(ctx, period);
  }
}
