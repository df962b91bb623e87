import type { Actor } from '@curbside/core';
import { consultDialogue } from './rules.js';
import type { Viewer } from './viewer.js';

function viewer(role: Actor['role'], clinicianId: string): Viewer {
  return { actor: { clinicianId, role, verificationStatus: 'VERIFIED', sessionId: 's' } };
}

const requester = viewer('CLINICIAN', 'requester');
const specialist = viewer('CLINICIAN', 'specialist');
const bystander = viewer('CLINICIAN', 'bystander');
const admin = viewer('ADMIN', 'boss');
const nobody: Viewer = { actor: null };

const claimed = { requestedBy: 'requester', consultantId: 'specialist' };
const unclaimed = { requestedBy: 'requester', consultantId: null };

describe('consultDialogue', () => {
  it('should let the two parties read and write, administrators read only, and nobody else either', () => {
    for (const party of [requester, specialist]) {
      expect(consultDialogue.visible(party, claimed)).toBe(true);
      expect(consultDialogue.writes(party, claimed)).toBe(true);
    }
    expect(consultDialogue.visible(admin, claimed)).toBe(true);
    expect(consultDialogue.writes(admin, claimed)).toBe(false);
    for (const other of [bystander, nobody]) {
      expect(consultDialogue.visible(other, claimed)).toBe(false);
      expect(consultDialogue.writes(other, claimed)).toBe(false);
    }
  });

  it('should drop a specialist who no longer holds the consult', () => {
    expect(consultDialogue.visible(specialist, unclaimed)).toBe(false);
    expect(consultDialogue.writes(requester, unclaimed)).toBe(true);
  });

  it('should write the read rule as SQL on the parties for everyone but administrators', () => {
    expect(consultDialogue.sql(requester, 'k')).toBe('(k.requested_by = :me OR k.consultant_id = :me)');
    expect(consultDialogue.sql(admin, 'k')).toBe('TRUE');
  });
});
