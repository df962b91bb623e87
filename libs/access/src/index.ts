/**
 * @curbside/access: every visibility and permission rule, once. Framework-free predicates, each in
 * the forms its callers need (an in-memory check for rows, events and sockets; a SQL condition for
 * query builders and raw SQL). See README.md.
 */
export { type Viewer, isAdmin, viewerId } from './viewer.js';
export {
  type AttachmentPlacement,
  attachmentVisible,
  type Moderated,
  type Removable,
  type ConsultParties,
  authorHeldContent,
  claimableConsultSql,
  consultDialogue,
  consultVisible,
  heldContent,
  keepsStanding,
  listedContent,
  liveContent,
  ownerOrAdmin,
  readsCaseContent,
  replyVisible,
  revealsAnonymousAuthor,
  unmasksAsAdmin,
} from './rules.js';
