export { CaseEntity, CaseRevisionEntity, CaseStatus, PatientSex } from './case.entity.js';
export { ReplyEntity } from './reply.entity.js';
