import type { PhiCategory } from '@curbside/anonymizer';
import { caseRepliesTopic, notificationTopic } from '@curbside/notifications';
import {
  TopicWatch,
  WsTestClient,
  approveLicense,
  createTestApp,
  login,
  register,
  submitLicense,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
  type WsEvent,
  type WsSubscription,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'privacy.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-privacy-0007',
};

/**
 * A fictional patient's identifiers, one or more of every Safe Harbor category, each with the
 * exact strings that must never be found again (the whole value, and its most identifying
 * token). None of them equals or contains any account value of the clinicians below (their
 * display names, e-mail addresses and licence numbers), so no table needs to be skipped.
 */
const PLANTED: Record<PhiCategory, string[]> = {
  NAME: [
    'Theodora Vandermeulen',
    'Vandermeulen',
    'Theodora',
    'Ingrid Halvorsrud',
    'Halvorsrud',
    'Leopold Pohlmann',
    'Pohlmann',
  ],
  LOCATION: [
    '1420 Juniper Lane',
    'Juniper Lane',
    'Juniper',
    'Plentywood',
    'Sheridan Memorial Hospital',
    'Sheridan',
    'Culbertson',
    '59254',
  ],
  DATE: ['03/14/1931', '02/17/2026', 'October 9, 2025', 'October 9'],
  AGE_OVER_89: ['94-year-old', 'age 94', '94 y/o'],
  PHONE: ['(406) 555-0193', '555-0193'],
  FAX: ['406-555-0177', '555-0177'],
  EMAIL: ['ingrid.halvorsrud@ranchmail.com', 'ranchmail'],
  SSN: ['517-38-2290'],
  MRN: ['48213377'],
  HEALTH_PLAN_ID: ['1EG4-TE5-MK73'],
  ACCOUNT_NUMBER: ['5520019347'],
  LICENSE_NUMBER: ['MT-0413887215', '0413887215', 'BP4417285'],
  VEHICLE_ID: ['1HGCM82633A004352'],
  DEVICE_ID: ['PJN4482117'],
  URL: ['https://portal.sidneyhealth.org/p/8812', 'portal.sidneyhealth.org', 'sidneyhealth'],
  IP_ADDRESS: ['10.22.14.7'],
  BIOMETRIC_ID: ['FP-88213-X', 'BIO-77310452'],
  OTHER_ID: ['HX-55102938', 'CLM-3390-77812'],
};

// Realistic clinical prose carrying the identifiers above with their usual cue words.
const TITLE =
  'Complete heart block in Mrs. Theodora Vandermeulen, a 94-year-old rancher from Plentywood, MT (MRN 48213377)';
const BODY = [
  'Mrs. Theodora Vandermeulen (DOB 03/14/1931, age 94, MRN 48213377) lives at 1420 Juniper Lane, Plentywood, MT 59254.',
  'Seen at Sheridan Memorial Hospital on 02/17/2026 after a fall; last admitted and discharged October 9, 2025.',
  'Her daughter Ingrid Halvorsrud (ingrid.halvorsrud@ranchmail.com, cell (406) 555-0193) has power of attorney;',
  'records to fax 406-555-0177. SSN 517-38-2290. Medicare ID 1EG4-TE5-MK73, acct 5520019347.',
  'Driver license MT-0413887215. Drives a pickup, VIN 1HGCM82633A004352. Pacemaker serial PJN4482117.',
  'Referred by Dr. Leopold Pohlmann in Culbertson, MT, DEA BP4417285.',
  'Portal https://portal.sidneyhealth.org/p/8812, last login from IP 10.22.14.7.',
  'Fingerprint ID FP-88213-X, biometric ID BIO-77310452. Accession number HX-55102938, claim number CLM-3390-77812.',
  'Complete heart block on ECG, ventricular rate 32, lightheaded, no syncope. Temporary pacing or transfer?',
].join(' ');
// Tags take known words only (identifying ones are refused: test/cases.e2e-spec.ts).
const TAGS = ['heart block', 'bradycardia'];

