import { describe, expect, it } from "vitest";
import { dayKey, formatDateTime, formatTime, groupByDay, usableTimeZone } from "@/lib/time";

describe("time zone display", () => {
  it("shows one instant in each viewer's zone", () => {
    const instant = "2026-12-07T23:30:00Z";
    expect(formatTime(instant, "UTC")).toBe("23:30");
    expect(formatTime(instant, "Europe/Berlin")).toBe("00:30");
    expect(formatTime(instant, "America/Los_Angeles")).toBe("15:30");
    expect(formatDateTime(instant, "Asia/Tokyo")).toBe("Tue 8 Dec, 08:30");
  });

  it("follows daylight saving time: the same UTC hour is a different local hour in summer", () => {
    expect(formatTime("2026-01-15T17:00:00Z", "Europe/London")).toBe("17:00");
    expect(formatTime("2026-07-15T17:00:00Z", "Europe/London")).toBe("18:00");
    // New York springs forward on 8 March 2026: 06:30Z is 01:30 EST, 07:30Z is 03:30 EDT.
    expect(formatTime("2026-03-08T06:30:00Z", "America/New_York")).toBe("01:30");
    expect(formatTime("2026-03-08T07:30:00Z", "America/New_York")).toBe("03:30");
  });

  it("groups slots by the viewer's calendar day, not the UTC day", () => {
    const slots = [
      { start: "2026-12-08T01:00:00Z" },
      { start: "2026-12-07T20:00:00Z" },
      { start: "2026-12-07T23:30:00Z" },
    ];
    const inBerlin = groupByDay(slots, "Europe/Berlin");
    expect(inBerlin.map((g) => [g.day, g.slots.length])).toEqual([
      ["2026-12-07", 1],
      ["2026-12-08", 2],
    ]);
    expect(inBerlin[0]!.label).toBe("Monday 7 December");
    const inLosAngeles = groupByDay(slots, "America/Los_Angeles");
    expect(inLosAngeles.map((g) => [g.day, g.slots.length])).toEqual([["2026-12-07", 3]]);
    expect(dayKey("2026-12-08T01:00:00Z", "America/Los_Angeles")).toBe("2026-12-07");
  });

  it("falls back when a profile's zone is empty or unknown", () => {
    expect(usableTimeZone("", "UTC")).toBe("UTC");
    expect(usableTimeZone("Mars/Olympus", "Europe/Paris")).toBe("Europe/Paris");
    expect(usableTimeZone("Asia/Kolkata", "UTC")).toBe("Asia/Kolkata");
  });
});
