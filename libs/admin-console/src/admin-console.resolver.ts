import { AdminOnly } from '@curbside/auth';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ClinicianSearchConnection, ClinicianSearchInput } from './clinician-search.models.js';
import { ClinicianSearchService } from './clinician-search.service.js';
import { AdminDashboard } from './dashboard.models.js';
import { DashboardService } from './dashboard.service.js';

/** The administrators' console: read-only views across features. */
@Resolver()
export class AdminConsoleResolver {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly clinicians: ClinicianSearchService,
  ) {}

  @AdminOnly()
  @Query(() => AdminDashboard, { description: 'Backlogs, overdue consults, response times and sign-ups' })
  adminDashboard(): Promise<AdminDashboard> {
    return this.dashboards.dashboard();
  }

  @AdminOnly()
  @Query(() => ClinicianSearchConnection, {
    description: 'Clinicians by part of their name or e-mail and by status, alphabetical',
  })
  adminClinicians(
    @Args('input', {
      type: () => ClinicianSearchInput,
      nullable: true,
      description: 'What to search for; leave out to list everyone.',
    })
    input?: ClinicianSearchInput,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size, 1 to 100 (default 20).',
    })
    first?: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
  ): Promise<ClinicianSearchConnection> {
    return this.clinicians.search(input, first, after);
  }
}
