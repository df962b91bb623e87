export { Credential, LicenseEntity, LicenseFlag, LicenseStatus, RegistryMatch } from './license.entity.js';
export { RegistryProviderEntity } from './registry-provider.entity.js';
export type { RegistryLicense } from './registry-provider.entity.js';
export {
  License,
  LicenseBatchResult,
  LicenseBatchSkip,
  LicenseConnection,
  LicenseEdge,
  RegistryComparison,
} from './license.model.js';
export {
  LicenseDecision,
  LicenseQueueFilter,
  ReviewLicenseInput,
  ReviewLicensesInput,
  SubmitLicenseInput,
} from './license.inputs.js';
export {
  LicenseExpiringEvent,
  LicenseInformationRequestedEvent,
  LicenseReviewedEvent,
  LicenseRevokedEvent,
} from './licensing.events.js';
export { LicensesService, todayUtc } from './licenses.service.js';
export { LicenseExpiryService } from './license-expiry.service.js';
export { RegistryChecksService } from './registry-checks.service.js';
export type { RecheckResult, RecheckScope } from './registry-checks.service.js';
export type { SweepResult } from './license-expiry.service.js';
export { LicensingActorLookup } from './licensing-actor-lookup.js';
export { ClinicianLicensesResolver, LicensingResolver } from './licensing.resolver.js';
export { LicensingModule } from './licensing.module.js';
export * from './registry/index.js';
export {
  RegistryImportEntity,
  RegistryImportSource,
  RegistryImportStatus,
} from './registry-import.entity.js';
export { RegistryImport } from './registry-import.model.js';
export { RegistryImportService } from './registry-import.service.js';
export { RegistryImportResolver, toRegistryImport } from './registry-import.resolver.js';
export { RegistryImportSubscriptionResolver } from './registry-import.subscription.js';
export { registryImportTopic } from './registry-import.topic.js';