const EDITED_TITLE =
  'Update: 94 y/o Theodora Vandermeulen of Plentywood, MT, now paced (pacemaker serial PJN4482117)';
const EDITED_BODY = [
  'Update on Mrs. Vandermeulen, MRN 48213377, DOB 03/14/1931: her daughter Ingrid Halvorsrud',
  '(ingrid.halvorsrud@ranchmail.com, (406) 555-0193) drove her in from 1420 Juniper Lane, Plentywood, MT 59254',
  'in the pickup, VIN 1HGCM82633A004352. Transferred from Sheridan Memorial Hospital on 02/17/2026,',
  'fax 406-555-0177. SSN 517-38-2290, Medicare ID 1EG4-TE5-MK73, account number 5520019347, driver license',
  'MT-0413887215. Dr. Leopold Pohlmann of Culbertson, MT (DEA BP4417285) follows her. Portal',
  'https://portal.sidneyhealth.org/p/8812 from IP 10.22.14.7; fingerprint ID FP-88213-X, biometric ID',
  'BIO-77310452; accession number HX-55102938; claim number CLM-3390-77812. Rate now 60, paced rhythm.',
].join(' ');
const EDITED_TAGS = ['pacing', 'heart block'];

const REPLY = [
  'We saw Theodora Vandermeulen (MRN 48213377, DOB 03/14/1931) at Sheridan Memorial Hospital in 2019;',
  'her son-in-law called from (406) 555-0193 and her daughter Ingrid Halvorsrud wrote from',
  'ingrid.halvorsrud@ranchmail.com. Old records: fax 406-555-0177, portal https://portal.sidneyhealth.org/p/8812,',
  'pacemaker serial PJN4482117 was never implanted there. Medicare ID 1EG4-TE5-MK73, acct 5520019347,',
  'SSN 517-38-2290, VIN 1HGCM82633A004352, driver license MT-0413887215, IP 10.22.14.7, fingerprint ID FP-88213-X,',
  'biometric ID BIO-77310452, accession number HX-55102938, claim number CLM-3390-77812, age 94, 1420 Juniper Lane,',
  'Plentywood, MT 59254, discharged October 9, 2025, seen 02/17/2026 by Dr. Leopold Pohlmann (DEA BP4417285) of',
  'Culbertson, MT. Check TSH and potassium; consider atropine while waiting for transport.',
].join(' ');

const ANSWER = [
  'Cardiology consult for Mrs. Theodora Vandermeulen (94-year-old, MRN 48213377, DOB 03/14/1931):',
  'transcutaneous pacing now, then transfer for a permanent device. I called Ingrid Halvorsrud at (406) 555-0193',
  'and ingrid.halvorsrud@ranchmail.com; sent the summary to fax 406-555-0177 and to Dr. Leopold Pohlmann in',
  'Culbertson, MT (DEA BP4417285). Her old pacemaker serial PJN4482117 is not in the registry. Identifiers',
  'checked: SSN 517-38-2290, Medicare ID 1EG4-TE5-MK73, acct 5520019347, driver license MT-0413887215,',
  'VIN 1HGCM82633A004352, portal https://portal.sidneyhealth.org/p/8812, IP 10.22.14.7, fingerprint ID FP-88213-X,',
  'biometric ID BIO-77310452, accession number HX-55102938, claim number CLM-3390-77812. Home: 1420 Juniper Lane,',
  'Plentywood, MT 59254; seen at Sheridan Memorial Hospital on 02/17/2026, discharged October 9, 2025.',
].join(' ');

