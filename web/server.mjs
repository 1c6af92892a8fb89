// One origin for the browser: this server answers the web app's pages (Next.js) and forwards
// the backend's paths (/api/, /ws/, /admin/, ...) to Django, WebSocket upgrades included.
// Next's own rewrites cannot forward WebSocket upgrades, so one small proxy does both: the
// browser sees a single origin, so the JWT calls, allauth's flows and the chat socket's Origin
// check work without CORS. See web/README.md.
import http from "node:http";
import next from "next";
import httpProxy from "http-proxy";

const dev = process.argv.includes("--dev");
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 3000);
const apiOrigin = process.env.API_ORIGIN ?? "http://127.0.0.1:8000";

// Paths Django serves; everything else is the web app.
const BACKEND_PATH = /^\/(api|ws|admin|static|dev|health|accounts)(\/|$)/;

const app = next({ dev, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

// xfwd: Django sees the browser's address in X-Forwarded-For, and trusts it only when
// ALLAUTH_TRUSTED_PROXY_COUNT says a proxy is in front (rate limits are per client IP).
const proxy = httpProxy.createProxyServer({ target: apiOrigin, ws: true, xfwd: true });
proxy.on("error", (error, _req, res) => {
  console.error(`proxy to ${apiOrigin} failed: ${error.message}`);
  if (res instanceof http.ServerResponse) {
    if (!res.headersSent) {
      res.writeHead(502, { "Content-Type": "application/problem+json" });
    }
    res.end(
      JSON.stringify({
        type: "about:blank",
        title: "The API is not reachable",
        status: 502,
        detail: "The web server could not reach the API. Try again in a moment.",
        code: "bad_gateway",
        errors: [],
      }),
    );
  } else {
    res.destroy();
  }
});

const server = http.createServer((req, res) => {
  if (BACKEND_PATH.test(req.url ?? "/")) proxy.web(req, res);
  else handle(req, res);
});
const nextUpgrade = typeof app.getUpgradeHandler === "function" ? app.getUpgradeHandler() : null;
server.on("upgrade", (req, socket, head) => {
  if ((req.url ?? "").startsWith("/ws/")) proxy.ws(req, socket, head);
  else if (nextUpgrade) nextUpgrade(req, socket, head);
  else socket.destroy();
});
server.listen(port, host, () => {
  console.log(`HumanLink web on http://${host}:${port}/ (API: ${apiOrigin})`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
