export { AdminConsoleModule } from './admin-console.module.js';
export { AdminConsoleResolver } from './admin-console.resolver.js';
export { DashboardService, fillWeeks, weekStart } from './dashboard.service.js';
export { DASHBOARD_SQL } from './dashboard.queries.js';
export { ClinicianSearchService, likeContains } from './clinician-search.service.js';
export {
  ClinicianSearchConnection,
  ClinicianSearchEdge,
  ClinicianSearchInput,
} from './clinician-search.models.js';
export {
  AdminDashboard,
  LicenseBacklog,
  ReportBacklog,
  SpecialtyResponseTime,
  WeeklySignups,
} from './dashboard.models.js';
