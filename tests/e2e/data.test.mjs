// Export and import, sample cases, and imported text staying text.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow, toDetails } from "./flow.mjs";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

const suite = useSuite();

async function toData(page) {
  await page.getByRole("link", { name: "Your data" }).click();
  await page.getByRole("heading", { name: "Your data" }).waitFor();
}

const asUpload = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

describe("export and import", () => {
  it("exports a file with the cases and evidence, and a fresh browser imports it with its previews", async () => {
    const first = await openPage(suite);
    await toDetails(first.page, suite.baseUrl);
    await first.page.getByLabel("choose files").setInputFiles([FIXTURES + "order-screenshot.png"]);
    await first.page.getByRole("img", { name: "Preview of order-screenshot.png" }).waitFor();
    await first.page.getByLabel("Subject").fill("Exported case with a screenshot");
    await first.page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
    await first.page.getByLabel("Description").fill("This case travels to another browser.");
    await first.page.getByRole("button", { name: "Continue to review" }).click();
    await first.page.getByRole("button", { name: "I've sent it: save the case" }).click();
    await first.page.getByRole("heading", { level: 1, name: "Exported case with a screenshot" }).waitFor();
    await toData(first.page);
    const [download] = await Promise.all([
      first.page.waitForEvent("download"),
      first.page.getByRole("button", { name: "Export all cases" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^case-desk-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync(await download.path(), "utf8");
    const file = JSON.parse(text);
    assert.equal(file.format, "case-desk");
    assert.equal(file.cases.length, 1);
    assert.equal(file.cases[0].subject, "Exported case with a screenshot");
    assert.equal(file.evidence.length, 1);
    await first.page.getByText(/^Exported 1 cases to case-desk-/).waitFor();
    first.guards.check();
    await first.context.close();

    const second = await openPage(suite);
    await second.page.goto(`${suite.baseUrl}data`);
    await waitForApp(second.page);
    await second.page.getByLabel("choose an export file").setInputFiles(asUpload(download.suggestedFilename(), text));
    await second.page.getByText("1 new").waitFor();
    await expectAccessible(second.page, "import preview");
    await second.page.getByRole("button", { name: "Merge into my cases" }).click();
    await second.page.getByText("Imported: 1 cases added or updated.").waitFor();
    await second.page.getByRole("link", { name: "Cases", exact: true }).click();
    await second.page.getByRole("link", { name: "Exported case with a screenshot" }).click();
    const img = second.page.getByRole("img", { name: "Preview of order-screenshot.png" });
    await img.waitFor();
    await second.page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
    second.guards.check();
    await second.context.close();
  });

  it("refuses broken JSON, another app's JSON and a newer version by name, changing nothing", async () => {
    const { page, context, guards } = await openPage(suite);
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Must survive bad imports" });
    await toData(page);
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const input = page.getByLabel("choose an export file");
    const refusals = [
      [asUpload("broken.json", '{"format": "case-desk",\n  "cases": [ oops ]\n}'), /not valid JSON \(first error at line 2, column 14\)/],
      [asUpload("todo.json", '{"todos": [{"title": "milk"}]}'), /was not made by Case Desk/],
      [asUpload("future.json", '{"format": "case-desk", "version": 9, "cases": []}'), /made by a newer version of Case Desk \(format 9/],
    ];
    for (const [file, message] of refusals) {
      await input.setInputFiles(file);
      await page.getByRole("alert").getByText(message).waitFor();
    }
    // A file dropped on the zone is read the same way.
    const zone = await page.getByText("Drop a Case Desk export here").elementHandle();
    await page.evaluate((target) => {
      const data = new DataTransfer();
      data.items.add(new File(['{"notes": []}'], "dropped.json", { type: "application/json" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, zone);
    await page.getByRole("alert").getByText(/dropped\.json|was not made by Case Desk/).first().waitFor();
    await expectAccessible(page, "import refused");
    assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before);
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("link", { name: "Must survive bad imports" }).waitFor();
    guards.check();
    await context.close();
  });

  it("shows an imported subject with markup as text, everywhere", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}data`);
    await waitForApp(page);
    const evil = '<img src=x onerror="window.__pwned=1">Evil subject';
    const file = {
      format: "case-desk", version: 1, exported_at: "2026-11-26T09:00:00Z", evidence: [],
      cases: [{
        id: "evil1", subject: evil, problem_type: "other", description: "<script>window.__pwned=2</script>", status: "open",
        created_at: "2026-11-26T08:00:00Z", updated_at: "2026-11-26T08:00:00Z",
        events: [{ id: "e1", at: "2026-11-26T08:00:00Z", kind: "submitted", method: "email" }],
      }],
    };
    await page.getByLabel("choose an export file").setInputFiles(asUpload("evil.json", JSON.stringify(file)));
    await page.getByRole("button", { name: "Merge into my cases" }).click();
    await page.getByText("Imported: 1 cases added or updated.").waitFor();
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.locator("#main").getByRole("link", { name: evil }).click();
    await page.getByRole("heading", { level: 1, name: evil }).waitFor();
    await page.getByText("<script>window.__pwned=2</script>").waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator("main img[src='x']").count(), 0);
    guards.check();
    await context.close();
  });
});

describe("two tabs", () => {
  it("see each other's new case and notes without a reload", async () => {
    const { page: a, context, guards } = await openPage(suite);
    const b = await context.newPage();
    await a.goto(suite.baseUrl);
    await b.goto(suite.baseUrl);
    await waitForApp(b);
    await openCaseThroughFlow(a, suite.baseUrl, { subject: "Opened in tab A" });
    await b.getByRole("link", { name: "Opened in tab A" }).click();
    await b.getByLabel("Note", { exact: true }).fill("Written in tab B");
    await b.getByRole("button", { name: "Add note" }).click();
    await a.getByText("Written in tab B").waitFor();
    await a.getByLabel("Note", { exact: true }).fill("Written in tab A");
    await a.getByRole("button", { name: "Add note" }).click();
    await b.getByText("Written in tab A").waitFor();
    await b.getByText("Written in tab B").waitFor();
    guards.check();
    await context.close();
  });
});

describe("sample cases", () => {
  it("load from the empty log, cover every status, and go in one click", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await page.getByRole("button", { name: "Load sample cases" }).click();
    await page.getByText("8 sample cases are shown.").waitFor();
    await page.getByText(/2 waiting for Amazon · 1 answered · 1 needs your attention · 1 reopened · 1 resolved · 1 closed · 1 appeal in progress/).waitFor();
    await page.getByRole("region", { name: /^Needs you/ }).getByText(/overdue by/).waitFor();
    await expectAccessible(page, "log with samples");
    await page.getByRole("button", { name: "Remove sample cases" }).click();
    await page.getByRole("heading", { name: "No cases yet" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "No cases yet" }).waitFor();
    guards.check();
    await context.close();
  });
});
