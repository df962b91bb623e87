/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A time you are on call for consults. It must end after it starts and span at most 14 days. */
export type AddOnCallWindowInput = {
  /** End (ISO 8601 date-time), after startsAt. */
  endsAt: string;
  /** Start (ISO 8601 date-time). */
  startsAt: string;
};

/** The patient's age as a band, coarse enough not to identify anyone (everyone 90 and over shares one band). */
export type AgeBand =
  /** From 13 to 17 years. */
  | 'ADOLESCENT'
  /** From 18 to 39 years. */
  | 'ADULT_18_39'
  /** From 40 to 64 years. */
  | 'ADULT_40_64'
  /** From 65 to 89 years. */
  | 'ADULT_65_89'
  /** 90 years and over. */
  | 'ADULT_90_PLUS'
  /** From 1 to 12 years. */
  | 'CHILD'
  /** From 28 days to 1 year. */
  | 'INFANT'
  /** First 28 days of life. */
  | 'NEONATE';

/** The specialist's answer to a consult they claimed; posted on the case as a reply, de-identified first. */
export type AnswerConsultInput = {
  /** Your own READY attachments to post with the answer (see `attachment`) */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Answer text, 1 to 10,000 characters. */
  body: string;
  /** The consult you claimed. */
  consultId: string | number;
  /** Spans of `body` its author marks for removal as well, as in the preview (applied on the server, never stored raw) */
  extraRedactions?: Array<TextSpanInput> | null | undefined;
  /** Minutes you spent on this consult, for your credit log (1 to 600) */
  minutesSpent?: number | null | undefined;
};

/** Where an uploaded file is in the de-identification pipeline. */
export type AttachmentStatus =
  /** Uploaded; the pipeline is checking, rendering and masking it. */
  | 'PROCESSING'
  /** A de-identified rendering exists; the uploader reviews it before posting. */
  | 'READY'
  /** The file was refused (see refusalCode and refusalMessage); nothing of it is kept. */
  | 'REFUSED';

/** Narrows the audit log; every field is optional and they combine with AND. */
export type AuditLogFilter = {
  /** One action code, e.g. LICENSE_APPROVED */
  action?: string | null | undefined;
  /** Who acted (a clinician id) */
  actorId?: string | number | null | undefined;
  /** From this instant (inclusive) */
  from?: string | null | undefined;
  /** The id of the thing acted on. */
  targetId?: string | number | null | undefined;
  /** What kind of thing was acted on, e.g. License, Case */
  targetType?: string | null | undefined;
  /** Before this instant (exclusive) */
  to?: string | null | undefined;
};

/** Where a case is in its life. OPEN may become RESOLVED or CLOSED; RESOLVED may become CLOSED; CLOSED is final. */
export type CaseStatus =
  /** Finished (or deleted): no more edits, replies or consults. */
  | 'CLOSED'
  /** Taking replies and consults. */
  | 'OPEN'
  /** The author considers the question answered; replies are still possible. */
  | 'RESOLVED';

/** Which text of a case a moderator redacts */
export type CaseTextField =
  /** The case body. */
  | 'BODY'
  /** The case title. */
  | 'TITLE';

/** An administrator looking for clinicians */
export type ClinicianSearchInput = {
  /** Part of a name or e-mail address (2 to 100 characters) */
  search?: string | null | undefined;
  /** Only clinicians in this verification status. */
  status?: VerificationStatus | null | undefined;
};

/** Where a consult request is. OPEN, then CLAIMED by a specialist, ANSWERED, and RESOLVED by the requester; it may instead be CANCELLED or EXPIRED. */
export type ConsultStatus =
  /** The specialist answered; waiting for the requester to resolve it. */
  | 'ANSWERED'
  /** The requester withdrew it (or its case was closed). */
  | 'CANCELLED'
  /** A specialist took it and must answer by answerDueAt, or it returns to the queue. */
  | 'CLAIMED'
  /** Nobody claimed or answered it before it fell due. */
  | 'EXPIRED'
  /** Waiting in the queue for a specialist to claim it. */
  | 'OPEN'
  /** The requester closed it and said whether the answer helped. */
  | 'RESOLVED';

/** How soon a consult needs an answer. */
export type ConsultUrgency =
  /** Due in 72 hours by default (CONSULT_ROUTINE_DUE_HOURS). */
  | 'ROUTINE'
  /** Due in 4 hours by default (CONSULT_URGENT_DUE_HOURS); listed first in the queue. */
  | 'URGENT';

/** A new case. Title, body and tags are de-identified on the server before anything is stored; the answer shows what was removed. */
export type CreateCaseInput = {
  /** Post without your name (administrators still see it). Default false. */
  anonymous?: boolean | null | undefined;
  /** Your own READY attachments to post with it (see the upload route and `attachment`) */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Case text, 1 to 20,000 characters. Write no identifiers; any that remain are removed. */
  body: string;
  /** The channel to post in (you need not have joined it). */
  channelId: string | number;
  /** Spans of `body` its author marks for removal as well (applied on the server, never stored raw) */
  extraRedactions?: Array<TextSpanInput> | null | undefined;
  /** Years; 90 and over is stored as "90+" */
  patientAge?: number | null | undefined;
  /** The patient's sex, if relevant. */
  patientSex?: PatientSex | null | undefined;
  /** At most 10 tags of 1 to 40 characters each. */
  tags?: Array<string> | null | undefined;
  /** Title, 1 to 300 characters. */
  title: string;
};

/** The professional credential the licence is for. */
export type Credential =
  /** Doctor of Osteopathic Medicine. */
  | 'DO'
  /** Doctor of Medicine. */
  | 'MD'
  /** Nurse Practitioner. */
  | 'NP'
  /** Another licensed profession. */
  | 'OTHER'
  /** Physician Assistant. */
  | 'PA'
  /** Doctor of Pharmacy. */
  | 'PHARMD'
  /** Registered Nurse. */
  | 'RN';

/** A period of a credit log: answers posted from `from` up to (not including) `to` */
export type CreditPeriodInput = {
  /** Start (inclusive) */
  from: string;
  /** End (exclusive); at most CREDIT_MAX_PERIOD_DAYS after `from` */
  to: string;
};

/** The author's new version of their held case; de-identified before it is stored, then back with the administrators. Fields left out keep their value. */
export type EditHeldCaseInput = {
  /** New case text, 1 to 20,000 characters. */
  body?: string | null | undefined;
  /** Your held case. */
  caseId: string | number;
  /** Spans of `body` the author removes as well */
  extraRedactions?: Array<TextSpanInput> | null | undefined;
  /** New tags: at most 10, 1 to 40 characters each. */
  tags?: Array<string> | null | undefined;
  /** New title, 1 to 300 characters. */
  title?: string | null | undefined;
};

/** The author's new version of their held reply (or consult answer); de-identified before it is stored. */
export type EditHeldReplyInput = {
  /** New reply text, 1 to 10,000 characters. */
  body: string;
  /** Spans of `body` the author removes as well */
  extraRedactions?: Array<TextSpanInput> | null | undefined;
  /** Your held reply. */
  replyId: string | number;
};

/** How e-mail of one category reaches you. */
export type EmailMode =
  /** Gathered into the daily digest. */
  | 'DIGEST'
  /** One e-mail per notification, as it happens (after quiet hours). */
  | 'IMMEDIATE'
  /** No e-mail. */
  | 'OFF';

/** One laboratory result. */
export type LabResultInput = {
  /** Day of the result relative to day 0, -3,650 to 3,650. */
  dayOffset?: number | null | undefined;
  /** The test (troponin, HbA1c); de-identified before it is stored */
  name: string;
  /** One of: mg/dL, g/dL, g/L, mg/L, ug/L, ng/mL, ng/L, pg/mL, mmol/L, umol/L, nmol/L, pmol/L, mEq/L, U/L, IU/L, mIU/L, uIU/mL, %, x10^9/L, x10^12/L, /uL, fL, pg, mm/h, s, ratio, mL/min/1.73m2, mmHg, pH */
  unit: string;
  /** The measured value, from -1,000 to 10,000,000, in `unit`. */
  value: number;
};

/** An administrator's decision on a pending licence. */
export type LicenseDecision =
  /** Verify the licence: its clinician becomes VERIFIED. */
  | 'APPROVE'
  /** Ask the clinician for more information (a note is required); the licence stays pending. */
  | 'NEEDS_INFORMATION'
  /** Reject it (a note is required). */
  | 'REJECT';

/** Why a licence needs review again */
export type LicenseFlag =
  /** The registry's expiry date differs from the one the clinician typed. */
  | 'EXPIRY_MISMATCH'
  /** The registry deactivated its NPI (a verified licence is revoked at once). */
  | 'REGISTRY_DEACTIVATED';

