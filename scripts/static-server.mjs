// A plain static file server, standing in for an intranet web server: it serves
// dist/ under a sub-folder with the headers, MIME types and caching that
// deploy/policy.json asks of real servers (the strict Content-Security-Policy among
// them). No rewrites, no server code.
//
//   node scripts/static-server.mjs [--root dist] [--base /intranet/best-value/] [--port 8080]
//   node scripts/static-server.mjs --mount /one/=dist --mount /two/=other [--port 8080]
//
// Tests import startStaticServer to serve several folders of one host, to "deploy"
// a new build by changing the files under a root, and to stop the server (offline).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const policy = JSON.parse(readFileSync(new URL("../deploy/policy.json", import.meta.url), "utf8"));
export const CONTENT_SECURITY_POLICY = policy.headers["Content-Security-Policy"];
const MIME_TYPES = Object.fromEntries(
  Object.entries(policy.mimeTypes).map(([ext, type]) => [`.${ext}`, type.startsWith("text/") ? `${type}; charset=utf-8` : type]),
);
const HASHED = new RegExp(policy.caching.hashed.pattern);

function folder(base) {
  if (!base.startsWith("/")) base = `/${base}`;
  return base.endsWith("/") ? base : `${base}/`;
}

/**
 * Serves each `{ base, root }` mount: the files under `root` at the folder `base`.
 * Files are read on every request, so changing them is a deployment.
 * Resolves to `{ port, url(base), requests, close() }`; `requests` lists the paths that
 * reached it, in order.
 */
export function startStaticServer({ mounts, port = 0, host = "127.0.0.1" }) {
  const folders = mounts.map(({ base, root }) => ({ base: folder(base), root: resolve(root) }));
  const requests = [];
  const server = createServer(async (request, response) => {
    const headers = { ...policy.headers, "Cache-Control": policy.caching.other.cacheControl };
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    requests.push(path);
    const redirect = folders.find(({ base }) => path === base.slice(0, -1)) ?? (path === "/" && folders[0]);
    if (redirect) {
      response.writeHead(302, { ...headers, Location: redirect.base });
      return response.end();
    }
    // The longest folder first, so a copy nested in another's folder is found.
    const mount = folders
      .filter(({ base }) => path.startsWith(base))
      .sort((a, b) => b.base.length - a.base.length)[0];
    if (!mount || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      return response.end("Not found");
    }
    let file = normalize(join(mount.root, path.slice(mount.base.length)));
    if (file !== mount.root && !file.startsWith(mount.root + sep)) {
      response.writeHead(403, headers);
      return response.end();
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      // Like the usual intranet servers, send a validator and answer 304 to a matching
      // revalidation (the service worker revalidates every file when a build installs).
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, { ...headers, ETag: etag });
        return response.end();
      }
      const type = MIME_TYPES[extname(file)] ?? "application/octet-stream";
      if (HASHED.test(basename(file))) headers["Cache-Control"] = policy.caching.hashed.cacheControl;
      response.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": body.length, ETag: etag });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port } = server.address();
      done({
        port,
        url: (base = folders[0].base) => `http://${host}:${port}${folder(base)}`,
        requests,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
  };
  const mounts = args
    .flatMap((arg, i) => (arg === "--mount" && args[i + 1] ? [args[i + 1]] : []))
    .map((spec) => {
      const [base, root] = spec.split("=");
      return { base, root };
    });
  if (mounts.length === 0) mounts.push({ base: option("base", "/best-value/"), root: option("root", "dist") });
  // With --port 0 the system picks a free port; print the one in use.
  const served = await startStaticServer({
    mounts,
    port: Number(option("port", "8080")),
    host: option("host", "127.0.0.1"),
  });
  for (const { base, root } of mounts) console.log(`Serving ${resolve(root)} at ${served.url(base)}`);
}
