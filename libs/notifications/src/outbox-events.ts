import { ReplyAddedEvent, RepliesService } from '@curbside/cases';
import { RegistrationAttemptedEvent, SpecialtiesService } from '@curbside/clinicians';
import {
  ConsultAnsweredEvent,
  ConsultClaimedEvent,
  ConsultEscalatedEvent,
  ConsultExpiredEvent,
  ConsultRequestedEvent,
  ConsultsService,
} from '@curbside/consults';
import { LicenseExpiringEvent, LicenseReviewedEvent } from '@curbside/licensing';
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
            sql: `SELECT s.id AS recipient_id, $5::varchar AS kind, $6::uuid AS case_id, $7::uuid AS consult_id,
                         NULL::uuid AS license_id FROM (${specialists}) s`,
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
];

const BY_TYPE = new Map(OUTBOX_EVENTS.map((t) => [t.type, t]));

export function recipientsPlan(type: string, payload: OutboxPayload): RecipientsPlan | null {
  return BY_TYPE.get(type)?.plan(payload) ?? null;
}

/** The payload of an event: its own enumerable fields. */
export function payloadOf(event: object): OutboxPayload {
  const out: OutboxPayload = {};
  for (const [key, value] of Object.entries(event)) {
    out[key] = value === null || value === undefined ? null : String(value);
  }
  return out;
}
