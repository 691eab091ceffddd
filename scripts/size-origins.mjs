// Where the wasm's bytes come from, by origin (crate, or the app's own
// modules), from twiggy (`cargo install twiggy`) on the release module as
// rustc wrote it (with names; wasm-bindgen and wasm-opt then shrink it by
// about two thirds, mostly evenly). Not a test.
//   node scripts/size-origins.mjs [wasm=target/wasm32-unknown-unknown/release/case-desk.wasm]

import { execFileSync } from "node:child_process";

const [wasm = "target/wasm32-unknown-unknown/release/case-desk.wasm"] = process.argv.slice(2);
const csv = execFileSync("twiggy", ["top", "-n", "1000000", "--format", "csv", wasm], { maxBuffer: 256 * 1024 * 1024 }).toString();
const totals = new Map();
let all = 0;
for (const line of csv.split("\n").slice(1)) {
  const match = line.match(/^(".*"|[^,]*),(\d+),/);
  if (!match) continue;
  const name = match[1].replace(/^"|"$/g, "");
  const size = Number(match[2]);
  // Sections wasm-bindgen or wasm-opt remove: not shipped.
  if (/function names|__wasm_bindgen_unstable|__wbindgen_describe|producers|target_features/.test(name)) continue;
  let origin;
  if (name.startsWith("data segment")) origin = "data (UI text, tables, panic messages)";
  else {
    const app = name.match(/case_desk::(domain|storage|app_state|ui::pages|ui::evidence|ui::components|ui)\b/);
    // "crate::…", "<crate::Type as …>", and "<T as crate::Trait>" (generic code of that crate's trait).
    const crate = name.match(/^(?:<(?:[A-Za-z_&\[\] ]+ as )?)?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
    origin = app ? `app: ${app[1]}` : crate ? crate[1] : "other";
  }
  if (["core", "alloc", "std", "str", "dlmalloc", "hashbrown"].includes(origin)) origin = "Rust std (core, alloc, hashbrown, malloc)";
  if (["wasm_bindgen", "js_sys", "web_sys", "__wbindgen_placeholder__"].includes(origin)) origin = "wasm-bindgen, js-sys, web-sys";
  if (["serde", "serde_core", "serde_json"].includes(origin)) origin = "serde, serde_json";
  if (["reactive_graph", "tachys", "leptos", "leptos_dom", "leptos_macro", "any_spawner", "or_poisoned", "throw_error"].includes(origin)) origin = "leptos (reactive_graph, tachys)";
  totals.set(origin, (totals.get(origin) ?? 0) + size);
  all += size;
}
const rows = [...totals].sort((a, b) => b[1] - a[1]);
console.log("| origin | share of the module |\n|---|---:|");
for (const [origin, size] of rows.filter(([, size]) => size / all >= 0.005)) {
  console.log(`| ${origin} | ${((100 * size) / all).toFixed(1)} % |`);
}
const rest = rows.filter(([, size]) => size / all < 0.005).reduce((sum, [, size]) => sum + size, 0);
console.log(`| everything under 0.5 % each | ${((100 * rest) / all).toFixed(1)} % |`);
