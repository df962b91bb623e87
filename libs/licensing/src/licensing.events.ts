import type { LicenseStatus } from './license.entity.js';

/** A licence was approved or rejected (by an administrator or by a full registry match). */
export class LicenseReviewedEvent {
  constructor(
    readonly licenseId: string,
    readonly clinicianId: string,
    readonly status: LicenseStatus,
  ) {}
}

/** A verified licence expires within 30 days. */
export class LicenseExpiringEvent {
  constructor(
    readonly licenseId: string,
    readonly clinicianId: string,
  ) {}
}

/** An administrator asked the clinician for more information; the licence stays pending. */
export class LicenseInformationRequestedEvent {
  constructor(
    readonly licenseId: string,
    readonly clinicianId: string,
  ) {}
}

/** A verified licence was revoked because the registry deactivated its NPI (access ends at once). */
export class LicenseRevokedEvent {
  constructor(
    readonly licenseId: string,
    readonly clinicianId: string,
  ) {}
}
