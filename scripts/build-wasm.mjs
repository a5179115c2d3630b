// Builds the app's WebAssembly into the Trunk staging folder, split into parts
// the browser fetches only when a page needs them, so the first page loads
// little (issue 8: first load at most 200 KB gzip).
//
//   cargo build (wasm32, linked with --emit-relocs)
//   wasm-split-cli: one main module, plus a module per `#[wasm_split]` function
//     in src/app/pages/mod.rs and the code they share; `split-<hash>.js` loads them
//   wasm-bindgen on the main module (keeping the exports the parts import)
//   wasm-opt on every module (release)
//   names with the build's hash, and the loader script index.html points at
//
// Trunk's own Rust pipeline cannot split (it runs wasm-bindgen straight after
// cargo), so index.html's `rel="rust"` link tells Trunk to skip the Rust build
// (`data-trunk-skip`), and the post-build hook (scripts/post-build.mjs) calls
// this instead. Every tool comes from PATH
// (scripts/setup.sh installs them); nothing is downloaded.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const NAME = "best-value-self-assessment";
/** What wasm-opt may assume of the main module, which defines its memory: Rust
 * puts the stack below the data, so the low 1 KB is unused, and a memory the
 * module defines starts zeroed (1.4 KB gzip less). The parts import that memory,
 * already in use, so they get neither flag. */
const MAIN_OPT = ["--low-memory-unused", "--zero-filled-memory"];
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals"];

function run(program, args, options = {}) {
  return execFileSync(program, args, { stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28, ...options });
}

/** Builds the binary with cargo and returns the path of its .wasm. */
function cargoBuild(source, release) {
  const args = ["build", "--target=wasm32-unknown-unknown", "--bin", NAME, "--offline", "--message-format=json-render-diagnostics"];
  if (release) args.push("--release");
  const out = run("cargo", args, { cwd: source }).toString();
  for (const line of out.split("\n").reverse()) {
    if (!line.startsWith("{")) continue;
    const message = JSON.parse(line);
    if (message.reason === "compiler-artifact" && message.target?.name === NAME) {
      const wasm = message.filenames.find((f) => f.endsWith(".wasm"));
      if (wasm) return wasm;
    }
  }
  throw new Error(`build-wasm: cargo built no ${NAME}.wasm`);
}

/** Replaces `from` with `to` in `text`, failing if `from` is absent: a file
 * name left unreplaced would only fail in the browser. */
function replaceAll(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`build-wasm: ${where} does not mention ${from}`);
  return text.split(from).join(to);
}

/** A part's file name without the split tool's numbers: `split_guidance_pages_123.wasm`
 * becomes `guidance-pages`, `chunk_3.wasm` (code parts share) `shared-3`. */
function partStem(file) {
  const stem = basename(file, ".wasm");
  const split = stem.match(/^split_(.+?)(_\d+)?$/);
  if (split) return split[1].replaceAll("_", "-");
  const chunk = stem.match(/^chunk_(\d+)$/);
  if (chunk) return `shared-${chunk[1]}`;
  throw new Error(`build-wasm: unexpected part ${file}`);
}

function sri(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/**
 * Builds the wasm into `staging`, adds the loader to `staging/index.html`, and
 * returns the files written with the parts' names.
 */
export function buildWasm({ source, staging, release }) {
  const wasm = cargoBuild(source, release);
  const work = join(source, "target", "wasm-split", release ? "release" : "debug");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "bindgen"), { recursive: true });

  run("wasm-split-cli", [wasm, work, "--out-name", NAME]);
  run("wasm-bindgen", ["--target=web", "--keep-lld-exports", "--no-demangle", "--no-typescript", `--out-dir=${join(work, "bindgen")}`, join(work, `${NAME}.wasm`)]);

  const parts = readdirSync(work).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`).sort();
  if (parts.length === 0) throw new Error("build-wasm: the split produced no parts (no #[wasm_split] functions?)");
  const mainWasm = join(work, "bindgen", `${NAME}_bg.wasm`);
  if (release) {
    run("wasm-opt", ["-Oz", ...FEATURES, ...MAIN_OPT, mainWasm, "-o", mainWasm]);
    for (const part of parts) run("wasm-opt", ["-Oz", ...FEATURES, join(work, part), "-o", join(work, part)]);
  }

  // One hash for the whole build names every file: the glue and the split
  // loader import each other, so neither could be named after its own content.
  let glue = readFileSync(join(work, "bindgen", `${NAME}.js`), "utf8");
  let link = readFileSync(join(work, "__wasm_split.js"), "utf8");
  const hash = createHash("sha256");
  for (const bytes of [glue, link, readFileSync(mainWasm), ...parts.map((p) => readFileSync(join(work, p)))]) hash.update(bytes);
  const h = hash.digest("hex").slice(0, 16);

  const names = { glue: `${NAME}-${h}.js`, wasm: `${NAME}-${h}_bg.wasm`, link: `split-${h}.js`, loader: `loader-${h}.js`, parts: {} };
  // Only where the glue imports the split loader: the import object keeps the
  // module name the wasm itself imports from.
  glue = replaceAll(glue, `from "./__wasm_split.js"`, `from "./${names.link}"`, "the wasm-bindgen glue");
  link = replaceAll(link, `"./${NAME}.js"`, `"./${names.glue}"`, "the split loader");
  for (const part of parts) {
    const name = `${partStem(part)}-${h}.wasm`;
    link = replaceAll(link, `"./${part}"`, `"./${name}"`, "the split loader");
    copyFileSync(join(work, part), join(staging, name));
    names.parts[part] = name;
  }
  writeFileSync(join(staging, names.glue), glue);
  writeFileSync(join(staging, names.link), link);
  copyFileSync(mainWasm, join(staging, names.wasm));
  // A file, not an inline script: the CSP allows only scripts from the app's folder.
  writeFileSync(
    join(staging, names.loader),
    `import init from "./${names.glue}";\nawait init({ module_or_path: new URL("./${names.wasm}", import.meta.url) });\n`,
  );

  const indexPath = join(staging, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const tags =
    `<script type="module" src="./${names.loader}"></script>` +
    `<link rel="modulepreload" href="./${names.glue}" integrity="${sri(glue)}" crossorigin>` +
    // No integrity here: Chromium ignores it on a fetch preload, and says so.
    `<link rel="preload" href="./${names.wasm}" as="fetch" type="application/wasm" crossorigin>`;
  // In place of the link that told Trunk to skip the Rust build.
  const skipped = /<link\b(?=[^>]*\bdata-trunk-skip\b)[^>]*>/;
  if (!skipped.test(html)) throw new Error('build-wasm: index.html has no <link data-trunk rel="rust" data-trunk-skip>');
  writeFileSync(indexPath, html.replace(skipped, tags));
  return names;
}
