import type { AppConfig } from '@curbside/config';
import { ConsultUrgency } from './consult.entity.js';

export interface ConsultSettings {
  dueHours: Record<ConsultUrgency, number>;
  sweepIntervalSeconds: number;
}

/** The consult settings from the configuration. */
export function consultSettings(config: AppConfig): ConsultSettings {
  return {
    dueHours: {
      [ConsultUrgency.URGENT]: config.CONSULT_URGENT_DUE_HOURS,
      [ConsultUrgency.ROUTINE]: config.CONSULT_ROUTINE_DUE_HOURS,
    },
    sweepIntervalSeconds: config.CONSULT_SWEEP_INTERVAL_SECONDS,
  };
}

/** When a consult of this urgency falls due, counted from `from`. */
export function dueAtFor(settings: ConsultSettings, urgency: ConsultUrgency, from: Date): Date {
  return new Date(from.getTime() + settings.dueHours[urgency] * 3_600_000);
}
