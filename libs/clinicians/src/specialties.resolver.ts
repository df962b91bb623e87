import { Public } from '@curbside/auth';
import { Query, Resolver } from '@nestjs/graphql';
import { Specialty } from './specialty.model.js';
import { SpecialtiesService } from './specialties.service.js';

@Resolver(() => Specialty)
export class SpecialtiesResolver {
  constructor(private readonly service: SpecialtiesService) {}

  /** Public: the registration form lists specialties before anyone is signed in. */
  @Public()
  @Query(() => [Specialty], {
    description: 'Every specialty, by name. Public: the registration form lists them before anyone signs in.',
  })
  specialties(): Promise<Specialty[]> {
    return this.service.list();
  }
}
