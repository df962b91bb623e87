import { AuditEventEntity } from '@curbside/audit';
import { RefreshTokenEntity, SessionEntity } from '@curbside/auth';
import { ChannelEntity } from '@curbside/channels';
import { ClinicianEntity, SpecialtyEntity } from '@curbside/clinicians';
import { LicenseEntity, RegistryProviderEntity } from '@curbside/licensing';
import { NotificationEntity } from '@curbside/notifications';

/** Every TypeORM entity of the application: the app, the migration tool and the tests use this list. */
export const ENTITIES = [
  SpecialtyEntity,
  ClinicianEntity,
  ChannelEntity,
  SessionEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  NotificationEntity,
  LicenseEntity,
  RegistryProviderEntity,
];
