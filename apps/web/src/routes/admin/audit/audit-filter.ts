import type { AuditLogFilter } from '../../../gql/graphql';
import { endOfDay, startOfDay } from '../admin-format';

/** Every audited action code the console offers as a filter (the API's AuditAction). */
export const AUDIT_ACTIONS = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'SESSION_REVOKED',
  'CLINICIAN_REGISTERED',
  'REGISTRATION_EMAIL_TAKEN',
  'PROFILE_UPDATED',
  'LICENSE_SUBMITTED',
  'LICENSE_APPROVED',
  'LICENSE_REJECTED',
  'LICENSE_EXPIRED',
  'CLINICIAN_SUSPENDED',
  'ADMIN_CREATED',
  'CHANNEL_CREATED',
  'CASE_CREATED',
  'CASE_VIEWED',
  'CASE_UPDATED',
  'CASE_DELETED',
  'ANONYMOUS_AUTHOR_VIEWED',
  'REPLY_CREATED',
  'REPLY_ACCEPTED',
  'CONSULT_REQUESTED',
  'CONSULT_CLAIMED',
  'CONSULT_ANSWERED',
  'CONSULT_RESOLVED',
  'CONSULT_CANCELLED',
  'CONSULT_ESCALATED',
  'CONSULT_EXPIRED',
  'REPORT_CREATED',
  'REPORT_RESOLVED',
  'AUDIT_LOG_EXPORTED',
];

/** Kinds of audit targets. */
export const TARGET_TYPES = [
  'Case',
  'Reply',
  'Consult',
  'License',
  'Clinician',
  'Report',
  'Session',
  'Channel',
];

/** The filter as it sits in the URL: ids, codes and calendar dates only, never text anyone typed about a case. */
export interface AuditQuery {
  actor: string;
  action: string;
  targetType: string;
  target: string;
  from: string;
  to: string;
}

const KEYS: (keyof AuditQuery)[] = ['actor', 'action', 'targetType', 'target', 'from', 'to'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the URL's search string; anything that is not an id, a known code or a date is dropped. */
export function parseAuditQuery(search: string): AuditQuery {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key)?.trim() ?? '';
  const actor = get('actor');
  const action = get('action');
  const targetType = get('targetType');
  const target = get('target');
  const from = get('from');
  const to = get('to');
  return {
    actor: UUID.test(actor) ? actor : '',
    action: AUDIT_ACTIONS.includes(action) ? action : '',
    targetType: TARGET_TYPES.includes(targetType) ? targetType : '',
    target: UUID.test(target) ? target : '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
  };
}

export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (query[key]) params.set(key, query[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's filter for a URL filter; null when nothing narrows the log. */
export function toApiFilter(query: AuditQuery): AuditLogFilter | null {
  const filter: AuditLogFilter = {
    actorId: query.actor || null,
    action: query.action || null,
    targetType: query.targetType || null,
    targetId: query.target || null,
    from: query.from ? startOfDay(query.from) : null,
    to: query.to ? endOfDay(query.to) : null,
  };
  return Object.values(filter).some((v) => v !== null) ? filter : null;
}

/** Whether the "to" day comes before the "from" day. */
export function datesReversed(query: AuditQuery): boolean {
  return Boolean(query.from && query.to && query.to < query.from);
}
