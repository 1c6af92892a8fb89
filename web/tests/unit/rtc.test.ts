import { describe, expect, it } from "vitest";
import { usesRealAgora, type Rtc } from "@/lib/rtc";

const rtc = (app_id: string, provider = "agora"): Rtc => ({
  app_id,
  provider,
  channel: "hl-session-1",
  uid: 7,
  token: "t",
  expires_at: "2026-01-01T00:00:00Z",
});

describe("which call the screen makes", () => {
  it("loads the Agora SDK only for a real Agora app id", () => {
    expect(usesRealAgora(rtc("0123456789abcdef0123456789ABCDEF"))).toBe(true);
  });

  it("shows the local stand-in for the development issuer's credentials", () => {
    expect(usesRealAgora(rtc("fake-rtc-app"))).toBe(false);
    expect(usesRealAgora(rtc(""))).toBe(false);
  });

  it("does not hand another provider's credentials to the Agora SDK", () => {
    expect(usesRealAgora(rtc("0123456789abcdef0123456789abcdef", "other"))).toBe(false);
  });
});
