import { describe, expect, it } from "vitest";
import { uploadForm, uploadHeaders } from "@/lib/avatar";

describe("avatar upload", () => {
  const origin = "http://127.0.0.1:3000";

  it("sends the bearer token to the development media store on our own origin", () => {
    expect(uploadHeaders("http://127.0.0.1:3000/dev/media/upload", origin, "tok")).toEqual({ Authorization: "Bearer tok" });
    expect(uploadHeaders("/dev/media/upload", origin, "tok")).toEqual({ Authorization: "Bearer tok" });
  });

  it("never sends it to another origin (S3)", () => {
    expect(uploadHeaders("https://humanlink-media.s3.amazonaws.com/", origin, "tok")).toEqual({});
    expect(uploadHeaders("http://127.0.0.1:3001/dev/media/upload", origin, "tok")).toEqual({});
  });

  it("sends nothing when signed out", () => {
    expect(uploadHeaders("/dev/media/upload", origin, null)).toEqual({});
  });

  it("puts the policy fields before the file, as S3 requires", () => {
    const form = uploadForm({ key: "avatars/1/abc", "Content-Type": "image/png" }, new Blob(["x"], { type: "image/png" }));
    expect([...form.keys()]).toEqual(["key", "Content-Type", "file"]);
    expect(form.get("key")).toBe("avatars/1/abc");
  });
});
