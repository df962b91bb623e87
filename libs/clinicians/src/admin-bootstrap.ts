import { AuditAction, AuditService } from '@curbside/audit';
import type { EntityManager } from 'typeorm';
import { ClinicianEntity, Role, VerificationStatus } from './clinician.entity.js';
import { hashPassword } from './password.js';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates the first administrator when none exists yet. Returns whether one was created.
 * An administrator needs no licence review: they are VERIFIED by construction.
 */
export async function ensureAdministrator(
  manager: EntityManager,
  email: string,
  password: string,
  options: { onlyIfNoAdmin: boolean } = { onlyIfNoAdmin: true },
): Promise<ClinicianEntity | null> {
  const repo = manager.getRepository(ClinicianEntity);
  if (options.onlyIfNoAdmin && (await repo.exists({ where: { role: Role.ADMIN } }))) return null;
  const normalized = normalizeEmail(email);
  if (await repo.exists({ where: { email: normalized } })) return null;
  const admin = await repo.save(
    repo.create({
      email: normalized,
      passwordHash: await hashPassword(password),
      displayName: 'Administrator',
      role: Role.ADMIN,
      verificationStatus: VerificationStatus.VERIFIED,
      acceptingConsults: false,
      state: null,
      bio: null,
    }),
  );
  await AuditService.recordSystem(
    manager,
    AuditAction.ADMIN_CREATED,
    { type: 'Clinician', id: admin.id },
    { source: options.onlyIfNoAdmin ? 'environment' : 'cli' },
  );
  return admin;
}
