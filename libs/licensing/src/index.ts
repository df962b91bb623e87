export { Credential, LicenseEntity, LicenseStatus, RegistryMatch } from './license.entity.js';
export { RegistryProviderEntity } from './registry-provider.entity.js';
export type { RegistryLicense } from './registry-provider.entity.js';
