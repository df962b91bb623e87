import { schemaOperations } from './schema-operations.js';

/**
 * Which suite proves who may call each operation of the printed schema. Both permission matrices
 * check that their rows are exactly their list here and that, together with the socket suites,
 * the lists cover the schema: an operation added to the schema without matrix rows fails both.
 */
export const IDENTITY_MATRIX_OPERATIONS = [
  'register',
  'login',
  'refreshSession',
  'requestPasswordReset',
  'resetPassword',
  'logout',
  'me',
  'clinician',
  'updateProfile',
  'submitLicense',
  'reviewLicense',
  'verificationQueue',
  'suspendClinician',
  'specialties',
  'auditLog',
  'previewDeidentification',
];

export const NETWORK_MATRIX_OPERATIONS = [
  'channels',
  'channel',
  'feed',
  'case',
  'searchCases',
  'consultQueue',
  'notifications',
  'reports',
  'auditLog',
  'createChannel',
  'joinChannel',
  'leaveChannel',
  'createCase',
  'updateCase',
  'deleteCase',
  'replyToCase',
  'acceptReply',
  'requestConsult',
  'claimConsult',
  'answerConsult',
  'resolveConsult',
  'cancelConsult',
  'markNotificationsRead',
  'reportContent',
  'resolveReport',
];

/** The consult loop (#17): directory, on-call windows, private dialogue, structured case details. */
export const CONSULTS_MATRIX_OPERATIONS = [
  'specialistDirectory',
  'myOnCallWindows',
  'addOnCallWindow',
  'removeOnCallWindow',
  'consultMessages',
  'sendConsultMessage',
  'saveCaseDetails',
  'caseDetailUnits',
  'myConsults',
  'reportCaseOutcome',
  'myConsultCredit',
  'creditStatementLink',
];

/** The admin console's operations: test/admin-permissions.e2e-spec.ts. */
export const ADMIN_MATRIX_OPERATIONS = ['adminDashboard', 'adminClinicians', 'auditLog', 'auditLogCsv'];
/** Moderation that repairs, verification at scale and registry imports (issue #18). */
export const MODERATION_MATRIX_OPERATIONS = [
  'myHeldContent',
  'clinicianModeration',
  'licenseReviewQueue',
  'registryImports',
  'registryImport',
  'editHeldCase',
  'editHeldReply',
  'redactCase',
  'redactReply',
  'restoreContent',
  'returnToAuthor',
  'reinstateClinician',
  'reviewLicenses',
  'startRegistryImport',
  'clearLicenseFlag',
];
/** Attachments (photos and scans): test/media-permissions.e2e-spec.ts. */
export const MEDIA_MATRIX_OPERATIONS = [
  'attachment',
  'updateAttachmentMasks',
  'discardAttachment',
  'withdrawAttachmentConsent',
];

/** Notification preferences, push subscriptions and delivery counters: test/notification-permissions.e2e-spec.ts. */
export const NOTIFICATION_MATRIX_OPERATIONS = [
  'notificationPreferences',
  'setNotificationPreference',
  'setQuietHours',
  'pushPublicKey',
  'subscribePush',
  'unsubscribePush',
  'notificationDeliveryCounters',
];

/** Subscriptions: their refusals are proved over real sockets in test/subscriptions.e2e-spec.ts. */
export const SOCKET_SUITE_OPERATIONS = ['replyAdded', 'notificationAdded'];
/** The consult dialogue's live messages: test/consult-dialogue-live.e2e-spec.ts. */
export const CONSULT_SOCKET_OPERATIONS = ['consultMessageAdded'];
/** A registry import's live progress (administrators): test/registry-import-live.e2e-spec.ts. */
export const REGISTRY_SOCKET_OPERATIONS = ['registryImportProgress'];

/** Operations of the printed schema that no permission suite covers (must be none). */
export function uncoveredOperations(schemaFile?: string): string[] {
  const covered = new Set([
    ...IDENTITY_MATRIX_OPERATIONS,
    ...NETWORK_MATRIX_OPERATIONS,
    ...CONSULTS_MATRIX_OPERATIONS,
    ...ADMIN_MATRIX_OPERATIONS,
    ...MODERATION_MATRIX_OPERATIONS,
    ...NOTIFICATION_MATRIX_OPERATIONS,
    ...SOCKET_SUITE_OPERATIONS,
    ...CONSULT_SOCKET_OPERATIONS,
    ...REGISTRY_SOCKET_OPERATIONS,
    ...MEDIA_MATRIX_OPERATIONS,
  ]);
  return schemaOperations(schemaFile).filter((operation) => !covered.has(operation));
}

/** Rows for operations the schema no longer has (must be none). */
export function staleOperations(operations: readonly string[]): string[] {
  const schema = new Set(schemaOperations());
  return operations.filter((operation) => !schema.has(operation));
}
