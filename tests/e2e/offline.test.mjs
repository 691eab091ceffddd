// Offline after the first visit (the service worker serves the app from its
// cache with the network cut), and a new deployment offered, never forced.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow, toDetails } from "./flow.mjs";
import { startPagesServer } from "./pages-server.mjs";

const suite = useSuite();

/** Waits until the service worker has installed and controls the page. */
async function untilWorkerControls(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/**
 * Asks the browser to look for a new sw.js now. It does so on its own (on
 * navigation; the app asks when the tab comes back and every hour).
 */
const lookForUpdate = (page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

/** The cache names the worker keeps for this site, e.g. ["case-desk http://…/case-desk/ 2b0a…"]. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

describe("offline after one visit", () => {
  it("reloads the case log with its cases, edits a case and creates a new one with the network cut", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await untilWorkerControls(page);
    assert.equal(new URL(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).pathname, "/case-desk/sw.js");
    // Filling the cache did not download the app a second time: the worker
    // took the content-hashed files from the browser's HTTP cache.
    const wasm = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).find((p) => p.endsWith("_bg.wasm")),
    );
    assert.match(wasm, /^\/case-desk\/case-desk-[0-9a-f]{8,16}_bg\.wasm$/);
    assert.equal(suite.served(wasm), 1, `${wasm} was downloaded once`);
    const online = await openCaseThroughFlow(page, suite.baseUrl, { subject: "Damaged lamp, opened online" });

    await context.setOffline(true);
    const fromNetwork = [];
    page.on("response", (res) => {
      if (!res.fromServiceWorker()) fromNetwork.push(res.url());
    });

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Damaged lamp, opened online" }).waitFor();
    await page.goto(suite.baseUrl);
    await page.getByRole("heading", { name: "Your cases" }).waitFor();
    await page.getByRole("link", { name: "Damaged lamp, opened online" }).click();
    assert.equal(new URL(page.url()).pathname, online);
    await page.getByLabel("Note", { exact: true }).fill("Called support from the train, no signal.");
    await page.getByRole("button", { name: "Add note" }).click();
    await page.getByText("Called support from the train, no signal.").waitFor();
    await page.reload();
    await page.getByText("Called support from the train, no signal.").waitFor();

    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Second lamp, opened offline" });
    await page.goto(suite.baseUrl);
    await page.getByRole("link", { name: "Second lamp, opened offline" }).waitFor();
    await page.getByRole("link", { name: "Damaged lamp, opened online" }).waitFor();
    await expectAccessible(page, "case log offline");

    assert.deepEqual(fromNetwork, [], "with the network cut, every answer came from the service worker");
    // And the network really is cut: a file the worker has not cached cannot be fetched.
    const uncached = await page.evaluate(() =>
      fetch("manifest.webmanifest?not-cached").then(
        () => "fetched",
        () => "failed",
      ),
    );
    assert.equal(uncached, "failed");
    guards.allow(/manifest\.webmanifest\?not-cached|Failed to fetch|ERR_INTERNET_DISCONNECTED/);
    guards.check();
    await context.close();
  });
});

describe("a new deployment", () => {
  let deployed;
  let site;
  before(async () => {
    // A copy of the build we can "deploy" over, served like GitHub Pages.
    deployed = await mkdtemp(join(tmpdir(), "case-desk-deploy-"));
    await cp(process.env.CASE_DESK_DIST, deployed, { recursive: true });
    site = await startPagesServer({ dist: deployed, base: "/case-desk/" });
  });
  after(async () => {
    await site?.close();
    if (deployed) await rm(deployed, { recursive: true, force: true });
  });

  /** Deploys a new build: a new build always has a new sw.js (its version is derived from the files). */
  async function deploy(version) {
    const worker = join(deployed, "sw.js");
    const source = await readFile(worker, "utf8");
    await writeFile(worker, source.replace(/const VERSION = "[0-9a-f]+"/, `const VERSION = "${version}"`));
  }

  it("is offered as 'a new version is ready', and taken only when the seller reloads", async () => {
    const { page, context, guards } = await openPage({ browser: suite.browser, baseUrl: site.url });
    await page.goto(site.url);
    await waitForApp(page);
    await untilWorkerControls(page);
    const [oldCache] = await cacheNames(page);
    assert.ok(oldCache, "the first visit filled a cache");

    // Half-way through a new case when the update lands.
    await toDetails(page, site.url);
    await page.getByLabel("Subject").fill("Written while an update arrived");

    await deploy("0123456789abcdef");
    await lookForUpdate(page);

    const banner = page.getByRole("status").filter({ hasText: "A new version of Case Desk is ready." });
    await banner.waitFor();
    await expectAccessible(page, "update offered");
    // Offered, not forced: the page and what the seller typed are untouched,
    // and the old version still serves.
    assert.equal(await page.getByLabel("Subject").inputValue(), "Written while an update arrived");
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.endsWith("/case-desk/sw.js")), true);
    assert.ok((await cacheNames(page)).includes(oldCache), "the old version's files stay until the switch");

    await banner.getByRole("button", { name: "Later" }).click();
    await banner.waitFor({ state: "detached" });
    assert.equal(await page.getByLabel("Subject").inputValue(), "Written while an update arrived");

    // A plain reload keeps the running version and offers the update again.
    await page.reload();
    await page.getByText("Step 4 of 5: Details").waitFor();
    await banner.waitFor();
    assert.ok((await cacheNames(page)).includes(oldCache));

    const reloaded = page.waitForEvent("load");
    await banner.getByRole("button", { name: "Reload now" }).click();
    await reloaded;
    await page.waitForFunction((old) => caches.keys().then((names) => !names.includes(old)), oldCache);
    await page.getByText("Step 4 of 5: Details").waitFor();
    assert.equal(await page.getByLabel("Subject").inputValue(), "Written while an update arrived", "the draft survived the switch");
    assert.equal(await banner.count(), 0);
    const names = await cacheNames(page);
    assert.equal(names.length, 1, `only the new version's cache is kept: ${names}`);
    assert.ok(names[0].endsWith(" 0123456789abcdef"), names[0]);
    guards.check();
    await context.close();
  });

  it("reloads a second tab into the new version after the first one switched", async () => {
    const { page, context, guards } = await openPage({ browser: suite.browser, baseUrl: site.url });
    await page.goto(site.url);
    await waitForApp(page);
    await untilWorkerControls(page);
    const second = await context.newPage();
    await second.goto(site.url);
    await waitForApp(second);

    await deploy("fedcba9876543210");
    await lookForUpdate(page);
    const banner = (tab) => tab.getByRole("status").filter({ hasText: "A new version of Case Desk is ready." });
    await banner(page).waitFor();
    await lookForUpdate(second);
    await banner(second).waitFor();

    const firstReloaded = page.waitForEvent("load");
    await banner(page).getByRole("button", { name: "Reload now" }).click();
    await firstReloaded;
    await waitForApp(page);
    // The second tab runs on until its seller chooses, then reloads too.
    await banner(second).waitFor();
    const secondReloaded = second.waitForEvent("load");
    await banner(second).getByRole("button", { name: "Reload now" }).click();
    await secondReloaded;
    await waitForApp(second);
    assert.equal(await banner(second).count(), 0);
    const names = await cacheNames(second);
    assert.ok(names.length === 1 && names[0].endsWith(" fedcba9876543210"), String(names));
    guards.check();
    await context.close();
  });
});
