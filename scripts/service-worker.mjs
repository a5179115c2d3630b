// Writes the service worker of a build: public/sw.js with BUILD filled in, holding
// every file of the build (path and SHA-256) and a version made from them.
// Run by the Trunk post-build hook (scripts/post-build.mjs) on the staging
// folder, after index.html is final; the tests also run it on copies of dist/.
//
//   node scripts/service-worker.mjs DIR
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const WORKER_FILE = "sw.js";
const TEMPLATE = fileURLToPath(new URL("../public/sw.js", import.meta.url));
const PLACEHOLDER = "const BUILD = null; // Filled in by scripts/service-worker.mjs.";

/** Every file under `dir` but the worker itself, as URL paths relative to `dir`, sorted. */
function buildFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"))
    .filter((path) => path !== WORKER_FILE)
    .sort();
}

/** Writes DIR/sw.js for the build in DIR and returns what it precaches. */
export function writeServiceWorker(dir) {
  const files = {};
  for (const path of buildFiles(dir)) {
    files[path] = createHash("sha256").update(readFileSync(join(dir, path))).digest("hex");
  }
  if (!files["index.html"]) throw new Error(`service-worker: ${dir} has no index.html`);
  const listing = Object.entries(files).map(([path, sha]) => `${sha}  ${path}\n`).join("");
  const version = createHash("sha256").update(listing).digest("hex").slice(0, 16);
  const template = readFileSync(TEMPLATE, "utf8");
  if (!template.includes(PLACEHOLDER)) throw new Error(`service-worker: ${TEMPLATE} lost its BUILD line`);
  const build = JSON.stringify({ version, files }, null, 1);
  writeFileSync(join(dir, WORKER_FILE), template.replace(PLACEHOLDER, `const BUILD = ${build};`));
  return { version, files: Object.keys(files) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/service-worker.mjs DIR");
    process.exit(2);
  }
  const { version, files } = writeServiceWorker(dir);
  console.log(`service-worker: build ${version}, ${files.length} files precached`);
}
