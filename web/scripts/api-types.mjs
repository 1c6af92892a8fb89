// Generate the API types from the backend's own OpenAPI documents (no server needed).
//   npm run api:types          regenerate src/api/schema.d.ts and src/api/auth-schema.d.ts
//   npm run api:types -- --check   fail when the committed files differ from the backend's spec
// The documents come from `manage.py export_openapi` (the Ninja API and allauth headless).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = path.resolve(webDir, "..");
const python = process.env.PYTHON ?? path.join(repoDir, ".venv", "bin", "python");
const check = process.argv.includes("--check");

const outputs = [
  { flag: "--api", file: "src/api/schema.d.ts", source: "/api/openapi.json" },
  { flag: "--auth", file: "src/api/auth-schema.d.ts", source: "allauth headless (/api/auth/)" },
];

const work = mkdtempSync(path.join(tmpdir(), "hl-openapi-"));
try {
  const args = ["manage.py", "export_openapi"];
  for (const out of outputs) args.push(out.flag, path.join(work, `${out.flag.slice(2)}.json`));
  execFileSync(python, args, {
    cwd: repoDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PYTHONPATH: "src:." },
  });

  let stale = [];
  for (const out of outputs) {
    const spec = JSON.parse(readFileSync(path.join(work, `${out.flag.slice(2)}.json`), "utf8"));
    const ast = await openapiTS(spec, { alphabetize: true });
    const header =
      `// Generated from ${out.source} by scripts/api-types.mjs. Do not edit: run \`npm run api:types\`.\n`;
    const text = header + astToString(ast);
    const target = path.join(webDir, out.file);
    const current = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (current === text) continue;
    if (check) stale.push(out.file);
    else {
      writeFileSync(target, text);
      console.log(`wrote ${out.file}`);
    }
  }
  if (stale.length) {
    console.error(
      `API types are out of date with the backend's spec: ${stale.join(", ")}\n` +
        "Run `make web-types` (or `cd web && npm run api:types`) and commit the result.",
    );
    process.exit(1);
  }
  if (check) console.log("API types match the backend's OpenAPI documents.");
} finally {
  rmSync(work, { recursive: true, force: true });
}
