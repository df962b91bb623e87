import { AuditEventEntity } from '@curbside/audit';
import { RefreshTokenEntity, SessionEntity } from '@curbside/auth';
import {
  AttachmentEntity,
  CaseDetailsEntity,
  CaseEntity,
  CaseRevisionEntity,
  ReplyEntity,
} from '@curbside/cases';
import { CaseOutcomeEntity, CaseOutcomeRequestEntity } from '@curbside/cases';
import { ChannelEntity, ChannelMembershipEntity } from '@curbside/channels';
import {
  ClinicianEntity,
  OnCallWindowEntity,
  PasswordResetEntity,
  SpecialtyEntity,
} from '@curbside/clinicians';
import { ConsultEntity, ConsultMessageEntity } from '@curbside/consults';
import { IdempotencyKeyEntity } from '@curbside/idempotency';
import { LicenseEntity, RegistryImportEntity, RegistryProviderEntity } from '@curbside/licensing';
import { ReportEntity } from '@curbside/moderation';
import {
  NotificationDeliveryEntity,
  NotificationEntity,
  NotificationOutboxEntity,
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
  PushSubscriptionEntity,
} from '@curbside/notifications';

/** Every TypeORM entity of the application: the app, the migration tool and the tests use this list. */
export const ENTITIES = [
  SpecialtyEntity,
  ClinicianEntity,
  PasswordResetEntity,
  ChannelEntity,
  SessionEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  NotificationEntity,
  LicenseEntity,
  RegistryProviderEntity,
  RegistryImportEntity,
  ChannelMembershipEntity,
  CaseEntity,
  CaseRevisionEntity,
  ReplyEntity,
  ConsultEntity,
  ReportEntity,
  IdempotencyKeyEntity,
  OnCallWindowEntity,
  ConsultMessageEntity,
  CaseDetailsEntity,
  AttachmentEntity,
  NotificationOutboxEntity,
  NotificationDeliveryEntity,
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
  PushSubscriptionEntity,
  CaseOutcomeEntity,
  CaseOutcomeRequestEntity,
];
