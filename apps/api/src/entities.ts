import { ChannelEntity } from '@curbside/channels';
import { ClinicianEntity, SpecialtyEntity } from '@curbside/clinicians';

/** Every TypeORM entity of the application: the app, the migration tool and the tests use this list. */
export const ENTITIES = [SpecialtyEntity, ClinicianEntity, ChannelEntity];
