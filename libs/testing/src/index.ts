export { createTestDatabase } from './test-database.js';
export type { TestDatabaseOptions } from './test-database.js';
export { createTestApp } from './test-app.js';
export type { TestApp, TestAppOptions } from './test-app.js';
export { GraphqlClient } from './graphql-client.js';
export type { GraphqlResponse } from './graphql-client.js';
export { databaseDigest } from './db-digest.js';
export {
  STRONG_PASSWORD,
  approveLicense,
  futureDate,
  login,
  nextLicenseNumber,
  nextNpi,
  register,
  submitLicense,
  verifiedClinician,
} from './identity-fixtures.js';
export type { Session } from './identity-fixtures.js';
export { ApiProcess, freePort } from './api-process.js';
export { WsTestClient, eventually } from './ws-client.js';
export type { WsEvent, WsSubscription } from './ws-client.js';
export { TopicWatch } from './topic-watch.js';
export { OK, matrixRow, runPermissionCell } from './permission-matrix.js';
export type { CellData, Outcome, PermissionCellSpec } from './permission-matrix.js';
export { schemaOperations } from './schema-operations.js';
export {
  CONSULTS_MATRIX_OPERATIONS,
  ADMIN_MATRIX_OPERATIONS,
  IDENTITY_MATRIX_OPERATIONS,
  MODERATION_MATRIX_OPERATIONS,
  MEDIA_MATRIX_OPERATIONS,
  NETWORK_MATRIX_OPERATIONS,
  NOTIFICATION_MATRIX_OPERATIONS,
  SOCKET_SUITE_OPERATIONS,
  CONSULT_SOCKET_OPERATIONS,
  REGISTRY_SOCKET_OPERATIONS,
  staleOperations,
  uncoveredOperations,
} from './permission-scope.js';
export { chromiumExecutable, launchChromium } from './chromium.js';
export { uploadAttachment, waitForAttachment, type UploadResponse } from './media-upload.js';
export { requestStatements } from './background-statements.js';
export { postgresBin, startStreamingReplica } from './streaming-replica.js';
export type { StreamingReplica } from './streaming-replica.js';
export { MailCatcher, PushCatcher, ThrowawayPostgres, type CaughtMail } from './outbox-harness.js';
export { outboxFaultRun, type FaultRunFigures, type FaultRunOptions } from './outbox-fault-run.js';
export { startS3Server, type TestS3Server } from './s3-server.js';
export {
  lapseLicenses,
  matrixCallers,
  setBackToUnverified,
  suspendClinicians,
  verificationStatuses,
} from './matrix-callers.js';
export type { MatrixCaller } from './matrix-callers.js';
export { PushBrowser, verifyVapid, type VapidClaims } from './push-browser.js';
export { PushWorker } from './push-worker.js';
export type { ShownNotification } from './push-worker.js';
