import { ErrorCode } from '@curbside/core';
import {
  NOTIFICATION_MATRIX_OPERATIONS,
  OK,
  approveLicense,
  createTestApp,
  login,
  matrixRow,
  register,
  runPermissionCell,
  staleOperations,
  submitLicense,
  type Outcome,
  type PermissionCellSpec,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { createECDH, randomBytes } from 'node:crypto';

const ADMIN_EMAIL = 'notification.matrix.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-notification-matrix';

const CALLERS = ['anonymous', 'unverified', 'verified', 'suspended', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];
const { UNAUTHENTICATED: UNAUTH, FORBIDDEN } = ErrorCode;

interface Caller {
  name: CallerName;
  account: Session;
  token: string | undefined;
}
interface Prepared {
  endpoint?: string;
}

const MATRIX: [string, ...Outcome[]][] = [
  //                               anonymous unverified verified  suspended admin
  ['notificationPreferences', UNAUTH, OK, OK, UNAUTH, OK],
  ['setNotificationPreference', UNAUTH, OK, OK, UNAUTH, OK],
  ['setQuietHours', UNAUTH, OK, OK, UNAUTH, OK],
  ['pushPublicKey', UNAUTH, OK, OK, UNAUTH, OK],
  ['subscribePush', UNAUTH, OK, OK, UNAUTH, OK],
  ['unsubscribePush', UNAUTH, OK, OK, UNAUTH, OK],
  ['notificationDeliveryCounters', UNAUTH, FORBIDDEN, FORBIDDEN, UNAUTH, OK],
];

function pushKeys(): { p256dh: string; auth: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

describe('Notification settings permission matrix', () => {
  let t: TestApp;
  const callers = {} as Record<CallerName, Caller>;
  let endpoints = 0;

  const call = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    t.client.request<Record<string, unknown>>(query, variables, { token: caller.token });
  const rows = (sql: string, params: unknown[]) =>
    t.database.dataSource.query<Record<string, unknown>[]>(sql, params);

  const OPERATIONS: Record<string, PermissionCellSpec<Caller, Prepared>> = {
    notificationPreferences: {
      unchanged: true,
      run: (c) =>
        call(
          c,
          '{ notificationPreferences { categories { category email push customised } quietHours { timeZone } pushSubscriptions } }',
        ),
      verify: (data) => {
        const prefs = data.notificationPreferences as { categories: { category: string; email: string }[] };
        expect(prefs.categories.find((x) => x.category === 'CONSULT_REQUESTS')?.email).toBe('IMMEDIATE');
        expect(prefs.categories).toHaveLength(8);
      },
    },
    setNotificationPreference: {
      run: (c) =>
        call(
          c,
          'mutation { setNotificationPreference(input: { category: CASE_REPLIES, email: OFF, push: true }) { categories { category email push customised } } }',
        ),
      verify: async (_data, c) => {
        expect(
          await rows(
            'SELECT email, push FROM notification_preference WHERE clinician_id = $1 AND category = $2',
            [c.account.id, 'CASE_REPLIES'],
          ),
        ).toEqual([{ email: 'OFF', push: true }]);
      },
    },
    setQuietHours: {
      run: (c) =>
        call(
          c,
          'mutation { setQuietHours(input: { startMinute: 1320, endMinute: 420, timeZone: "America/Chicago" }) { quietHours { startMinute endMinute timeZone } } }',
        ),
      verify: (data) => {
        expect(data.setQuietHours).toEqual({
          quietHours: { startMinute: 1320, endMinute: 420, timeZone: 'America/Chicago' },
        });
      },
    },
    pushPublicKey: {
      unchanged: true,
      run: (c) => call(c, '{ pushPublicKey }'),
      verify: (data) => expect(data.pushPublicKey).toMatch(/^[\w-]{80,100}$/),
    },
    subscribePush: {
      prepare: () => Promise.resolve({ endpoint: `https://push.example/${++endpoints}` }),
      run: (c, p) =>
        call(c, 'mutation S($i: PushSubscriptionInput!) { subscribePush(input: $i) }', {
          i: { endpoint: p.endpoint, ...pushKeys() },
        }),
      verify: async (_data, c, p) => {
        expect(
          await rows('SELECT clinician_id FROM push_subscription WHERE endpoint = $1', [p.endpoint]),
        ).toEqual([{ clinician_id: c.account.id }]);
      },
    },
    unsubscribePush: {
      // the caller's own subscription, made first (for the anonymous caller, the bystander's)
      prepare: async (c) => {
        const endpoint = `https://push.example/${++endpoints}`;
        const keys = pushKeys();
        await rows(
          'INSERT INTO push_subscription (clinician_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)',
          [c.account.id, endpoint, keys.p256dh, keys.auth],
        );
        return { endpoint };
      },
      run: (c, p) => call(c, 'mutation U($e: String!) { unsubscribePush(endpoint: $e) }', { e: p.endpoint }),
      verify: async (data, _c, p) => {
        expect(data.unsubscribePush).toBe(true);
        expect(await rows('SELECT id FROM push_subscription WHERE endpoint = $1', [p.endpoint])).toEqual([]);
      },
    },
    notificationDeliveryCounters: {
      unchanged: true,
      run: (c) =>
        call(
          c,
          '{ notificationDeliveryCounters { queued digest sending sent retrying failed outboxPending } }',
        ),
      verify: (data) => expect(data.notificationDeliveryCounters).toMatchObject({ failed: 0, retrying: 0 }),
    },
  };

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
      },
    });
    const admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [bystander, unverified, verified, suspended] = await Promise.all(
      ['Dr. Nia Bystander', 'Dr. Ned Unverified', 'Dr. Val Verified', 'Dr. Sam Suspended'].map((n) =>
        register(t.client, n),
      ),
    );
    for (const who of [verified, suspended])
      await approveLicense(t.client, admin, await submitLicense(t.client, who));
    const suspension = await t.client.request(
      'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Matrix caller") { verificationStatus } }',
      { id: suspended.id },
      { token: admin.accessToken },
    );
    expect(suspension.errors).toBeUndefined();
    const as = (name: CallerName, account: Session, token: string | null = account.accessToken): Caller => ({
      name,
      account,
      token: token ?? undefined,
    });
    // the licence decisions' e-mails go out in the background: let them settle before any snapshot
    for (let i = 0; i < 200; i++) {
      const [{ n }] = await rows(
        "SELECT count(*)::int AS n FROM notification_delivery WHERE status IN ('QUEUED', 'SENDING', 'RETRYING')",
        [],
      );
      const [{ p }] = await rows(
        'SELECT count(*)::int AS p FROM notification_outbox WHERE dispatched_at IS NULL',
        [],
      );
      if (n === 0 && p === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    Object.assign(callers, {
      anonymous: as('anonymous', bystander, null),
      unverified: as('unverified', unverified),
      verified: as('verified', verified),
      suspended: as('suspended', suspended),
      admin: as('admin', admin),
    } satisfies Record<CallerName, Caller>);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should have a row for every operation of the notification settings and no stale row', () => {
    const operations = MATRIX.map(([name]) => name);
    expect([...operations].sort()).toEqual([...NOTIFICATION_MATRIX_OPERATIONS].sort());
    expect(staleOperations(operations)).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...operations].sort());
  });

  describe.each(MATRIX)('%s', (operation, ...outcomes) => {
    it.each(matrixRow(CALLERS, outcomes))('$title', async ({ caller, expected }) => {
      await runPermissionCell(t.database.dataSource, OPERATIONS[operation], callers[caller], expected);
    });
  });
});
