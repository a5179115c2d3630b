// A plain static file server, standing in for an intranet web server: it serves
// dist/ under a sub-folder with the headers, MIME types and caching that
// deploy/policy.json asks of real servers (the strict Content-Security-Policy among
// them). No rewrites, no server code.
//
//   node scripts/static-server.mjs [--root dist] [--base /intranet/best-value/] [--port 8080]
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve, sep } from "node:path";

const policy = JSON.parse(readFileSync(new URL("../deploy/policy.json", import.meta.url), "utf8"));
export const CONTENT_SECURITY_POLICY = policy.headers["Content-Security-Policy"];
const MIME_TYPES = Object.fromEntries(
  Object.entries(policy.mimeTypes).map(([ext, type]) => [`.${ext}`, type.startsWith("text/") ? `${type}; charset=utf-8` : type]),
);
const HASHED = new RegExp(policy.caching.hashed.pattern);

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
  const headers = { ...policy.headers, "Cache-Control": policy.caching.other.cacheControl };
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
    if (HASHED.test(basename(file))) headers["Cache-Control"] = policy.caching.hashed.cacheControl;
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
