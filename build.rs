//! Compiles the interface strings in `locales/{en,zh}/*.json` into typed keys
//! (`td!(locale, namespace.key)`), and fails the build when one language has a
//! key, an interpolation or a namespace that the other lacks: leptos_i18n only
//! warns and falls back to English, which would put English on a Chinese page.

use std::path::{Path, PathBuf};

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

#[path = "build_support/locale_check.rs"]
mod locale_check;

const LOCALES: [&str; 2] = ["en", "zh"];

fn main() {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=build_support");
    let problems = locale_check::check(Path::new("locales"));
    if !problems.is_empty() {
        panic!("the two languages do not have the same strings:\n  {}", problems.join("\n  "));
    }
    let namespaces = locale_check::namespaces(Path::new("locales/en"));

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
