//! Compiles the interface strings in `locales/{en,zh}/*.json` into typed keys
//! (`td!(locale, namespace.key)`), and fails the build when one language has a
//! key, an interpolation or a namespace that the other lacks: leptos_i18n only
//! warns and falls back to English, which would put English on a Chinese page.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

const LOCALES: [&str; 2] = ["en", "zh"];

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let namespaces = namespaces(Path::new("locales/en"));
    check_same_keys(&namespaces);

    let config = Config::new(LOCALES[0])
        .and_then(|c| c.add_locale(LOCALES[1]))
        .and_then(|c| c.add_namespaces(namespaces.iter().map(String::as_str)))
        .expect("leptos_i18n configuration")
        // `td_string!(locale, key, name = value)` gives a `Display` with the values in.
        .parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(config).expect("locales/ could not be parsed");
    infos.rerun_if_locales_changed();
    infos.emit_errors();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("i18n");
    infos.generate_i18n_module(out).expect("generating the i18n module");
}

/// The namespaces: one JSON file per part of the interface.
fn namespaces(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    names.sort();
    names
}

/// Every key path, with the `{{ variables }}` of its text, in one namespace file.
fn keys(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = BTreeSet::new();
    collect(&value, String::new(), &mut out);
    out
}

fn collect(value: &serde_json::Value, prefix: String, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                collect(inner, path, out);
            }
        }
        serde_json::Value::String(text) => {
            let mut vars: Vec<&str> = text
                .split("{{")
                .skip(1)
                .filter_map(|rest| rest.split_once("}}").map(|(name, _)| name.trim()))
                .collect();
            vars.sort_unstable();
            vars.dedup();
            if text.trim().is_empty() {
                out.insert(format!("{prefix} (empty)"));
            }
            out.insert(format!("{prefix} {{{}}}", vars.join(", ")));
        }
        other => {
            out.insert(format!("{prefix} = {other}"));
        }
    }
}

fn check_same_keys(english: &[String]) {
    let mut problems = Vec::new();
    for ns in english {
        let en = keys(&Path::new("locales/en").join(format!("{ns}.json")));
        let zh_path = Path::new("locales/zh").join(format!("{ns}.json"));
        if !zh_path.exists() {
            problems.push(format!("locales/zh/{ns}.json is missing"));
            continue;
        }
        let zh = keys(&zh_path);
        for only in en.difference(&zh) {
            problems.push(format!("{ns}: `{only}` is in English only (or its variables differ)"));
        }
        for only in zh.difference(&en) {
            problems.push(format!("{ns}: `{only}` is in Chinese only (or its variables differ)"));
        }
        for key in en.iter().chain(&zh).filter(|k| k.ends_with("(empty)")) {
            problems.push(format!("{ns}: `{key}` is empty"));
        }
    }
    for ns in namespaces(Path::new("locales/zh")) {
        if !english.contains(&ns) {
            problems.push(format!("locales/en/{ns}.json is missing"));
        }
    }
    if !problems.is_empty() {
        panic!("the two languages do not have the same strings:\n  {}", problems.join("\n  "));
    }
}
