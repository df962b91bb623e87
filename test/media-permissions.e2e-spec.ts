import { ErrorCode } from '@curbside/core';
import {
  MEDIA_MATRIX_OPERATIONS,
  OK,
  approveLicense,
  createTestApp,
  login,
  matrixRow,
  register,
  runPermissionCell,
  staleOperations,
  submitLicense,
  uncoveredOperations,
  uploadAttachment,
  verifiedClinician,
  waitForAttachment,
  type GraphqlResponse,
  type Outcome,
  type PermissionCellSpec,
  type Session,
  type TestApp,
} from '@curbside/testing';
import sharp from 'sharp';

const ADMIN_EMAIL = 'media.matrix.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-media-matrix-01';

const CALLERS = ['anonymous', 'unverified', 'verified', 'suspended', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];
type ActorName = CallerName | 'stranger';

const { UNAUTHENTICATED: UNAUTH, NOT_VERIFIED: NOT_VER, NOT_FOUND, CONFLICT } = ErrorCode;

type Data = Record<string, unknown>;

interface Caller {
  name: ActorName;
  account: Session;
  token: string | undefined;
}

interface Prepared {
  attachmentId?: string;
}

type OperationSpec = PermissionCellSpec<Caller, Prepared>;

/**
 * The permission matrix of the attachment operations (GraphQL), and of the upload route beside
 * /graphql (`upload`, not a schema operation). Refused cells aim at a draft of the caller's own,
 * made while they were verified, so a refusal is the guard's and nothing else's.
 */
// prettier-ignore
const MATRIX: [string, ...Outcome[]][] = [
  //                          anonymous  unverified verified   suspended  admin
  ['attachment',              UNAUTH,    NOT_VER,   OK,        UNAUTH,    OK],
  ['updateAttachmentMasks',   UNAUTH,    NOT_VER,   OK,        UNAUTH,    OK],
  ['discardAttachment',       UNAUTH,    NOT_VER,   OK,        UNAUTH,    OK],
  ['withdrawAttachmentConsent', UNAUTH,  NOT_VER,   OK,        UNAUTH,    OK],
];

// prettier-ignore
const UPLOAD_ROW: Outcome[] = [UNAUTH, NOT_VER, OK, UNAUTH, OK];

