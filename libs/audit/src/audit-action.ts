/** Every kind of audited action. */
export enum AuditAction {
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  SESSION_REVOKED = 'SESSION_REVOKED',
  CLINICIAN_REGISTERED = 'CLINICIAN_REGISTERED',
  /** Someone tried to register an email that has an account: the owner's pending notice. */
  REGISTRATION_EMAIL_TAKEN = 'REGISTRATION_EMAIL_TAKEN',
  /** A reset link was issued for an account (e-mailed to its address through the outbox). */
  PASSWORD_RESET_REQUESTED = 'PASSWORD_RESET_REQUESTED',
  /** A reset link was used: new password, every earlier session revoked (detail: how many). */
  PASSWORD_RESET_COMPLETED = 'PASSWORD_RESET_COMPLETED',
  PROFILE_UPDATED = 'PROFILE_UPDATED',
  LICENSE_SUBMITTED = 'LICENSE_SUBMITTED',
  LICENSE_APPROVED = 'LICENSE_APPROVED',
  LICENSE_REJECTED = 'LICENSE_REJECTED',
  LICENSE_EXPIRED = 'LICENSE_EXPIRED',
  CLINICIAN_SUSPENDED = 'CLINICIAN_SUSPENDED',
  ADMIN_CREATED = 'ADMIN_CREATED',
  CHANNEL_CREATED = 'CHANNEL_CREATED',
  CASE_CREATED = 'CASE_CREATED',
  CASE_VIEWED = 'CASE_VIEWED',
  CASE_UPDATED = 'CASE_UPDATED',
  CASE_DELETED = 'CASE_DELETED',
  ANONYMOUS_AUTHOR_VIEWED = 'ANONYMOUS_AUTHOR_VIEWED',
  REPLY_CREATED = 'REPLY_CREATED',
  REPLY_ACCEPTED = 'REPLY_ACCEPTED',
  CONSULT_REQUESTED = 'CONSULT_REQUESTED',
  CONSULT_CLAIMED = 'CONSULT_CLAIMED',
  CONSULT_ANSWERED = 'CONSULT_ANSWERED',
  CONSULT_RESOLVED = 'CONSULT_RESOLVED',
  CONSULT_CANCELLED = 'CONSULT_CANCELLED',
  CONSULT_ESCALATED = 'CONSULT_ESCALATED',
  CONSULT_EXPIRED = 'CONSULT_EXPIRED',
  /** A claimed consult unanswered by its answer due time went back to the queue. */
  CONSULT_RETURNED = 'CONSULT_RETURNED',
  CONSULT_MESSAGE_SENT = 'CONSULT_MESSAGE_SENT',
  /** Urgent paging of an unclaimed consult widened (named -> specialty -> administrators). */
  CONSULT_PAGE_WIDENED = 'CONSULT_PAGE_WIDENED',
  ON_CALL_WINDOW_ADDED = 'ON_CALL_WINDOW_ADDED',
  ON_CALL_WINDOW_REMOVED = 'ON_CALL_WINDOW_REMOVED',
  CASE_DETAILS_SAVED = 'CASE_DETAILS_SAVED',
  REPORT_CREATED = 'REPORT_CREATED',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  /** An administrator exported the audit log as CSV (detail: the number of rows). */
  AUDIT_LOG_EXPORTED = 'AUDIT_LOG_EXPORTED',
  /** An administrator sent held content back to its author with a note. */
  REPORT_RETURNED = 'REPORT_RETURNED',
  /** The author rewrote their held content (back to the administrators). */
  HELD_CONTENT_EDITED = 'HELD_CONTENT_EDITED',
  /** An administrator redacted a span: category and offsets only. */
  CONTENT_REDACTED = 'CONTENT_REDACTED',
  CLINICIAN_REINSTATED = 'CLINICIAN_REINSTATED',
  LICENSE_INFORMATION_REQUESTED = 'LICENSE_INFORMATION_REQUESTED',
  /** A verified licence lost its standing (its NPI deactivated in the registry). */
  LICENSE_REVOKED = 'LICENSE_REVOKED',
  /** A licence was flagged for review (registry deactivation or an expiry that differs). */
  LICENSE_FLAGGED = 'LICENSE_FLAGGED',
  /** An administrator cleared a licence's registry flag (a differing expiry they checked). */
  LICENSE_FLAG_CLEARED = 'LICENSE_FLAG_CLEARED',
  REGISTRY_IMPORT_STARTED = 'REGISTRY_IMPORT_STARTED',
  REGISTRY_IMPORT_FINISHED = 'REGISTRY_IMPORT_FINISHED',
  ATTACHMENT_UPLOADED = 'ATTACHMENT_UPLOADED',
  ATTACHMENT_MASKS_UPDATED = 'ATTACHMENT_MASKS_UPDATED',
  ATTACHMENT_DISCARDED = 'ATTACHMENT_DISCARDED',
  /** The author reported a resolved case's outcome (detail: finding count, whether it is a revision). */
  CASE_OUTCOME_REPORTED = 'CASE_OUTCOME_REPORTED',
  /** The follow-up job asked a case's author for its outcome (detail: days since resolution). */
  CASE_OUTCOME_REQUESTED = 'CASE_OUTCOME_REQUESTED',
  /** A clinician downloaded a credit statement (detail: the period's consult count). */
  CREDIT_STATEMENT_ISSUED = 'CREDIT_STATEMENT_ISSUED',
  ATTACHMENT_CONSENT_WITHDRAWN = 'ATTACHMENT_CONSENT_WITHDRAWN',
}
