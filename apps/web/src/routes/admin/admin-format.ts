/** "45 min", "3 h 20 min", "2 d 4 h": a span of minutes in words short enough for a table. */
export function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) {
    const rest = m % 60;
    return rest === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${rest} min`;
  }
  const days = Math.floor(m / 1440);
  const hours = Math.round((m % 1440) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** A YYYY-MM-DD date field's value as the start of that day, UTC (for filters). */
export function startOfDay(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : null;
}

/** The instant after a YYYY-MM-DD day ends, UTC: "to" dates are inclusive for people, exclusive for the API. */
export function endOfDay(value: string): string | null {
  const start = startOfDay(value);
  return start ? new Date(new Date(start).getTime() + 86_400_000).toISOString() : null;
}
