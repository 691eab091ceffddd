// Shared set-up for the end-to-end specs: the release build served like
// GitHub Pages, Debian's Chromium driven by playwright-core, and the guards
// every spec runs under (console errors, page errors, foreign requests, axe).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { startPagesServer } from "./pages-server.mjs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Debian's chromium (or $CHROMIUM). */
export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"]).toString().trim();
}

/** Chromium's flags here: as root, no GPU, and none of its own network traffic (the machine has none). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * For a spec file: starts the suite before its tests and closes it after.
 * The returned object is filled in (baseUrl, browser, served) once they start.
 */
export function useSuite() {
  const suite = {};
  before(async () => Object.assign(suite, await startSuite()));
  after(async () => suite.close?.());
  return suite;
}

/** Starts the server and the browser once per spec file. */
export async function startSuite() {
  const dist = process.env.CASE_DESK_DIST;
  assert.ok(dist, "CASE_DESK_DIST must name the release build to test (scripts/test.sh sets it)");
  const server = await startPagesServer({ dist, base: "/case-desk/" });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    baseUrl: server.url,
    browser,
    /** How many requests the server answered for a path (e.g. "/case-desk/sw.js"). */
    served: server.served,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser context and page with the guards on. Call `guards.check()`
 * at the end of a test: it fails on any console error, page error,
 * Content-Security-Policy violation or request that left the origin.
 *
 * One console error is expected: GitHub Pages answers a deep link
 * (/case-desk/cases/…) with 404.html and status 404, and Chromium logs that
 * status for the document. It is allowed only for documents (a 404 on a
 * script, style or wasm file still fails).
 */
export async function openPage(
  suite,
  { viewport = { width: 1280, height: 800 }, initScript, bypassCSP = false, serviceWorkers = "allow", clipboard = false, locale = "en-US" } = {},
) {
  // `locale` sets navigator.languages, which decides the language of a first visit.
  const context = await suite.browser.newContext({ viewport, bypassCSP, serviceWorkers, locale });
  // The page may write and the spec read the clipboard, as after a seller's "Allow".
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(suite.baseUrl).origin });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const origin = new URL(suite.baseUrl).origin;
  const problems = [];
  const documents404 = new Set();
  const consoleErrors = [];
  page.on("response", (res) => {
    if (res.status() === 404 && res.request().isNavigationRequest()) documents404.add(res.url());
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push({ text: msg.text(), url: msg.location().url });
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  // The Content-Security-Policy must never have to block anything.
  await context.exposeFunction("__reportCspViolation", (v) =>
    problems.push(`CSP violation: ${v.directive} blocked ${v.blocked || "inline code"} (${v.source})`),
  );
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportCspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
    ),
  );
  // On the context, so the service worker's own requests are seen too.
  // Only network requests count: data: and blob: stay in the page, and
  // chrome:// and chrome-extension:// are the browser's own PDF viewer.
  context.on("request", (req) => {
    const url = new URL(req.url());
    const network = ["http:", "https:", "ws:", "wss:"].includes(url.protocol);
    if (network && url.origin !== origin) problems.push(`request to another origin: ${url.href}`);
  });
  const allowed = [];
  const guards = {
    /** Lets console errors matching `pattern` pass: for a spec that causes them on purpose. */
    allow(pattern) {
      allowed.push(pattern);
    },
    check() {
      for (const { text, url } of consoleErrors) {
        const pagesDeepLink = /status of 404/.test(text) && documents404.has(url);
        const expected = allowed.some((pattern) => pattern.test(text) || pattern.test(url));
        if (!pagesDeepLink && !expected) problems.push(`console error: ${text} (${url})`);
      }
      assert.deepEqual(problems, [], `the page reported problems:\n${problems.join("\n")}`);
    },
  };
  return { context, page, guards };
}

/**
 * Runs axe-core on the page as it is now, in the light and in the dark colour
 * scheme (contrast must hold in both), and fails on any violation.
 */
export async function expectAccessible(page, state) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const run = () =>
    page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
      }));
    }, AXE_TAGS);
  const violations = [];
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    for (const v of await run()) violations.push({ scheme: colorScheme, ...v });
  }
  await page.emulateMedia({ colorScheme: null });
  const report = violations.map((v) => `${v.id} in ${v.scheme} (${v.help}):\n  ${v.nodes.join("\n  ")}`).join("\n");
  assert.deepEqual(violations, [], `axe found accessibility violations in state "${state}":\n${report}`);
}

/** Waits until the app has replaced the static loading shell. */
export async function waitForApp(page) {
  // The main menu, in either language.
  await page.getByRole("navigation", { name: /^(Main|主菜单)$/ }).waitFor();
}

/** Fails if any link on the page leads outside the app's base path. */
export async function expectLinksUnderBase(page, base = "/case-desk/") {
  const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")));
  const outside = hrefs.filter((href) => !href.startsWith("#") && !href.startsWith(base));
  assert.deepEqual(outside, [], `links outside ${base}: ${outside.join(", ")}`);
}
