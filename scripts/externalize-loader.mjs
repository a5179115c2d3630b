// Trunk post_build hook: moves the inline module loader Trunk writes into
// index.html into its own file, so the page runs under a strict CSP
// (script-src 'self'), and refuses any other inline script or style. Then, with
// index.html final, writes the service worker that precaches the build.
//
// (One hook, not two: Trunk runs the hooks of a stage at the same time.)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("externalize-loader: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

// With `minify = "on_release"` the tag may read <script type=module>.
const inlineModule = /<script\b(?=[^>]*\btype=["']?module\b)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/;
const match = html.match(inlineModule);
if (!match) {
  console.error("externalize-loader: no inline module script found in index.html");
  process.exit(1);
}
const code = match[1].trim() + "\n";
const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
const file = `loader-${hash}.js`;
writeFileSync(join(staging, file), code);
html = html.replace(match[0], `<script type="module" src="./${file}"></script>`);

const leftovers = [
  [/<script(?![^>]*\bsrc=)[^>]*>/, "an inline <script>"],
  [/<style[\s>]/, "a <style> element"],
  [/\sstyle=/, "a style attribute"],
  [/\son[a-z]+=/, "an inline event handler"],
];
for (const [pattern, what] of leftovers) {
  if (pattern.test(html)) {
    console.error(`externalize-loader: index.html still has ${what}, which the CSP would block`);
    process.exit(1);
  }
}
writeFileSync(indexPath, html);
console.log(`externalize-loader: moved the loader into ${file}`);

const worker = writeServiceWorker(staging);
console.log(`externalize-loader: service worker for build ${worker.version} precaches ${worker.files.length} files`);
