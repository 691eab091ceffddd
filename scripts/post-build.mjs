// Trunk post-build hook (Trunk.toml): finishes the staged site before Trunk
// moves it to dist/.
//
// 1. Content-Security-Policy: puts the policy into index.html's
//    `<meta http-equiv="Content-Security-Policy">`, allowing exactly the inline
//    scripts Trunk wrote (its wasm loader; in `trunk serve`, its reload
//    script) by their SHA-256. GitHub Pages cannot send headers, so the meta
//    tag is the policy.
// 2. Service worker: writes sw.js from public/sw.js with this build's file
//    names and a version derived from the files' contents, so any change to
//    any file is a new version the browser will find.
// 3. 404.html = index.html: GitHub Pages answers unknown paths (deep links)
//    with it, so they load the app.
// 4. Release builds: minifies the wasm-bindgen glue (Trunk's own minifier
//    gives up on it with "Failed to minify JS"): about 2.3 KB gzip of the
//    first load.
//
// Trunk sets TRUNK_STAGING_DIR and TRUNK_SOURCE_DIR.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run me as a Trunk hook");
  process.exit(1);
}

const CSP_PLACEHOLDER = "CASE_DESK_CSP";
const sha256 = (data, encoding) => createHash("sha256").update(data).digest(encoding);

/** The policy, given the hashes of the inline scripts it allows. */
function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(" "),
    "style-src 'self'",
    // Evidence previews are blob: URLs; data: for small inline images.
    "img-src 'self' blob: data:",
    // The PDF viewer shows the stored file in a frame by its blob: URL.
    "frame-src blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
if (!html.includes(CSP_PLACEHOLDER)) {
  console.error(`post-build: index.html has no ${CSP_PLACEHOLDER} placeholder for the policy`);
  process.exit(1);
}
// `trunk serve` adds a live-reload script and fills in its address when it
// serves the page, which would change the script after we hashed it. Fill it
// in here instead, with what Trunk itself uses when it has no address (the
// page's host) and the base it would use (the public URL).
const publicUrl = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");
html = html
  .replaceAll("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
  .replaceAll("{{__TRUNK_WS_BASE__}}", publicUrl);
const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inlineScripts.map((body) => sha256(body, "base64"));
// Quoted afresh: a minified page (Trunk.toml `minify`) leaves the placeholder unquoted.
html = html.replace(/(["']?)CASE_DESK_CSP\1/, `"${contentSecurityPolicy(hashes)}"`);
writeFileSync(indexPath, html);
writeFileSync(join(staging, "404.html"), html);

// The glue keeps its name: Trunk hashed the unminified text, and the same
// text always minifies the same way.
if (process.env.TRUNK_PROFILE === "release") {
  for (const name of readdirSync(staging).filter((n) => n.endsWith(".js") && n !== "sw.js")) {
    const path = join(staging, name);
    const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: { passes: 2 } });
    writeFileSync(path, code);
  }
}

// Every file of this build except the worker itself and 404.html (served only
// by the host, for addresses the worker answers with index.html anyway).
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}
const assets = filesUnder(staging)
  .map((path) => relative(staging, path).split(sep).join("/"))
  .filter((name) => name !== "sw.js" && name !== "404.html")
  .sort();
const version = sha256(
  assets.map((name) => `${name}\n${sha256(readFileSync(join(staging, name)), "hex")}\n`).join(""),
  "hex",
).slice(0, 16);

// Trunk names what it processes `<name>-<hash>[_bg].<ext>`, the hash a 64-bit
// number in hex without leading zeros (so up to 16 digits; fewer than 8 is a
// one in four billion chance, and keeps `icon-192.png` out). Such a name always
// has the same content, so the worker may take it from the browser's HTTP
// cache (the page has just downloaded it) instead of downloading it twice.
const hashed = (name) => /-[0-9a-f]{8,16}(?:_bg)?\.\w+$/.test(name);

const template = readFileSync(join(source, "public", "sw.js"), "utf8");
for (const token of ["CASE_DESK_VERSION", "CASE_DESK_HASHED", "CASE_DESK_UNHASHED"]) {
  if (!template.includes(`"${token}"`)) {
    console.error(`post-build: public/sw.js has no "${token}" placeholder`);
    process.exit(1);
  }
}
const worker = template
  .replace('"CASE_DESK_VERSION"', JSON.stringify(version))
  .replace('"CASE_DESK_HASHED"', JSON.stringify(assets.filter(hashed)))
  .replace('"CASE_DESK_UNHASHED"', JSON.stringify(assets.filter((name) => !hashed(name))));
writeFileSync(join(staging, "sw.js"), worker);

console.log(
  `post-build: policy allows ${hashes.length} inline script(s); sw.js version ${version} caches ${assets.length} files`,
);
