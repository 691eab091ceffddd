// Every way storage can refuse a write reaches the seller through the one
// storage banner, and nothing typed is lost: a case change, a draft, the
// settings, an import, removing the samples, and evidence file contents
// (IndexedDB). Each test makes the browser refuse, as a full disk does
// (a QuotaExceededError), then lets it write again.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow, toDetails } from "./flow.mjs";

const suite = useSuite();
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const NOT_SAVED = "The browser's storage for Case Desk is full, so the last change was not saved";

/**
 * Installed before the app: while `window.__refuse` (a key prefix) is set,
 * localStorage refuses to write or remove keys starting with it; while
 * `window.__refuseFiles` is set, IndexedDB refuses to store file contents.
 */
function refusals() {
  const full = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
  const { setItem, removeItem } = Storage.prototype;
  Storage.prototype.setItem = function (key, value) {
    if (window.__refuse && String(key).startsWith(window.__refuse)) throw full();
    return setItem.call(this, key, value);
  };
  Storage.prototype.removeItem = function (key) {
    if (window.__refuse && String(key).startsWith(window.__refuse)) throw full();
    return removeItem.call(this, key);
  };
  const { put } = IDBObjectStore.prototype;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__refuseFiles) throw full();
    return put.apply(this, args);
  };
}

const refuse = (page, prefix) => page.evaluate((p) => (window.__refuse = p), prefix);
const allow = (page) => page.evaluate(() => (window.__refuse = null));
const banner = (page) => page.getByText(new RegExp(`^Not saved\\. ${NOT_SAVED}`));

describe("storage refusals reach the banner", () => {
  it("a case change: said, kept on screen, saved with the next change once there is room", async () => {
    const { page, context, guards } = await openPage(suite, { initScript: refusals });
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Full disk, note kept" });
    await refuse(page, "case-desk:case:");
    await page.getByLabel("Note", { exact: true }).fill("Typed while the disk was full.");
    await page.getByRole("button", { name: "Add note" }).click();
    await banner(page).waitFor();
    await page.getByText("Typed while the disk was full.").waitFor();
    await allow(page);
    await page.getByLabel("Note", { exact: true }).fill("Typed after space was freed.");
    await page.getByRole("button", { name: "Add note" }).click();
    await banner(page).waitFor({ state: "detached" });
    await page.reload();
    await page.getByText("Typed while the disk was full.").waitFor();
    await page.getByText("Typed after space was freed.").waitFor();
    guards.check();
    await context.close();
  });

  it("a draft: said while typing, and the form keeps what was typed", async () => {
    const { page, context, guards } = await openPage(suite, { initScript: refusals });
    await toDetails(page, suite.baseUrl);
    await refuse(page, "case-desk:draft:");
    await page.getByLabel("Subject").fill("Typed into a full disk");
    await banner(page).waitFor();
    assert.equal(await page.getByLabel("Subject").inputValue(), "Typed into a full disk");
    await allow(page);
    await page.getByLabel("Subject").fill("Typed into a full disk, then saved");
    await banner(page).waitFor({ state: "detached" });
    guards.check();
    await context.close();
  });

  it("the settings: said, and saved on the next try", async () => {
    const { page, context, guards } = await openPage(suite, { initScript: refusals });
    await page.goto(`${suite.baseUrl}settings`);
    await waitForApp(page);
    await refuse(page, "case-desk:settings");
    await page.getByLabel("Response window (hours)").fill("36");
    await page.getByRole("button", { name: "Save settings" }).click();
    await banner(page).waitFor();
    await allow(page);
    await page.getByRole("button", { name: "Save settings" }).click();
    await banner(page).waitFor({ state: "detached" });
    await page.reload();
    assert.equal(await page.getByLabel("Response window (hours)").inputValue(), "36");
    guards.check();
    await context.close();
  });

  it("removing the samples from the case log: said, and the samples stay", async () => {
    const { page, context, guards } = await openPage(suite, { initScript: refusals });
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await page.getByRole("button", { name: "Load sample cases" }).first().click();
    await page.getByText("8 sample cases are shown.").waitFor();
    await refuse(page, "case-desk:");
    await page.getByRole("button", { name: "Remove sample cases" }).click();
    await banner(page).waitFor();
    await page.getByText("8 sample cases are shown.").waitFor();
    await allow(page);
    await page.getByRole("button", { name: "Remove sample cases" }).click();
    await page.getByText("8 sample cases are shown.").waitFor({ state: "detached" });
    await banner(page).waitFor({ state: "detached" });
    guards.check();
    await context.close();
  });

  it("an import: nothing imported, said twice (on the page and in the banner)", async () => {
    const { page, context, guards } = await openPage(suite, { initScript: refusals });
    await page.goto(`${suite.baseUrl}data`);
    await waitForApp(page);
    const file = {
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          format: "case-desk",
          version: 1,
          exported_at: "2026-11-27T09:00:00Z",
          cases: [
            {
              id: "imported1", subject: "Imported while the disk was full", problem_type: "tax",
              description: "From a backup.", status: "open",
              created_at: "2026-11-20T09:00:00Z", updated_at: "2026-11-20T09:00:00Z",
              events: [{ id: "i1", at: "2026-11-20T09:00:00Z", kind: "submitted" }],
            },
          ],
          evidence: [],
        }),
      ),
    };
    await page.getByLabel("choose an export file").setInputFiles(file);
    await page.getByText("1 new").waitFor();
    await refuse(page, "case-desk:");
    await page.getByRole("button", { name: "Merge into my cases" }).click();
    await page.getByText(/^Nothing was imported/).waitFor();
    await banner(page).waitFor();
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    assert.equal(await page.getByRole("link", { name: "Imported while the disk was full" }).count(), 0);
    guards.check();
    await context.close();
  });

  it("evidence contents: said in the banner, the file marked not stored, cleared when files are kept again", async () => {
    const { page, context, guards } = await openPage(suite, { initScript: refusals });
    await toDetails(page, suite.baseUrl);
    await page.evaluate(() => (window.__refuseFiles = true));
    await page.getByLabel("choose files").setInputFiles([FIXTURES + "order-screenshot.png"]);
    await page.getByRole("alert").getByText("Files not kept.").waitFor();
    await page.getByRole("alert").getByText("The browser's storage for Case Desk is full, so the files' contents were not stored").waitFor();
    await page.getByText("Not stored in this browser", { exact: true }).waitFor();
    await page.evaluate(() => (window.__refuseFiles = false));
    await page.getByLabel("choose files").setInputFiles([FIXTURES + "damaged-box.jpg"]);
    await page.getByRole("img", { name: "Preview of damaged-box.jpg" }).waitFor();
    await page.getByRole("alert").getByText("Files not kept.").waitFor({ state: "detached" });
    guards.check();
    await context.close();
  });
});
