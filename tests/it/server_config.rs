//! The IIS `web.config`, read as IIS would read it, against `deploy/policy.json`.
//!
//! IIS cannot run here, so this reads the file that `scripts/server-config.mjs`
//! writes for a build and checks that its MIME map, headers and caching say what
//! the policy says, the same policy the nginx and Apache configurations are
//! generated from and tested against on real servers (`tests/servers/`).

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

use roxmltree::{Document, Node};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A `dist/` as Trunk writes it, with the names that matter: Trunk's hash is
/// written without leading zeros (so 15 digits here), the wasm has a `_bg`
/// suffix, and the service worker, manifest and icons keep their own names.
const BUILD: &[&str] = &[
    "index.html",
    "sw.js",
    "manifest.webmanifest",
    "best-value-self-assessment-3e1c0a9b7d5f2468_bg.wasm",
    "best-value-self-assessment-3e1c0a9b7d5f2468.js",
    "loader-0f1e2d3c4b5a6978.js",
    "base-9a8b7c6d5e4f302.css",
    "favicon-1234567890abcdef.svg",
    "icons/icon-192.png",
    "snippets/wasm-bindgen-futures-5c1d/src/task/worker.js",
];

struct Policy(Value);

impl Policy {
    fn load() -> Self {
        let text = std::fs::read_to_string(format!("{ROOT}/deploy/policy.json"))
            .expect("policy is readable");
        Policy(serde_json::from_str(&text).expect("policy is JSON"))
    }

    fn map(&self, key: &str) -> BTreeMap<String, String> {
        let object = self.0[key].as_object().expect("an object");
        object
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().expect("a string").to_owned()))
            .collect()
    }

    fn cache_control(&self, rule: &str) -> BTreeSet<String> {
        directives(
            self.0["caching"][rule]["cacheControl"]
                .as_str()
                .expect("a string"),
        )
    }

    fn no_cache_names(&self) -> Vec<String> {
        let names = self.0["caching"]["other"]["mustMatch"]
            .as_array()
            .expect("a list");
        names
            .iter()
            .map(|n| n.as_str().expect("a name").to_owned())
            .collect()
    }
}

fn directives(cache_control: &str) -> BTreeSet<String> {
    cache_control
        .split(',')
        .map(|d| d.trim().to_owned())
        .collect()
}

fn generate(files: &[&str]) -> Output {
    Command::new("node")
        .arg(format!("{ROOT}/scripts/server-config.mjs"))
        .arg("web-config")
        .args(files)
        .output()
        .expect("node runs (it builds the app too)")
}

fn web_config(files: &[&str]) -> String {
    let output = generate(files);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn child<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Node<'a, 'input> {
    node.children()
        .find(|c| c.has_tag_name(name))
        .unwrap_or_else(|| panic!("<{}> has no <{name}>", node.tag_name().name()))
}

fn elements<'a, 'input>(node: Node<'a, 'input>) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children().filter(Node::is_element)
}

fn attr<'a>(node: Node<'a, '_>, name: &str) -> &'a str {
    node.attribute(name)
        .unwrap_or_else(|| panic!("<{}> has no {name}", node.tag_name().name()))
}

/// The folder-wide `<system.webServer>`.
fn web_server<'a, 'input>(doc: &'a Document<'input>) -> Node<'a, 'input> {
    child(doc.root_element(), "system.webServer")
}

/// Checks that a collection replaces each entry: `<remove key=…/>` then the entry,
/// so a server-wide entry for the same key cannot clash. Returns key → value.
fn replaced_entries(
    collection: Node,
    add: &str,
    key: &str,
    value: &str,
) -> BTreeMap<String, String> {
    let mut removed = BTreeSet::new();
    let mut entries = BTreeMap::new();
    for entry in elements(collection) {
        match entry.tag_name().name() {
            "remove" => {
                removed.insert(attr(entry, key));
            }
            name if name == add => {
                let k = attr(entry, key);
                assert!(
                    removed.contains(k),
                    "{k} is added without being removed first"
                );
                entries.insert(k.to_owned(), attr(entry, value).to_owned());
            }
            _ => {}
        }
    }
    entries
}

/// The Cache-Control that IIS's `<clientCache>` sends, as a set of directives.
fn client_cache(node: Node) -> BTreeSet<String> {
    match attr(node, "cacheControlMode") {
        "DisableCache" => directives("no-cache"),
        "UseMaxAge" => {
            let (days, time) = attr(node, "cacheControlMaxAge")
                .split_once('.')
                .expect("d.hh:mm:ss");
            let hms: Vec<u64> = time
                .split(':')
                .map(|n| n.parse().expect("a number"))
                .collect();
            let seconds =
                days.parse::<u64>().expect("days") * 86_400 + hms[0] * 3600 + hms[1] * 60 + hms[2];
            let mut set = directives(node.attribute("cacheControlCustom").unwrap_or(""));
            set.remove("");
            set.insert(format!("max-age={seconds}"));
            set
        }
        other => panic!("unexpected cacheControlMode {other}"),
    }
}

