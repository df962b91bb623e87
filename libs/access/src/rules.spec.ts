import type { Actor } from '@curbside/core';
import {
  authorHeldContent,
  consultVisible,
  heldContent,
  keepsStanding,
  listedContent,
  ownerOrAdmin,
  readsCaseContent,
  replyVisible,
  revealsAnonymousAuthor,
  unmasksAsAdmin,
} from './rules.js';
import type { Viewer } from './viewer.js';

function actor(role: Actor['role'], verificationStatus: string, clinicianId = 'me'): Actor {
  return { clinicianId, role, verificationStatus, sessionId: 's' };
}

const admin: Viewer = { actor: actor('ADMIN', 'UNVERIFIED', 'boss') };
const author: Viewer = { actor: actor('CLINICIAN', 'VERIFIED', 'author') };
const reader: Viewer = { actor: actor('CLINICIAN', 'VERIFIED', 'reader') };
const nobody: Viewer = { actor: null };

const shown = { hidden: false, deletedAt: null };
const held = { hidden: true, deletedAt: null };
const removed = { hidden: false, deletedAt: new Date(0) };

describe('heldContent', () => {
  it('should show held content to administrators only, not even to its author', () => {
    expect(heldContent.visible(admin, held)).toBe(true);
    expect(heldContent.visible(author, held)).toBe(false);
    expect(heldContent.visible(reader, held)).toBe(false);
    expect(heldContent.visible(nobody, held)).toBe(false);
    for (const viewer of [admin, author, reader, nobody])
      expect(heldContent.visible(viewer, shown)).toBe(true);
  });

  it('should filter on the hidden column for everyone but administrators', () => {
    expect(heldContent.sql(reader, 'c')).toBe('c.hidden = false');
    expect(heldContent.sql(admin, 'c')).toBe('TRUE');
  });
});

describe('authorHeldContent', () => {
  it('should show held content to its author and administrators, to nobody else', () => {
    const own = { ...held, authorId: 'author' };
    expect(authorHeldContent.visible(author, own)).toBe(true);
    expect(authorHeldContent.visible(admin, own)).toBe(true);
    expect(authorHeldContent.visible(reader, own)).toBe(false);
    expect(authorHeldContent.visible(nobody, own)).toBe(false);
    for (const viewer of [admin, author, reader, nobody])
      expect(authorHeldContent.visible(viewer, { ...shown, authorId: 'author' })).toBe(true);
  });
});

describe('listedContent', () => {
  it('should leave removed content out of lists for everyone', () => {
    expect(listedContent.visible(admin, removed)).toBe(false);
    expect(listedContent.visible(reader, removed)).toBe(false);
    expect(listedContent.visible(reader, shown)).toBe(true);
    expect(listedContent.sql(reader, 'r')).toBe('r.deleted_at IS NULL AND r.hidden = false');
  });
});

describe(replyVisible.name, () => {
  it('should hide a reply with its held case, and a held reply on its own', () => {
    const post = { hidden: false };
    expect(replyVisible(reader, shown, post)).toBe(true);
    expect(replyVisible(reader, shown, { hidden: true })).toBe(false);
    expect(replyVisible(admin, shown, { hidden: true })).toBe(true);
    expect(replyVisible(reader, held, post)).toBe(false);
    expect(replyVisible(admin, held, post)).toBe(true);
    expect(replyVisible(admin, shown, null)).toBe(false);
  });
});

describe(readsCaseContent.name, () => {
  it('should let verified clinicians and administrators read case content, nobody else', () => {
    expect(readsCaseContent(actor('CLINICIAN', 'VERIFIED'))).toBe(true);
    expect(readsCaseContent(actor('ADMIN', 'UNVERIFIED'))).toBe(true);
    for (const status of ['UNVERIFIED', 'PENDING', 'SUSPENDED', 'EXPIRED', 'REJECTED']) {
      expect(readsCaseContent(actor('CLINICIAN', status))).toBe(false);
    }
    expect(readsCaseContent(null)).toBe(false);
  });
});

describe(keepsStanding.name, () => {
  it('should end a socket whose caller lost the standing it opened with', () => {
    const verified = actor('CLINICIAN', 'VERIFIED');
    const lapsed = actor('CLINICIAN', 'EXPIRED');
    expect(keepsStanding(verified, verified)).toBe(true);
    expect(keepsStanding(verified, lapsed)).toBe(false);
    expect(keepsStanding(lapsed, lapsed)).toBe(true);
    expect(keepsStanding(verified, null)).toBe(false);
    expect(keepsStanding(actor('ADMIN', 'UNVERIFIED'), actor('CLINICIAN', 'VERIFIED'))).toBe(false);
  });
});

describe(ownerOrAdmin.name, () => {
  it("should allow one's own things and administrators, nobody else", () => {
    expect(ownerOrAdmin(author, 'author')).toBe(true);
    expect(ownerOrAdmin(admin, 'author')).toBe(true);
    expect(ownerOrAdmin(reader, 'author')).toBe(false);
    expect(ownerOrAdmin(nobody, null)).toBe(false);
  });
});

describe(revealsAnonymousAuthor.name, () => {
  const anonymous = { anonymous: true, authorId: 'author' };
  it('should show an anonymous case author to the author and administrators only', () => {
    expect(revealsAnonymousAuthor(author, anonymous)).toBe(true);
    expect(revealsAnonymousAuthor(admin, anonymous)).toBe(true);
    expect(revealsAnonymousAuthor(reader, anonymous)).toBe(false);
    expect(revealsAnonymousAuthor(reader, { anonymous: false, authorId: 'author' })).toBe(true);
  });

  it("should count only an administrator's look at someone else's anonymous case as unmasking", () => {
    expect(unmasksAsAdmin(admin, anonymous)).toBe(true);
    expect(unmasksAsAdmin(author, anonymous)).toBe(false);
    expect(unmasksAsAdmin(admin, { anonymous: false, authorId: 'author' })).toBe(false);
  });
});

describe(consultVisible.name, () => {
  it('should show a consult to whoever may read its case', () => {
    expect(consultVisible(reader, { hidden: false })).toBe(true);
    expect(consultVisible(reader, { hidden: true })).toBe(false);
    expect(consultVisible(admin, { hidden: true })).toBe(true);
    expect(consultVisible(admin, null)).toBe(false);
  });
});
