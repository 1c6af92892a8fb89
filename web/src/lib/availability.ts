// A friend's weekly hours are local minutes since midnight (docs/api.md, "Availability");
// the form edits them as "HH:MM" times. An end of 24:00 (1440) is shown and typed as 00:00.
import type { components } from "@/api/schema";

export type WeeklyWindow = components["schemas"]["WeeklyWindowIn"];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function minutesToTime(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, "0")}:${String(wrapped % 60).padStart(2, "0")}`;
}

/** "09:30" → 570; null when it is not a time. `end`: midnight means the end of the day (1440). */
export function timeToMinutes(value: string, { end = false } = {}): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return end && minutes === 0 ? 1440 : minutes;
}

/** Windows sorted by day then start, for a stable form. */
export function sortWindows(windows: WeeklyWindow[]): WeeklyWindow[] {
  return [...windows].sort((a, b) => a.weekday - b.weekday || a.start_minute - b.start_minute);
}
