// The Content-Security-Policy the build ships: strict, written by the
// post-build hook, and exactly matching the one inline script Trunk writes.
// (Every other spec fails on any violation of it; see harness.mjs.)

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openPage, useSuite, waitForApp } from "./harness.mjs";

const suite = useSuite();

/** The policy of a page, as directive name → list of sources. */
function parsePolicy(text) {
  return Object.fromEntries(
    text
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("content security policy", () => {
  it("allows only this origin, WebAssembly and Trunk's loader by its hash", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    const { policy, referrer, inline } = await page.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
      referrer: document.querySelector('meta[name="referrer"]').content,
      inline: [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent),
    }));
    const csp = parsePolicy(policy);
    assert.deepEqual(csp["default-src"], ["'self'"]);
    assert.deepEqual(csp["style-src"], ["'self'"]);
    assert.deepEqual(csp["img-src"], ["'self'", "blob:", "data:"]);
    assert.deepEqual(csp["frame-src"], ["blob:"]);
    assert.deepEqual(csp["object-src"], ["'none'"]);
    assert.equal(inline.length, 1, "Trunk writes one inline loader");
    const loaderHash = `'sha256-${createHash("sha256").update(inline[0]).digest("base64")}'`;
    assert.deepEqual(csp["script-src"], ["'self'", "'wasm-unsafe-eval'", loaderHash]);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|\*|https?:/);
    assert.equal(referrer, "no-referrer");
    guards.check();
    await context.close();
  });

  it("is the same in 404.html, which GitHub Pages answers deep links with", async () => {
    const dist = process.env.CASE_DESK_DIST;
    const [index, notFound] = await Promise.all(["index.html", "404.html"].map((f) => readFile(join(dist, f), "utf8")));
    assert.equal(notFound, index);
    assert.doesNotMatch(index, /CASE_DESK_CSP/, "the hook replaced the placeholder");
  });
});
