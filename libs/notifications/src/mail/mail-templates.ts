import { NotificationKind } from '../notification-kind.js';

export const PRODUCT_NAME = 'Curbside';

/** What a template may show: a kind, a de-identified case title at most, and links. Nothing else. */
export interface TemplateInput {
  kind: string;
  /** The case's de-identified title, or null when the recipient may not read the case. */
  caseTitle: string | null;
  link: string;
  unsubscribeLink: string;
  categoryLabel: string;
}

const SUBJECTS: Record<NotificationKind, string> = {
  [NotificationKind.REPLY_ADDED]: 'New reply on a case you follow',
  [NotificationKind.CONSULT_REQUESTED]: 'A consult is waiting for you',
  [NotificationKind.CONSULT_CLAIMED]: 'A specialist took your consult',
  [NotificationKind.CONSULT_ANSWERED]: 'Your consult has an answer',
  [NotificationKind.CONSULT_ESCALATED]: 'Your consult is now open to the whole specialty',
  [NotificationKind.CONSULT_EXPIRED]: 'Your consult expired unanswered',
  [NotificationKind.LICENSE_REVIEWED]: 'Your licence was reviewed',
  [NotificationKind.LICENSE_EXPIRING]: 'Your licence expires soon',
  [NotificationKind.CONTENT_HIDDEN]: 'Your post was hidden for review',
  [NotificationKind.REPORT_NEEDS_REVIEW]: 'A report needs review',
  [NotificationKind.CONTENT_RETURNED]: 'Your post was returned to you for changes',
  [NotificationKind.HELD_CONTENT_EDITED]: 'A held post was edited by its author',
  [NotificationKind.REPORT_OUTCOME]: 'A report you made was decided',
  [NotificationKind.CONTENT_RESTORED]: 'Your post is visible again',
  [NotificationKind.CONTENT_REMOVED]: 'Your post was removed',
  [NotificationKind.CONTENT_REDACTED]: 'An administrator redacted identifiers from a post',
  [NotificationKind.LICENSE_NEEDS_INFORMATION]: 'More information is needed about your licence',
  [NotificationKind.LICENSE_REVOKED]: 'Your licence lost its verification',
  [NotificationKind.CONSULT_MESSAGE]: 'A new message about a consult',
  [NotificationKind.CONSULT_INFO_REQUESTED]: 'A specialist needs more information for a consult',
  [NotificationKind.CONSULT_RETURNED]: 'A consult went back to its specialty queue',
  [NotificationKind.CONSULT_WITHDRAWN]: 'A consult you took was withdrawn',
  [NotificationKind.CONSULT_PAGED]: 'An urgent consult is waiting unclaimed',
  [NotificationKind.REGISTRATION_ATTEMPTED]: 'Someone tried to register with your e-mail address',
  [NotificationKind.PASSWORD_RESET]: 'Reset your password',
  [NotificationKind.CASE_OUTCOME_REQUESTED]: 'How did your case turn out?',
  [NotificationKind.CASE_OUTCOME_REPORTED]: 'An outcome was reported on a case you helped with',
};

/** What a kind says beyond its headline (fixed text: never anything the sender typed). */
const DETAILS: Partial<Record<NotificationKind, readonly string[]>> = {
  [NotificationKind.REGISTRATION_ATTEMPTED]: [
    `Someone tried to create a ${PRODUCT_NAME} account with this e-mail address, which already has one.`,
    'Your account is unchanged: it was not given to anyone, and its password and sessions are as they were.',
    'If it was you, sign in with your existing account instead, or reset its password from the sign-in page ("Forgot password?"). If it was not, you need do nothing.',
  ],
};

export function headline(kind: string): string {
  return SUBJECTS[kind as NotificationKind] ?? 'You have a new notification';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Subject, plain text and HTML of one notification e-mail. */
export function renderNotification(input: TemplateInput): { subject: string; text: string; html: string } {
  const title = headline(input.kind);
  const about = input.caseTitle ? `Case: ${input.caseTitle}` : null;
  const details = DETAILS[input.kind as NotificationKind] ?? [];
  const text = [
    title,
    ...(about ? ['', about] : []),
    ...(details.length > 0 ? ['', ...details] : []),
    '',
    `Open it in ${PRODUCT_NAME}: ${input.link}`,
    '',
    '--',
    `You get this because of your ${PRODUCT_NAME} settings for ${input.categoryLabel}.`,
    `Stop these e-mails: ${input.unsubscribeLink}`,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>
${about ? `<p>${escapeHtml(about)}</p>` : ''}
${details.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<p><a href="${escapeHtml(input.link)}">Open it in ${PRODUCT_NAME}</a></p>
<hr><p style="font-size:12px;color:#555">You get this because of your ${PRODUCT_NAME} settings for ${escapeHtml(
    input.categoryLabel,
  )}. <a href="${escapeHtml(input.unsubscribeLink)}">Stop these e-mails</a>.</p>
</body></html>`;
  return { subject: `${PRODUCT_NAME}: ${title}`, text, html };
}

/**
 * The password-reset e-mail: the link and fixed text only, no unsubscribe footer (it is sent only
 * because someone asked for it, and cannot be turned off).
 */
export function renderPasswordReset(link: string): { subject: string; text: string; html: string } {
  const title = headline(NotificationKind.PASSWORD_RESET);
  const lines = [
    `Someone asked to reset the password of the ${PRODUCT_NAME} account with this e-mail address.`,
    'The link below works once, for one hour. Using it signs out every device signed in to the account.',
    'If you did not ask for this, ignore this e-mail: your password stays as it is.',
  ];
  const text = [title, '', ...lines, '', `Choose a new password: ${link}`].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>
${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<p><a href="${escapeHtml(link)}">Choose a new password</a></p>
</body></html>`;
  return { subject: `${PRODUCT_NAME}: ${title}`, text, html };
}

/** The daily digest: one line per notification, the same rules. */
export function renderDigest(
  items: readonly { kind: string; caseTitle: string | null; link: string }[],
  unsubscribeLink: string,
): { subject: string; text: string; html: string } {
  const lines = items.map((i) => `- ${headline(i.kind)}${i.caseTitle ? `: ${i.caseTitle}` : ''} (${i.link})`);
  const text = [
    `Your ${PRODUCT_NAME} digest: ${items.length} update${items.length === 1 ? '' : 's'}`,
    '',
    ...lines,
    '',
    '--',
    `Stop the daily digest: ${unsubscribeLink}`,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<h1 style="font-size:18px">Your ${PRODUCT_NAME} digest</h1><ul>
${items
  .map(
    (i) =>
      `<li><a href="${escapeHtml(i.link)}">${escapeHtml(headline(i.kind))}</a>${
        i.caseTitle ? `: ${escapeHtml(i.caseTitle)}` : ''
      }</li>`,
  )
  .join('\n')}
</ul><hr><p style="font-size:12px;color:#555"><a href="${escapeHtml(unsubscribeLink)}">Stop the daily digest</a>.</p>
</body></html>`;
  return { subject: `${PRODUCT_NAME}: your daily digest`, text, html };
}
