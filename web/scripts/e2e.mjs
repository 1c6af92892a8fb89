// The browser tests' harness: a fresh backend (new SQLite file, migrations, seed_demo, fake
// providers, emails written to files) and the built web app, each on a free port, then
// Playwright against them. Everything is stopped afterwards, whatever the outcome.
//   node scripts/e2e.mjs [playwright test args...]
// Needs `next build` first (make web-test does it) and /usr/bin/chromium (Debian's package).
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, openSync, mkdirSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = path.resolve(webDir, "..");
const python = process.env.PYTHON ?? path.join(repoDir, ".venv", "bin", "python");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, name, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see its log`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000}s`);
}

const work = mkdtempSync(path.join(tmpdir(), "hl-e2e-"));
const logs = path.join(webDir, "artifacts", "logs");
mkdirSync(logs, { recursive: true });
const mailDir = path.join(work, "mail");
const [apiPort, webPort] = [await freePort(), await freePort()];
const webUrl = `http://127.0.0.1:${webPort}`;

// The backend on its embedded defaults, whatever the calling shell points at (CI sets
// PostgreSQL and Redis for the Python suite): one process, in-memory channel layer and cache.
const backendEnv = { ...process.env, PYTHONPATH: "src:." };
delete backendEnv.REDIS_URL;
delete backendEnv.DJANGO_SETTINGS_MODULE;
Object.assign(backendEnv, {
  DATABASE_URL: `sqlite:///${path.join(work, "db.sqlite3")}`,
  EMAIL_BACKEND: "django.core.mail.backends.filebased.EmailBackend",
  EMAIL_FILE_PATH: mailDir,
  PUBLIC_BASE_URL: webUrl,
  LOG_LEVEL: "WARNING",
});

const children = [];
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}
process.on("SIGINT", () => {
  stopAll();
  process.exit(130);
});

let status = 1;
try {
  const quiet = { cwd: repoDir, env: backendEnv, stdio: ["ignore", "ignore", "inherit"] };
  execFileSync(python, ["manage.py", "migrate", "--no-input", "-v", "0"], quiet);
  execFileSync(python, ["manage.py", "seed_demo"], quiet);

  const apiLog = openSync(path.join(logs, "api.log"), "w");
  const backend = spawn(
    path.join(path.dirname(python), "uvicorn"),
    ["config.asgi:application", "--host", "127.0.0.1", "--port", String(apiPort), "--ws", "auto"],
    { cwd: repoDir, env: backendEnv, stdio: ["ignore", apiLog, apiLog] },
  );
  children.push(backend);

  const webLog = openSync(path.join(logs, "web.log"), "w");
  const web = spawn(process.execPath, ["server.mjs"], {
    cwd: webDir,
    env: { ...process.env, PORT: String(webPort), API_ORIGIN: `http://127.0.0.1:${apiPort}`, NODE_ENV: "production" },
    stdio: ["ignore", webLog, webLog],
  });
  children.push(web);

  await waitFor(`http://127.0.0.1:${apiPort}/api/health/ping`, backend, "the API");
  await waitFor(`${webUrl}/`, web, "the web server");

  const playwright = spawn(
    process.execPath,
    [path.join(webDir, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)],
    {
      cwd: webDir,
      env: { ...process.env, E2E_BASE_URL: webUrl, E2E_MAIL_DIR: mailDir, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
      stdio: "inherit",
    },
  );
  status = await new Promise((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(`e2e harness: ${error instanceof Error ? error.message : error} (logs in ${logs})`);
} finally {
  stopAll();
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);
