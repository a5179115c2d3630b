//! Converts every framework file under `content/`, and every id mapping under
//! `content/migrations/`, from TOML to JSON in `OUT_DIR` (the mappings into
//! `OUT_DIR/migrations/`).
//!
//! Authors write prose comfortably in TOML; the app parses the JSON with the
//! `serde_json` it already needs for saving, so no TOML parser ships in the bundle.
//! Semantic validation (ids, counts, glossary links, mappings) happens in
//! `domain::content` and its tests, not here: this step only checks that the TOML
//! is well formed.

use std::{env, fs, path::Path};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    convert_folder(Path::new("content"), Path::new(&out_dir));
    let migrations_out = Path::new(&out_dir).join("migrations");
    fs::create_dir_all(&migrations_out).expect("OUT_DIR is writable");
    convert_folder(Path::new("content/migrations"), &migrations_out);
}

/// Converts each `*.toml` directly inside `from` to `<stem>.json` in `to`.
fn convert_folder(from: &Path, to: &Path) {
    println!("cargo:rerun-if-changed={}", from.display());
    let mut entries: Vec<_> = fs::read_dir(from)
        .unwrap_or_else(|err| panic!("{} is readable: {err}", from.display()))
        .map(|entry| entry.expect("readable content entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("content file is UTF-8 text");
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|err| panic!("{} is not valid TOML: {err}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values convert to JSON");
        let stem = path.file_stem().expect("file has a name");
        let target = to.join(stem).with_extension("json");
        fs::write(&target, json).expect("OUT_DIR is writable");
    }
}
