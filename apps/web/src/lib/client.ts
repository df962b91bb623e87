import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { currentAccessToken, refreshSession, sessionRejected } from './session';

/** Drops every cached page of a field so that screens showing it fetch it again. */
function invalidateField(
  cache: Cache,
  entity: string | { __typename: string; id: string },
  field: string,
): void {
  const key = typeof entity === 'string' ? entity : cache.keyOfEntity(entity);
  if (!key) return;
  for (const info of cache.inspectFields(key)) {
    if (info.fieldName === field) cache.invalidate(key, field, info.arguments ?? undefined);
  }
}

function hasUnauthenticated(body: unknown): boolean {
  const errors = (body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * fetch with the in-memory access token; when the server says the token is no longer good, rotate
 * once through the refresh cookie and send the request again.
 */
async function authorisedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const send = (): Promise<Response> => {
    const headers = new Headers(init?.headers);
    const token = currentAccessToken();
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers, credentials: 'same-origin' });
  };
  const hadToken = currentAccessToken() !== null;
  const response = await send();
  if (!hadToken) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (!hasUnauthenticated(body)) return response;
  if (await refreshSession()) return send();
  sessionRejected();
  return response;
}

export function createCurbsideClient(): Client {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    connectionParams: () => ({ authorization: `Bearer ${currentAccessToken() ?? ''}` }),
  });

  const cache = cacheExchange({
    keys: {
      AuthPayload: () => null,
      MaskRectangle: () => null,
      AttachmentWindow: () => null,
      CaseConnection: () => null,
      CaseEdge: () => null,
      ConsultConnection: () => null,
      ConsultEdge: () => null,
      DeidentificationResult: () => null,
      DeidentificationSummary: () => null,
      LicenseConnection: () => null,
      LicenseEdge: () => null,
      NotificationConnection: () => null,
      NotificationEdge: () => null,
      PageInfo: () => null,
      PhiFinding: () => null,
      ReplyConnection: () => null,
      ReplyEdge: () => null,
      ReportConnection: () => null,
      ReportEdge: () => null,
      AuditEventConnection: () => null,
      AuditEventEdge: () => null,
      CaseDetails: () => null,
      ConsultMessageConnection: () => null,
      ConsultMessageEdge: () => null,
      LabResult: () => null,
      Medication: () => null,
      QuasiIdentifierWarning: () => null,
      SpecialistConnection: () => null,
      SpecialistEdge: () => null,
      TimelineEntry: () => null,
      UncertainToken: () => null,
      Vitals: () => null,
      // the admin console's views: values, not entities
      AdminDashboard: () => null,
      LicenseBacklog: () => null,
      ReportBacklog: () => null,
      SpecialtyResponseTime: () => null,
      WeeklySignups: () => null,
      ClinicianSearchConnection: () => null,
      ClinicianSearchEdge: () => null,
      CaseOutcome: () => null,
      ConsultCredit: () => null,
      ConsultCreditEntry: (entry) => (entry.consultId as string | undefined) ?? null,
      CreditStatementLink: () => null,
    },
    resolvers: {
      // feed, searchCases and CasePost.replies are paged by usePages: each page is cached on its own
      Query: {
        notifications: relayPagination(),
        consultQueue: relayPagination(),
      },
    },
    updates: {
      Subscription: {
        replyAdded: (_result, args, cache) => {
          const caseEntity = { __typename: 'CasePost', id: args.caseId as string };
          invalidateField(cache, caseEntity, 'replies');
          invalidateField(cache, caseEntity, 'replyCount');
          // the reply may be a consult's answer: its status changed too
          invalidateField(cache, caseEntity, 'consults');
        },
        notificationAdded: (_result, _args, cache) => invalidateField(cache, 'Query', 'notifications'),
      },
      Mutation: {
        replyToCase: (_result, args, cache) => {
          const input = args.input as { caseId: string };
          invalidateField(cache, { __typename: 'CasePost', id: input.caseId }, 'replies');
        },
        createCase: (_result, _args, cache) => invalidateField(cache, 'Query', 'feed'),
        joinChannel: (_result, _args, cache) => invalidateField(cache, 'Query', 'feed'),
        leaveChannel: (_result, _args, cache) => invalidateField(cache, 'Query', 'feed'),
        markNotificationsRead: (_result, _args, cache) => invalidateField(cache, 'Query', 'notifications'),
        // Accepting one reply un-accepts another: read the thread again.
        acceptReply: (result, _args, cache) => {
          const reply = result.acceptReply as { case?: { id: string } } | null;
          if (reply?.case) invalidateField(cache, { __typename: 'CasePost', id: reply.case.id }, 'replies');
        },
        claimConsult: (_result, _args, cache) => invalidateField(cache, 'Query', 'consultQueue'),
        answerConsult: (_result, _args, cache) => invalidateField(cache, 'Query', 'consultQueue'),
        submitLicense: (_result, _args, cache) => invalidateField(cache, 'Query', 'me'),
      },
    },
  });

  return new Client({
    url: '/graphql',
    fetch: authorisedFetch,
    // The API's CSRF prevention wants a non-simple content type or this header on every request.
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
    requestPolicy: 'cache-and-network',
    // Always POST: a GET would put variables (case text being previewed) in the URL.
    preferGetMethod: false,
    exchanges: [
      cache,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