const REPORT_NOTE = [
  'This post names the patient: Mrs. Theodora Vandermeulen, MRN 48213377, DOB 03/14/1931, age 94,',
  '1420 Juniper Lane, Plentywood, MT 59254, daughter Ingrid Halvorsrud (ingrid.halvorsrud@ranchmail.com,',
  '(406) 555-0193), fax 406-555-0177, SSN 517-38-2290, Medicare ID 1EG4-TE5-MK73, acct 5520019347,',
  'driver license MT-0413887215, VIN 1HGCM82633A004352, pacemaker serial PJN4482117,',
  'https://portal.sidneyhealth.org/p/8812, IP 10.22.14.7, fingerprint ID FP-88213-X, biometric ID BIO-77310452,',
  'accession number HX-55102938, claim number CLM-3390-77812, Sheridan Memorial Hospital on 02/17/2026,',
  'discharged October 9, 2025, Dr. Leopold Pohlmann of Culbertson, MT (DEA BP4417285).',
].join(' ');

const BIO = [
  'Cardiologist covering northeastern Montana. I still follow my first pacing patient, Mrs. Theodora Vandermeulen',
  '(MRN 48213377, DOB 03/14/1931, now age 94) of 1420 Juniper Lane, Plentywood, MT 59254, whose daughter',
  'Ingrid Halvorsrud (ingrid.halvorsrud@ranchmail.com, (406) 555-0193) keeps me posted. Referrals by fax',
  '406-555-0177 or https://portal.sidneyhealth.org/p/8812 (IP 10.22.14.7). Her SSN 517-38-2290, Medicare ID',
  '1EG4-TE5-MK73, acct 5520019347, driver license MT-0413887215, VIN 1HGCM82633A004352, pacemaker serial',
  'PJN4482117, fingerprint ID FP-88213-X, biometric ID BIO-77310452, accession number HX-55102938 and claim',
  'number CLM-3390-77812 are on file at Sheridan Memorial Hospital since 02/17/2026 (discharged October 9, 2025),',
  'with Dr. Leopold Pohlmann of Culbertson, MT (DEA BP4417285).',
].join(' ');

const CHANNEL_DESCRIPTION = [
  'Pacing questions from the Hi-Line. Example of what NOT to post: Mrs. Theodora Vandermeulen, 94-year-old,',
  'MRN 48213377, DOB 03/14/1931, 1420 Juniper Lane, Plentywood, MT 59254, seen at Sheridan Memorial Hospital on',
  '02/17/2026, discharged October 9, 2025, daughter Ingrid Halvorsrud (ingrid.halvorsrud@ranchmail.com,',
  '(406) 555-0193), fax 406-555-0177, SSN 517-38-2290, Medicare ID 1EG4-TE5-MK73, acct 5520019347, driver',
  'license MT-0413887215, VIN 1HGCM82633A004352, pacemaker serial PJN4482117, https://portal.sidneyhealth.org/p/8812,',
  'IP 10.22.14.7, fingerprint ID FP-88213-X, biometric ID BIO-77310452, accession number HX-55102938, claim number',
  'CLM-3390-77812, Dr. Leopold Pohlmann of Culbertson, MT (DEA BP4417285).',
].join(' ');

// Two fields take at most 500 characters: the identifiers are split between them.
const SUSPEND_REASON = [
  'Posted patient Mrs. Theodora Vandermeulen (94-year-old, MRN 48213377, DOB 03/14/1931) of 1420 Juniper Lane,',
  'Plentywood, MT 59254 with her SSN 517-38-2290, Medicare ID 1EG4-TE5-MK73, acct 5520019347,',
  'phone (406) 555-0193, fax 406-555-0177 and ingrid.halvorsrud@ranchmail.com.',
].join(' ');
const REJECT_NOTE = [
  'The upload is a patient document, not a licence: Ingrid Halvorsrud, driver license MT-0413887215,',
  'VIN 1HGCM82633A004352, pacemaker serial PJN4482117, https://portal.sidneyhealth.org/p/8812, IP 10.22.14.7,',
  'fingerprint ID FP-88213-X, biometric ID BIO-77310452, accession number HX-55102938, claim number',
  'CLM-3390-77812, Sheridan Memorial Hospital 02/17/2026, discharged October 9, 2025, Dr. Leopold Pohlmann',
  'of Culbertson, MT (DEA BP4417285).',
].join(' ');

