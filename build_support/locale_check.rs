//! The rule `build.rs` enforces on `locales/`: both languages have the same
//! namespaces, the same keys, the same `{{ variables }}` in each text, and no
//! empty text. leptos_i18n alone only warns and falls back to English, which
//! would put English on a Chinese page. Plain Rust over `serde_json`, so the
//! rule is also tested natively (`cargo test locale_check`).

// Runs at build time, never in the browser: the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeSet;
use std::path::Path;

/// Every key path of one namespace file, each with its variables.
pub fn keys(json: &str) -> Result<BTreeSet<String>, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut out = BTreeSet::new();
    collect(&value, String::new(), &mut out);
    Ok(out)
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

/// What differs between the English and the Chinese file of namespace `ns`.
pub fn compare(ns: &str, en: &str, zh: &str) -> Vec<String> {
    let (en, zh) = match (keys(en), keys(zh)) {
        (Ok(en), Ok(zh)) => (en, zh),
        (Err(e), _) => return vec![format!("locales/en/{ns}.json: {e}")],
        (_, Err(e)) => return vec![format!("locales/zh/{ns}.json: {e}")],
    };
    let mut problems = Vec::new();
    for only in en.difference(&zh) {
        problems.push(format!("{ns}: `{only}` is in English only (or its variables differ)"));
    }
    for only in zh.difference(&en) {
        problems.push(format!("{ns}: `{only}` is in Chinese only (or its variables differ)"));
    }
    for key in en.iter().chain(&zh).filter(|k| k.ends_with("(empty)")) {
        problems.push(format!("{ns}: `{key}` is empty"));
    }
    problems
}

/// The namespaces (file names without `.json`) in one language's folder.
pub fn namespaces(dir: &Path) -> Vec<String> {
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

/// Everything that differs between `locales/en` and `locales/zh` under `root`.
pub fn check(root: &Path) -> Vec<String> {
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let english = namespaces(&root.join("en"));
    let chinese = namespaces(&root.join("zh"));
    let mut problems = Vec::new();
    for ns in &english {
        if !chinese.contains(ns) {
            problems.push(format!("locales/zh/{ns}.json is missing"));
            continue;
        }
        let file = format!("{ns}.json");
        problems.extend(compare(ns, &read(&root.join("en").join(&file)), &read(&root.join("zh").join(&file))));
    }
    for ns in chinese.iter().filter(|ns| !english.contains(ns)) {
        problems.push(format!("locales/en/{ns}.json is missing"));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_locales_agree() {
        assert_eq!(check(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").as_path()), Vec::<String>::new());
    }

    #[test]
    fn a_key_in_one_language_only_is_reported() {
        let en = r#"{"title": "Cases", "nested": {"save": "Save"}}"#;
        let zh = r#"{"title": "问题"}"#;
        assert_eq!(compare("log", en, zh), ["log: `nested.save {}` is in English only (or its variables differ)"]);
        assert_eq!(compare("log", zh, en).len(), 1);
    }

    #[test]
    fn different_variables_and_empty_texts_are_reported() {
        let en = r#"{"count": "{{ count }} cases", "a": "A"}"#;
        let zh = r#"{"count": "{{ number }} 个问题", "a": " "}"#;
        let problems = compare("log", en, zh);
        assert!(problems.iter().any(|p| p.contains("`count {count}` is in English only")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`count {number}` is in Chinese only")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`a (empty)` is empty")), "{problems:?}");
        // The same variables in another order are fine.
        assert_eq!(compare("x", r#"{"k": "{{ a }} {{ b }}"}"#, r#"{"k": "{{ b }}{{ a }}"}"#), Vec::<String>::new());
    }

    /// Every Chinese interface text is Chinese: Latin words only from the
    /// allowed list (names, identifier kinds, formats, units).
    #[test]
    fn the_chinese_texts_have_no_english_words() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/zh");
        let mut found = Vec::new();
        for ns in namespaces(&dir) {
            let text = std::fs::read_to_string(dir.join(format!("{ns}.json"))).expect("readable");
            let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
            let mut texts = Vec::new();
            strings(&value, &mut texts);
            for text in texts {
                // Variables are filled in by the app; the names are not shown.
                let shown: String =
                    text.split("{{").map(|part| part.split_once("}}").map_or(part, |(_, rest)| rest)).collect();
                let words = crate::domain::text::english_words(&shown);
                if !words.is_empty() {
                    found.push(format!("{ns}: {words:?} in {text:?}"));
                }
            }
        }
        assert_eq!(found, Vec::<String>::new());
    }

    fn strings<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
        match value {
            serde_json::Value::String(text) => out.push(text),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }

    #[test]
    fn a_file_that_is_not_json_is_reported() {
        assert!(compare("log", "{", "{}")[0].starts_with("locales/en/log.json: "));
    }
}
