import { describe, expect, it } from "vitest";
import { fieldErrors, problemMessage, toProblem } from "@/lib/problem";

const invalid = {
  type: "https://humanlink.app/problems/invalid_input",
  title: "The request is not valid",
  status: 422,
  detail: "Some fields are not valid.",
  code: "invalid_input",
  errors: [
    { loc: ["body", "password"], msg: "This password is too short.", type: "password_too_short" },
    { loc: ["body", "answers", 0, "importance"], msg: "must be at most 5", type: "less_than_equal" },
    { loc: ["body"], msg: "something about the whole body", type: "invalid" },
  ],
};

describe("problem details", () => {
  it("keys field errors by the field's own name, skipping list indexes and 'body'", () => {
    expect(fieldErrors(toProblem(invalid, 422))).toEqual({
      password: "This password is too short.",
      importance: "must be at most 5",
    });
  });

  it("uses the server's detail for domain errors and a human sentence for rate limits and 5xx", () => {
    const conflict = { ...invalid, status: 409, code: "slot_taken", detail: "That time was just taken.", errors: [] };
    expect(problemMessage(toProblem(conflict, 409))).toBe("That time was just taken.");
    expect(problemMessage(toProblem({ ...conflict, status: 429, code: "rate_limited" }, 429))).toMatch(/Too many attempts/);
    expect(problemMessage(toProblem({ ...conflict, status: 500, detail: "Traceback..." }, 500))).toMatch(/our side/);
  });

  it("turns a body that is not problem details (a proxy's HTML page) into one", () => {
    const problem = toProblem("<html>Bad gateway</html>", 502);
    expect(problem.status).toBe(502);
    expect(problemMessage(problem)).toMatch(/not reachable/);
    expect(fieldErrors(problem)).toEqual({});
  });
});
