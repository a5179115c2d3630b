// Generates the web server configurations for the app's folder (nginx, Apache,
// IIS) from one source of truth, deploy/policy.json, so they cannot drift apart.
//
//   node scripts/server-config.mjs write              regenerate the committed files in deploy/
//   node scripts/server-config.mjs check              fail if a committed file is not what this script writes
//   node scripts/server-config.mjs web-config FILE…   print the IIS web.config for a folder holding these files
//   node scripts/server-config.mjs package DIST OUT   write all of them into OUT for the release package
//
// nginx and Apache match hashed file names with the policy's regular expression.
// IIS has no pattern match without its optional URL Rewrite module, so its
// web.config names each hashed file of the build (one <location> each) and is
// generated per build, from dist/, rather than committed.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const POLICY_FILE = "deploy/policy.json";
const APP = "Best Value Self-Assessment";
const SNIPPET_NAME = "best-value-self-assessment.conf";

export const policy = loadPolicy();

/** The committed, build-independent files, by path under the repository. */
export const committed = {
  [`deploy/nginx/${SNIPPET_NAME}`]: nginxSnippet,
  "deploy/apache/.htaccess": htaccess,
  [`deploy/apache/${SNIPPET_NAME}`]: apacheDirectory,
};

function loadPolicy() {
  const p = JSON.parse(readFileSync(join(ROOT, POLICY_FILE), "utf8"));
  const hashed = new RegExp(p.caching.hashed.pattern);
  for (const name of p.caching.other.mustMatch) {
    if (hashed.test(name)) fail(`${POLICY_FILE}: ${name} must not look like a hashed file name`);
  }
  if (!p.caching.other.mustMatch.includes(p.index)) fail(`${POLICY_FILE}: ${p.index} must be no-cache`);
  const values = [...Object.values(p.headers), ...Object.values(p.mimeTypes), p.caching.hashed.pattern,
    p.caching.hashed.cacheControl, p.caching.other.cacheControl];
  for (const value of values) {
    if (/["\\\n]/.test(value.replace(/\\\./g, ""))) fail(`${POLICY_FILE}: ${value} holds a quote, backslash or newline`);
  }
  return p;
}

function fail(message) {
  console.error(`server-config: ${message}`);
  process.exit(1);
}

/** Whether a file (by its name, not its folder) is one of Trunk's content-hashed files. */
export function isHashed(path) {
  return new RegExp(policy.caching.hashed.pattern).test(path.split("/").pop());
}

function header(comment, lines) {
  const rule = `${comment} ${"-".repeat(76)}`.slice(0, 78);
  return [rule, ...lines.map((line) => `${comment} ${line}`.trimEnd()), rule, ""];
}

const GENERATED = `Generated from ${POLICY_FILE} by scripts/server-config.mjs: do not edit by hand.`;

/** The body of the nginx `location` that serves the app's folder. */
export function nginxSnippet(p = policy) {
  const types = Object.entries(p.mimeTypes).map(([ext, type]) => `    ${type} ${ext};`);
  const securityHeaders = Object.entries(p.headers).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    ...header("#", [
      `${APP}: nginx settings for the folder that holds ${p.index}.`,
      GENERATED,
      "",
      "Include it inside the location of the app's folder, for example:",
      "",
      "    location ^~ /tools/best-value/ {",
      "        alias /srv/www/best-value/;",
      `        include /etc/nginx/snippets/${SNIPPET_NAME};`,
      "    }",
      "",
      "^~ stops the server's own regular-expression locations (say, for *.js)",
      "from taking these files over. nginx does not inherit add_header lines",
      "into a location that has its own: repeat any server-wide ones (HSTS) here.",
    ]),
    `index ${p.index};`,
    "autoindex off;",
    "# No Expires or max-age from a server-wide `expires`: Cache-Control below decides.",
    "expires off;",
    "# Only these types in this folder (a types block replaces the server's map).",
    "default_type application/octet-stream;",
    "types {",
    ...types,
    "}",
    ...securityHeaders,
    `add_header Cache-Control "${p.caching.other.cacheControl}";`,
    "",
    "# Content-hashed files never change: browsers may keep them for a year.",
    `location ~ "${p.caching.hashed.pattern}" {`,
    ...securityHeaders.map((line) => `    ${line}`),
    `    add_header Cache-Control "${p.caching.hashed.cacheControl}";`,
    "}",
    "",
  ].join("\n");
}

/** The Apache directives for the app's folder, as .htaccess or inside <Directory>. */
function apacheDirectives(p, indent) {
  const lines = [
    `DirectoryIndex ${p.index}`,
    "Options -Indexes",
    "# No Expires or max-age from a server-wide ExpiresActive: Cache-Control below decides.",
    "<IfModule mod_expires.c>",
    "    ExpiresActive Off",
    "</IfModule>",
    ...Object.entries(p.mimeTypes).map(([ext, type]) => `AddType ${type} .${ext}`),
    ...Object.entries(p.headers).map(([name, value]) => `Header always set ${name} "${value}"`),
    `Header set Cache-Control "${p.caching.other.cacheControl}"`,
    "# Content-hashed files never change: browsers may keep them for a year.",
    `<FilesMatch "${p.caching.hashed.pattern}">`,
    `    Header set Cache-Control "${p.caching.hashed.cacheControl}"`,
    "</FilesMatch>",
  ];
  return lines.map((line) => `${indent}${line}`);
}

const APACHE_NEEDS = [
  "Needs mod_headers and mod_mime (Debian: a2enmod headers).",
];

/** Apache: the .htaccess to put in the app's folder. */
export function htaccess(p = policy) {
  return [
    ...header("#", [
      `${APP}: Apache settings for the folder that holds ${p.index}.`,
      GENERATED,
      "",
      "Copy this file into that folder. " + APACHE_NEEDS[0],
      "The server must let .htaccess set these: for the folder, at least",
      "    AllowOverride FileInfo Indexes Options=Indexes",
      `Where .htaccess files are not allowed, use ${SNIPPET_NAME} instead.`,
    ]),
    ...apacheDirectives(p, ""),
    "",
  ].join("\n");
}

/** Apache: the same directives in a <Directory> block, for servers without .htaccess. */
export function apacheDirectory(p = policy) {
  return [
    ...header("#", [
      `${APP}: Apache settings for the folder that holds ${p.index},`,
      "for servers that do not read .htaccess files.",
      GENERATED,
      "",
      "Name the folder, then include this file, in the server or virtual host:",
      "",
      '    Define BEST_VALUE_DIR "/srv/www/best-value"',
      `    Include /etc/apache2/conf-available/${SNIPPET_NAME}`,
      "",
      APACHE_NEEDS[0] + " Who may read the folder",
      "(Require ...) stays your decision: this file does not grant access.",
    ]),
    "<IfDefine !BEST_VALUE_DIR>",
    `    Error "${SNIPPET_NAME}: Define BEST_VALUE_DIR as the folder that holds ${p.index} before including it"`,
    "</IfDefine>",
    '<Directory "${BEST_VALUE_DIR}">',
    ...apacheDirectives(p, "    "),
    "</Directory>",
    "",
  ].join("\n");
}

function xml(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** IIS's clientCache attributes for a Cache-Control value of the policy. */
function clientCache(cacheControl) {
  const directives = cacheControl.split(",").map((d) => d.trim());
  if (directives.length === 1 && directives[0] === "no-cache") return 'cacheControlMode="DisableCache"';
  const maxAge = directives.find((d) => d.startsWith("max-age="));
  if (!maxAge) fail(`IIS: cannot express Cache-Control "${cacheControl}" without a max-age`);
  const seconds = Number(maxAge.slice("max-age=".length));
  const days = Math.floor(seconds / 86400);
  const rest = new Date((seconds % 86400) * 1000).toISOString().slice(11, 19);
  const custom = directives.filter((d) => d !== maxAge).join(", ");
  return `cacheControlMode="UseMaxAge" cacheControlMaxAge="${days}.${rest}"` +
    (custom ? ` cacheControlCustom="${xml(custom)}"` : "");
}

/** IIS: the web.config for a folder holding `files` (paths relative to it, with /). */
export function webConfig(files, p = policy) {
  checkFiles(files, p);
  const i = (n) => "  ".repeat(n);
  const hashedFiles = files.filter(isHashed).sort();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<!--",
    ...[
      `${APP}: IIS settings for the folder that holds ${p.index}.`,
      GENERATED,
      "",
      `Copy this file into that folder, next to ${p.index}. It uses only IIS's`,
      "built-in static file features: no URL Rewrite module is needed. IIS cannot",
      "match file names by pattern, so each content-hashed file of this build is",
      "named below: use the web.config that comes with each release.",
    ].map((line) => `  ${line}`.trimEnd()),
    "-->",
    "<configuration>",
    `${i(1)}<system.webServer>`,
    `${i(2)}<directoryBrowse enabled="false" />`,
    `${i(2)}<defaultDocument enabled="true">`,
    `${i(3)}<files>`,
    `${i(4)}<remove value="${xml(p.index)}" />`,
    `${i(4)}<add value="${xml(p.index)}" />`,
    `${i(3)}</files>`,
    `${i(2)}</defaultDocument>`,
    `${i(2)}<staticContent>`,
    `${i(3)}<!-- Remove, then add: no clash with a server-wide map of the same extension. -->`,
    ...Object.entries(p.mimeTypes).flatMap(([ext, type]) => [
      `${i(3)}<remove fileExtension=".${ext}" />`,
      `${i(3)}<mimeMap fileExtension=".${ext}" mimeType="${xml(type)}" />`,
    ]),
    `${i(3)}<clientCache ${clientCache(p.caching.other.cacheControl)} />`,
    `${i(2)}</staticContent>`,
    `${i(2)}<httpProtocol>`,
    `${i(3)}<customHeaders>`,
    ...Object.entries(p.headers).flatMap(([name, value]) => [
      `${i(4)}<remove name="${xml(name)}" />`,
      `${i(4)}<add name="${xml(name)}" value="${xml(value)}" />`,
    ]),
    `${i(3)}</customHeaders>`,
    `${i(2)}</httpProtocol>`,
    `${i(1)}</system.webServer>`,
    `${i(1)}<!-- Content-hashed files never change: browsers may keep them for a year. -->`,
    ...hashedFiles.flatMap((file) => [
      `${i(1)}<location path="${xml(file)}">`,
      `${i(2)}<system.webServer>`,
      `${i(3)}<staticContent>`,
      `${i(4)}<clientCache ${clientCache(p.caching.hashed.cacheControl)} />`,
      `${i(3)}</staticContent>`,
      `${i(2)}</system.webServer>`,
      `${i(1)}</location>`,
    ]),
    "</configuration>",
    "",
  ];
  return lines.join("\r\n");
}

/** Refuses a folder the policy cannot serve: a file type with no MIME type. */
function checkFiles(files, p) {
  for (const file of files) {
    const ext = file.includes(".") ? file.split(".").pop() : "";
    if (!(ext in p.mimeTypes)) {
      fail(`${file}: ${POLICY_FILE} gives no MIME type for ".${ext}"; add one to mimeTypes`);
    }
  }
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const [command, ...args] = process.argv.slice(2);
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (command === "write") {
    for (const [path, make] of Object.entries(committed)) write(join(ROOT, path), make());
    console.log(`server-config: wrote ${Object.keys(committed).join(", ")}`);
  } else if (command === "check") {
    const stale = Object.entries(committed).filter(([path, make]) => {
      try {
        return readFileSync(join(ROOT, path), "utf8") !== make();
      } catch {
        return true;
      }
    });
    if (stale.length) {
      fail(`${stale.map(([path]) => path).join(", ")} differ from ${POLICY_FILE}: run node scripts/server-config.mjs write`);
    }
    console.log(`server-config: ${Object.keys(committed).length} committed files match ${POLICY_FILE}`);
  } else if (command === "web-config") {
    process.stdout.write(webConfig(args));
  } else if (command === "package" && args.length === 2) {
    const [dist, out] = args;
    write(join(out, "iis/web.config"), webConfig(listFiles(dist)));
    for (const [path, make] of Object.entries(committed)) write(join(out, relative("deploy", path)), make());
  } else {
    fail("usage: server-config.mjs write | check | web-config FILE... | package DIST OUT");
  }
}