/** Which licences the review queue lists. */
export type LicenseQueueFilter =
  /** Licences flagged since (registry deactivation, expiry mismatch), newest flag first. */
  | 'FLAGGED'
  /** Pending licences, the surest registry match first. */
  | 'PENDING';

/** Where a submitted licence stands. */
export type LicenseStatus =
  /** Its expiry date passed. */
  | 'EXPIRED'
  /** Waiting for an administrator's review (or for information the administrator asked for). */
  | 'PENDING'
  /** An administrator rejected it (see reviewNote). */
  | 'REJECTED'
  /** Withdrawn after approval, e.g. because the registry deactivated its NPI. */
  | 'REVOKED'
  /** Approved: its clinician is VERIFIED while it has not expired. */
  | 'VERIFIED';

/** Something the clinic can do on site. */
export type LocalCapability =
  /** A basic laboratory (blood count, chemistry). */
  | 'BASIC_LABS'
  /** Blood products can be transfused. */
  | 'BLOOD_TRANSFUSION'
  /** Computed tomography. */
  | 'CT'
  /** Dermoscopy of skin lesions. */
  | 'DERMOSCOPY'
  /** 12-lead electrocardiogram. */
  | 'ECG'
  /** Echocardiography. */
  | 'ECHOCARDIOGRAPHY'
  /** A full hospital laboratory. */
  | 'FULL_LABS'
  /** Magnetic resonance imaging. */
  | 'MRI'
  /** Bedside tests (glucose, troponin, blood gas and the like). */
  | 'POINT_OF_CARE_LABS'
  /** Live video with a remote clinician. */
  | 'TELEHEALTH'
  /** Ultrasound imaging. */
  | 'ULTRASOUND'
  /** Plain radiography. */
  | 'XRAY';

/** A rectangle to fill over the rendering, in its pixels from the top-left corner; it must lie inside the image. */
export type MaskRectangleInput = {
  /** Height in pixels (1 or more). */
  height: number;
  /** Width in pixels (1 or more). */
  width: number;
  /** Left edge, pixels from the left (0 or more). */
  x: number;
  /** Top edge, pixels from the top (0 or more). */
  y: number;
};

/** One medication the patient takes or took. */
export type MedicationInput = {
  /** Dose per administration, from 0.0001 to 100,000, in `unit`. */
  dose: number;
  /** twice daily, as needed...; de-identified */
  frequency?: string | null | undefined;
  /** De-identified before it is stored */
  name: string;
  /** One of: mg, mcg, g, mL, units, IU, mg/kg, mcg/kg, mg/kg/day, mcg/min, mg/h, units/h, mL/h, puffs, drops, tablets, patch, % */
  unit: string;
};

/** Which side of a consult you are on */
export type MyConsultRole =
  /** Consults you hold as the specialist: named to you, claimed or answered by you */
  | 'CONSULTING'
  /** Consults you asked for on your own cases */
  | 'REQUESTED';

/** A group of notifications whose e-mail and push delivery you choose together. */
export type NotificationCategory =
  /** Notices about your account, such as an attempt to register with your e-mail address. */
  | 'ACCOUNT_NOTICES'
  /** Outcome follow-ups: a request to report the outcome of your case, and outcomes reported on cases you helped with. */
  | 'CASE_OUTCOMES'
  /** Replies to your cases and threads. */
  | 'CASE_REPLIES'
  /** Answers and messages on consults you requested. */
  | 'CONSULT_ANSWERS'
  /** Consults asked of you or your specialty. */
  | 'CONSULT_REQUESTS'
  /** Outcomes of reports you made or of reports about your content. */
  | 'CONTENT_REPORTS'
  /** The daily digest e-mail itself. */
  | 'DIGESTS'
  /** Decisions on your licences. */
  | 'LICENSE_DECISIONS';

/** How the patient fared after a resolved case, as its author reports it */
export type OutcomeCourse =
  /** The patient died */
  | 'DIED'
  /** Better, not fully recovered */
  | 'IMPROVED'
  /** Recovered fully */
  | 'RECOVERED'
  /** Transferred to another service; the course after that is unknown */
  | 'TRANSFERRED'
  /** No change */
  | 'UNCHANGED'
  /** The author does not know */
  | 'UNKNOWN'
  /** Worse */
  | 'WORSENED';

/** The patient's sex as the author chose to give it. */
export type PatientSex =
  /** Female. */
  | 'FEMALE'
  /** Intersex. */
  | 'INTERSEX'
  /** Male. */
  | 'MALE'
  /** Not known or not given. */
  | 'UNKNOWN';

/** A HIPAA Safe Harbor identifier category */
export type PhiCategory =
  /** An account number. */
  | 'ACCOUNT_NUMBER'
  /** An age over 89 (stored as 90+). */
  | 'AGE_OVER_89'
  /** A biometric identifier (fingerprint, voice print). */
  | 'BIOMETRIC_ID'
  /** A date (other than a year) tied to a person: birth, admission, death. */
  | 'DATE'
  /** A device identifier or serial number. */
  | 'DEVICE_ID'
  /** An e-mail address. */
  | 'EMAIL'
  /** A fax number. */
  | 'FAX'
  /** A health plan beneficiary number. */
  | 'HEALTH_PLAN_ID'
  /** An IP address. */
  | 'IP_ADDRESS'
  /** A certificate or licence number. */
  | 'LICENSE_NUMBER'
  /** A place smaller than a state: street, city, county, ZIP code, facility. */
  | 'LOCATION'
  /** A medical record number. */
  | 'MRN'
  /** A person's name (patient, relative, clinician). */
  | 'NAME'
  /** Any other unique identifying number, characteristic or code, including spans the author marked. */
  | 'OTHER_ID'
  /** A telephone number. */
  | 'PHONE'
  /** A Social Security number. */
  | 'SSN'
  /** A web address. */
  | 'URL'
  /** A vehicle identifier or licence plate. */
  | 'VEHICLE_ID';

/** A browser's Web Push subscription (the fields of its PushSubscription JSON). */
export type PushSubscriptionInput = {
  /** The authentication secret, base64url (keys.auth) */
  auth: string;
  /** The push service's endpoint URL (PushSubscription.endpoint) */
  endpoint: string;
  /** The browser's P-256 public key, base64url (keys.p256dh) */
  p256dh: string;
};

/** A daily time span when e-mail and push wait. It may cross midnight (start after end). */
export type QuietHoursInput = {
  /** Minute of the day quiet hours end, 0 to 1439; differs from startMinute. */
  endMinute: number;
  /** Minute of the day quiet hours start, 0 to 1439 (e.g. 1320 for 22:00). */
  startMinute: number;
  /** IANA time zone of the two minutes, e.g. America/Chicago. */
  timeZone: string;
};

/** A span of a case's stored title or body that an administrator replaces with its category placeholder. */
export type RedactCaseInput = {
  /** The case. */
  caseId: string | number;
  /** The placeholder the span becomes, e.g. NAME -> [NAME] */
  category: PhiCategory;
  /** Exclusive; the span is widened to whole words */
  end: number;
  /** TITLE or BODY (default BODY). */
  field?: CaseTextField;
  /** UTF-16 offset into the stored (de-identified) text */
  start: number;
};

/** A span of a reply's (or consult answer's) stored text that an administrator replaces with its category placeholder. */
export type RedactReplyInput = {
  /** The placeholder the span becomes, e.g. NAME -> [NAME] */
  category: PhiCategory;
  /** Exclusive; the span is widened to whole words */
  end: number;
  /** The reply. */
  replyId: string | number;
  /** UTF-16 offset into the stored (de-identified) text */
  start: number;
};

/** How one field of a licence compares with the NPPES registry (MISSING: nothing to compare) */
export type RegistryFieldMatch =
  /** The field agrees with the registry. */
  | 'MATCH'
  /** The field contradicts the registry. */
  | 'MISMATCH'
  /** The registry has nothing to compare it with. */
  | 'MISSING'
  /** The field agrees in part (e.g. the number is listed in another state). */
  | 'PARTIAL';

/** Where the imported file came from. */
export type RegistryImportSource =
  /** A file already on the server, in the registry import directory. */
  | 'SERVER_PATH'
  /** A file an administrator uploaded (kept on the server until the import ends). */
  | 'UPLOAD';

/** Where a registry import is. */
export type RegistryImportStatus =
  /** Stopped with an error (see errorCode). */
  | 'FAILED'
  /** Waiting for the background worker. */
  | 'QUEUED'
  /** Being read; the counters grow. */
  | 'RUNNING'
  /** Finished; licences were compared with the registry again. */
  | 'SUCCEEDED';

