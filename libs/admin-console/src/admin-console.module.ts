import { Module } from '@nestjs/common';
import { AdminConsoleResolver } from './admin-console.resolver.js';
import { ClinicianSearchService } from './clinician-search.service.js';
import { DashboardService } from './dashboard.service.js';

@Module({ providers: [DashboardService, ClinicianSearchService, AdminConsoleResolver] })
export class AdminConsoleModule {}