describe('Media permission matrix', () => {
  let t: TestApp;
  let admin: Session;
  let photo: Buffer;
  let ward: string;
  /** A case posted by the bystander with an attachment. */
  let postedAttachmentId: string;
  /** A draft of the bystander's (another clinician's). */
  let strangersDraftId: string;
  const callers = {} as Record<ActorName, Caller>;
  /** Drafts the callers who cannot act any more uploaded while they were verified. */
  const standingDraft = {} as Record<'unverified' | 'suspended', string>;

  const gql = (query: string, variables: Data = {}, token?: string) =>
    t.client.request<Data>(query, variables, { token });

  async function draftOf(session: Session): Promise<string> {
    const up = await uploadAttachment(t.url, session.accessToken, photo, 'image/jpeg');
    if (!up.body.id) throw new Error(`upload failed: ${JSON.stringify(up.body)}`);
    const done = await waitForAttachment(t.client, session.accessToken, up.body.id);
    expect(done.status).toBe('READY');
    return up.body.id;
  }

  const draftFor = async (c: Caller): Promise<Prepared> => {
    if (c.name === 'unverified' || c.name === 'suspended') return { attachmentId: standingDraft[c.name] };
    if (c.name === 'anonymous') return { attachmentId: strangersDraftId };
    return { attachmentId: await draftOf(c.account) };
  };

  const OPERATIONS: Record<string, OperationSpec> = {
    attachment: {
      unchanged: true,
      run: (c) =>
        gql(
          'query A($id: ID!) { attachment(id: $id) { id status posted url } }',
          { id: postedAttachmentId },
          c.token,
        ),
      verify: (data) => {
        expect(data.attachment).toMatchObject({ id: postedAttachmentId, status: 'READY', posted: true });
        expect((data.attachment as { url: string }).url).toMatch(/^\/media\/attachments\//);
      },
    },
    updateAttachmentMasks: {
      audits: ['ATTACHMENT_MASKS_UPDATED'],
      prepare: draftFor,
      run: (c, p) =>
        gql(
          'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id authorMasks { x } } }',
          { i: { attachmentId: p.attachmentId, masks: [{ x: 5, y: 5, width: 20, height: 20 }] } },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.updateAttachmentMasks).toEqual({ id: p.attachmentId, authorMasks: [{ x: 5 }] });
      },
    },
    discardAttachment: {
      audits: ['ATTACHMENT_DISCARDED'],
      prepare: draftFor,
      run: (c, p) =>
        gql('mutation D($id: ID!) { discardAttachment(attachmentId: $id) }', { id: p.attachmentId }, c.token),
      verify: (data) => {
        expect(data.discardAttachment).toBe(true);
      },
    },
    withdrawAttachmentConsent: {
      audits: ['ATTACHMENT_CONSENT_WITHDRAWN'],
      prepare: draftFor,
      run: (c, p) =>
        gql(
          'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
          { id: p.attachmentId },
          c.token,
        ),
      verify: (data) => {
        expect(data.withdrawAttachmentConsent).toBe(true);
      },
    },
  };

  /** The upload route as a matrix cell: its JSON answer in the shape of a GraphQL response. */
  const UPLOAD: OperationSpec = {
    audits: ['ATTACHMENT_UPLOADED'],
    run: async (c) => {
      const up = await uploadAttachment(t.url, c.token, photo, 'image/jpeg');
      const response: GraphqlResponse<Data> = {
        status: up.status,
        headers: up.headers,
        data: up.body.id ? { upload: up.body } : null,
        errors: up.body.errors,
      };
      return response;
    },
    verify: async (data, c) => {
      const { id } = data.upload as { id: string };
      // Waits for the job, so that its writes land before the next cell's snapshot.
      expect(await waitForAttachment(t.client, c.account.accessToken, id)).toMatchObject({ status: 'READY' });
    },
  };

  const OWNERSHIP: { title: string; actor: ActorName; expected: Outcome; spec: OperationSpec }[] = [
    {
      title: "attachment: a verified clinician reads someone else's draft (null)",
      actor: 'verified',
      expected: OK,
      spec: {
        unchanged: true,
        run: (c) =>
          gql('query A($id: ID!) { attachment(id: $id) { id } }', { id: strangersDraftId }, c.token),
        verify: (data) => expect(data.attachment).toBeNull(),
      },
    },
    {
      title:
        "attachment: an administrator reads someone else's draft (null: drafts are their author's alone)",
      actor: 'admin',
      expected: OK,
      spec: {
        unchanged: true,
        run: (c) =>
          gql('query A($id: ID!) { attachment(id: $id) { id } }', { id: strangersDraftId }, c.token),
        verify: (data) => expect(data.attachment).toBeNull(),
      },
    },
    {
      title: "updateAttachmentMasks: a verified clinician masks someone else's draft",
      actor: 'verified',
      expected: NOT_FOUND,
      spec: {
        run: (c) =>
          gql(
            'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
            { i: { attachmentId: strangersDraftId, masks: [] } },
            c.token,
          ),
      },
    },
    {
      title: "updateAttachmentMasks: an administrator masks someone else's draft",
      actor: 'admin',
      expected: NOT_FOUND,
      spec: {
        run: (c) =>
          gql(
            'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
            { i: { attachmentId: strangersDraftId, masks: [] } },
            c.token,
          ),
      },
    },
    {
      title: 'updateAttachmentMasks: the author re-masks an attachment already posted',
      actor: 'stranger',
      expected: CONFLICT,
      spec: {
        run: (c) =>
          gql(
            'mutation M($i: UpdateAttachmentMasksInput!) { updateAttachmentMasks(input: $i) { id } }',
            { i: { attachmentId: postedAttachmentId, masks: [] } },
            c.token,
          ),
      },
    },
    {
      title: "discardAttachment: a verified clinician discards someone else's draft",
      actor: 'verified',
      expected: NOT_FOUND,
      spec: {
        run: (c) =>
          gql(
            'mutation D($id: ID!) { discardAttachment(attachmentId: $id) }',
            { id: strangersDraftId },
            c.token,
          ),
      },
    },
    {
      title: 'discardAttachment: the author discards an attachment already posted',
      actor: 'stranger',
      expected: CONFLICT,
      spec: {
        run: (c) =>
          gql(
            'mutation D($id: ID!) { discardAttachment(attachmentId: $id) }',
            { id: postedAttachmentId },
            c.token,
          ),
      },
    },
    {
      title: "withdrawAttachmentConsent: a verified clinician withdraws someone else's posted attachment",
      actor: 'verified',
      expected: NOT_FOUND,
      spec: {
        run: (c) =>
          gql(
            'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
            { id: postedAttachmentId },
            c.token,
          ),
      },
    },
    {
      title: "withdrawAttachmentConsent: an administrator withdraws someone else's posted attachment",
      actor: 'admin',
      expected: NOT_FOUND,
      spec: {
        run: (c) =>
          gql(
            'mutation W($id: ID!) { withdrawAttachmentConsent(attachmentId: $id) }',
            { id: postedAttachmentId },
            c.token,
          ),
      },
    },
  ];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        MEDIA_OCR: 'false',
        MEDIA_FACES: 'false',
      },
    });
    photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c08070' } })
      .jpeg()
      .toBuffer();
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [bystander, unverified, suspended] = await Promise.all(
      ['Dr. Bea Bystander', 'Dr. Uma Unverified', 'Dr. Sal Suspended'].map((n) =>
        verifiedClinician(t.client, admin, n),
      ),
    );
    const verified = await register(t.client, 'Dr. Vic Verified');
    await approveLicense(t.client, admin, await submitLicense(t.client, verified));
    const channel = await gql(
      'mutation C($i: CreateChannelInput!) { createChannel(input: $i) { id } }',
      { i: { slug: 'media-matrix', name: 'Media matrix' } },
      admin.accessToken,
    );
    ward = (channel.data?.createChannel as { id: string }).id;
    postedAttachmentId = await draftOf(bystander);
    const posted = await gql(
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          channelId: ward,
          title: 'Annular plaque on the forearm',
          body: 'Scaly annular plaque for three weeks.',
          tags: ['dermatology'],
          attachmentIds: [postedAttachmentId],
        },
      },
      bystander.accessToken,
    );
    expect(posted.errors).toBeUndefined();
    strangersDraftId = await draftOf(bystander);
    standingDraft.unverified = await draftOf(unverified);
    standingDraft.suspended = await draftOf(suspended);

    await gql(
      'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Matrix caller") { verificationStatus } }',
      { id: suspended.id },
      admin.accessToken,
    );
    await t.database.dataSource.transaction(async (manager) => {
      const licenses = 'SELECT id FROM license WHERE clinician_id = $1';
      await manager.query(`DELETE FROM notification WHERE license_id IN (${licenses})`, [unverified.id]);
      await manager.query('DELETE FROM license WHERE clinician_id = $1', [unverified.id]);
      await manager.query("UPDATE clinician SET verification_status = 'UNVERIFIED' WHERE id = $1", [
        unverified.id,
      ]);
    });
    const as = (name: ActorName, account: Session, token: string | null = account.accessToken): Caller => ({
      name,
      account,
      token: token ?? undefined,
    });
    Object.assign(callers, {
      anonymous: as('anonymous', bystander, null),
      unverified: as('unverified', unverified),
      verified: as('verified', verified),
      suspended: as('suspended', suspended),
      admin: as('admin', admin),
      stranger: as('stranger', bystander),
    } satisfies Record<ActorName, Caller>);
    // Many clinicians and several processed uploads: minutes on a loaded 2-core machine.
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  it('should cover exactly its operations, and together with the other suites the whole schema', () => {
    const operations = MATRIX.map(([name]) => name);
    expect([...operations].sort()).toEqual([...MEDIA_MATRIX_OPERATIONS].sort());
    expect(Object.keys(OPERATIONS).sort()).toEqual([...operations].sort());
    expect(staleOperations(operations)).toEqual([]);
    expect(uncoveredOperations()).toEqual([]);
  });

  for (const [operation, ...outcomes] of MATRIX) {
    describe(operation, () => {
      for (const { caller, expected, title } of matrixRow(CALLERS, outcomes)) {
        it(title, async () => {
          await runPermissionCell(t.database.dataSource, OPERATIONS[operation], callers[caller], expected);
        });
      }
    });
  }

  describe('upload (POST /media/attachments)', () => {
    for (const { caller, expected, title } of matrixRow(CALLERS, UPLOAD_ROW)) {
      it(title, async () => {
        await runPermissionCell(t.database.dataSource, UPLOAD, callers[caller], expected);
      });
    }
  });

  describe('ownership', () => {
    for (const { title, actor, expected, spec } of OWNERSHIP) {
      it(`${title}: ${expected}`, async () => {
        await runPermissionCell(t.database.dataSource, spec, callers[actor], expected);
      });
    }
  });
});
