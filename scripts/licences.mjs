// Writes the licence notices of everything that ships in dist/, generated from
// the build itself, never typed:
//   THIRD-PARTY-NOTICES.txt   every crate compiled into the wasm32 app, with its
//                             declared licence and the licence and notice files
//                             its authors publish in the crate
//   rust-standard-library.html the Rust toolchain's own notices for the standard
//                             library (std, core, alloc and their dependencies)
//
//   node scripts/licences.mjs OUT_DIR
//
// Which crates ship: the crates `cargo build` compiles for wasm32-unknown-unknown
// for the app's binary (its JSON messages name them), plus the procedural macros
// those crates use directly, whose generated code is compiled into them. Build
// scripts, build-dependencies and the macros' own dependencies (syn, quote, ...)
// run on the build machine only and are not listed; nor are dev-dependencies.
// Run it after the release build, with the same environment, so cargo only
// reports the fresh artifacts. npm packages listed as "dependencies" (not
// devDependencies) in package.json would ship too; there are none today.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = "wasm32-unknown-unknown";
const LICENCE_FILE = /^(licen[cs]e|copying|copyright|notice|unlicense)([-._].*)?$/i;
const LICENCE_DIR = /^licen[cs]es$/i;

function cargo(args) {
  const run = spawnSync("cargo", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    console.error(run.stderr);
    throw new Error(`cargo ${args.join(" ")} failed`);
  }
  return run.stdout;
}

const metadata = JSON.parse(
  cargo(["metadata", "--format-version", "1", "--filter-platform", TARGET, "--locked", "--offline"]),
);
const root = metadata.resolve.root;
const rootPackage = metadata.packages.find((p) => p.id === root);
const packages = new Map(metadata.packages.map((p) => [p.id, p]));
const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
const binary = rootPackage.targets.find((t) => t.kind.includes("bin")).name;

/** Package ids of the crates cargo compiles into the wasm32 binary. */
function compiledIntoWasm() {
  const messages = cargo([
    "build", "--release", "--target", TARGET, "--bin", binary, "--locked", "--offline", "--message-format=json",
  ]);
  const compiled = new Set();
  const macros = new Set();
  for (const line of messages.split("\n")) {
    if (!line.startsWith("{")) continue;
    const message = JSON.parse(line);
    if (message.reason !== "compiler-artifact") continue;
    const kinds = message.target.kind;
    if (kinds.includes("proc-macro")) macros.add(message.package_id);
    else if (message.filenames.some((f) => f.includes(`/${TARGET}/`)) && !kinds.includes("custom-build")) {
      compiled.add(message.package_id);
    }
  }
  for (const id of [...compiled]) {
    for (const dep of nodes.get(id)?.deps ?? []) {
      const normal = dep.dep_kinds.some((k) => k.kind === null);
      if (normal && macros.has(dep.pkg)) compiled.add(dep.pkg);
    }
  }
  compiled.delete(root);
  return [...compiled].map((id) => packages.get(id)).sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version, "en", { numeric: true }) : a.name < b.name ? -1 : 1,
  );
}

/** The licence and notice files a package publishes, by file name. */
function licenceFiles(pkg) {
  const dir = dirname(pkg.manifest_path);
  const names = [];
  for (const name of readdirSync(dir)) {
    const isDir = statSync(join(dir, name)).isDirectory();
    if (!isDir && LICENCE_FILE.test(name)) names.push(name);
    if (isDir && LICENCE_DIR.test(name)) names.push(...readdirSync(join(dir, name)).map((f) => `${name}/${f}`));
  }
  if (pkg.license_file && !names.includes(pkg.license_file)) names.push(pkg.license_file);
  return names.sort().map((name) => ({
    name,
    text: readFileSync(join(dir, name), "utf8").replace(/\r\n?/g, "\n").replace(/\s+$/, "") + "\n",
  }));
}

function npmPackagesShipped() {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return Object.keys(manifest.dependencies ?? {});
}

const sysroot = spawnSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).stdout.trim();
const toolchainDocs = join(sysroot, "share/doc/rust");

