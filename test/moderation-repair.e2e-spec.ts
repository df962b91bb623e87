import { NPPES_COLUMNS, RegistryChecksService, RegistryImportService } from '@curbside/licensing';
import { RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import {
  GraphqlClient,
  createTestApp,
  databaseDigest,
  futureDate,
  login,
  nextNpi,
  register,
  submitLicense,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ADMIN_EMAIL = 'repair.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-repair-journeys-01';

type Vars = Record<string, unknown>;

const PLANTED_PHONE = '(406) 555-0199';

describe('Moderation that repairs, and verification at scale, over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let author: Session;
  let reporter: Session;
  let bystander: Session;
  let channelId: string;
  let fileCount = 0;

  const gql = <T = Vars>(
    session: Session | null,
    query: string,
    variables?: Vars,
  ): Promise<GraphqlResponse<T>> =>
    t.client.request<T>(query, variables, session ? { token: session.accessToken } : {});

  async function must<T>(session: Session, query: string, variables?: Vars): Promise<T> {
    const res = await gql<T>(session, query, variables);
    if (res.errors || !res.data) throw new Error(`call failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async function createCase(session: Session, title: string, body: string): Promise<string> {
    const data = await must<{ createCase: { id: string } }>(
      session,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { channelId, title, body, tags: ['moderation'] } },
    );
    return data.createCase.id;
  }

  async function reply(session: Session, caseId: string, body: string): Promise<string> {
    const data = await must<{ replyToCase: { id: string } }>(
      session,
      'mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }',
      { i: { caseId, body } },
    );
    return data.replyToCase.id;
  }

  function report(
    session: Session,
    input: Vars,
  ): Promise<GraphqlResponse<{ reportContent: { id: string; hidContent: boolean } }>> {
    return gql(session, 'mutation R($i: ReportInput!) { reportContent(input: $i) { id hidContent } }', {
      i: input,
    });
  }

  async function viewCase(session: Session, id: string): Promise<{ title: string; body: string } | null> {
    const res = await gql<{ case: { title: string; body: string } | null }>(
      session,
      'query V($id: ID!) { case(id: $id) { title body } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.case ?? null;
  }

  async function kinds(session: Session): Promise<string[]> {
    const data = await must<{ notifications: { edges: { node: { kind: string } }[] } }>(
      session,
      '{ notifications(first: 100) { edges { node { kind } } } }',
    );
    return data.notifications.edges.map((e) => e.node.kind);
  }

  async function row<T>(sql: string, params: unknown[]): Promise<T> {
    return (await t.database.dataSource.query<T[]>(sql, params))[0];
  }

  /** Writes an NPPES-format file into the registry import directory; returns its name there. */
  function registryFile(rows: string[][], header?: string[]): string {
    const dir = join(t.config.DATA_DIR, 'registry');
    mkdirSync(dir, { recursive: true });
    const columns = header ?? [
      NPPES_COLUMNS.npi,
      NPPES_COLUMNS.entityType,
      NPPES_COLUMNS.lastName,
      NPPES_COLUMNS.firstName,
      NPPES_COLUMNS.deactivationDate,
      NPPES_COLUMNS.licenseNumber(1),
      NPPES_COLUMNS.licenseState(1),
    ];
    const name = `journey-${++fileCount}.csv`;
    writeFileSync(
      join(dir, name),
      [columns, ...rows].map((r) => `${r.map((f) => `"${f}"`).join(',')}\n`).join(''),
    );
    return name;
  }

  async function importFile(name: string): Promise<{ id: string; status: string; errorCode: string | null }> {
    const started = await must<{ startRegistryImport: { id: string } }>(
      admin,
      'mutation S($p: String!) { startRegistryImport(path: $p) { id } }',
      { p: name },
    );
    await t.api.app.get(RegistryImportService).idle();
    const done = await must<{ registryImport: { id: string; status: string; errorCode: string | null } }>(
      admin,
      'query I($id: ID!) { registryImport(id: $id) { id status errorCode } }',
      { id: started.startRegistryImport.id },
    );
    return done.registryImport;
  }

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
        MODERATION_MAX_OPEN_PHI_REPORTS_PER_DAY: '3',
        MODERATION_DISMISSALS_BEFORE_QUEUE_ONLY: '2',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Aurelia Moss');
    reporter = await verifiedClinician(t.client, admin, 'Dr. Tobias Wren');
    bystander = await verifiedClinician(t.client, admin, 'Dr. Imani Castell');
    const channels = await must<{ channels: { id: string }[] }>(author, '{ channels { id } }');
    channelId = channels.channels[0].id;
    for (const who of [reporter, bystander]) {
      await must(who, 'mutation J($c: ID!) { joinChannel(channelId: $c) { id } }', { c: channelId });
    }
  }, 180_000);

  afterAll(async () => {
    await t.close();
  });

  it('should hide a reported case from others, let its author see why and edit it, and show it again when an admin restores it', async () => {
    const caseId = await createCase(
      author,
      'Erythromelalgia in a farmer',
      'Burning feet worse with heat; aspirin helped a little.',
    );
    const reported = await report(reporter, { caseId, reason: 'PHI_SUSPECTED', note: 'Names the farm' });
    expect(reported.data?.reportContent.hidContent).toBe(true);
    const reportId = reported.data!.reportContent.id;

    // Hidden from everyone but its author and administrators, at once.
    expect(await viewCase(bystander, caseId)).toBeNull();
    expect(await viewCase(reporter, caseId)).toBeNull();
    expect(await viewCase(author, caseId)).toMatchObject({ title: 'Erythromelalgia in a farmer' });
    const hold = await must<{ case: { hold: { reason: string; stage: string; reportId: string } } }>(
      author,
      'query V($id: ID!) { case(id: $id) { hold { reason stage reportId } } }',
      { id: caseId },
    );
    expect(hold.case.hold).toEqual({ reason: 'PHI_SUSPECTED', stage: 'AWAITING_REVIEW', reportId });
    const mine = await must<{ myHeldContent: { id: string; case: { id: string } }[] }>(
      author,
      '{ myHeldContent { id case { id } } }',
    );
    expect(mine.myHeldContent).toEqual([{ id: reportId, case: { id: caseId } }]);
    expect(await kinds(author)).toContain('CONTENT_HIDDEN');
    expect(await kinds(admin)).toContain('REPORT_NEEDS_REVIEW');
    // Nobody else's held content reaches another clinician's list.
    const others = await must<{ myHeldContent: unknown[] }>(bystander, '{ myHeldContent { id } }');
    expect(others.myHeldContent).toEqual([]);

    // The author rewrites it; the new text goes through the anonymizer.
    const edited = await must<{ editHeldCase: { body: string; hold: { stage: string } } }>(
      author,
      'mutation E($i: EditHeldCaseInput!) { editHeldCase(input: $i) { body hold { stage } } }',
      { i: { caseId, body: `Burning feet worse with heat; call ${PLANTED_PHONE} for the history.` } },
    );
    expect(edited.editHeldCase.hold.stage).toBe('EDITED_BY_AUTHOR');
    expect(edited.editHeldCase.body).not.toContain('555-0199');
    const stored = await row<{ body: string; hidden: boolean }>(
      'SELECT body, hidden FROM case_post WHERE id = $1',
      [caseId],
    );
    expect(stored.hidden).toBe(true);
    expect(stored.body).not.toContain('555-0199');
    expect(await row('SELECT count(*)::int AS n FROM case_revision WHERE case_id = $1', [caseId])).toEqual({
      n: 0,
    });
    expect(await kinds(admin)).toContain('HELD_CONTENT_EDITED');
    const queue = await must<{
      reports: { edges: { node: { id: string; stage: string; case: { body: string } } }[] };
    }>(admin, '{ reports(first: 100) { edges { node { id stage case { body } } } } }');
    expect(queue.reports.edges.find((e) => e.node.id === reportId)?.node).toEqual({
      id: reportId,
      stage: 'EDITED_BY_AUTHOR',
      case: { body: stored.body },
    });
    // Ordinary edits stay closed while the case is held.
    const before = await databaseDigest(t.database.dataSource);
    const sneaky = await gql(author, 'mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { id } }', {
      i: { caseId, body: 'Quietly back.' },
    });
    expect(GraphqlClient.codes(sneaky)).toEqual(['NOT_FOUND']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);

    const restored = await must<{ restoreContent: { status: string; outcome: string } }>(
      admin,
      'mutation R($id: ID!) { restoreContent(reportId: $id) { status outcome } }',
      { id: reportId },
    );
    expect(restored.restoreContent).toEqual({ status: 'ACTIONED', outcome: 'RESTORED' });
    expect((await viewCase(bystander, caseId))?.body).toBe(stored.body);
    expect(await kinds(reporter)).toContain('REPORT_OUTCOME');
    expect(await kinds(author)).toContain('CONTENT_RESTORED');
  });

  it('should return held content to its author with a de-identified note, and delete it when asked', async () => {
    const caseId = await createCase(author, 'Refractory hiccups', 'Chlorpromazine failed; baclofen next.');
    const reportId = (await report(reporter, { caseId, reason: 'PHI_SUSPECTED' })).data!.reportContent.id;
    const returned = await must<{ returnToAuthor: { stage: string; returnNote: string } }>(
      admin,
      'mutation R($id: ID!, $n: String!) { returnToAuthor(reportId: $id, note: $n) { stage returnNote } }',
      { id: reportId, n: `Remove the phone number ${PLANTED_PHONE}` },
    );
    expect(returned.returnToAuthor.stage).toBe('RETURNED_TO_AUTHOR');
    expect(returned.returnToAuthor.returnNote).not.toContain('555-0199');
    const stored = await row<{ return_note: string }>('SELECT return_note FROM report WHERE id = $1', [
      reportId,
    ]);
    expect(stored.return_note).not.toContain('555-0199');
    expect(await kinds(author)).toContain('CONTENT_RETURNED');
    const hold = await must<{ case: { hold: { stage: string; returnNote: string } } }>(
      author,
      'query V($id: ID!) { case(id: $id) { hold { stage returnNote } } }',
      { id: caseId },
    );
    expect(hold.case.hold).toEqual({ stage: 'RETURNED_TO_AUTHOR', returnNote: stored.return_note });
    // The reporter never sees the note meant for the author.
    const asReporter = await must<{ myHeldContent: unknown[] }>(reporter, '{ myHeldContent { id } }');
    expect(asReporter.myHeldContent).toEqual([]);

    const removed = await must<{ resolveReport: { outcome: string } }>(
      admin,
      'mutation X($id: ID!) { resolveReport(reportId: $id, removeContent: true) { outcome } }',
      { id: reportId },
    );
    expect(removed.resolveReport.outcome).toBe('DELETED');
    expect(await kinds(author)).toContain('CONTENT_REMOVED');
  });

  it('should redact a span of a case and of a reply, leaving the rest of the text and the thread intact', async () => {
    const caseId = await createCase(
      author,
      'Syncope on exertion',
      'Seen by the family after a fall at the mill.',
    );
    const replyIds = [
      await reply(reporter, caseId, 'Echo it first; aortic stenosis is likely.'),
      await reply(bystander, caseId, 'Agree with the echo; check orthostatic vitals too.'),
    ];
    const before = await row<{ body: string; title: string }>(
      'SELECT title, body FROM case_post WHERE id = $1',
      [caseId],
    );
    const at = before.body.indexOf('mill');
    const redacted = await must<{ redactCase: { body: string; title: string } }>(
      admin,
      'mutation R($i: RedactCaseInput!) { redactCase(input: $i) { title body } }',
      { i: { caseId, field: 'BODY', start: at, end: at + 2, category: 'LOCATION' } },
    );
    expect(redacted.redactCase).toEqual({
      title: before.title,
      body: `${before.body.slice(0, at)}[LOCATION]${before.body.slice(at + 4)}`,
    });
    const thread = await must<{ case: { replies: { edges: { node: { id: string; body: string } }[] } } }>(
      bystander,
      'query V($id: ID!) { case(id: $id) { replies { edges { node { id body } } } } }',
      { id: caseId },
    );
    expect(thread.case.replies.edges.map((e) => e.node.id)).toEqual(replyIds);

    const replyBefore = await row<{ body: string }>('SELECT body FROM reply WHERE id = $1', [replyIds[1]]);
    const word = replyBefore.body.indexOf('orthostatic');
    const redactedReply = await must<{ redactReply: { body: string } }>(
      admin,
      'mutation R($i: RedactReplyInput!) { redactReply(input: $i) { body } }',
      { i: { replyId: replyIds[1], start: word, end: word + 11, category: 'NAME' } },
    );
    expect(redactedReply.redactReply.body).toBe(
      `${replyBefore.body.slice(0, word)}[NAME]${replyBefore.body.slice(word + 11)}`,
    );
    // Audited with the field, category and offsets only: never the text.
    const audits = await t.database.dataSource.query<{ detail: Record<string, unknown> }[]>(
      "SELECT detail FROM audit_event WHERE action = 'CONTENT_REDACTED' AND target_id = ANY($1::uuid[]) ORDER BY at",
      [[caseId, replyIds[1]]],
    );
    expect(audits.map((a) => a.detail)).toEqual([
      expect.objectContaining({ field: 'BODY', category: 'LOCATION', start: at, end: at + 4 }),
      expect.objectContaining({ field: 'BODY', category: 'NAME', start: word, end: word + 11 }),
    ]);
    for (const a of audits) expect(JSON.stringify(a.detail)).not.toMatch(/mill|orthostatic/);

    // A span outside the text is refused, naming no text, and nothing changes.
    const digest = await databaseDigest(t.database.dataSource);
    const bad = await gql(admin, 'mutation R($i: RedactCaseInput!) { redactCase(input: $i) { id } }', {
      i: { caseId, field: 'TITLE', start: 0, end: 9999, category: 'NAME' },
    });
    expect(GraphqlClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(digest);
  });

  it('should tell the author and the reporters, not the redacting admin nor bystanders, when an admin redacts', async () => {
    // What each one sees in their notifications about this case (newest first). A reporter may not
    // read held content, so `case` is null for them: the record's case is read from the database.
    const about = async (session: Session, caseId: string): Promise<string[]> => {
      const data = await must<{ notifications: { edges: { node: { id: string; kind: string } }[] } }>(
        session,
        '{ notifications(first: 100) { edges { node { id kind } } } }',
      );
      const ids = await t.database.dataSource.query<{ id: string }[]>(
        'SELECT id FROM notification WHERE case_id = $1 AND recipient_id = $2',
        [caseId, session.id],
      );
      const mine = new Set(ids.map((r) => r.id));
      return data.notifications.edges.filter((e) => mine.has(e.node.id)).map((e) => e.node.kind);
    };
    const caseId = await createCase(
      author,
      'Recurrent cellulitis',
      'Seen again after gardening at the allotment; no abscess on ultrasound.',
    );
    const reportId = (await report(reporter, { caseId, reason: 'PHI_SUSPECTED', note: 'A place' })).data!
      .reportContent.id;
    const body = (await row<{ body: string }>('SELECT body FROM case_post WHERE id = $1', [caseId])).body;
    const at = body.indexOf('allotment');
    await must(admin, 'mutation R($i: RedactCaseInput!) { redactCase(input: $i) { id } }', {
      i: { caseId, field: 'BODY', start: at, end: at + 9, category: 'LOCATION' },
    });
    expect(await about(author, caseId)).toEqual(['CONTENT_REDACTED', 'CONTENT_HIDDEN']);
    expect(await about(reporter, caseId)).toEqual(['CONTENT_REDACTED']);
    expect(await about(admin, caseId)).not.toContain('CONTENT_REDACTED');
    expect(await about(bystander, caseId)).toEqual([]);
    // The redaction is one step: the report stays open (and the content held) until a decision.
    expect(await row('SELECT status, stage FROM report WHERE id = $1', [reportId])).toEqual({
      status: 'OPEN',
      stage: 'REDACTED',
    });
    // It is delivered like every content-report notice (e-mail at once by default).
    const mail = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
        WHERE n.case_id = $1 AND n.kind = 'CONTENT_REDACTED'`,
      [caseId],
    );
    expect(mail[0].n).toBeGreaterThan(0);

    await must(admin, 'mutation R($id: ID!) { restoreContent(reportId: $id) { id } }', { id: reportId });
    expect(await about(reporter, caseId)).toEqual(['REPORT_OUTCOME', 'CONTENT_REDACTED']);
    expect(await about(author, caseId)).toEqual(['CONTENT_RESTORED', 'CONTENT_REDACTED', 'CONTENT_HIDDEN']);

    // A redaction with no report behind it still reaches the author, and only the author.
    const plain = await createCase(author, 'Gout flare', 'Flare after the harvest festival dinner.');
    const text = (await row<{ body: string }>('SELECT body FROM case_post WHERE id = $1', [plain])).body;
    const w = text.indexOf('harvest');
    await must(admin, 'mutation R($i: RedactCaseInput!) { redactCase(input: $i) { id } }', {
      i: { caseId: plain, field: 'BODY', start: w, end: w + 7, category: 'LOCATION' },
    });
    expect(await about(author, plain)).toEqual(['CONTENT_REDACTED']);
    expect(await about(reporter, plain)).toEqual([]);
  });

  it("should cap a clinician's open identifier reports per day and stop a repeatedly dismissed reporter from hiding content", async () => {
    const flooder = await verifiedClinician(t.client, admin, 'Dr. Flo Oder');
    const cases = [];
    for (let i = 0; i < 4; i++)
      cases.push(await createCase(author, `Flood case ${i}`, 'Nothing identifying.'));
    for (const caseId of cases.slice(0, 3)) {
      expect((await report(flooder, { caseId, reason: 'PHI_SUSPECTED' })).errors).toBeUndefined();
    }
    const digest = await databaseDigest(t.database.dataSource);
    expect(GraphqlClient.codes(await report(flooder, { caseId: cases[3], reason: 'PHI_SUSPECTED' }))).toEqual(
      ['RATE_LIMITED'],
    );
    expect(await databaseDigest(t.database.dataSource)).toEqual(digest);
    // Other reasons are not capped.
    expect((await report(flooder, { caseId: cases[3], reason: 'SPAM' })).errors).toBeUndefined();

    // Two of their identifier reports dismissed: the next one queues without hiding anything.
    const open = await t.database.dataSource.query<{ id: string }[]>(
      "SELECT id FROM report WHERE reporter_id = $1 AND reason = 'PHI_SUSPECTED' ORDER BY created_at",
      [flooder.id],
    );
    for (const { id } of open.slice(0, 2)) {
      await must(
        admin,
        'mutation X($id: ID!) { resolveReport(reportId: $id, removeContent: false) { id } }',
        { id },
      );
    }
    const fresh = await createCase(author, 'Another flood case', 'Still nothing identifying.');
    const queued = await report(flooder, { caseId: fresh, reason: 'PHI_SUSPECTED' });
    expect(queued.data?.reportContent.hidContent).toBe(false);
    expect(await viewCase(bystander, fresh)).not.toBeNull();
    const queue = await must<{ reports: { edges: { node: { id: string } }[] } }>(
      admin,
      '{ reports(first: 100) { edges { node { id } } } }',
    );
    expect(queue.reports.edges.map((e) => e.node.id)).toContain(queued.data!.reportContent.id);
  });

  it('should sort the verification queue by registry match, decide a batch, and ask for more information', async () => {
    const npis = [nextNpi(), nextNpi()];
    expect(
      (await importFile(registryFile([[npis[0], '1', 'QUILL', 'NORA', '', 'MD-77', 'MT']]))).status,
    ).toBe('SUCCEEDED');
    const sure = await register(t.client, 'Dr. Nora Quill');
    const unsure = await register(t.client, 'Dr. Zed Nobody');
    const sureLicense = await submitLicense(t.client, sure, {
      npi: npis[0],
      licenseNumber: 'MD-77',
      jurisdiction: 'MT',
    });
    const unsureLicense = await submitLicense(t.client, unsure, { npi: npis[1] });
    const queue = await must<{
      licenseReviewQueue: { edges: { node: { id: string; registryComparison: Record<string, unknown> } }[] };
    }>(
      admin,
      '{ licenseReviewQueue(first: 50) { edges { node { id registryComparison { npi name state number deactivation expiry score } } } } }',
    );
    const nodes = queue.licenseReviewQueue.edges.map((e) => e.node);
    const ids = nodes.map((n) => n.id);
    expect(ids.indexOf(sureLicense)).toBeLessThan(ids.indexOf(unsureLicense));
    expect(nodes.find((n) => n.id === sureLicense)?.registryComparison).toEqual({
      npi: 'MATCH',
      name: 'MATCH',
      state: 'MATCH',
      number: 'MATCH',
      deactivation: 'MATCH',
      expiry: 'MISSING',
      score: 100,
    });
    const scores = nodes.map((n) => n.registryComparison.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // NEEDS_INFORMATION keeps the licence pending and tells the clinician, with a de-identified note.
    const asked = await must<{
      reviewLicenses: { reviewed: { id: string; status: string; reviewNote: string }[] };
    }>(
      admin,
      'mutation B($i: ReviewLicensesInput!) { reviewLicenses(input: $i) { reviewed { id status reviewNote } } }',
      {
        i: {
          licenseIds: [unsureLicense],
          decision: 'NEEDS_INFORMATION',
          note: `Call ${PLANTED_PHONE} or send a scan`,
        },
      },
    );
    expect(asked.reviewLicenses.reviewed[0]).toMatchObject({ id: unsureLicense, status: 'PENDING' });
    expect(asked.reviewLicenses.reviewed[0].reviewNote).not.toContain('555-0199');
    expect(await kinds(unsure)).toContain('LICENSE_NEEDS_INFORMATION');

    // A batch: the pending ones are approved; one already decided and an unknown one are skipped with their codes.
    const [decided] = await t.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM license WHERE clinician_id = $1',
      [author.id],
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    const batch = await must<{
      reviewLicenses: {
        reviewed: { id: string; status: string }[];
        skipped: { licenseId: string; code: string }[];
      };
    }>(
      admin,
      'mutation B($i: ReviewLicensesInput!) { reviewLicenses(input: $i) { reviewed { id status } skipped { licenseId code } } }',
      { i: { licenseIds: [sureLicense, decided.id, unsureLicense, unknown], decision: 'APPROVE' } },
    );
    expect(batch.reviewLicenses.reviewed).toEqual([
      { id: sureLicense, status: 'VERIFIED' },
      { id: unsureLicense, status: 'VERIFIED' },
    ]);
    expect(batch.reviewLicenses.skipped).toEqual([
      { licenseId: decided.id, code: 'CONFLICT' },
      { licenseId: unknown, code: 'NOT_FOUND' },
    ]);
    // A rejection without a note is refused whole, and nothing changes.
    const digest = await databaseDigest(t.database.dataSource);
    const noNote = await gql(
      admin,
      'mutation B($i: ReviewLicensesInput!) { reviewLicenses(input: $i) { skipped { code } } }',
      {
        i: { licenseIds: [sureLicense], decision: 'REJECT' },
      },
    );
    expect(GraphqlClient.codes(noNote)).toEqual(['BAD_USER_INPUT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(digest);
  });

  it('should flag a licence whose NPI the registry deactivates and end its access at once, and flag a differing expiry', async () => {
    const npi = nextNpi();
    expect((await importFile(registryFile([[npi, '1', 'HALE', 'RUTH', '', 'MD-88', 'MT']]))).status).toBe(
      'SUCCEEDED',
    );
    const ruth = await verifiedClinician(t.client, admin, 'Dr. Ruth Hale');
    const license = await t.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM license WHERE clinician_id = $1',
      [ruth.id],
    );
    // verifiedClinician typed a random NPI: point the licence at the imported one.
    await t.database.dataSource.query("UPDATE license SET npi = $1, license_number = 'MD-88' WHERE id = $2", [
      npi,
      license[0].id,
    ]);
    expect((await gql(ruth, '{ feed(first: 1) { edges { node { id } } } }')).errors).toBeUndefined();

    expect(
      (await importFile(registryFile([[npi, '1', 'HALE', 'RUTH', '05/01/2026', 'MD-88', 'MT']]))).status,
    ).toBe('SUCCEEDED');
    const revoked = await row<{ status: string; flag: string }>(
      'SELECT status, flag FROM license WHERE id = $1',
      [license[0].id],
    );
    expect(revoked).toEqual({ status: 'REVOKED', flag: 'REGISTRY_DEACTIVATED' });
    expect(GraphqlClient.codes(await gql(ruth, '{ feed(first: 1) { edges { node { id } } } }'))).toEqual([
      'NOT_VERIFIED',
    ]);
    expect(await kinds(ruth)).toContain('LICENSE_REVOKED');
    const audit = await row<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'LICENSE_REVOKED' AND target_id = $1",
      [license[0].id],
    );
    expect(audit.n).toBe(1);
    const flagged = await must<{ licenseReviewQueue: { edges: { node: { id: string; flag: string } }[] } }>(
      admin,
      '{ licenseReviewQueue(filter: FLAGGED, first: 100) { edges { node { id flag } } } }',
    );
    expect(flagged.licenseReviewQueue.edges.map((e) => e.node)).toContainEqual({
      id: license[0].id,
      flag: 'REGISTRY_DEACTIVATED',
    });

    // A registry whose expiry differs from the typed one flags the licence (it keeps its standing).
    const ana = await verifiedClinician(t.client, admin, 'Dr. Ana Vale');
    const [anaLicense] = await t.database.dataSource.query<
      { id: string; npi: string; license_number: string }[]
    >('SELECT id, npi, license_number FROM license WHERE clinician_id = $1', [ana.id]);
    await t.database.dataSource.query(
      `INSERT INTO registry_provider (npi, last_name, first_name, licenses) VALUES ($1, 'VALE', 'ANA', $2::jsonb)`,
      [
        anaLicense.npi,
        JSON.stringify([{ number: anaLicense.license_number, state: 'MT', expiresOn: futureDate(30) }]),
      ],
    );
    const checks = t.api.app.get(RegistryChecksService);
    const result = await inTransaction(t.database.dataSource, (manager) =>
      checks.recheck(manager, RequestContext.system('test'), { licenseIds: [anaLicense.id] }),
    );
    expect(result).toMatchObject({ checked: 1, flagged: 1, revoked: [] });
    expect(await row('SELECT status, flag FROM license WHERE id = $1', [anaLicense.id])).toEqual({
      status: 'VERIFIED',
      flag: 'EXPIRY_MISMATCH',
    });

    // The administrator checks the date and clears the flag (audited); a later check leaves it cleared.
    const deactivatedFlag = await gql(
      admin,
      'mutation F($id: ID!) { clearLicenseFlag(licenseId: $id, reason: "Checked") { id } }',
      { id: license[0].id },
    );
    expect(GraphqlClient.codes(deactivatedFlag)).toEqual(['CONFLICT']);
    const cleared = await must<{ clearLicenseFlag: { flag: string | null; status: string } }>(
      admin,
      'mutation F($id: ID!, $r: String!) { clearLicenseFlag(licenseId: $id, reason: $r) { flag status } }',
      { id: anaLicense.id, r: `Board confirmed the renewal, called ${PLANTED_PHONE}` },
    );
    expect(cleared.clearLicenseFlag).toEqual({ flag: null, status: 'VERIFIED' });
    expect(
      await row("SELECT detail FROM audit_event WHERE action = 'LICENSE_FLAG_CLEARED' AND target_id = $1", [
        anaLicense.id,
      ]),
    ).toEqual({ detail: expect.objectContaining({ flag: 'EXPIRY_MISMATCH', reasonFindings: 1 }) });
    const again = await inTransaction(t.database.dataSource, (manager) =>
      checks.recheck(manager, RequestContext.system('test'), { licenseIds: [anaLicense.id] }),
    );
    expect(again).toMatchObject({ checked: 1, flagged: 0 });
    expect(await row('SELECT flag FROM license WHERE id = $1', [anaLicense.id])).toEqual({ flag: null });
  });

  it('should fail a registry import cleanly: a file that is not NPPES, or a path outside the import directory', async () => {
    expect(await importFile(registryFile([['a', 'b']], ['Name', 'Colour']))).toMatchObject({
      status: 'FAILED',
      errorCode: 'FORMAT',
    });
    const digest = await databaseDigest(t.database.dataSource);
    const outside = await gql(admin, 'mutation S($p: String!) { startRegistryImport(path: $p) { id } }', {
      p: '../../etc/passwd',
    });
    expect(GraphqlClient.codes(outside)).toEqual(['BAD_USER_INPUT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(digest);
  });

  it('should import an uploaded NPPES file in the background, for administrators only', async () => {
    const csv = [
      [
        NPPES_COLUMNS.npi,
        NPPES_COLUMNS.entityType,
        NPPES_COLUMNS.lastName,
        NPPES_COLUMNS.firstName,
        NPPES_COLUMNS.deactivationDate,
        NPPES_COLUMNS.licenseNumber(1),
        NPPES_COLUMNS.licenseState(1),
      ],
      [nextNpi(), '1', 'UPLOAD', 'URSULA', '', 'MD-5', 'MT'],
    ]
      .map((r) => `${r.map((f) => `"${f}"`).join(',')}\n`)
      .join('');
    const upload = (token: string | null) =>
      fetch(`${t.url}/admin/registry-imports`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: csv,
      });
    const digest = await databaseDigest(t.database.dataSource);
    const anonymous = await upload(null);
    expect(anonymous.status).toBe(401);
    const clinician = await upload(bystander.accessToken);
    expect(clinician.status).toBe(403);
    expect(((await clinician.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect(await databaseDigest(t.database.dataSource)).toEqual(digest);

    const accepted = await upload(admin.accessToken);
    expect(accepted.status).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    await t.api.app.get(RegistryImportService).idle();
    const done = await must<{ registryImport: Vars }>(
      admin,
      'query I($id: ID!) { registryImport(id: $id) { status source individualsImported percent } }',
      { id },
    );
    expect(done.registryImport).toEqual({
      status: 'SUCCEEDED',
      source: 'UPLOAD',
      individualsImported: 1,
      percent: 100,
    });
  });

  it('should reinstate a suspended clinician and show the history to administrators', async () => {
    const sam = await verifiedClinician(t.client, admin, 'Dr. Sam Pending');
    await must(
      admin,
      'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Review") { id } }',
      {
        id: sam.id,
      },
    );
    expect(GraphqlClient.codes(await gql(sam, '{ me { id } }'))).toEqual(['UNAUTHENTICATED']);
    const back = await must<{ reinstateClinician: { verificationStatus: string } }>(
      admin,
      `mutation R($id: ID!, $r: String!) { reinstateClinician(clinicianId: $id, reason: $r) { verificationStatus } }`,
      { id: sam.id, r: `Appeal upheld, spoke at ${PLANTED_PHONE}` },
    );
    expect(back.reinstateClinician.verificationStatus).toBe('VERIFIED');
    const again = await login(t.client, sam.email);
    expect((await gql(again, '{ feed(first: 1) { edges { node { id } } } }')).errors).toBeUndefined();
    const view = await must<{
      clinicianModeration: { history: { action: string }[]; clinician: { licenses: unknown[] } };
    }>(
      admin,
      'query M($id: ID!) { clinicianModeration(clinicianId: $id) { clinician { licenses { id } } history { action } } }',
      { id: sam.id },
    );
    expect(view.clinicianModeration.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['CLINICIAN_SUSPENDED', 'CLINICIAN_REINSTATED', 'LICENSE_APPROVED']),
    );
    expect(view.clinicianModeration.clinician.licenses).toHaveLength(1);
    const detail = await row<{ detail: Record<string, unknown> }>(
      "SELECT detail FROM audit_event WHERE action = 'CLINICIAN_REINSTATED' AND target_id = $1",
      [sam.id],
    );
    expect(JSON.stringify(detail.detail)).not.toMatch(/Appeal|555/);
    const digest = await databaseDigest(t.database.dataSource);
    expect(
      GraphqlClient.codes(
        await gql(
          admin,
          'mutation R($id: ID!) { reinstateClinician(clinicianId: $id, reason: "Twice") { id } }',
          {
            id: sam.id,
          },
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(digest);
  });
});
