import { createTestApp, login, verifiedClinician, type Session, type TestApp } from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'preview.policy.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-preview-policy-5',
};

interface Preview {
  text: string;
  findings: { category: string; start: number; end: number }[];
}

/**
 * The preview applies the policy the field is saved with (#14): a title is previewed under the strict
 * short-field policy, so the title the author confirmed is the title stored.
 */
describe('previewDeidentification policies', () => {
  let t: TestApp;
  let author: Session;
  let rural: string;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN });
    const admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Tia Title');
    const channels = await t.client.request<{ channels: { id: string; slug: string }[] }>(
      '{ channels { id slug } }',
      {},
      { token: author.accessToken },
    );
    rural = channels.data!.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function preview(text: string, policy?: string, spans?: { start: number; end: number }[]) {
    return t.client.request<{ previewDeidentification: Preview }>(
      `query P($t: String!, $p: DeidentificationPolicy, $s: [TextSpanInput!]) {
        previewDeidentification(text: $t, policy: $p, extraRedactions: $s) { text findings { category start end } }
      }`,
      { t: text, p: policy, s: spans },
      { token: author.accessToken },
    );
  }

  async function storedTitle(title: string): Promise<string> {
    const res = await t.client.request<{ createCase: { id: string; title: string } }>(
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id title } }',
      { i: { channelId: rural, title, body: 'Fever and a new murmur.' } },
      { token: author.accessToken },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const [row] = await t.database.dataSource.query<{ title: string }[]>(
      'SELECT title FROM case_post WHERE id = $1',
      [res.data!.createCase.id],
    );
    expect(res.data!.createCase.title).toBe(row.title);
    return row.title;
  }

  it.each([
    'Endocarditis in a Quenbyhollow sheep shearer',
    'Fever 3 days, call 555-0143',
    'Rash after amoxicillin',
  ])('should preview a title exactly as it is stored: %s', async (title) => {
    const res = await preview(title, 'SHORT_FIELD');
    expect(res.errors).toBeUndefined();
    const shown = res.data!.previewDeidentification.text;
    expect(await storedTitle(title)).toBe(shown);
    // the composer posts the confirmed preview: saving it again changes nothing
    expect(await storedTitle(shown)).toBe(shown);
  });

  it('should remove under the short-field policy a word the running-text policy keeps', async () => {
    const title = 'Endocarditis in a Quenbyhollow sheep shearer';
    const loose = (await preview(title)).data!.previewDeidentification;
    const strict = (await preview(title, 'SHORT_FIELD')).data!.previewDeidentification;
    expect(loose.text).toContain('Quenbyhollow');
    expect(strict.text).not.toContain('Quenbyhollow');
    const removed = strict.findings.map((f) => title.slice(f.start, f.end));
    expect(removed).toContain('Quenbyhollow');
  });

  it('should store a consult message as previewed, with the spans its author marked', async () => {
    const admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const specialist = await verifiedClinician(t.client, admin, 'Dr. Sol Skin');
    const as = async <T>(who: Session, query: string, variables: Record<string, unknown>) => {
      const res = await t.client.request<T>(query, variables, { token: who.accessToken });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!;
    };
    const { specialties } = await as<{ specialties: { id: string; name: string }[] }>(
      author,
      '{ specialties { id name } }',
      {},
    );
    const dermatology = specialties.find((s) => s.name === 'Dermatology')!.id;
    await as(specialist, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [dermatology], acceptingConsults: true },
    });
    const created = await as<{ createCase: { id: string } }>(
      author,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { channelId: rural, title: 'Pigmented lesion', body: 'Irregular border.' } },
    );
    const consult = await as<{ requestConsult: { id: string } }>(
      author,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId: created.createCase.id, specialtyId: dermatology } },
    );
    await as(specialist, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', {
      id: consult.requestConsult.id,
    });
    const body = 'He works at the Quenbyhollow sawmill; the lesion bleeds.';
    const start = body.indexOf('the Quenbyhollow sawmill');
    const spans = [{ start, end: start + 'the Quenbyhollow sawmill'.length }];
    const shown = (await preview(body, undefined, spans)).data!.previewDeidentification.text;
    const sent = await as<{ sendConsultMessage: { id: string; body: string } }>(
      author,
      'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id body } }',
      { i: { consultId: consult.requestConsult.id, body, extraRedactions: spans } },
    );
    const [row] = await t.database.dataSource.query<{ body: string }[]>(
      'SELECT body FROM consult_message WHERE id = $1',
      [sent.sendConsultMessage.id],
    );
    expect(row.body).toBe(shown);
    expect(row.body).not.toContain('Quenbyhollow');
  });

  it('should refuse marked spans on a short field, without echoing the text', async () => {
    const res = await preview('Secret Quenbyhollow title', 'SHORT_FIELD', [{ start: 0, end: 6 }]);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toContain('Quenbyhollow');
  });
});
