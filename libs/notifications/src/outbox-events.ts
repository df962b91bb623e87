import {
  CaseOutcomeReportedEvent,
  CaseOutcomeRequestedEvent,
  ReplyAddedEvent,
  RepliesService,
} from '@curbside/cases';
import {
  PasswordResetRequestedEvent,
  RegistrationAttemptedEvent,
  SpecialtiesService,
} from '@curbside/clinicians';
import {
  ConsultAnsweredEvent,
  ConsultClaimedEvent,
  ConsultEscalatedEvent,
  ConsultExpiredEvent,
  ConsultMessageSentEvent,
  ConsultPagedEvent,
  ConsultPagingLevel,
  ConsultRequestedEvent,
  ConsultReturnedEvent,
  ConsultWithdrawnEvent,
  ConsultsService,
  onCallNowSql,
} from '@curbside/consults';
import {
  LicenseExpiringEvent,
  LicenseInformationRequestedEvent,
  LicenseReviewedEvent,
  LicenseRevokedEvent,
} from '@curbside/licensing';
import {
  ContentHiddenEvent,
  ContentRedactedEvent,
  ContentReturnedEvent,
  HeldContentEditedEvent,
  ReportOutcome,
  ReportsResolvedEvent,
} from '@curbside/moderation';
import { NotificationKind } from './notification-kind.js';

/** An outbox row's payload: the event's own fields, ids (and a status) only. */
export type OutboxPayload = Record<string, string | null>;

/**
 * A SELECT of the records an event makes, with columns (recipient_id, kind, case_id, consult_id,
 * license_id). `$1` is the outbox id (bound by the dispatcher); the plan's params bind from `$2`.
 */
export interface RecipientsPlan {
  sql: string;
  params: unknown[];
}

type EventClass = abstract new (...args: never[]) => object;

interface OutboxEventType {
  type: string;
  event: EventClass;
  plan(p: OutboxPayload): RecipientsPlan;
}

const one = (
  kind: NotificationKind,
  recipient: string | null,
  caseId: string | null,
  consultId: string | null,
) => ({
  sql: 'SELECT $2::uuid AS recipient_id, $3::varchar AS kind, $4::uuid AS case_id, $5::uuid AS consult_id, NULL::uuid AS license_id',
  params: [recipient, kind, caseId, consultId],
});

const license = (kind: NotificationKind) => (p: OutboxPayload) => ({
  sql: 'SELECT $2::uuid AS recipient_id, $3::varchar AS kind, NULL::uuid AS case_id, NULL::uuid AS consult_id, $4::uuid AS license_id',
  params: [p.clinicianId, kind, p.licenseId],
});

/** Specialists of specialty $2 who take consults, never the requester ($3) nor the one who let it lapse ($4). */
const specialists = SpecialtiesService.consultTakersSql('$2::uuid', '$3::uuid', '$4::uuid');

/** Every administrator, as a sub-query (the clinicians library's table, read only). */
const ADMINS = `SELECT id FROM clinician WHERE role = 'ADMIN'`;

/** The columns of a record about a case only. */
const caseRecord = (recipient: string, kind: string, caseId: string): string =>
  `${recipient} AS recipient_id, ${kind} AS kind, ${caseId} AS case_id, NULL::uuid AS consult_id, NULL::uuid AS license_id`;

