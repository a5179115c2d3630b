// A plain static file server, standing in for an intranet web server: it serves
// dist/ under a sub-folder, with the strict Content-Security-Policy the README
// asks hosts to send and the application/wasm MIME type. No rewrites, no server code.
//
//   node scripts/static-server.mjs [--root dist] [--base /intranet/best-value/] [--port 8080]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const root = resolve(option("root", "dist"));
let base = option("base", "/best-value/");
if (!base.startsWith("/")) base = `/${base}`;
if (!base.endsWith("/")) base = `${base}/`;
const port = Number(option("port", "8080"));
const host = option("host", "127.0.0.1");

const server = createServer(async (request, response) => {
  const headers = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (path === base.slice(0, -1) || path === "/") {
    response.writeHead(302, { ...headers, Location: base });
    return response.end();
  }
  if (!path.startsWith(base) || (request.method !== "GET" && request.method !== "HEAD")) {
    response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    return response.end("Not found");
  }
  let file = normalize(join(root, path.slice(base.length)));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403, headers);
    return response.end();
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    const type = MIME_TYPES[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": body.length });
    response.end(request.method === "HEAD" ? undefined : body);
  } catch {
    response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    response.end("Not found");
  }
});

server.listen(port, host, () => {
  // With --port 0 the system picks a free port; print the one in use.
  console.log(`Serving ${root} at http://${host}:${server.address().port}${base}`);
});