/** How a licence compares with the imported NPPES registry */
export type RegistryMatch =
  /** NPI active, name, jurisdiction and licence number all match */
  | 'FULL'
  /** Not in the registry, or deactivated there */
  | 'NONE'
  /** The NPI is in the registry but something else differs */
  | 'PARTIAL';

/** A reply to a case; the body is de-identified before it is stored. */
export type ReplyInput = {
  /** Your own READY attachments to post with it (see the upload route and `attachment`) */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Reply text, 1 to 10,000 characters. */
  body: string;
  /** The case to reply to (not CLOSED). */
  caseId: string | number;
  /** Spans of `body` its author marks for removal as well (applied on the server, never stored raw) */
  extraRedactions?: Array<TextSpanInput> | null | undefined;
  /** Reply to this reply of the same case (a thread); leave out for a top-level reply. */
  parentReplyId?: string | number | null | undefined;
};

/** The outcome of a resolved case, reported by its author (replaces an earlier one) */
export type ReportCaseOutcomeInput = {
  /** What was done (1 to 2000 characters; de-identified) */
  actionsTaken: string;
  /** Spans of `actionsTaken` (as trimmed) its author marks for removal as well, as in the preview (applied on the server, never stored raw) */
  actionsTakenRedactions?: Array<TextSpanInput> | null | undefined;
  /** Whether the outcome bore out the consultants' advice (leave out when unsure) */
  adviceConfirmed?: boolean | null | undefined;
  /** The resolved case */
  caseId: string | number;
  /** Whether the consult changed how the patient was managed */
  changedManagement: boolean;
  /** How the patient fared */
  course: OutcomeCourse;
  /** The final diagnosis (1 to 500 characters; de-identified before it is stored) */
  finalDiagnosis: string;
  /** Spans of `finalDiagnosis` (as trimmed) its author marks for removal as well, as in the preview (applied on the server, never stored raw) */
  finalDiagnosisRedactions?: Array<TextSpanInput> | null | undefined;
  /** Anything else worth knowing (up to 4000 characters; de-identified) */
  notes?: string | null | undefined;
  /** Spans of `notes` (as trimmed) its author marks for removal as well, as in the preview (applied on the server, never stored raw) */
  notesRedactions?: Array<TextSpanInput> | null | undefined;
};

/** A report of one case or one reply: give exactly one of caseId and replyId. */
export type ReportInput = {
  /** The case to report. */
  caseId?: string | number | null | undefined;
  /** De-identified before it is stored */
  note?: string | null | undefined;
  /** Why. */
  reason: ReportReason;
  /** The reply (or consult answer) to report. */
  replyId?: string | number | null | undefined;
};

/** How a report ended */
export type ReportOutcome =
  /** Removed; a tombstone keeps the thread's shape. */
  | 'DELETED'
  /** Left as it was: nothing to remove. */
  | 'DISMISSED'
  /** Shown again, after the author's edit or an administrator's redaction. */
  | 'RESTORED';

/** Why content is reported. */
export type ReportReason =
  /** Clinically wrong or misleading. */
  | 'MISINFORMATION'
  /** Anything else (say what in the note). */
  | 'OTHER'
  /** It may still identify a patient. The content is normally hidden at once (from all but its author and administrators) until an administrator decides; each clinician may have a limited number of these open per day. */
  | 'PHI_SUSPECTED'
  /** Advertising or off-topic. */
  | 'SPAM'
  /** Unprofessional or disrespectful. */
  | 'UNPROFESSIONAL';

/** Where an open report stands between the administrators and the author */
export type ReportStage =
  /** Waiting for an administrator. */
  | 'AWAITING_REVIEW'
  /** The author edited the held content; it is back with the administrators. */
  | 'EDITED_BY_AUTHOR'
  /** An administrator redacted part of the content since the report. */
  | 'REDACTED'
  /** An administrator sent the content back to its author with a note; it stays hidden. */
  | 'RETURNED_TO_AUTHOR';

/** Whether a report is still waiting for an administrator. */
export type ReportStatus =
  /** Decided: the content was removed, redacted or repaired. */
  | 'ACTIONED'
  /** Decided: nothing was removed. */
  | 'DISMISSED'
  /** Not yet decided. */
  | 'OPEN';

/** A request for a specialist's opinion on a case. */
export type RequestConsultInput = {
  /** The case (open, readable by you) the consult is about. */
  caseId: string | number;
  /** A named specialist; otherwise any specialist of the specialty may claim it */
  consultantId?: string | number | null | undefined;
  /** The specialty asked; one open consult per case and specialty. */
  specialtyId: string | number;
  /** ROUTINE (default) or URGENT. */
  urgency?: ConsultUrgency | null | undefined;
};

/** One decision applied to many pending licences. */
export type ReviewLicensesInput = {
  /** Approve, reject, or ask for information. */
  decision: LicenseDecision;
  /** 1 to 100 pending licences */
  licenseIds: Array<string | number>;
  /** Needed to reject or ask for information; de-identified */
  note?: string | null | undefined;
};

/** What a clinician account may do beyond its own content. */
export type Role =
  /** An operator: reviews licences, handles reports, suspends accounts, reads the audit log. */
  | 'ADMIN'
  /** An ordinary member: posts cases, replies, consults. */
  | 'CLINICIAN';

/** The structured template of a case you wrote; saving replaces the whole of it. Free text is de-identified; numbers must lie in plausible ranges. */
export type SaveCaseDetailsInput = {
  /** The patient's age band. */
  ageBand?: AgeBand | null | undefined;
  /** The case (yours) the details belong to. */
  caseId: string | number;
  /** What you want the specialist to answer; de-identified */
  clinicalQuestion: string;
  /** Laboratory results, at most 100. */
  labs?: Array<LabResultInput> | null | undefined;
  /** What the clinic can do on site, at most 12. */
  localCapabilities?: Array<LocalCapability> | null | undefined;
  /** Medications, at most 50. */
  medications?: Array<MedicationInput> | null | undefined;
  /** Distance to the nearest specialist, km */
  nearestSpecialistKm?: number | null | undefined;
  /** De-identified */
  presentingProblem?: string | null | undefined;
  /** The patient's sex. */
  sex?: PatientSex | null | undefined;
  /** Dated events of the history, at most 50. */
  timeline?: Array<TimelineEntryInput> | null | undefined;
  /** How the patient could reach a specialist, at most 8. */
  transferOptions?: Array<TransferOption> | null | undefined;
  /** Travel time to the nearest specialist, minutes */
  travelMinutes?: number | null | undefined;
  /** What has been tried; de-identified */
  tried?: string | null | undefined;
  /** The latest vital signs. */
  vitals?: VitalsInput | null | undefined;
};

/** A message in a consult's private dialogue; the body is de-identified before it is stored. */
export type SendConsultMessageInput = {
  /** Message text, 1 to 5,000 characters. */
  body: string;
  /** The consult (you must be its requester or its specialist). */
  consultId: string | number;
  /** Spans of `body` its author marks for removal as well, as in the preview (applied on the server, never stored raw) */
  extraRedactions?: Array<TextSpanInput> | null | undefined;
  /** The specialist only */
  requestsInformation?: boolean | null | undefined;
};

/** How one category of notifications should reach you. */
export type SetNotificationPreferenceInput = {
  /** The category to set. */
  category: NotificationCategory;
  /** IMMEDIATE, DIGEST or OFF. */
  email: EmailMode;
  /** Push to your subscribed browsers. */
  push: boolean;
};

/** A licence to verify; an administrator (or a full registry match, when enabled) approves it. */
export type SubmitLicenseInput = {
  /** The credential the licence is for. */
  credential: Credential;
  /** Expiry date (YYYY-MM-DD), in the future. */
  expiresOn: string;
  /** Two-letter US state or territory code of the issuing board. */
  jurisdiction: string;
  /** The licence number as the board issued it; one licence per number and jurisdiction. */
  licenseNumber: string;
  /** 10 digits with a valid check digit (Luhn over the 80840 prefix) */
  npi: string;
};

/** A span of the submitted text that its author marks for removal, as UTF-16 offsets (start inclusive, end exclusive). */
export type TextSpanInput = {
  /** Exclusive */
  end: number;
  /** UTF-16 offset into the submitted text */
  start: number;
};

/** One dated event of the case history, dated relative to day 0 (no calendar dates). */
export type TimelineEntryInput = {
  /** Days from the first clinical date (day 0) */
  dayOffset: number;
  /** De-identified before it is stored */
  event: string;
};