const REPLY_ADDED = `subscription S($c: ID!) {
  replyAdded(caseId: $c) {
    id body isConsultAnswer deidentification { findingCount categories }
    author { id displayName bio }
    parent { id body }
    case { id title body tags patientAge }
  }
}`;
const NOTIFICATION_ADDED = `subscription {
  notificationAdded {
    id kind
    case { id title body tags patientAge }
    consult { id status answer { id body } }
  }
}`;

const CASE_FIELDS = `id title body tags patientAge status deidentification { findingCount categories }`;

/**
 * Whether `needle` occurs in `haystack`, ignoring case. A short or purely numeric value (a ZIP, "age
 * 94") must stand alone, so that it is not "found" inside a timestamp, a UUID or a longer number.
 */
function occurs(haystack: string, needle: string): boolean {
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  if (n.length >= 8 && !/^\d+$/.test(n)) return h.includes(n);
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).test(h);
}

describe('No planted identifier survives any write path', () => {
  let t: TestApp;
  let admin: Session;
  let author: Session;
  let reader: Session;
  let cardiologist: Session;
  let offender: Session;
  let applicant: Session;
  let rural: string;
  let cardiology: string;
  const sockets: WsTestClient[] = [];
  /** The server's subscriptions, to write only once the listeners are registered. */
  let topics: TopicWatch;
  /** Every GraphQL response of a write (and of the read-backs), as JSON. */
  const responses: { label: string; json: string }[] = [];
  /** Every value submitted to a write, to prove the planted strings were really sent. */
  const submitted: string[] = [];

  async function gql<T>(
    label: string,
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await t.client.request<T>(query, variables, { token: session.accessToken });
    responses.push({ label, json: JSON.stringify({ data: res.data, errors: res.errors }) });
    if (res.errors) throw new Error(`${label} failed: ${JSON.stringify(res.errors)}`);
    return res;
  }

  function socket(session: Session): WsTestClient {
    const client = new WsTestClient(t.url, session.accessToken);
    sockets.push(client);
    return client;
  }

  beforeAll(async () => {
    t = await createTestApp({
      env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' },
    });
    topics = TopicWatch.of(t);
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Privacy Author');
    reader = await verifiedClinician(t.client, admin, 'Dr. Privacy Reader');
    cardiologist = await verifiedClinician(t.client, admin, 'Dr. Privacy Cardiologist');
    offender = await verifiedClinician(t.client, admin, 'Dr. Privacy Offender');
    applicant = await register(t.client, 'Dr. Privacy Applicant');
    const specialties = await t.client.request<{ specialties: { id: string; name: string }[] }>(
      `{ specialties { id name } }`,
      {},
      { token: author.accessToken },
    );
    cardiology = specialties.data!.specialties.find((s) => s.name === 'Cardiology')!.id;
    const channels = await t.client.request<{ channels: { id: string; slug: string }[] }>(
      `{ channels { id slug } }`,
      {},
      { token: author.accessToken },
    );
    rural = channels.data!.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
  });

  /** The ids of the notification records of `recipient`, but those in `except`, sorted. */
  async function notificationIds(recipient: Session, except: readonly string[] = []): Promise<string[]> {
    const rows = await t.database.dataSource.query<{ id: string }[]>(
      'SELECT id::text AS id FROM notification WHERE recipient_id = $1 AND NOT (id::text = ANY($2::text[]))',
      [recipient.id, except],
    );
    return rows.map((r) => r.id).sort();
  }

  const eventId = (event: WsEvent): string | undefined =>
    (Object.values(event.data ?? {})[0] as { id?: string } | undefined)?.id;

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t.close();
  });

  it('should keep every planted identifier out of every column, log line, socket message and response', async () => {
    // Live listeners for the whole scenario, registered by the server before anything is written.
    const listening = [author, cardiologist, reader, applicant];
    const [authorNotes, cardiologistNotes, readerNotes, applicantNotes] = await topics.opening(
      listening.map((who) => notificationTopic(who.id)),
      () => listening.map((who) => socket(who).subscribe(NOTIFICATION_ADDED)),
    );
    // Every notification stored from now on must reach its recipient's socket.
    const notifiedBefore = new Map<Session, string[]>();
    for (const who of listening) notifiedBefore.set(who, await notificationIds(who));

    // updateProfile (bio): the cardiologist who will take the consult.
    submitted.push(BIO);
    await gql(
      'updateProfile',
      cardiologist,
      `mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id displayName bio state } }`,
      {
        i: { specialtyIds: [cardiology], acceptingConsults: true, state: 'MT', bio: BIO },
      },
    );

    // createChannel (description), as admin.
    submitted.push(CHANNEL_DESCRIPTION);
    await gql(
      'createChannel',
      admin,
      `mutation C($i: CreateChannelInput!) { createChannel(input: $i) { id slug name description } }`,
      {
        i: { slug: 'hi-line-pacing', name: 'Hi-Line Pacing', description: CHANNEL_DESCRIPTION },
      },
    );

    // createCase (title, body, tags).
    submitted.push(TITLE, BODY, ...TAGS);
    const created = await gql<{ createCase: { id: string; patientAge: string } }>(
      'createCase',
      author,
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { ${CASE_FIELDS} } }`,
      {
        i: { channelId: rural, title: TITLE, body: BODY, tags: TAGS, patientAge: 94, patientSex: 'FEMALE' },
      },
    );
    const caseId = created.data!.createCase.id;
    expect(created.data!.createCase.patientAge).toBe('90+');

    const [readerReplies, authorReplies] = await topics.opening(
      [caseRepliesTopic(caseId), caseRepliesTopic(caseId)],
      () => [reader, author].map((who) => socket(who).subscribe(REPLY_ADDED, { c: caseId })),
    );

    // updateCase (edits of title, body and tags).
    submitted.push(EDITED_TITLE, EDITED_BODY, ...EDITED_TAGS);
    await gql(
      'updateCase',
      author,
      `mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { ${CASE_FIELDS} } }`,
      {
        i: { caseId, title: EDITED_TITLE, body: EDITED_BODY, tags: EDITED_TAGS },
      },
    );

    // replyToCase.
    submitted.push(REPLY);
    const reply = await gql<{ replyToCase: { id: string } }>(
      'replyToCase',
      reader,
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id body deidentification { findingCount categories } case { ${CASE_FIELDS} } } }`,
      { i: { caseId, body: REPLY } },
    );

    // requestConsult, claimConsult, answerConsult.
    const consult = await gql<{ requestConsult: { id: string } }>(
      'requestConsult',
      author,
      `mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id status case { ${CASE_FIELDS} } } }`,
      { i: { caseId, specialtyId: cardiology, urgency: 'URGENT' } },
    );
    const consultId = consult.data!.requestConsult.id;
    await gql(
      'claimConsult',
      cardiologist,
      `mutation C($id: ID!) { claimConsult(consultId: $id) { id status consultant { id bio } } }`,
      {
        id: consultId,
      },
    );
    submitted.push(ANSWER);
    const answered = await gql<{ answerConsult: { answer: { id: string } } }>(
      'answerConsult',
      cardiologist,
      `mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { id status answer { id body isConsultAnswer deidentification { findingCount categories } } } }`,
      { i: { consultId, body: ANSWER } },
    );

    // suspendClinician (reason), as admin.
    submitted.push(SUSPEND_REASON);
    await gql(
      'suspendClinician',
      admin,
      `mutation S($id: ID!, $r: String!) { suspendClinician(clinicianId: $id, reason: $r) { id verificationStatus bio } }`,
      {
        id: offender.id,
        r: SUSPEND_REASON,
      },
    );

    // reviewLicense REJECT (note), as admin.
    const licenseId = await submitLicense(t.client, applicant);
    submitted.push(REJECT_NOTE);
    await gql(
      'reviewLicense',
      admin,
      `mutation R($i: ReviewLicenseInput!) { reviewLicense(input: $i) { id status reviewNote } }`,
      {
        i: { licenseId, decision: 'REJECT', note: REJECT_NOTE },
      },
    );

    // reportContent (note) last: a PHI_SUSPECTED report hides the case from everyone but admins.
    submitted.push(REPORT_NOTE);
    await gql(
      'reportContent',
      reader,
      `mutation R($i: ReportInput!) { reportContent(input: $i) { id reason status note case { id title body } reply { id body } } }`,
      {
        i: { replyId: reply.data!.replyToCase.id, reason: 'PHI_SUSPECTED', note: REPORT_NOTE },
      },
    );

    // Read back what the writes stored, through the API, as the people who may see it.
    await gql(
      'case as admin',
      admin,
      `query C($id: ID!) { case(id: $id) { ${CASE_FIELDS}
      replies(first: 50) { edges { node { id body author { id displayName bio } } } }
      consults { id answer { id body } } acceptedReply { id body } } }`,
      { id: caseId },
    );
    await gql(
      'reports as admin',
      admin,
      `{ reports(first: 50) { edges { node { id note case { id title body } reply { id body } } } } }`,
    );
    await gql('channel', reader, `{ channel(slug: "hi-line-pacing") { id description } }`);
    await gql(
      'cardiologist profile',
      reader,
      `query P($id: ID!) { clinician(id: $id) { id displayName bio } }`,
      {
        id: cardiologist.id,
      },
    );
    await gql('applicant licences', applicant, `{ me { id licenses { id status reviewNote } } }`);
    await gql(
      'notifications',
      author,
      `{ notifications(first: 50) { edges { node { id kind case { id title } } } } }`,
    );
    await gql(
      'audit log',
      admin,
      `{ auditLog(first: 100) { edges { node { id action targetType targetId } } } }`,
    );

    // A barrier instead of a pause: one last event on every socket, published after everything
    // above. Each subscription delivers in publication order, so once a socket has its barrier,
    // every earlier event it will ever get has arrived and is in the scan below.
    const barrier = await gql<{ replyToCase: { id: string } }>(
      'barrier reply',
      author,
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id body } }`,
      { i: { caseId, body: 'Thanks, all: closing the loop.' } },
    );
    const barrierReplyId = barrier.data!.replyToCase.id;
    const replyIds = [reply.data!.replyToCase.id, answered.data!.answerConsult.answer.id, barrierReplyId];
    for (const replies of [readerReplies, authorReplies]) {
      await replies.until((e) => eventId(e) === barrierReplyId);
      // Each reply of the case, once and in order: the socket check below is not vacuous.
      expect(replies.events.map(eventId)).toEqual(replyIds);
    }
    const notes = new Map<Session, WsSubscription>([
      [author, authorNotes],
      [cardiologist, cardiologistNotes],
      [reader, readerNotes],
      [applicant, applicantNotes],
    ]);
    for (const [who, sub] of notes) {
      const licenseId = await submitLicense(t.client, who);
      await approveLicense(t.client, admin, licenseId);
      const [last] = await t.database.dataSource.query<{ id: string }[]>(
        `SELECT id::text AS id FROM notification WHERE recipient_id = $1 AND license_id = $2`,
        [who.id, licenseId],
      );
      await sub.until((e) => eventId(e) === last.id);
      expect(eventId(sub.events[sub.events.length - 1])).toBe(last.id);
      // Every notification stored since the socket opened arrived, once, and nothing else did.
      expect(sub.events.map(eventId).sort()).toEqual(await notificationIds(who, notifiedBefore.get(who)));
    }
    const kinds = (sub: WsSubscription) =>
      sub.events.map((e) => (e.data?.notificationAdded as { kind: string }).kind);
    expect(kinds(authorNotes)).toEqual([
      'REPLY_ADDED',
      'CONSULT_CLAIMED',
      'CONSULT_ANSWERED',
      'LICENSE_REVIEWED',
    ]);
    expect(kinds(cardiologistNotes)).toEqual(['CONSULT_REQUESTED', 'REPLY_ADDED', 'LICENSE_REVIEWED']);
    // The reader's reported reply: its author is told it is held (CONTENT_HIDDEN, ids only).
    expect(kinds(readerNotes)).toEqual(['REPLY_ADDED', 'CONTENT_HIDDEN', 'REPLY_ADDED', 'LICENSE_REVIEWED']);
    expect(kinds(applicantNotes)).toEqual(['LICENSE_REVIEWED', 'LICENSE_REVIEWED']);
    const listeners = {
      'replyAdded (reader)': readerReplies,
      'replyAdded (author)': authorReplies,
      'notificationAdded (author)': authorNotes,
      'notificationAdded (cardiologist)': cardiologistNotes,
      'notificationAdded (reader)': readerNotes,
      'notificationAdded (applicant)': applicantNotes,
    };
    const socketEvents = Object.entries(listeners).flatMap(([name, s]) =>
      s.events.map((e) => ({ label: `socket ${name}`, json: JSON.stringify(e) })),
    );

    // The planted strings really were sent.
    const sent = submitted.join('\n');
    const unsent = Object.values(PLANTED)
      .flat()
      .filter((value) => !occurs(sent, value));
    expect(unsent).toEqual([]);

    // Every text-like column of every table in the public schema.
    const columns = await t.database.dataSource.query<
      { table_name: string; column_name: string; data_type: string }[]
    >(
      `SELECT c.table_name, c.column_name, c.data_type
         FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
          AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
               OR c.udt_name IN ('tsvector', 'citext'))
        ORDER BY c.table_name, c.ordinal_position`,
    );
    const tables = new Set(columns.map((c) => c.table_name));
    for (const table of [
      'case_post',
      'case_revision',
      'reply',
      'report',
      'clinician',
      'channel',
      'license',
      'audit_event',
      'notification',
    ]) {
      expect(tables).toContain(table);
    }
    const stored: { label: string; json: string }[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const rows = await t.database.dataSource.query<{ v: string }[]>(
        `SELECT "${column}"::text AS v FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      for (const row of rows) stored.push({ label: `${table}.${column}`, json: row.v });
    }
    // The stored case really holds the de-identified text (the scan reads real data).
    const [post] = await t.database.dataSource.query<{ body: string }[]>(
      'SELECT body FROM case_post WHERE id = $1',
      [caseId],
    );
    expect(post.body).toContain('paced rhythm');
    const revisions = await t.database.dataSource.query<{ body: string }[]>(
      'SELECT body FROM case_revision WHERE case_id = $1',
      [caseId],
    );
    expect(revisions.map((r) => r.body).join('\n')).toContain('Temporary pacing');

    const sources = [
      ...stored,
      { label: 'logs', json: t.logs.join('') },
      ...socketEvents,
      ...responses.map((r) => ({ label: `response ${r.label}`, json: r.json })),
    ];
    // Each surviving value, with its category and every place it was found.
    const survivors: Record<string, string[]> = {};
    for (const [category, values] of Object.entries(PLANTED) as [PhiCategory, string[]][]) {
      for (const value of values) {
        const where = [...new Set(sources.filter((s) => occurs(s.json, value)).map((s) => s.label))];
        if (where.length > 0) survivors[`${category} ${JSON.stringify(value)}`] = where;
      }
    }
    expect(survivors).toEqual({});
  });
});