/** For a crate that publishes no licence file: the standard texts of the licences
 * it declares, from the Rust toolchain's own collection of licence texts. */
function standardTexts(pkg) {
  const ids = (pkg.license ?? "").split(/[\s()/]+/).filter((id) => id && !["OR", "AND", "WITH"].includes(id));
  return [...new Set(ids)].sort().flatMap((id) => {
    const path = join(toolchainDocs, "licenses", `${id}.txt`);
    if (!existsSync(path)) return [];
    const text = readFileSync(path, "utf8").replace(/\r\n?/g, "\n").replace(/\s+$/, "") + "\n";
    return [{ name: `standard ${id} text (the crate publishes none)`, text }];
  });
}

const crates = compiledIntoWasm();
const texts = new Map(); // sha256 -> { text, users: [], files: Set }
const rows = [];
const withoutFiles = [];
for (const pkg of crates) {
  let files = licenceFiles(pkg);
  if (files.length === 0) {
    withoutFiles.push(`${pkg.name} ${pkg.version}`);
    files = standardTexts(pkg);
  }
  const refs = files.map(({ name, text }) => {
    const key = createHash("sha256").update(text).digest("hex");
    if (!texts.has(key)) texts.set(key, { text, users: [], files: new Set() });
    const entry = texts.get(key);
    entry.users.push(`${pkg.name} ${pkg.version}`);
    entry.files.add(name);
    return key;
  });
  rows.push({ pkg, refs });
}
const order = [...texts.keys()];
const number = (key) => `[${order.indexOf(key) + 1}]`;
const npm = npmPackagesShipped();
if (npm.length) throw new Error(`package.json has dependencies that would ship (${npm.join(", ")}): add their notices here`);

const title = `Third-party software in ${rootPackage.name} ${rootPackage.version}`;
const out = [
  title,
  "=".repeat(title.length),
  "",
  `The app in dist/ is compiled from the ${crates.length} Rust crates listed below and from the`,
  "Rust standard library, whose notices are in rust-standard-library.html. Each",
  "crate is listed with the licence its authors declare, then the licence and",
  "notice files they publish with it are given in full, once each. Where a crate",
  "publishes none, the standard text of its declared licence is given instead.",
  "",
  "Generated by scripts/licences.mjs from the crates cargo compiles into the",
  "wasm32 build of the app, with the procedural macros they use (their output is",
  "compiled into the app), from cargo metadata and the crates' own sources.",
  "Build tools, build scripts and test tools do not ship and are not listed.",
  "No npm package ships in dist/: npm supplies only build and test tools.",
  "",
  "Crates",
  "------",
  "",
  ...rows.map(({ pkg, refs }) =>
    [
      `${pkg.name} ${pkg.version}`,
      `    Licence: ${pkg.license ?? `see ${pkg.license_file}`}`,
      pkg.repository ? `    Source: ${pkg.repository}` : null,
      `    Texts: ${refs.length ? refs.map(number).join(" ") : "none published, none known for its licence"}`,
      "",
    ].filter((line) => line !== null).join("\n"),
  ),
  "Licence and notice texts",
  "------------------------",
  "",
  ...order.map((key, index) => {
    const { text, users, files } = texts.get(key);
    return [
      `[${index + 1}] ${[...files].join(", ")} of: ${users.join(", ")}`,
      "",
      text,
      "-".repeat(78),
      "",
    ].join("\n");
  }),
];

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: licences.mjs OUT_DIR");
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "THIRD-PARTY-NOTICES.txt"), out.join("\n"));

const stdNotices = join(toolchainDocs, "COPYRIGHT-library.html");
if (!existsSync(stdNotices)) throw new Error(`${stdNotices} is missing: the Rust toolchain should ship it`);
copyFileSync(stdNotices, join(outDir, "rust-standard-library.html"));

console.log(`licences: ${crates.length} crates, ${order.length} distinct texts` +
  (withoutFiles.length ? `; ${withoutFiles.length} publish no licence file, given the standard text` : ""));
