import { DateScalar } from '@curbside/core';
import { SpecialtiesResolver } from '@curbside/clinicians';

/**
 * Every resolver and scalar that makes up the schema. The offline printer builds the schema from
 * this list; an e2e test checks that the running app serves exactly the printed schema.
 */
export const RESOLVERS = [SpecialtiesResolver];
export const SCALARS = [DateScalar];
