export { ClinicianEntity, Role, VerificationStatus } from './clinician.entity.js';
export { SpecialtyEntity } from './specialty.entity.js';
export { SPECIALTY_CATALOG } from './specialty-catalog.js';
export { Specialty } from './specialty.model.js';
export { SpecialtiesService } from './specialties.service.js';
export { SpecialtiesResolver } from './specialties.resolver.js';
export { CliniciansModule } from './clinicians.module.js';
export { hashPassword, verifyPassword } from './password.js';
export { ensureAdministrator, normalizeEmail } from './admin-bootstrap.js';
