import { NotificationKind } from './notification-kind.js';

/** What a clinician chooses about, per category (the API's `NotificationCategory`). */
export enum NotificationCategory {
  LICENSE_DECISIONS = 'LICENSE_DECISIONS',
  CONSULT_REQUESTS = 'CONSULT_REQUESTS',
  CASE_REPLIES = 'CASE_REPLIES',
  CONSULT_ANSWERS = 'CONSULT_ANSWERS',
  CONTENT_REPORTS = 'CONTENT_REPORTS',
  DIGESTS = 'DIGESTS',
  ACCOUNT_NOTICES = 'ACCOUNT_NOTICES',
  CASE_OUTCOMES = 'CASE_OUTCOMES',
}

/** How e-mail of one category reaches the clinician. */
export enum EmailMode {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  OFF = 'OFF',
}

export interface CategoryChoice {
  email: EmailMode;
  push: boolean;
}

/**
 * Defaults: what needs an answer (consult requests, answers, licence decisions) comes at once by
 * e-mail and push; thread replies wait for the daily digest; the digest itself is on.
 */
export const DEFAULT_CHOICES: Readonly<Record<NotificationCategory, CategoryChoice>> = {
  [NotificationCategory.LICENSE_DECISIONS]: { email: EmailMode.IMMEDIATE, push: true },
  [NotificationCategory.CONSULT_REQUESTS]: { email: EmailMode.IMMEDIATE, push: true },
  [NotificationCategory.CASE_REPLIES]: { email: EmailMode.DIGEST, push: false },
  [NotificationCategory.CONSULT_ANSWERS]: { email: EmailMode.IMMEDIATE, push: true },
  [NotificationCategory.CONTENT_REPORTS]: { email: EmailMode.IMMEDIATE, push: false },
  [NotificationCategory.DIGESTS]: { email: EmailMode.IMMEDIATE, push: false },
  [NotificationCategory.ACCOUNT_NOTICES]: { email: EmailMode.IMMEDIATE, push: false },
  [NotificationCategory.CASE_OUTCOMES]: { email: EmailMode.IMMEDIATE, push: false },
};

const CATEGORY_OF: Readonly<Record<NotificationKind, NotificationCategory>> = {
  [NotificationKind.REPLY_ADDED]: NotificationCategory.CASE_REPLIES,
  [NotificationKind.CONSULT_REQUESTED]: NotificationCategory.CONSULT_REQUESTS,
  [NotificationKind.CONSULT_CLAIMED]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.CONSULT_ANSWERED]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.CONSULT_ESCALATED]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.CONSULT_EXPIRED]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.LICENSE_REVIEWED]: NotificationCategory.LICENSE_DECISIONS,
  [NotificationKind.LICENSE_EXPIRING]: NotificationCategory.LICENSE_DECISIONS,
  [NotificationKind.CONTENT_HIDDEN]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.REPORT_NEEDS_REVIEW]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.CONTENT_RETURNED]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.HELD_CONTENT_EDITED]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.REPORT_OUTCOME]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.CONTENT_RESTORED]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.CONTENT_REMOVED]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.CONTENT_REDACTED]: NotificationCategory.CONTENT_REPORTS,
  [NotificationKind.LICENSE_NEEDS_INFORMATION]: NotificationCategory.LICENSE_DECISIONS,
  [NotificationKind.LICENSE_REVOKED]: NotificationCategory.LICENSE_DECISIONS,
  [NotificationKind.REGISTRATION_ATTEMPTED]: NotificationCategory.ACCOUNT_NOTICES,
  [NotificationKind.PASSWORD_RESET]: NotificationCategory.ACCOUNT_NOTICES,
  [NotificationKind.CONSULT_MESSAGE]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.CONSULT_INFO_REQUESTED]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.CONSULT_RETURNED]: NotificationCategory.CONSULT_ANSWERS,
  [NotificationKind.CONSULT_WITHDRAWN]: NotificationCategory.CONSULT_REQUESTS,
  [NotificationKind.CONSULT_PAGED]: NotificationCategory.CONSULT_REQUESTS,
  [NotificationKind.CASE_OUTCOME_REQUESTED]: NotificationCategory.CASE_OUTCOMES,
  [NotificationKind.CASE_OUTCOME_REPORTED]: NotificationCategory.CASE_OUTCOMES,
};

export function categoryOf(kind: string): NotificationCategory {
  return CATEGORY_OF[kind as NotificationKind] ?? NotificationCategory.CONTENT_REPORTS;
}
