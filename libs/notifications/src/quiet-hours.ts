/**
 * When quiet hours (minutes of the day, in `timeZone`) are on at `now`, the moment they end;
 * otherwise null. A window may wrap midnight (22:00-07:00). An unknown time zone counts as UTC.
 */
export function quietUntil(
  now: Date,
  startMinute: number | null,
  endMinute: number | null,
  timeZone: string,
): Date | null {
  if (startMinute === null || endMinute === null || startMinute === endMinute) return null;
  const minute = minuteOfDay(now, timeZone);
  const inside =
    startMinute < endMinute
      ? minute >= startMinute && minute < endMinute
      : minute >= startMinute || minute < endMinute;
  if (!inside) return null;
  const wait = (endMinute - minute + 1440) % 1440;
  return new Date(now.getTime() + wait * 60_000 - now.getUTCSeconds() * 1000 - now.getUTCMilliseconds());
}

function minuteOfDay(now: Date, timeZone: string): number {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
    const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
    const min = Number(parts.find((p) => p.type === 'minute')?.value ?? '0');
    return hour * 60 + min;
  } catch {
    return now.getUTCHours() * 60 + now.getUTCMinutes();
  }
}

/** Whether a name is a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