/** A way the patient could reach a specialist from the clinic. */
export type TransferOption =
  /** Helicopter or fixed-wing air ambulance. */
  | 'AIR_AMBULANCE'
  /** Ground ambulance. */
  | 'GROUND_AMBULANCE'
  /** No transfer is possible. */
  | 'NONE'
  /** The patient's own or a family vehicle. */
  | 'PRIVATE_VEHICLE'
  /** A planned outpatient referral, not an urgent transfer. */
  | 'SCHEDULED_REFERRAL';

/** Why the engine kept a token it is not sure of */
export type UncertaintyReason =
  /** A single letter that could be an initial. */
  | 'INITIAL'
  /** A long number that matched no identifier pattern. */
  | 'LONG_NUMBER'
  /** A capitalised word that could be a name. */
  | 'POSSIBLE_NAME'
  /** A word that is in none of the engine's dictionaries. */
  | 'UNKNOWN_WORD';

/** Your own masks on one of your draft attachments. */
export type UpdateAttachmentMasksInput = {
  /** The draft attachment (yours, not yet posted). */
  attachmentId: string | number;
  /** The author's masks, all of them (replaces the previous list); [] removes them */
  masks: Array<MaskRectangleInput>;
};

/** Changes to a case you wrote (an administrator may only close it). Fields left out keep their value; text is de-identified again. */
export type UpdateCaseInput = {
  /** New case text, 1 to 20,000 characters. */
  body?: string | null | undefined;
  /** The case to change. */
  caseId: string | number;
  /** New status; only forward moves (OPEN to RESOLVED or CLOSED, RESOLVED to CLOSED). */
  status?: CaseStatus | null | undefined;
  /** Replaces the tags: at most 10, 1 to 40 characters each. */
  tags?: Array<string> | null | undefined;
  /** New title, 1 to 300 characters. */
  title?: string | null | undefined;
};

/** Changes to your own profile; a field left out (or null) keeps its value. */
export type UpdateProfileInput = {
  /** Whether you take direct consult requests. */
  acceptingConsults?: boolean | null | undefined;
  /** A short biography, at most 2,000 characters; de-identified before it is stored. */
  bio?: string | null | undefined;
  /** New display name, 1 to 80 characters. */
  displayName?: string | null | undefined;
  /** Replaces your specialties (ids from the specialties query), at most 10. */
  specialtyIds?: Array<string | number> | null | undefined;
  /** Two-letter US state or territory code (e.g. `OH`); nothing finer is stored. */
  state?: string | null | undefined;
};

/** Where a clinician stands in licence verification. Only VERIFIED clinicians may read or write clinical content. */
export type VerificationStatus =
  /** The approved licence passed its expiry date; submit a renewed one. */
  | 'EXPIRED'
  /** A licence is submitted and waits for an administrator's review. */
  | 'PENDING'
  /** The submitted licence was rejected; a new one may be submitted. */
  | 'REJECTED'
  /** An administrator suspended the account: its sessions were revoked and it cannot sign in until reinstated. */
  | 'SUSPENDED'
  /** Registered, no licence submitted yet. */
  | 'UNVERIFIED'
  /** A licence was approved and has not expired: full access. */
  | 'VERIFIED';

/** Vital signs; each value must lie in a plausible range or it is refused as a typing error. */
export type VitalsInput = {
  /** mmHg */
  diastolicBp?: number | null | undefined;
  /** beats per minute */
  heartRate?: number | null | undefined;
  /** percent */
  oxygenSaturation?: number | null | undefined;
  /** breaths per minute */
  respiratoryRate?: number | null | undefined;
  /** mmHg */
  systolicBp?: number | null | undefined;
  /** degrees Celsius */
  temperatureC?: number | null | undefined;
  /** kilograms */
  weightKg?: number | null | undefined;
};

export type CaseSummaryFragment = { id: string, title: string, status: CaseStatus, replyCount: number, createdAt: string, tags: Array<string>, patientAge: string | null, patientSex: PatientSex | null, anonymous: boolean, author: { id: string, displayName: string } | null, channel: { id: string, name: string, slug: string } };