/** Every event that notifies someone, and who it notifies. */
export const OUTBOX_EVENTS: readonly OutboxEventType[] = [
  {
    type: 'ReplyAdded',
    event: ReplyAddedEvent,
    // the case author and everyone who replied, except the replier; a consult answer reaches its
    // requester as CONSULT_ANSWERED instead
    plan: (p) => ({
      sql: `SELECT t.who AS recipient_id, $4::varchar AS kind, $2::uuid AS case_id, NULL::uuid AS consult_id,
                   NULL::uuid AS license_id
              FROM (${RepliesService.threadParticipantsSql('$2::uuid')}) t
             WHERE t.who <> $3::uuid AND t.who NOT IN (${ConsultsService.answerRequesterSql('$5::uuid')})`,
      params: [p.caseId, p.authorId, NotificationKind.REPLY_ADDED, p.replyId],
    }),
  },
  {
    type: 'ConsultRequested',
    event: ConsultRequestedEvent,
    plan: (p) =>
      p.consultantId
        ? one(NotificationKind.CONSULT_REQUESTED, p.consultantId, p.caseId, p.consultId)
        : {
            // an urgent consult paging those on call now reaches them first (see ConsultPagingService)
            sql: `SELECT s.id AS recipient_id, $5::varchar AS kind, $6::uuid AS case_id, $7::uuid AS consult_id,
                         NULL::uuid AS license_id FROM (${specialists}) s
                   WHERE NOT EXISTS (SELECT 1 FROM consult k WHERE k.id = $7::uuid AND k.paging_level = 'ON_CALL')
                      OR ${onCallNowSql('s.id')}`,
            params: [
              p.specialtyId,
              p.requesterId,
              null,
              NotificationKind.CONSULT_REQUESTED,
              p.caseId,
              p.consultId,
            ],
          },
  },
  {
    type: 'ConsultClaimed',
    event: ConsultClaimedEvent,
    plan: (p) => one(NotificationKind.CONSULT_CLAIMED, p.requesterId, p.caseId, p.consultId),
  },
  {
    type: 'ConsultAnswered',
    event: ConsultAnsweredEvent,
    plan: (p) => one(NotificationKind.CONSULT_ANSWERED, p.requesterId, p.caseId, p.consultId),
  },
  {
    type: 'ConsultEscalated',
    event: ConsultEscalatedEvent,
    // the requester hears it widened; the specialty (but the one who let it lapse) is asked
    plan: (p) => ({
      sql: `SELECT $3::uuid AS recipient_id, $5::varchar AS kind, $7::uuid AS case_id, $8::uuid AS consult_id,
                   NULL::uuid AS license_id
            UNION ALL
            SELECT s.id, $6::varchar, $7::uuid, $8::uuid, NULL::uuid FROM (${specialists}) s`,
      params: [
        p.specialtyId,
        p.requesterId,
        p.previousConsultantId,
        NotificationKind.CONSULT_ESCALATED,
        NotificationKind.CONSULT_REQUESTED,
        p.caseId,
        p.consultId,
      ],
    }),
  },
  {
    // urgent paging widened: the specialty's specialists not paged yet, or the administrators
    type: 'ConsultPaged',
    event: ConsultPagedEvent,
    plan: (p) =>
      p.level === String(ConsultPagingLevel.ADMINS)
        ? {
            sql: `SELECT a.id AS recipient_id, $2::varchar AS kind, $3::uuid AS case_id, $4::uuid AS consult_id,
                         NULL::uuid AS license_id FROM (${ADMINS}) a WHERE a.id <> $5::uuid`,
            params: [NotificationKind.CONSULT_PAGED, p.caseId, p.consultId, p.requesterId],
          }
        : {
            sql: `SELECT s.id AS recipient_id, $5::varchar AS kind, $6::uuid AS case_id, $7::uuid AS consult_id,
                         NULL::uuid AS license_id FROM (${specialists}) s
                   WHERE NOT EXISTS (SELECT 1 FROM notification n
                                      WHERE n.consult_id = $7::uuid AND n.recipient_id = s.id
                                        AND n.kind IN ('CONSULT_REQUESTED', 'CONSULT_PAGED'))`,
            params: [
              p.specialtyId,
              p.requesterId,
              null,
              NotificationKind.CONSULT_PAGED,
              p.caseId,
              p.consultId,
            ],
          },
  },
  {
    type: 'ConsultExpired',
    event: ConsultExpiredEvent,
    plan: (p) => one(NotificationKind.CONSULT_EXPIRED, p.requesterId, p.caseId, p.consultId),
  },
  { type: 'LicenseReviewed', event: LicenseReviewedEvent, plan: license(NotificationKind.LICENSE_REVIEWED) },
  { type: 'LicenseExpiring', event: LicenseExpiringEvent, plan: license(NotificationKind.LICENSE_EXPIRING) },
  {
    type: 'RegistrationAttempted',
    event: RegistrationAttemptedEvent,
    // the account's owner, at most once a day: repeated attempts must not flood their inbox
    plan: (p) => ({
      sql: `SELECT $2::uuid AS recipient_id, $3::varchar AS kind, NULL::uuid AS case_id, NULL::uuid AS consult_id,
                   NULL::uuid AS license_id
             WHERE NOT EXISTS (SELECT 1 FROM notification n
                                WHERE n.recipient_id = $2::uuid AND n.kind = $3::varchar
                                  AND n.created_at > now() - interval '1 day')`,
      params: [p.clinicianId, NotificationKind.REGISTRATION_ATTEMPTED],
    }),
  },
  {
    // the account's owner; the worker derives the link's token from the reset id in this payload
    type: 'PasswordResetRequested',
    event: PasswordResetRequestedEvent,
    plan: (p) => one(NotificationKind.PASSWORD_RESET, p.clinicianId, null, null),
  },
  // Verification at scale: the clinician hears that more is needed, or that a licence was revoked.
  {
    type: 'LicenseInformationRequested',
    event: LicenseInformationRequestedEvent,
    plan: license(NotificationKind.LICENSE_NEEDS_INFORMATION),
  },
  { type: 'LicenseRevoked', event: LicenseRevokedEvent, plan: license(NotificationKind.LICENSE_REVOKED) },
  // Moderation: a report hid content (its author and the administrators hear it)
  {
    type: 'ContentHidden',
    event: ContentHiddenEvent,
    plan: (p) => ({
      sql: `SELECT ${caseRecord('$2::uuid', '$3::varchar', '$4::uuid')}
            UNION ALL
            SELECT ${caseRecord('a.id', '$5::varchar', '$4::uuid')} FROM (${ADMINS}) a WHERE a.id <> $2::uuid`,
      params: [p.authorId, NotificationKind.CONTENT_HIDDEN, p.caseId, NotificationKind.REPORT_NEEDS_REVIEW],
    }),
  },
  {
    type: 'ContentReturned',
    event: ContentReturnedEvent,
    plan: (p) => one(NotificationKind.CONTENT_RETURNED, p.authorId, p.caseId, null),
  },
  {
    type: 'HeldContentEdited',
    event: HeldContentEditedEvent,
    plan: (p) => ({
      sql: `SELECT ${caseRecord('a.id', '$2::varchar', '$3::uuid')} FROM (${ADMINS}) a WHERE a.id <> $4::uuid`,
      params: [NotificationKind.HELD_CONTENT_EDITED, p.caseId, p.authorId],
    }),
  },
  {
    // an administrator redacted a span: the author and the open reports' reporters, not the redactor
    type: 'ContentRedacted',
    event: ContentRedactedEvent,
    plan: (p) => ({
      sql: `SELECT ${caseRecord('w.id', '$3::varchar', '$4::uuid')}
              FROM (SELECT $5::uuid AS id
                    UNION SELECT r.id FROM unnest(string_to_array($2::text, ',')::uuid[]) AS r(id)) w
             WHERE w.id IS NOT NULL AND w.id <> $6::uuid`,
      params: [p.reporterIds ?? '', NotificationKind.CONTENT_REDACTED, p.caseId, p.authorId, p.actorId],
    }),
  },
  {
    // each reporter hears the outcome; the author hears it when their content was restored or removed
    type: 'ReportsResolved',
    event: ReportsResolvedEvent,
    plan: (p) => ({
      sql: `SELECT ${caseRecord('r.id', '$3::varchar', '$4::uuid')}
              FROM unnest(string_to_array($2::text, ',')::uuid[]) AS r(id) WHERE r.id IS DISTINCT FROM $5::uuid
            UNION ALL
            SELECT ${caseRecord('$5::uuid', '$6::varchar', '$4::uuid')} WHERE $5::uuid IS NOT NULL AND $6::varchar IS NOT NULL`,
      params: [
        p.reporterIds ?? '',
        NotificationKind.REPORT_OUTCOME,
        p.caseId,
        p.authorId,
        p.outcome === String(ReportOutcome.DELETED)
          ? NotificationKind.CONTENT_REMOVED
          : p.outcome === String(ReportOutcome.RESTORED)
            ? NotificationKind.CONTENT_RESTORED
            : null,
      ],
    }),
  },
  // The consult loop: the other party of the private dialogue, the specialist of a withdrawn consult
  {
    type: 'ConsultMessageSent',
    event: ConsultMessageSentEvent,
    plan: (p) =>
      one(
        p.requestsInformation === 'true'
          ? NotificationKind.CONSULT_INFO_REQUESTED
          : NotificationKind.CONSULT_MESSAGE,
        p.recipientId,
        p.caseId,
        p.consultId,
      ),
  },
  {
    type: 'ConsultWithdrawn',
    event: ConsultWithdrawnEvent,
    plan: (p) => one(NotificationKind.CONSULT_WITHDRAWN, p.consultantId, p.caseId, p.consultId),
  },
  {
    // the specialist who held it and the requester are told; the rest of the specialty is asked
    type: 'ConsultReturned',
    event: ConsultReturnedEvent,
    plan: (p) => ({
      sql: `SELECT $4::uuid AS recipient_id, $5::varchar AS kind, $7::uuid AS case_id, $8::uuid AS consult_id,
                   NULL::uuid AS license_id
            UNION ALL SELECT $3::uuid, $5::varchar, $7::uuid, $8::uuid, NULL::uuid
            UNION ALL SELECT s.id, $6::varchar, $7::uuid, $8::uuid, NULL::uuid FROM (${specialists}) s`,
      params: [
        p.specialtyId,
        p.requesterId,
        p.previousConsultantId,
        NotificationKind.CONSULT_RETURNED,
        NotificationKind.CONSULT_REQUESTED,
        p.caseId,
        p.consultId,
      ],
    }),
  },
  {
    // the outcome follow-up job asks the case's author (once per follow-up day); the case by id only
    type: 'CaseOutcomeRequested',
    event: CaseOutcomeRequestedEvent,
    plan: (p) => one(NotificationKind.CASE_OUTCOME_REQUESTED, p.authorId, p.caseId, null),
  },
  {
    // the consultants who answered on the case and everyone who replied, never the author
    type: 'CaseOutcomeReported',
    event: CaseOutcomeReportedEvent,
    plan: (p) => ({
      sql: `SELECT t.who AS recipient_id, $4::varchar AS kind, $2::uuid AS case_id, NULL::uuid AS consult_id,
                   NULL::uuid AS license_id
              FROM (${RepliesService.threadParticipantsSql('$2::uuid')}
                    UNION SELECT consultant_id FROM consult
                           WHERE case_id = $2::uuid AND answer_reply_id IS NOT NULL AND consultant_id IS NOT NULL) t
             WHERE t.who <> $3::uuid`,
      params: [p.caseId, p.authorId, NotificationKind.CASE_OUTCOME_REPORTED],
    }),
  },
];

const BY_TYPE = new Map(OUTBOX_EVENTS.map((t) => [t.type, t]));

export function recipientsPlan(type: string, payload: OutboxPayload): RecipientsPlan | null {
  return BY_TYPE.get(type)?.plan(payload) ?? null;
}

/** The payload of an event: its own enumerable fields (a list of ids joined by commas). */
export function payloadOf(event: object): OutboxPayload {
  const out: OutboxPayload = {};
  for (const [key, value] of Object.entries(event)) {
    out[key] =
      value === null || value === undefined ? null : Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}
