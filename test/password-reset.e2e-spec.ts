import argon2 from 'argon2';
import { createHash } from 'node:crypto';
import {
  type CaughtMail,
  GraphqlClient,
  MailCatcher,
  STRONG_PASSWORD,
  approveLicense,
  createTestApp,
  databaseDigest,
  eventually,
  futureDate,
  login,
  nextLicenseNumber,
  nextNpi,
  register,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'reset.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0031',
};

const RESET_LINK = /https:\/\/curbside\.example\/reset-password#token=([\w-]{43})/;

/** Everything the API shows of a fresh sign-in, with what differs by account (ids, tokens) masked. */
const PAYLOAD = `accessToken refreshToken clinician {
  id email displayName role verificationStatus acceptingConsults state bio specialties { code } licenses { id }
}`;

type Data = Record<string, unknown>;

describe('Registration and password reset that do not tell whether an address is registered', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  let admin: Session;

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    t.client.request<Data>(query, variables, { token });
  const mailTo = (address: string): CaughtMail[] => smtp.messages.filter((m) => m.to.includes(address));
  const resetMailsTo = (address: string): CaughtMail[] =>
    mailTo(address).filter((m) => m.mail.subject === 'Curbside: Reset your password');
  const unique = (name: string): string => `${name}.${Math.random().toString(36).slice(2, 8)}@clinic.test`;

  const registerAs = (email: string, password: string, displayName: string) =>
    gql(`mutation R($i: RegisterInput!) { register(input: $i) { ${PAYLOAD} } }`, {
      i: { email, password, displayName },
    });
  const loginAs = (email: string, password: string) =>
    gql(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { ${PAYLOAD} } }`, {
      e: email,
      p: password,
    });
  const requestReset = (email: string) =>
    gql('mutation Q($e: String!) { requestPasswordReset(email: $e) }', { e: email });
  const resetPassword = (token: string, password: string) =>
    gql(`mutation R($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { ${PAYLOAD} } }`, {
      t: token,
      p: password,
    });
  const me = (token: string) => gql(`query { me { id email verificationStatus } }`, {}, token);
  const refresh = (refreshToken: string) =>
    gql('mutation F($r: String!) { refreshSession(refreshToken: $r) { accessToken } }', { r: refreshToken });

  /** An answer with the values that differ between any two accounts masked. */
  function masked(res: { data?: Data | null; errors?: unknown }): unknown {
    return JSON.parse(
      JSON.stringify(res)
        .replace(/"(accessToken|refreshToken)":"[^"]+"/g, '"$1":"*"')
        .replace(/"id":"[0-9a-f-]{36}"/g, '"id":"*"')
        .replace(/"email":"[^"]+"/g, '"email":"*"')
        .replace(/"displayName":"[^"]+"/g, '"displayName":"*"'),
    ) as unknown;
  }

  /** What a caller sees of an answer: status, headers (but its date and correlation id), body. */
  function seen(res: { status: number; headers: Headers; data?: Data | null; errors?: unknown }): unknown {
    const headers = [...res.headers.entries()].filter(
      ([k]) => !/^(date|x-correlation-id|x-request-id)$/.test(k),
    );
    return { status: res.status, headers, data: res.data, errors: res.errors };
  }

  /** The owner's row (password hash included) and sessions, as the database holds them. */
  async function accountState(id: string): Promise<unknown> {
    return t.database.dataSource.query(
      `SELECT c.*, (SELECT string_agg(s.id::text || ':' || coalesce(s.revoked_at::text, '-'), ',' ORDER BY s.id)
                      FROM session s WHERE s.clinician_id = c.id) AS sessions
         FROM clinician c WHERE c.id = $1`,
      [id],
    );
  }

  async function resetLinkFor(address: string, count = 1): Promise<string> {
    await eventually(() => resetMailsTo(address).length >= count, 20_000, 'reset e-mail');
    const { mail } = resetMailsTo(address)[count - 1];
    const token = RESET_LINK.exec(mail.text ?? '')?.[1];
    if (!token) throw new Error('no reset link in the e-mail');
    return token;
  }

  beforeAll(async () => {
    smtp = await MailCatcher.start();
    t = await createTestApp({
      env: {
        ...ADMIN,
        SMTP_URL: smtp.url(),
        PUBLIC_URL: 'https://curbside.example',
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
        PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR: '1000',
        DELIVERY_RETRY_DELAY_SECONDS: '1',
      },
    });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should answer a taken and a fresh address alike, and their sessions should behave alike', async () => {
    const owner = await register(t.client, 'Dr. Olive Owner');
    const ownerBefore = await accountState(owner.id);
    const typed = 'the-same-typed-password-31';
    const fresh = unique('fresh.registrant');

    const taken = await registerAs(owner.email.toUpperCase(), typed, 'Dr. Claimant');
    const other = await registerAs(fresh, typed, 'Dr. Newcomer');
    expect(masked(taken)).toEqual(masked(other));
    expect(taken.errors).toBeUndefined();
    const takenPayload = taken.data!.register as {
      accessToken: string;
      clinician: { id: string; email: string };
    };
    const freshPayload = other.data!.register as {
      accessToken: string;
      clinician: { id: string; email: string };
    };
    expect(takenPayload.clinician.email).toBe(owner.email);
    expect(freshPayload.clinician.email).toBe(fresh);
    expect(takenPayload.clinician.id).not.toBe(owner.id);

    // what each session can then do
    const both = async (run: (token: string) => Promise<unknown>) =>
      Promise.all([run(takenPayload.accessToken), run(freshPayload.accessToken)]);
    const [meTaken, meFresh] = await both((token) => me(token));
    expect(masked(meTaken as Data)).toEqual(masked(meFresh as Data));
    expect((meTaken as { data: { me: { email: string } } }).data.me.email).toBe(owner.email);
    const [updTaken, updFresh] = await both((token) =>
      gql(
        'mutation U($i: UpdateProfileInput!) { updateProfile(input: $i) { id displayName acceptingConsults state } }',
        { i: { displayName: 'Dr. Changed', acceptingConsults: true, state: 'OH' } },
        token,
      ),
    );
    expect(masked(updTaken as Data)).toEqual(masked(updFresh as Data));
    expect((updTaken as { errors?: unknown }).errors).toBeUndefined();
    const [licTaken, licFresh] = await both((token) =>
      gql(
        'mutation S($i: SubmitLicenseInput!) { submitLicense(input: $i) { id status registryMatch } }',
        {
          i: {
            npi: nextNpi(),
            jurisdiction: 'OH',
            licenseNumber: nextLicenseNumber(),
            credential: 'MD',
            expiresOn: futureDate(),
          },
        },
        token,
      ),
    );
    expect(masked(licTaken as Data)).toEqual(masked(licFresh as Data));
    expect((licTaken as { data: { submitLicense: { status: string } } }).data.submitLicense.status).toBe(
      'PENDING',
    );

    // signing in with the typed password works for both, and each reaches its own account
    const loginTaken = await loginAs(owner.email, typed);
    const loginFresh = await loginAs(fresh, typed);
    expect(masked(loginTaken)).toEqual(masked(loginFresh));
    expect((loginTaken.data!.login as { clinician: { id: string } }).clinician.id).toBe(
      takenPayload.clinician.id,
    );
    expect((loginFresh.data!.login as { clinician: { id: string } }).clinician.id).toBe(
      freshPayload.clinician.id,
    );

    // nothing changed for the owner: row, password hash, sessions
    expect(await accountState(owner.id)).toEqual(ownerBefore);
    expect((await login(t.client, owner.email, STRONG_PASSWORD)).id).toBe(owner.id);

    // the owner is told once; nothing else reaches the owner's inbox on the shadow's behalf
    await eventually(
      () => mailTo(owner.email).some((m) => m.mail.subject?.includes('register')),
      20_000,
      'registration notice',
    );
    const licenceIds = [licTaken, licFresh].map(
      (r) => (r as { data: { submitLicense: { id: string } } }).data.submitLicense.id,
    );
    for (const id of licenceIds) await approveLicense(t.client, admin, id);
    await eventually(
      () => mailTo(fresh).some((m) => m.mail.subject?.includes('licence')),
      20_000,
      'licence mail',
    );
    // the shadow's licence e-mail is recorded like the fresh one's, and sent to nobody
    const deliveries = async (id: string) =>
      t.database.dataSource.query<{ status: string }[]>(
        `SELECT d.status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
          WHERE n.recipient_id = $1 AND n.kind = 'LICENSE_REVIEWED' AND d.channel = 'EMAIL'`,
        [id],
      );
    const deadline = Date.now() + 15_000;
    while ((await deliveries(takenPayload.clinician.id))[0]?.status !== 'SENT' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await deliveries(takenPayload.clinician.id)).toEqual([{ status: 'SENT' }]);
    expect(await deliveries(freshPayload.clinician.id)).toEqual([{ status: 'SENT' }]);
    expect(mailTo(owner.email).map((m) => m.mail.subject)).toEqual([
      'Curbside: Someone tried to register with your e-mail address',
    ]);
  });

  it('should answer a reset request alike for a known and an unknown address, and e-mail only the known one', async () => {
    const owner = await register(t.client, 'Dr. Rosa Reset');
    const unknown = unique('nobody.registered');
    const before = smtp.messages.length;
    const known = await requestReset(owner.email.toUpperCase());
    const none = await requestReset(unknown);
    expect(seen(known)).toEqual(seen(none));
    expect(known.data).toEqual({ requestPasswordReset: true });

    const token = await resetLinkFor(owner.email);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = smtp.messages.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual([owner.email]);
    const { mail } = sent[0];
    expect(mail.text).toContain(`https://curbside.example/reset-password#token=${token}`);
    expect(mail.text).toContain('works once, for one hour');
    // no other address, no patient data, no unsubscribe link
    const whole = `${mail.subject}\n${mail.text}\n${String(mail.html)}`;
    expect(whole.match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? []).toEqual([]);
    expect(whole).not.toContain('unsubscribe');
    expect(mailTo(unknown)).toHaveLength(0);
    // the database keeps the token's hash only
    const stored = await t.database.dataSource.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM password_reset WHERE clinician_id = $1',
      [owner.id],
    );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const dump = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE payload::text LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(dump[0].n).toBe(0);
  });

  it('should reset once with the link, sign in and revoke every earlier session; a used, forged or expired link changes nothing', async () => {
    const owner = await register(t.client, 'Dr. Ravi Renew');
    const second = await login(t.client, owner.email);
    expect((await requestReset(owner.email)).data).toEqual({ requestPasswordReset: true });
    const token = await resetLinkFor(owner.email);
    const newPassword = 'a-new-password-after-reset-44';

    const reset = await resetPassword(token, newPassword);
    expect(reset.errors).toBeUndefined();
    const payload = reset.data!.resetPassword as {
      accessToken: string;
      clinician: { id: string; email: string };
    };
    expect(payload.clinician).toMatchObject({ id: owner.id, email: owner.email });
    expect((await me(payload.accessToken)).errors).toBeUndefined();
    for (const old of [owner, second]) {
      expect(GraphqlClient.codes(await me(old.accessToken))).toEqual(['UNAUTHENTICATED']);
      expect(GraphqlClient.codes(await refresh(old.refreshToken))).toEqual(['UNAUTHENTICATED']);
    }
    expect(GraphqlClient.codes(await loginAs(owner.email, STRONG_PASSWORD))).toEqual(['UNAUTHENTICATED']);
    expect((await loginAs(owner.email, newPassword)).errors).toBeUndefined();
    const [row] = await t.database.dataSource.query<{ confirmed: boolean }[]>(
      'SELECT email_confirmed_at IS NOT NULL AS confirmed FROM clinician WHERE id = $1',
      [owner.id],
    );
    expect(row.confirmed).toBe(true);
    const audited = await t.database.dataSource.query<{ action: string; detail: unknown }[]>(
      `SELECT action, detail FROM audit_event WHERE target_id = $1 AND action LIKE 'PASSWORD_RESET%' ORDER BY at`,
      [owner.id],
    );
    expect(audited.map((a) => a.action)).toEqual(['PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET_COMPLETED']);

    // the same link again, a forged one and an expired one: refused alike, nothing changed
    const expectRefused = async (bad: string) => {
      const before = await databaseDigest(t.database.dataSource);
      const res = await resetPassword(bad, 'yet-another-password-for-it-55');
      expect(GraphqlClient.codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.reason).toBe('RESET_LINK_INVALID');
      expect(JSON.stringify(res)).not.toContain(bad);
      expect(await databaseDigest(t.database.dataSource)).toEqual(before);
    };
    await expectRefused(token);
    await expectRefused(`${token.slice(0, -2)}xx`);
    await requestReset(owner.email);
    const expiring = await resetLinkFor(owner.email, 2);
    await t.database.dataSource.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [createHash('sha256').update(expiring).digest('hex')],
    );
    await expectRefused(expiring);
    expect((await loginAs(owner.email, newPassword)).errors).toBeUndefined();
  });

  it('should give an address back to its real owner: a squatter loses the account at the reset', async () => {
    const address = unique('victim');
    const squatterPassword = 'squatter-chose-this-password-9';
    const squatter = (await registerAs(address, squatterPassword, 'Dr. Squatter')).data!.register as {
      accessToken: string;
      refreshToken: string;
      clinician: { id: string };
    };
    // the real owner registers later: answered as any registration, a separate account
    const victimPassword = 'victim-own-password-for-it-12';
    const victimRegistration = await registerAs(address, victimPassword, 'Dr. Real Owner');
    expect(victimRegistration.errors).toBeUndefined();
    // the notice reaches the real owner's inbox (the squatter's account holds that address)
    await eventually(
      () => mailTo(address).some((m) => m.mail.subject?.includes('register')),
      20_000,
      'registration notice to the real inbox',
    );
    const notice = mailTo(address).find((m) => m.mail.subject?.includes('register'))!;
    expect(notice.mail.text).toContain('reset its password');

    expect((await requestReset(address)).data).toEqual({ requestPasswordReset: true });
    const token = await resetLinkFor(address);
    const reclaimed = await resetPassword(token, 'the-real-owner-takes-it-back-3');
    expect(reclaimed.errors).toBeUndefined();
    expect((reclaimed.data!.resetPassword as { clinician: { id: string } }).clinician.id).toBe(
      squatter.clinician.id,
    );
    // the squatter is out: sessions revoked, password no longer works
    expect(GraphqlClient.codes(await me(squatter.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(GraphqlClient.codes(await refresh(squatter.refreshToken))).toEqual(['UNAUTHENTICATED']);
    expect(GraphqlClient.codes(await loginAs(address, squatterPassword))).toEqual(['UNAUTHENTICATED']);
    expect((await loginAs(address, 'the-real-owner-takes-it-back-3')).errors).toBeUndefined();
  });

  it('should send a reset e-mail only for an address that holds an account, never for one only claimed', async () => {
    const owner = await register(t.client, 'Dr. Claimed Twice');
    const shadow = (await registerAs(owner.email, 'a-shadow-password-for-it-66', 'Dr. Shadow')).data!
      .register as { clinician: { id: string } };
    const before = smtp.messages.length;
    expect((await requestReset(owner.email)).data).toEqual({ requestPasswordReset: true });
    await resetLinkFor(owner.email);
    // the shadow's link is recorded like the owner's (so it sees the same), and e-mailed nowhere
    const links = await t.database.dataSource.query<{ clinician_id: string }[]>(
      `SELECT r.clinician_id FROM password_reset r JOIN clinician c ON c.id = r.clinician_id
        WHERE c.email = $1 OR c.claimed_email = $1 ORDER BY (c.email IS NULL)`,
      [owner.email],
    );
    expect(links).toEqual([{ clinician_id: owner.id }, { clinician_id: shadow.clinician.id }]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = smtp.messages.slice(before);
    // one reset e-mail, to the owner; nothing reaches any other address (the registration notice
    // from the shadow's registration goes to the owner too)
    expect(sent.filter((m) => m.mail.subject === 'Curbside: Reset your password').map((m) => m.to)).toEqual([
      [owner.email],
    ]);
    expect(sent.every((m) => m.to.length === 1 && m.to[0] === owner.email)).toBe(true);
  });

  it("should show the first account of an address the same notices, whether it is the address's owner or a shadow", async () => {
    const NOTICES = `{ notifications(first: 10) { edges { node { kind deliveries { channel status } } } } }`;
    /** Registers `address` twice and asks for a reset; the first registration's session. */
    const twice = async (address: string): Promise<string> => {
      const first = (await registerAs(address, 'the-first-registrant-pw-01', 'Dr. First')).data!.register as {
        accessToken: string;
      };
      expect((await registerAs(address, 'the-second-registrant-pw-2', 'Dr. Second')).errors).toBeUndefined();
      expect((await requestReset(address)).data).toEqual({ requestPasswordReset: true });
      return first.accessToken;
    };
    const fresh = await twice(unique('fresh.twice'));
    const owner = await register(t.client, 'Dr. Taken Twice');
    const taken = await twice(owner.email);
    const notices = async (token: string) =>
      JSON.stringify((await gql(NOTICES, {}, token)).data?.notifications ?? null);
    const settled = (seen: string) => (seen.match(/"status":"SENT"/g) ?? []).length === 2;
    const deadline = Date.now() + 20_000;
    while (!(settled(await notices(fresh)) && settled(await notices(taken))) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seen = await notices(fresh);
    expect(seen).toContain('PASSWORD_RESET');
    expect(seen).toContain('REGISTRATION_ATTEMPTED');
    expect(await notices(taken)).toEqual(seen);
  });

  it('should answer alike past the per-address share of reset e-mails, and send no more', async () => {
    const owner = await register(t.client, 'Dr. Many Requests');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestReset(owner.email));
    for (const answer of answers) expect(seen(answer)).toEqual(seen(answers[0]));
    expect(answers[0].data).toEqual({ requestPasswordReset: true });
    await resetLinkFor(owner.email, 3);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(resetMailsTo(owner.email)).toHaveLength(3);
  });

  it('should replace a password hash made with older parameters at the next sign-in', async () => {
    const email = unique('legacy');
    const password = 'a password from before one lane 77';
    const made = await registerAs(email, password, 'Dr Legacy');
    const id = (made.data?.register as { clinician: { id: string } }).clinician.id;
    // as the library's defaults made it before (four lanes)
    const legacy = await argon2.hash(password, { type: argon2.argon2id });
    await t.database.dataSource.query('UPDATE clinician SET password_hash = $1 WHERE id = $2', [legacy, id]);
    const storedHash = async (): Promise<string> =>
      (
        await t.database.dataSource.query<{ password_hash: string }[]>(
          'SELECT password_hash FROM clinician WHERE id = $1',
          [id],
        )
      )[0].password_hash;

    // a wrong password changes nothing
    expect(GraphqlClient.codes(await loginAs(email, 'not the password at all 1'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await storedHash()).toBe(legacy);
    // the right one signs in and leaves a one-lane hash of the same password
    expect((await loginAs(email, password)).errors).toBeUndefined();
    const renewed = await storedHash();
    expect(renewed).toMatch(/^\$argon2id\$v=19\$m=65536,p=1,t=3\$/);
    expect(await argon2.verify(renewed, password)).toBe(true);
    expect((await loginAs(email, password)).errors).toBeUndefined();
    expect(await storedHash()).toBe(renewed);
  });
});
