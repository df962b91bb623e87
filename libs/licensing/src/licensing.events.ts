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