/// What IIS sends as Cache-Control for a file: its own `<location>` if it has one,
/// else the folder's setting.
fn cache_control_for(doc: &Document, file: &str) -> BTreeSet<String> {
    let location = elements(doc.root_element())
        .find(|n| n.has_tag_name("location") && n.attribute("path") == Some(file));
    let web_server = location.map_or_else(|| web_server(doc), |l| child(l, "system.webServer"));
    client_cache(child(child(web_server, "staticContent"), "clientCache"))
}

/// Trunk's naming (`name-<hex hash>[_bg].ext`), written out independently of the
/// policy's regular expression, so that a wrong pattern shows up here.
fn trunk_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((stem, _ext)) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    (13..=16).contains(&hash.len())
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[test]
fn iis_maps_every_policy_mime_type_after_removing_any_server_wide_mapping() {
    let policy = Policy::load();
    let text = web_config(BUILD);
    let doc = Document::parse(&text).expect("web.config is well-formed XML");
    let static_content = child(web_server(&doc), "staticContent");
    let mapped = replaced_entries(static_content, "mimeMap", "fileExtension", "mimeType");
    let expected: BTreeMap<String, String> = policy
        .map("mimeTypes")
        .into_iter()
        .map(|(ext, mime)| (format!(".{ext}"), mime))
        .collect();
    assert_eq!(mapped, expected);
    assert_eq!(mapped[".wasm"], "application/wasm");
    assert_eq!(mapped[".webmanifest"], "application/manifest+json");
}

#[test]
fn iis_sends_the_policy_headers_replacing_any_inherited_ones() {
    let policy = Policy::load();
    let text = web_config(BUILD);
    let doc = Document::parse(&text).expect("web.config is well-formed XML");
    let custom = child(child(web_server(&doc), "httpProtocol"), "customHeaders");
    let headers = replaced_entries(custom, "add", "name", "value");
    assert_eq!(headers, policy.map("headers"));
    assert!(headers["Content-Security-Policy"].contains("script-src 'self' 'wasm-unsafe-eval'"));
}

#[test]
fn iis_keeps_hashed_files_a_year_and_revalidates_everything_else() {
    let policy = Policy::load();
    let text = web_config(BUILD);
    let doc = Document::parse(&text).expect("web.config is well-formed XML");
    for file in BUILD {
        let rule = if trunk_hashed(file) {
            "hashed"
        } else {
            "other"
        };
        assert_eq!(
            cache_control_for(&doc, file),
            policy.cache_control(rule),
            "Cache-Control of {file}"
        );
    }
    for name in policy.no_cache_names() {
        assert_eq!(
            cache_control_for(&doc, &name),
            directives("no-cache"),
            "{name}"
        );
    }
    assert!(
        trunk_hashed("base-9a8b7c6d5e4f302.css"),
        "a 15-digit hash is still a hash"
    );
    assert_eq!(BUILD.iter().filter(|f| trunk_hashed(f)).count(), 5);
    let locations = elements(doc.root_element())
        .filter(|n| n.has_tag_name("location"))
        .count();
    assert_eq!(
        locations, 5,
        "one <location> per hashed file, none for others"
    );
}

#[test]
fn iis_refuses_folder_listings_and_serves_index_html_for_the_folder() {
    let text = web_config(BUILD);
    let doc = Document::parse(&text).expect("web.config is well-formed XML");
    let web_server = web_server(&doc);
    assert_eq!(
        attr(child(web_server, "directoryBrowse"), "enabled"),
        "false"
    );
    let files = child(child(web_server, "defaultDocument"), "files");
    let documents = replaced_entries(files, "add", "value", "value");
    assert_eq!(documents.keys().collect::<Vec<_>>(), ["index.html"]);
}

#[test]
fn a_build_with_a_file_type_the_policy_does_not_map_is_refused() {
    let output = generate(&["index.html", "fonts/body-0123456789abcdef.woff2"]);
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains(".woff2") && message.contains("mimeTypes"),
        "{message}"
    );
}

#[test]
fn the_readme_recommends_the_policy_csp() {
    let policy = Policy::load();
    let readme = std::fs::read_to_string(format!("{ROOT}/README.md")).expect("README is readable");
    assert!(readme.contains(&policy.map("headers")["Content-Security-Policy"]));
}
