import { describe, expect, it } from "vitest";
import { minutesToTime, sortWindows, timeToMinutes } from "@/lib/availability";

describe("weekly hours in the form", () => {
  it("round-trips local times, midnight at the end meaning the end of the day", () => {
    expect(minutesToTime(540)).toBe("09:00");
    expect(minutesToTime(1260)).toBe("21:00");
    expect(minutesToTime(1440)).toBe("00:00");
    expect(timeToMinutes("09:30")).toBe(570);
    expect(timeToMinutes("00:00")).toBe(0);
    expect(timeToMinutes("00:00", { end: true })).toBe(1440);
    expect(timeToMinutes("24:00")).toBeNull();
    expect(timeToMinutes("9:30")).toBeNull();
  });

  it("orders windows by weekday, then start", () => {
    const sorted = sortWindows([
      { weekday: 2, start_minute: 600, end_minute: 700 },
      { weekday: 0, start_minute: 900, end_minute: 1000 },
      { weekday: 0, start_minute: 540, end_minute: 600 },
    ]);
    expect(sorted.map((w) => [w.weekday, w.start_minute])).toEqual([
      [0, 540],
      [0, 900],
      [2, 600],
    ]);
  });
});
