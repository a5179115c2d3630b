// Trunk post_build hook: builds the wasm into the staging folder with its
// loader (scripts/build-wasm.mjs), checks that index.html has nothing a strict
// CSP would block, and then, with every file final, writes the service worker
// that precaches the build.
//
// (One hook, not several: Trunk runs the hooks of a stage at the same time.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildWasm } from "./build-wasm.mjs";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR;
if (!staging || !source) {
  console.error("post-build: TRUNK_STAGING_DIR or TRUNK_SOURCE_DIR is not set (run through trunk)");
  process.exit(1);
}

const names = buildWasm({ source, staging, release: process.env.TRUNK_PROFILE === "release" });
console.log(`post-build: wasm in ${names.wasm}, loaded by ${names.loader}; parts ${Object.values(names.parts).join(", ")}`);

const html = readFileSync(join(staging, "index.html"), "utf8");
const leftovers = [
  [/<script(?![^>]*\bsrc=)[^>]*>/, "an inline <script>"],
  [/<style[\s>]/, "a <style> element"],
  [/\sstyle=/, "a style attribute"],
  [/\son[a-z]+=/, "an inline event handler"],
];
for (const [pattern, what] of leftovers) {
  if (pattern.test(html)) {
    console.error(`post-build: index.html has ${what}, which the CSP would block`);
    process.exit(1);
  }
}

const worker = writeServiceWorker(staging);
console.log(`post-build: service worker for build ${worker.version} precaches ${worker.files.length} files`);
