// Times from the API are UTC instants (ISO 8601); people read them in their own time zone.

/** The browser's IANA time zone, or UTC when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** A valid IANA zone name, or the fallback (profiles may hold an empty or unknown name). */
export function usableTimeZone(zone: string | null | undefined, fallback: string): string {
  if (!zone) return fallback;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
}

/** "2026-12-07": the calendar day of an instant in a zone (for grouping). */
export function dayKey(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** "Monday 7 December" for a day group heading. */
export function formatDay(iso: string, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long" }).format(new Date(iso));
}

/** "18:30" in the zone. */
export function formatTime(iso: string, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(iso),
  );
}

/** "Mon 7 Dec, 18:30" in the zone. */
export function formatDateTime(iso: string, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/** Slots grouped by the day they start on in the viewer's zone, days and slots in order. */
export function groupByDay<T extends { start: string }>(slots: T[], timeZone: string): { day: string; label: string; slots: T[] }[] {
  const groups = new Map<string, { day: string; label: string; slots: T[] }>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const day = dayKey(slot.start, timeZone);
    let group = groups.get(day);
    if (!group) {
      group = { day, label: formatDay(slot.start, timeZone), slots: [] };
      groups.set(day, group);
    }
    group.slots.push(slot);
  }
  return [...groups.values()];
}

/** "1h", "30 min", "1h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours && rest) return `${hours}h ${rest} min`;
  return hours ? `${hours}h` : `${rest} min`;
}

/** Money in minor units, e.g. 1500 usd → "$15.00". */
export function formatMoney(minor: number, currency: string, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(minor / 100);
}
