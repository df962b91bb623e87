import type { AppConfig } from '@curbside/config';
import { ConsultUrgency } from './consult.entity.js';

/** The consult settings and their defaults (used until the configuration names them). */
export const CONSULT_DEFAULTS = {
  CONSULT_URGENT_DUE_HOURS: 4,
  CONSULT_ROUTINE_DUE_HOURS: 72,
  CONSULT_SWEEP_INTERVAL_SECONDS: 300,
} as const;

export type ConsultSettingName = keyof typeof CONSULT_DEFAULTS;

export interface ConsultSettings {
  dueHours: Record<ConsultUrgency, number>;
  sweepIntervalSeconds: number;
}

/** Reads the consult settings from the configuration, falling back to {@link CONSULT_DEFAULTS}. */
export function consultSettings(config: AppConfig): ConsultSettings {
  const values = config as unknown as Partial<Record<ConsultSettingName, number>>;
  const read = (name: ConsultSettingName): number => values[name] ?? CONSULT_DEFAULTS[name];
  return {
    dueHours: {
      [ConsultUrgency.URGENT]: read('CONSULT_URGENT_DUE_HOURS'),
      [ConsultUrgency.ROUTINE]: read('CONSULT_ROUTINE_DUE_HOURS'),
    },
    sweepIntervalSeconds: read('CONSULT_SWEEP_INTERVAL_SECONDS'),
  };
}

/** When a consult of this urgency falls due, counted from `from`. */
export function dueAtFor(settings: ConsultSettings, urgency: ConsultUrgency, from: Date): Date {
  return new Date(from.getTime() + settings.dueHours[urgency] * 3_600_000);
}