export type LayoutMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LayoutMeQuery = { me: { id: string, displayName: string, role: Role, verificationStatus: VerificationStatus } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type NotificationAddedBadgeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedBadgeSubscription = { notificationAdded: { id: string, kind: string, createdAt: string, readAt: string | null, consult: { id: string, status: ConsultStatus, dueAt: string, consultant: { id: string, displayName: string } | null } | null } };

export type PagesSpecFeedQueryVariables = Exact<{
  channelId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type PagesSpecFeedQuery = { feed: { edges: Array<{ node: { id: string, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMeQuery = { me: { id: string, role: Role } };

export type AdminAuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, at: string, action: string, targetType: string | null, targetId: string | null, actor: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminAuditActorQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminAuditActorQuery = { clinician: { id: string, displayName: string } | null };

export type AdminAuditCsvQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;


export type AdminAuditCsvQuery = { auditLogCsv: string };

export type AdminClinicianDetailQueryVariables = Exact<{
  clinicianId: string | number;
}>;


export type AdminClinicianDetailQuery = { clinicianModeration: { clinician: { id: string, displayName: string, email: string | null, role: Role, verificationStatus: VerificationStatus, state: string | null, createdAt: string, licenses: Array<{ id: string, status: LicenseStatus, credential: Credential, jurisdiction: string, licenseNumber: string, npi: string, expiresOn: string, submittedAt: string, reviewedAt: string | null, flag: LicenseFlag | null, flaggedAt: string | null, registryMatch: RegistryMatch | null }> }, reportsAgainst: Array<{ id: string, reason: ReportReason, status: ReportStatus, stage: ReportStage, outcome: ReportOutcome | null, hidContent: boolean, createdAt: string, resolvedAt: string | null }>, reportsFiled: Array<{ id: string, reason: ReportReason, status: ReportStatus, stage: ReportStage, outcome: ReportOutcome | null, hidContent: boolean, createdAt: string, resolvedAt: string | null }>, history: Array<{ id: string, action: string, at: string, targetType: string | null, actor: { id: string, displayName: string } | null }> } };

export type AdminClearLicenseFlagMutationVariables = Exact<{
  licenseId: string | number;
  reason: string;
}>;


export type AdminClearLicenseFlagMutation = { clearLicenseFlag: { id: string, flag: LicenseFlag | null, flaggedAt: string | null } };

export type AdminCliniciansQueryVariables = Exact<{
  input?: ClinicianSearchInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminCliniciansQuery = { adminClinicians: { edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, role: Role, verificationStatus: VerificationStatus, state: string | null, createdAt: string, licenses: Array<{ id: string, status: LicenseStatus, jurisdiction: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminSuspendClinicianMutationVariables = Exact<{
  clinicianId: string | number;
  reason: string;
}>;


export type AdminSuspendClinicianMutation = { suspendClinician: { id: string, verificationStatus: VerificationStatus } };

export type AdminReinstateClinicianMutationVariables = Exact<{
  clinicianId: string | number;
  reason: string;
}>;


export type AdminReinstateClinicianMutation = { reinstateClinician: { id: string, verificationStatus: VerificationStatus } };

export type AdminDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDashboardQuery = { adminDashboard: { generatedAt: string, overdueConsults: number, responseWindowDays: number, licenses: { waiting: number, waitingOverTwoDays: number, oldestSubmittedAt: string | null }, reports: { open: number, oldestCreatedAt: string | null }, responseTimes: Array<{ answered: number, medianMinutes: number, specialty: { id: string, name: string } }>, signupsPerWeek: Array<{ weekStart: string, count: number }> } };

export type AdminVerificationQueueQueryVariables = Exact<{
  filter?: LicenseQueueFilter | null | undefined;
}>;


export type AdminVerificationQueueQuery = { licenseReviewQueue: { edges: Array<{ node: { id: string, flag: LicenseFlag | null, informationRequestedAt: string | null, npi: string, credential: Credential, jurisdiction: string, licenseNumber: string, expiresOn: string, submittedAt: string, registryMatch: RegistryMatch | null, status: LicenseStatus, registryComparison: { score: number, npi: RegistryFieldMatch, name: RegistryFieldMatch, state: RegistryFieldMatch, number: RegistryFieldMatch, expiry: RegistryFieldMatch, deactivation: RegistryFieldMatch } | null, clinician: { id: string, displayName: string, email: string | null } } }>, pageInfo: { hasNextPage: boolean } } };

export type AdminReviewLicensesMutationVariables = Exact<{
  input: ReviewLicensesInput;
}>;


export type AdminReviewLicensesMutation = { reviewLicenses: { reviewed: Array<{ id: string, status: LicenseStatus, reviewedAt: string | null, informationRequestedAt: string | null }>, skipped: Array<{ licenseId: string, code: string, message: string }> } };

export type AdminRegistryImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRegistryImportsQuery = { registryImports: Array<{ id: string, status: RegistryImportStatus, source: RegistryImportSource, percent: number | null, rowsRead: number, individualsImported: number, malformedRows: number, deactivationsApplied: number, licensesChecked: number, licensesFlagged: number, licensesRevoked: number, errorCode: string | null, createdAt: string, finishedAt: string | null }> };

export type AdminRegistryImportProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AdminRegistryImportProgressSubscription = { registryImportProgress: { id: string, status: RegistryImportStatus, source: RegistryImportSource, percent: number | null, rowsRead: number, individualsImported: number, malformedRows: number, deactivationsApplied: number, licensesChecked: number, licensesFlagged: number, licensesRevoked: number, errorCode: string | null, createdAt: string, finishedAt: string | null } };

export type AdminStartRegistryImportMutationVariables = Exact<{
  path: string;
}>;


export type AdminStartRegistryImportMutation = { startRegistryImport: { id: string, status: RegistryImportStatus } };

export type AdminRedactCaseMutationVariables = Exact<{
  input: RedactCaseInput;
}>;


export type AdminRedactCaseMutation = { redactCase: { id: string, title: string, body: string } };

export type AdminRedactReplyMutationVariables = Exact<{
  input: RedactReplyInput;
}>;


export type AdminRedactReplyMutation = { redactReply: { id: string, body: string } };

export type AdminReportsQueryVariables = Exact<{
  status?: ReportStatus | null | undefined;
}>;


export type AdminReportsQuery = { reports: { edges: Array<{ node: { id: string, reason: ReportReason, note: string | null, status: ReportStatus, outcome: ReportOutcome | null, returnNote: string | null, createdAt: string, reporter: { id: string, displayName: string } | null, case: { id: string, title: string, body: string, author: { id: string, displayName: string } | null, hold: { stage: ReportStage } | null } | null, reply: { id: string, body: string, author: { id: string, displayName: string }, case: { id: string, title: string }, hold: { stage: ReportStage } | null } | null } }> } };

export type AdminRestoreContentMutationVariables = Exact<{
  reportId: string | number;
}>;


export type AdminRestoreContentMutation = { restoreContent: { id: string, status: ReportStatus, outcome: ReportOutcome | null } };

export type AdminReturnToAuthorMutationVariables = Exact<{
  reportId: string | number;
  note: string;
}>;


export type AdminReturnToAuthorMutation = { returnToAuthor: { id: string, stage: ReportStage, returnNote: string | null } };

export type AdminResolveReportMutationVariables = Exact<{
  reportId: string | number;
  removeContent: boolean;
}>;


export type AdminResolveReportMutation = { resolveReport: { id: string, status: ReportStatus } };

export type AttachmentReviewFragment = { id: string, status: AttachmentStatus, refusalCode: string | null, refusalMessage: string | null, kind: string | null, mimeType: string | null, width: number | null, height: number | null, url: string | null, reviewReasons: Array<string>, facesMasked: number, faceMasking: string, consentRecorded: boolean, posted: boolean, autoMasks: Array<{ x: number, y: number, width: number, height: number }>, authorMasks: Array<{ x: number, y: number, width: number, height: number }> };

export type AttachmentStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentStatusQuery = { attachment: { id: string, status: AttachmentStatus, refusalCode: string | null, refusalMessage: string | null, kind: string | null, mimeType: string | null, width: number | null, height: number | null, url: string | null, reviewReasons: Array<string>, facesMasked: number, faceMasking: string, consentRecorded: boolean, posted: boolean, autoMasks: Array<{ x: number, y: number, width: number, height: number }>, authorMasks: Array<{ x: number, y: number, width: number, height: number }> } | null };

export type UpdateAttachmentMasksMutationVariables = Exact<{
  input: UpdateAttachmentMasksInput;
}>;


export type UpdateAttachmentMasksMutation = { updateAttachmentMasks: { id: string, status: AttachmentStatus, refusalCode: string | null, refusalMessage: string | null, kind: string | null, mimeType: string | null, width: number | null, height: number | null, url: string | null, reviewReasons: Array<string>, facesMasked: number, faceMasking: string, consentRecorded: boolean, posted: boolean, autoMasks: Array<{ x: number, y: number, width: number, height: number }>, authorMasks: Array<{ x: number, y: number, width: number, height: number }> } };

export type DiscardAttachmentMutationVariables = Exact<{
  attachmentId: string | number;
}>;


export type DiscardAttachmentMutation = { discardAttachment: boolean };

export type PostedAttachmentFragment = { id: string, kind: string | null, url: string | null, width: number | null, height: number | null, faceMasking: string, dicomUrl: string | null, windows: Array<{ name: string, centre: number, width: number, url: string | null }> };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type CaseStructuredQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseStructuredQuery = { case: { id: string, details: { clinicalQuestion: string, presentingProblem: string | null, tried: string | null, ageBand: AgeBand | null, localCapabilities: Array<LocalCapability>, transferOptions: Array<TransferOption>, travelMinutes: number | null, nearestSpecialistKm: number | null, vitals: { heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, oxygenSaturation: number | null, temperatureC: number | null, weightKg: number | null }, timeline: Array<{ dayOffset: number, event: string }>, labs: Array<{ name: string, value: number, unit: string, dayOffset: number | null }>, medications: Array<{ name: string, dose: number, unit: string, frequency: string | null }> } | null } | null };

export type PreviewOutcomeTextQueryVariables = Exact<{
  text: string;
  spans?: Array<TextSpanInput> | TextSpanInput | null | undefined;
}>;


export type PreviewOutcomeTextQuery = { previewDeidentification: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type CaseOutcomeViewQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseOutcomeViewQuery = { case: { id: string, outcome: { finalDiagnosis: string, actionsTaken: string, changedManagement: boolean, adviceConfirmed: boolean | null, course: OutcomeCourse, notes: string | null, reportedAt: string, updatedAt: string } | null } | null };

export type ReportCaseOutcomeMutationVariables = Exact<{
  input: ReportCaseOutcomeInput;
}>;


export type ReportCaseOutcomeMutation = { reportCaseOutcome: { finalDiagnosis: string, actionsTaken: string, changedManagement: boolean, adviceConfirmed: boolean | null, course: OutcomeCourse, notes: string | null, reportedAt: string, updatedAt: string } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { me: { id: string, role: Role }, case: { id: string, title: string, body: string, status: CaseStatus, anonymous: boolean, createdAt: string, patientAge: string | null, patientSex: PatientSex | null, tags: Array<string>, replyCount: number, author: { id: string, displayName: string } | null, channel: { id: string, name: string, slug: string, specialty: { id: string, name: string } | null }, deidentification: { findingCount: number, categories: Array<PhiCategory> }, attachments: Array<{ id: string, kind: string | null, url: string | null, width: number | null, height: number | null, faceMasking: string, dicomUrl: string | null, windows: Array<{ name: string, centre: number, width: number, url: string | null }> }>, hold: { reason: ReportReason, stage: ReportStage, since: string, returnNote: string | null } | null } | null };

export type CaseRepliesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CaseRepliesQuery = { case: { id: string, replies: { edges: Array<{ node: { id: string, body: string, createdAt: string, isAccepted: boolean, isConsultAnswer: boolean, hold: { reason: ReportReason, stage: ReportStage, since: string, returnNote: string | null } | null, parent: { id: string } | null, author: { id: string, displayName: string }, attachments: Array<{ id: string, kind: string | null, url: string | null, width: number | null, height: number | null, faceMasking: string, dicomUrl: string | null, windows: Array<{ name: string, centre: number, width: number, url: string | null }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CaseConsultsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseConsultsQuery = { case: { id: string, consults: Array<{ id: string, status: ConsultStatus, urgency: ConsultUrgency, dueAt: string, answerDueAt: string | null, createdAt: string, helpful: boolean | null, specialty: { id: string, name: string }, consultant: { id: string, displayName: string } | null, requestedBy: { id: string, displayName: string }, answer: { id: string } | null }> } | null };

export type ReplyAddedSubscriptionVariables = Exact<{
  caseId: string | number;
}>;


export type ReplyAddedSubscription = { replyAdded: { id: string } };

export type ReplyToCaseMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ReplyToCaseMutation = { replyToCase: { id: string } };

export type AcceptReplyMutationVariables = Exact<{
  replyId: string | number;
}>;


export type AcceptReplyMutation = { acceptReply: { id: string, isAccepted: boolean, case: { id: string } } };

export type UpdateCaseStatusMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type UpdateCaseStatusMutation = { updateCase: { id: string, status: CaseStatus } };

export type PreviewReplyQueryVariables = Exact<{
  body: string;
  spans?: Array<TextSpanInput> | TextSpanInput | null | undefined;
}>;


export type PreviewReplyQuery = { body: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type PreviewCaseQueryVariables = Exact<{
  title: string;
  body: string;
  spans?: Array<TextSpanInput> | TextSpanInput | null | undefined;
  clinicalQuestion: string;
  withClinicalQuestion: boolean;
  presentingProblem: string;
  withPresentingProblem: boolean;
  tried: string;
  withTried: boolean;
}>;


export type PreviewCaseQuery = { title: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> }, body: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> }, clinicalQuestion?: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> }, presentingProblem?: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> }, tried?: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type PreviewDetailTextQueryVariables = Exact<{
  text: string;
}>;


export type PreviewDetailTextQuery = { previewDeidentification: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type ComposerChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComposerChannelsQuery = { channels: Array<{ id: string, name: string, isMember: boolean }>, caseDetailUnits: { lab: Array<string>, dose: Array<string> } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase: { id: string } };

export type SaveCaseDetailsMutationVariables = Exact<{
  input: SaveCaseDetailsInput;
}>;


export type SaveCaseDetailsMutation = { saveCaseDetails: { clinicalQuestion: string } };

export type PreviewMessageQueryVariables = Exact<{
  body: string;
  spans?: Array<TextSpanInput> | TextSpanInput | null | undefined;
}>;


export type PreviewMessageQuery = { body: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type ConsultMessagesQueryVariables = Exact<{
  consultId: string | number;
  after?: string | null | undefined;
}>;


export type ConsultMessagesQuery = { consultMessages: { edges: Array<{ node: { id: string, body: string, createdAt: string, requestsInformation: boolean, author: { id: string, displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SendConsultMessageMutationVariables = Exact<{
  input: SendConsultMessageInput;
}>;


export type SendConsultMessageMutation = { sendConsultMessage: { id: string } };

export type CaseConsultFragment = { id: string, status: ConsultStatus, urgency: ConsultUrgency, dueAt: string, answerDueAt: string | null, createdAt: string, helpful: boolean | null, specialty: { id: string, name: string }, consultant: { id: string, displayName: string } | null, requestedBy: { id: string, displayName: string }, answer: { id: string } | null };

export type SpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialtiesQuery = { specialties: Array<{ id: string, name: string }> };

export type RequestConsultMutationVariables = Exact<{
  input: RequestConsultInput;
}>;


export type RequestConsultMutation = { requestConsult: { id: string, status: ConsultStatus, urgency: ConsultUrgency, dueAt: string, answerDueAt: string | null, createdAt: string, helpful: boolean | null, case: { id: string, consults: Array<{ id: string }> }, specialty: { id: string, name: string }, consultant: { id: string, displayName: string } | null, requestedBy: { id: string, displayName: string }, answer: { id: string } | null } };

export type ResolveConsultMutationVariables = Exact<{
  consultId: string | number;
  helpful: boolean;
}>;


export type ResolveConsultMutation = { resolveConsult: { id: string, status: ConsultStatus, helpful: boolean | null } };

export type CancelConsultMutationVariables = Exact<{
  consultId: string | number;
}>;


export type CancelConsultMutation = { cancelConsult: { id: string, status: ConsultStatus } };

export type AnswerConsultMutationVariables = Exact<{
  input: AnswerConsultInput;
}>;


export type AnswerConsultMutation = { answerConsult: { id: string, status: ConsultStatus, answer: { id: string } | null, case: { id: string, replyCount: number } } };

export type PreviewAnswerQueryVariables = Exact<{
  body: string;
  spans?: Array<TextSpanInput> | TextSpanInput | null | undefined;
}>;


export type PreviewAnswerQuery = { body: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type PreviewHeldEditQueryVariables = Exact<{
  title: string;
  withTitle: boolean;
  body: string;
  spans?: Array<TextSpanInput> | TextSpanInput | null | undefined;
}>;


export type PreviewHeldEditQuery = { title?: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> }, body: { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> } };

export type EditHeldCaseMutationVariables = Exact<{
  input: EditHeldCaseInput;
}>;


export type EditHeldCaseMutation = { editHeldCase: { id: string, title: string, body: string, hold: { reason: ReportReason, stage: ReportStage, since: string, returnNote: string | null } | null } };

export type EditHeldReplyMutationVariables = Exact<{
  input: EditHeldReplyInput;
}>;


export type EditHeldReplyMutation = { editHeldReply: { id: string, body: string, hold: { reason: ReportReason, stage: ReportStage, since: string, returnNote: string | null } | null } };

export type PreviewOfTextFragment = { text: string, findings: Array<{ category: PhiCategory, start: number, end: number, replacement: string }>, uncertain: Array<{ start: number, end: number, reason: UncertaintyReason }>, warnings: Array<{ rule: string, message: string }> };

export type ReportContentMutationVariables = Exact<{
  input: ReportInput;
}>;


export type ReportContentMutation = { reportContent: { id: string, status: ReportStatus } };

export type DirectorySpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectorySpecialtiesQuery = { specialties: Array<{ id: string, name: string }> };

export type DirectoryCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectoryCaseQuery = { case: { id: string, title: string, status: CaseStatus } | null };

export type SpecialistDirectoryQueryVariables = Exact<{
  specialtyId?: string | number | null | undefined;
  onCallNow?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type SpecialistDirectoryQuery = { specialistDirectory: { edges: Array<{ node: { id: string, acceptingConsults: boolean, onCallNow: boolean, consultsAnswered: number, medianMinutesToAnswer: number | null, clinician: { id: string, displayName: string, state: string | null }, specialties: Array<{ id: string, name: string }>, onCallWindows: Array<{ id: string, startsAt: string, endsAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AskSpecialistMutationVariables = Exact<{
  input: RequestConsultInput;
}>;


export type AskSpecialistMutation = { requestConsult: { id: string, status: ConsultStatus, urgency: ConsultUrgency, dueAt: string, consultant: { id: string, displayName: string } | null, case: { id: string, consults: Array<{ id: string }> } } };

export type MyConsultsQueryVariables = Exact<{
  role?: MyConsultRole | null | undefined;
  statuses?: Array<ConsultStatus> | ConsultStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyConsultsQuery = { myConsults: { edges: Array<{ node: { id: string, status: ConsultStatus, urgency: ConsultUrgency, dueAt: string, answerDueAt: string | null, helpful: boolean | null, createdAt: string, specialty: { id: string, name: string }, case: { id: string, title: string }, requestedBy: { id: string, displayName: string }, consultant: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsultQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsultQueueQuery = { consultQueue: { edges: Array<{ node: { id: string, status: ConsultStatus, urgency: ConsultUrgency, dueAt: string, specialty: { id: string, name: string }, case: { id: string, title: string } } }> } };

export type ClaimConsultMutationVariables = Exact<{
  consultId: string | number;
}>;


export type ClaimConsultMutation = { claimConsult: { id: string, status: ConsultStatus, consultant: { id: string, displayName: string } | null, case: { id: string } } };

export type MyConsultCreditQueryVariables = Exact<{
  period: CreditPeriodInput;
}>;


export type MyConsultCreditQuery = { myConsultCredit: { from: string, to: string, consultsAnswered: number, minutesSpent: number, helpfulMarks: number, confirmedOutcomes: number, entries: Array<{ consultId: string, caseId: string, caseTitle: string, answeredAt: string, minutesSpent: number | null, helpful: boolean | null, adviceConfirmed: boolean | null }> } };

export type CreditStatementQueryVariables = Exact<{
  period: CreditPeriodInput;
}>;


export type CreditStatementQuery = { creditStatementLink: { url: string, expiresAt: string } };

export type ChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChannelsQuery = { channels: Array<{ id: string, name: string, slug: string, isMember: boolean, memberCount: number }> };

export type ChannelBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ChannelBySlugQuery = { channel: { id: string, name: string, slug: string, description: string | null, isMember: boolean, memberCount: number } | null };

export type FeedQueryVariables = Exact<{
  channelId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedQuery = { feed: { edges: Array<{ node: { id: string, title: string, status: CaseStatus, replyCount: number, createdAt: string, tags: Array<string>, patientAge: string | null, patientSex: PatientSex | null, anonymous: boolean, author: { id: string, displayName: string } | null, channel: { id: string, name: string, slug: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type JoinChannelMutationVariables = Exact<{
  channelId: string | number;
}>;


export type JoinChannelMutation = { joinChannel: { id: string, isMember: boolean, memberCount: number } };

export type LeaveChannelMutationVariables = Exact<{
  channelId: string | number;
}>;


export type LeaveChannelMutation = { leaveChannel: { id: string, isMember: boolean, memberCount: number } };

export type MyLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLicencesQuery = { me: { id: string, verificationStatus: VerificationStatus, licenses: Array<{ id: string, npi: string, jurisdiction: string, licenseNumber: string, credential: Credential, expiresOn: string, status: LicenseStatus, reviewNote: string | null, submittedAt: string, reviewedAt: string | null }> } };

export type SubmitLicenceMutationVariables = Exact<{
  input: SubmitLicenseInput;
}>;


export type SubmitLicenceMutation = { submitLicense: { id: string, status: LicenseStatus, npi: string, jurisdiction: string, licenseNumber: string, credential: Credential, expiresOn: string, reviewNote: string | null, submittedAt: string, reviewedAt: string | null } };

export type NotificationPreferencesViewFragment = { pushSubscriptions: number, categories: Array<{ category: NotificationCategory, customised: boolean, email: EmailMode, push: boolean }>, quietHours: { startMinute: number, endMinute: number, timeZone: string } | null };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { pushPublicKey: string, notificationPreferences: { pushSubscriptions: number, categories: Array<{ category: NotificationCategory, customised: boolean, email: EmailMode, push: boolean }>, quietHours: { startMinute: number, endMinute: number, timeZone: string } | null } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { pushSubscriptions: number, categories: Array<{ category: NotificationCategory, customised: boolean, email: EmailMode, push: boolean }>, quietHours: { startMinute: number, endMinute: number, timeZone: string } | null } };

export type SetQuietHoursMutationVariables = Exact<{
  input?: QuietHoursInput | null | undefined;
}>;


export type SetQuietHoursMutation = { setQuietHours: { pushSubscriptions: number, categories: Array<{ category: NotificationCategory, customised: boolean, email: EmailMode, push: boolean }>, quietHours: { startMinute: number, endMinute: number, timeZone: string } | null } };

export type SubscribePushMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;


export type SubscribePushMutation = { subscribePush: boolean };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { edges: Array<{ node: { id: string, kind: string, createdAt: string, readAt: string | null, case: { id: string, title: string } | null, consult: { id: string, status: ConsultStatus } | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MyOnCallWindowsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOnCallWindowsQuery = { myOnCallWindows: Array<{ id: string, startsAt: string, endsAt: string }> };

export type AddOnCallWindowMutationVariables = Exact<{
  input: AddOnCallWindowInput;
}>;


export type AddOnCallWindowMutation = { addOnCallWindow: { id: string, startsAt: string, endsAt: string } };

export type RemoveOnCallWindowMutationVariables = Exact<{
  windowId: string | number;
}>;


export type RemoveOnCallWindowMutation = { removeOnCallWindow: boolean };

export type ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileQuery = { me: { id: string, displayName: string, email: string | null, bio: string | null, state: string | null, role: Role, acceptingConsults: boolean, verificationStatus: VerificationStatus, specialties: Array<{ id: string, name: string }> }, specialties: Array<{ id: string, name: string }> };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, bio: string | null, state: string | null, acceptingConsults: boolean, specialties: Array<{ id: string, name: string }> } };

export type SearchCasesQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchCasesQuery = { searchCases: { edges: Array<{ node: { id: string, title: string, body: string, status: CaseStatus, createdAt: string, replyCount: number, channel: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const CaseSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CasePost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"patientAge"}},{"kind":"Field","name":{"kind":"Name","value":"patientSex"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CaseSummaryFragment, unknown>;
export const AttachmentReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalMessage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"autoMasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorMasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"facesMasked"}},{"kind":"Field","name":{"kind":"Name","value":"faceMasking"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]} as unknown as DocumentNode<AttachmentReviewFragment, unknown>;
export const PostedAttachmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostedAttachment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"faceMasking"}},{"kind":"Field","name":{"kind":"Name","value":"dicomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<PostedAttachmentFragment, unknown>;
export const CaseConsultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConsult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseConsultFragment, unknown>;
export const PreviewOfTextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewOfTextFragment, unknown>;
export const NotificationPreferencesViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"push"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pushSubscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesViewFragment, unknown>;
export const LayoutMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LayoutMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]} as unknown as DocumentNode<LayoutMeQuery, LayoutMeQueryVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NotificationAddedBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAddedBadge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"consult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAddedBadgeSubscription, NotificationAddedBadgeSubscriptionVariables>;
export const PagesSpecFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PagesSpecFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PagesSpecFeedQuery, PagesSpecFeedQueryVariables>;
export const AdminMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AdminMeQuery, AdminMeQueryVariables>;
export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminAuditActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AdminAuditActorQuery, AdminAuditActorQueryVariables>;
export const AdminAuditCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<AdminAuditCsvQuery, AdminAuditCsvQueryVariables>;
export const AdminClinicianDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminClinicianDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinicianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicianModeration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clinicianId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinicianId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"licenseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registryMatch"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsAgainst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hidContent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsFiled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hidContent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminClinicianDetailQuery, AdminClinicianDetailQueryVariables>;
export const AdminClearLicenseFlagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminClearLicenseFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearLicenseFlag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]}}]} as unknown as DocumentNode<AdminClearLicenseFlagMutation, AdminClearLicenseFlagMutationVariables>;
export const AdminCliniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminClinicians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClinicianSearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminClinicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCliniciansQuery, AdminCliniciansQueryVariables>;
export const AdminSuspendClinicianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSuspendClinician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinicianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendClinician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clinicianId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinicianId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]} as unknown as DocumentNode<AdminSuspendClinicianMutation, AdminSuspendClinicianMutationVariables>;
export const AdminReinstateClinicianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReinstateClinician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinicianId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateClinician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clinicianId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinicianId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]} as unknown as DocumentNode<AdminReinstateClinicianMutation, AdminReinstateClinicianMutationVariables>;
export const AdminDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTwoDays"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSubmittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"oldestCreatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueConsults"}},{"kind":"Field","name":{"kind":"Name","value":"responseWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"responseTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signupsPerWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminVerificationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminVerificationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseQueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registryComparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"deactivation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"licenseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registryMatch"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clinician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminVerificationQueueQuery, AdminVerificationQueueQueryVariables>;
export const AdminReviewLicensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReviewLicenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewLicensesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewLicenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReviewLicensesMutation, AdminReviewLicensesMutationVariables>;
export const AdminRegistryImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRegistryImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"individualsImported"}},{"kind":"Field","name":{"kind":"Name","value":"malformedRows"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"licensesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"licensesFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"licensesRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<AdminRegistryImportsQuery, AdminRegistryImportsQueryVariables>;
export const AdminRegistryImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminRegistryImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"individualsImported"}},{"kind":"Field","name":{"kind":"Name","value":"malformedRows"}},{"kind":"Field","name":{"kind":"Name","value":"deactivationsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"licensesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"licensesFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"licensesRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<AdminRegistryImportProgressSubscription, AdminRegistryImportProgressSubscriptionVariables>;
export const AdminStartRegistryImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminStartRegistryImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRegistryImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminStartRegistryImportMutation, AdminStartRegistryImportMutationVariables>;
export const AdminRedactCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRedactCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedactCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redactCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<AdminRedactCaseMutation, AdminRedactCaseMutationVariables>;
export const AdminRedactReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRedactReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedactReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redactReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<AdminRedactReplyMutation, AdminRedactReplyMutationVariables>;
export const AdminReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminReportsQuery, AdminReportsQueryVariables>;
export const AdminRestoreContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRestoreContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<AdminRestoreContentMutation, AdminRestoreContentMutationVariables>;
export const AdminReturnToAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReturnToAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnToAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}}]}}]}}]} as unknown as DocumentNode<AdminReturnToAuthorMutation, AdminReturnToAuthorMutationVariables>;
export const AdminResolveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResolveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"removeContent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"removeContent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"removeContent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminResolveReportMutation, AdminResolveReportMutationVariables>;
export const AttachmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalMessage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"autoMasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorMasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"facesMasked"}},{"kind":"Field","name":{"kind":"Name","value":"faceMasking"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]} as unknown as DocumentNode<AttachmentStatusQuery, AttachmentStatusQueryVariables>;
export const UpdateAttachmentMasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAttachmentMasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAttachmentMasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAttachmentMasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalMessage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"autoMasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorMasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"facesMasked"}},{"kind":"Field","name":{"kind":"Name","value":"faceMasking"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]} as unknown as DocumentNode<UpdateAttachmentMasksMutation, UpdateAttachmentMasksMutationVariables>;
export const DiscardAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"attachmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachmentId"}}}]}]}}]} as unknown as DocumentNode<DiscardAttachmentMutation, DiscardAttachmentMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const CaseStructuredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStructured"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicalQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"presentingProblem"}},{"kind":"Field","name":{"kind":"Name","value":"tried"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"localCapabilities"}},{"kind":"Field","name":{"kind":"Name","value":"transferOptions"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"nearestSpecialistKm"}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"oxygenSaturation"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOffset"}},{"kind":"Field","name":{"kind":"Name","value":"event"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"dayOffset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseStructuredQuery, CaseStructuredQueryVariables>;
export const PreviewOutcomeTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewOutcomeText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spans"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSpanInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraRedactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewOutcomeTextQuery, PreviewOutcomeTextQueryVariables>;
export const CaseOutcomeViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOutcomeView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"changedManagement"}},{"kind":"Field","name":{"kind":"Name","value":"adviceConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOutcomeViewQuery, CaseOutcomeViewQueryVariables>;
export const ReportCaseOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCaseOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCaseOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCaseOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalDiagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"changedManagement"}},{"kind":"Field","name":{"kind":"Name","value":"adviceConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ReportCaseOutcomeMutation, ReportCaseOutcomeMutationVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"patientAge"}},{"kind":"Field","name":{"kind":"Name","value":"patientSex"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deidentification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostedAttachment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostedAttachment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"faceMasking"}},{"kind":"Field","name":{"kind":"Name","value":"dicomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseRepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"isConsultAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"faceMasking"}},{"kind":"Field","name":{"kind":"Name","value":"dicomUrl"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRepliesQuery, CaseRepliesQueryVariables>;
export const CaseConsultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConsults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseConsult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConsult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseConsultsQuery, CaseConsultsQueryVariables>;
export const ReplyAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReplyAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyAddedSubscription, ReplyAddedSubscriptionVariables>;
export const ReplyToCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyToCaseMutation, ReplyToCaseMutationVariables>;
export const AcceptReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"replyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptReplyMutation, AcceptReplyMutationVariables>;
export const UpdateCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateCaseStatusMutation, UpdateCaseStatusMutationVariables>;
export const PreviewReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spans"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSpanInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"body"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraRedactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewReplyQuery, PreviewReplyQueryVariables>;
export const PreviewCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spans"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSpanInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinicalQuestion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withClinicalQuestion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"presentingProblem"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPresentingProblem"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tried"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTried"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"title"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"policy"},"value":{"kind":"EnumValue","value":"SHORT_FIELD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"body"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraRedactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"clinicalQuestion"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinicalQuestion"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withClinicalQuestion"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"presentingProblem"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"presentingProblem"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPresentingProblem"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tried"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tried"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTried"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewCaseQuery, PreviewCaseQueryVariables>;
export const PreviewDetailTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewDetailText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewDetailTextQuery, PreviewDetailTextQueryVariables>;
export const ComposerChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposerChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseDetailUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lab"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}}]}}]}}]} as unknown as DocumentNode<ComposerChannelsQuery, ComposerChannelsQueryVariables>;
export const CreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const SaveCaseDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCaseDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCaseDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCaseDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicalQuestion"}}]}}]}}]} as unknown as DocumentNode<SaveCaseDetailsMutation, SaveCaseDetailsMutationVariables>;
export const PreviewMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spans"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSpanInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"body"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraRedactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewMessageQuery, PreviewMessageQueryVariables>;
export const ConsultMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestsInformation"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsultMessagesQuery, ConsultMessagesQueryVariables>;
export const SendConsultMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendConsultMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendConsultMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendConsultMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendConsultMessageMutation, SendConsultMessageMutationVariables>;
export const SpecialtiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SpecialtiesQuery, SpecialtiesQueryVariables>;
export const RequestConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestConsultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseConsult"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseConsult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestConsultMutation, RequestConsultMutationVariables>;
export const ResolveConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"helpful"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}}},{"kind":"Argument","name":{"kind":"Name","value":"helpful"},"value":{"kind":"Variable","name":{"kind":"Name","value":"helpful"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}}]}}]}}]} as unknown as DocumentNode<ResolveConsultMutation, ResolveConsultMutationVariables>;
export const CancelConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelConsultMutation, CancelConsultMutationVariables>;
export const AnswerConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerConsultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerConsultMutation, AnswerConsultMutationVariables>;
export const PreviewAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spans"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSpanInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"body"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraRedactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewAnswerQuery, PreviewAnswerQueryVariables>;
export const PreviewHeldEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewHeldEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTitle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spans"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSpanInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"title"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTitle"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"body"},"name":{"kind":"Name","value":"previewDeidentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraRedactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewOfText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewOfText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeidentificationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewHeldEditQuery, PreviewHeldEditQueryVariables>;
export const EditHeldCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditHeldCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditHeldCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editHeldCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}}]}}]}}]}}]} as unknown as DocumentNode<EditHeldCaseMutation, EditHeldCaseMutationVariables>;
export const EditHeldReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditHeldReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditHeldReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editHeldReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"returnNote"}}]}}]}}]}}]} as unknown as DocumentNode<EditHeldReplyMutation, EditHeldReplyMutationVariables>;
export const ReportContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportContentMutation, ReportContentMutationVariables>;
export const DirectorySpecialtiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySpecialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectorySpecialtiesQuery, DirectorySpecialtiesQueryVariables>;
export const DirectoryCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectoryCaseQuery, DirectoryCaseQueryVariables>;
export const SpecialistDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecialistDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialtyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onCallNow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialistDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specialtyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialtyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"onCallNow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onCallNow"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptingConsults"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingConsults"}},{"kind":"Field","name":{"kind":"Name","value":"onCallNow"}},{"kind":"Field","name":{"kind":"Name","value":"consultsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"clinician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onCallWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SpecialistDirectoryQuery, SpecialistDirectoryQueryVariables>;
export const AskSpecialistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskSpecialist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestConsultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AskSpecialistMutation, AskSpecialistMutationVariables>;
export const MyConsultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MyConsultRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyConsultsQuery, MyConsultsQueryVariables>;
export const ConsultQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultQueueQuery, ConsultQueueQueryVariables>;
export const ClaimConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consultId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consultId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimConsultMutation, ClaimConsultMutationVariables>;
export const MyConsultCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsultCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsultCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"consultsAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"minutesSpent"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulMarks"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesSpent"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"adviceConfirmed"}}]}}]}}]}}]} as unknown as DocumentNode<MyConsultCreditQuery, MyConsultCreditQueryVariables>;
export const CreditStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditStatementLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreditStatementQuery, CreditStatementQueryVariables>;
export const ChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<ChannelsQuery, ChannelsQueryVariables>;
export const ChannelBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<ChannelBySlugQuery, ChannelBySlugQueryVariables>;
export const FeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CasePost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"patientAge"}},{"kind":"Field","name":{"kind":"Name","value":"patientSex"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const JoinChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<JoinChannelMutation, JoinChannelMutationVariables>;
export const LeaveChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<LeaveChannelMutation, LeaveChannelMutationVariables>;
export const MyLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"licenseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyLicencesQuery, MyLicencesQueryVariables>;
export const SubmitLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitLicenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLicense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"licenseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitLicenceMutation, SubmitLicenceMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesView"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pushPublicKey"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"push"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pushSubscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"push"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pushSubscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SetQuietHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetQuietHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuietHoursInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuietHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"customised"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"push"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pushSubscriptions"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMinute"}},{"kind":"Field","name":{"kind":"Name","value":"endMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<SetQuietHoursMutation, SetQuietHoursMutationVariables>;
export const SubscribePushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribePush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PushSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribePush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SubscribePushMutation, SubscribePushMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyOnCallWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOnCallWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOnCallWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<MyOnCallWindowsQuery, MyOnCallWindowsQueryVariables>;
export const AddOnCallWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOnCallWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOnCallWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOnCallWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<AddOnCallWindowMutation, AddOnCallWindowMutationVariables>;
export const RemoveOnCallWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOnCallWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOnCallWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowId"}}}]}]}}]} as unknown as DocumentNode<RemoveOnCallWindowMutation, RemoveOnCallWindowMutationVariables>;
export const ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingConsults"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProfileQuery, ProfileQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingConsults"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SearchCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCasesQuery, SearchCasesQueryVariables>;