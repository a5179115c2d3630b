// Service worker: keeps one build of Best Value Self-Assessment on the device, so the
// app opens and every page works with no network.
//
// The build step (scripts/service-worker.mjs) fills in BUILD: every file of the build
// with its SHA-256, and a version made from them. So this file changes exactly when the
// build does, which is how browsers notice a new deployment.
//
// - One cache per build and per folder: "<name> <scope> <version>". CacheStorage is
//   shared by the whole host, so the scope in the name keeps copies of the app in two
//   folders apart; this worker only ever deletes caches of its own scope.
// - An open page is served from its own build's cache only. A new build installs in the
//   background and waits until the page asks it to take over (the "skip-waiting"
//   message, sent when the user chooses to switch), so old and new files never mix.
"use strict";

const BUILD = null; // Filled in by scripts/service-worker.mjs.

const SCOPE = self.registration.scope;
const SCOPE_PATH = new URL(SCOPE).pathname;
const CACHE_PREFIX = `best-value-self-assessment ${SCOPE} `;
const CACHE = CACHE_PREFIX + BUILD.version;

self.addEventListener("install", (event) => {
  event.waitUntil(
    precache().catch(async (error) => {
      // A half-copied deployment or a dropped connection: try again on the next check.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

// Fetches every file of the build and checks it is the one this worker was built with,
// so a deployment still being copied is never cached as a mix of two builds.
async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    Object.entries(BUILD.files).map(async ([path, sha256]) => {
      const url = new URL(path, SCOPE);
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const copy = response.clone();
      const digest = await crypto.subtle.digest("SHA-256", await response.arrayBuffer());
      if (hex(digest) !== sha256) throw new Error(`${path} is not the file of build ${BUILD.version}`);
      await cache.put(url, copy);
    }),
  );
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // A first visit's page is not controlled yet: take it, so that a later build
      // waits for it rather than taking over unannounced.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  let path = decodeURIComponent(url.pathname.slice(SCOPE_PATH.length));
  // Pages are addressed after the "#", so every page of the app is index.html.
  if (request.mode === "navigate" && path === "") path = "index.html";
  else if (url.search !== "") return;
  if (!Object.hasOwn(BUILD.files, path)) return;
  event.respondWith(fromCache(path, request));
});

async function fromCache(path, request) {
  const cached = await (await caches.open(CACHE)).match(new URL(path, SCOPE));
  // Only if the browser cleared the cache under storage pressure: use the network.
  return cached ?? fetch(request);
}
