/** Kinds of notification records (the API's `Notification.kind`). */
export enum NotificationKind {
  REPLY_ADDED = 'REPLY_ADDED',
  CONSULT_REQUESTED = 'CONSULT_REQUESTED',
  CONSULT_CLAIMED = 'CONSULT_CLAIMED',
  CONSULT_ANSWERED = 'CONSULT_ANSWERED',
  CONSULT_ESCALATED = 'CONSULT_ESCALATED',
  CONSULT_EXPIRED = 'CONSULT_EXPIRED',
  LICENSE_REVIEWED = 'LICENSE_REVIEWED',
  LICENSE_EXPIRING = 'LICENSE_EXPIRING',
  /** Moderation (see moderation-notifications.listener.ts). */
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  REPORT_NEEDS_REVIEW = 'REPORT_NEEDS_REVIEW',
  CONTENT_RETURNED = 'CONTENT_RETURNED',
  HELD_CONTENT_EDITED = 'HELD_CONTENT_EDITED',
  REPORT_OUTCOME = 'REPORT_OUTCOME',
  CONTENT_RESTORED = 'CONTENT_RESTORED',
  CONTENT_REMOVED = 'CONTENT_REMOVED',
  /** An administrator redacted a span of a post: its author and its open reports' reporters. */
  CONTENT_REDACTED = 'CONTENT_REDACTED',
  LICENSE_NEEDS_INFORMATION = 'LICENSE_NEEDS_INFORMATION',
  LICENSE_REVOKED = 'LICENSE_REVOKED',
  /** Someone tried to register with the recipient's e-mail address. */
  REGISTRATION_ATTEMPTED = 'REGISTRATION_ATTEMPTED',
  /** A password-reset link for the recipient's account (always e-mailed at once, never pushed). */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** The consult loop: the private dialogue, a withdrawal, a claim back in the queue. */
  CONSULT_MESSAGE = 'CONSULT_MESSAGE',
  CONSULT_INFO_REQUESTED = 'CONSULT_INFO_REQUESTED',
  CONSULT_RETURNED = 'CONSULT_RETURNED',
  CONSULT_WITHDRAWN = 'CONSULT_WITHDRAWN',
  /** Urgent paging widened to the recipient (the specialty, or the administrators). */
  CONSULT_PAGED = 'CONSULT_PAGED',
  /** The outcome follow-up asks a resolved case's author for its outcome. */
  CASE_OUTCOME_REQUESTED = 'CASE_OUTCOME_REQUESTED',
  /** A case's author reported its outcome: its consultants and repliers hear of it. */
  CASE_OUTCOME_REPORTED = 'CASE_OUTCOME_REPORTED',
}
