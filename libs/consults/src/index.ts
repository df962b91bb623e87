export { ConsultEntity, ConsultStatus, ConsultUrgency } from './consult.entity.js';
