// Evidence files: attach several at once, refusals by name with the reason,
// previews before and after a reload, the keyboard viewer, tags that tick
// the checklist, files added on the case page, and a browser without IndexedDB.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectAccessible, openPage, useSuite } from "./harness.mjs";
import { openCaseThroughFlow, toDetails as toDetailsStep } from "./flow.mjs";

// Copies of the team's shared fixtures (tests/e2e/fixtures/README.md).
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const fixture = (name, mimeType) => ({ name, mimeType, buffer: readFileSync(FIXTURES + name) });
const GOOD = [
  fixture("order-screenshot.png", "image/png"),
  fixture("damaged-box.jpg", "image/jpeg"),
  fixture("supplier-invoice.pdf", "application/pdf"),
  fixture("tracking-history.txt", "text/plain"),
];
const LYING = fixture("not-really-an-image.png", "image/png");
const HUGE = { name: "warehouse-video-export.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(12_400_000, 32) };

const suite = useSuite();

/** Steps 1–3 done, on the details step. */
function toDetails(page, options) {
  return toDetailsStep(page, suite.baseUrl, options);
}

/** Polls `test` until it is true, for at most 10 s. */
async function until(test, what) {
  for (let waited = 0; !test(); waited += 100) {
    assert.ok(waited < 10_000, `timed out waiting: ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Waits until the image preview has really been decoded from its stored body. */
async function expectImagePreview(page, name) {
  const img = page.getByRole("img", { name: `Preview of ${name}` });
  await img.waitFor();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
}

async function expectPreviews(page) {
  await expectImagePreview(page, "order-screenshot.png");
  await expectImagePreview(page, "damaged-box.jpg");
  await page.getByText("PDF · 1 page · 26 KB").waitFor();
  await page.getByText("UPS tracking 1Z999AA10123456784").waitFor();
}

describe("attaching evidence", () => {
  it("previews the good files, refuses the bad ones by name with the reason, and keeps them after submit and reload", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByLabel("choose files").setInputFiles([...GOOD, LYING, HUGE]);
    await page.getByText("2 files were not added:").waitFor();
    await page.getByText("not a PNG image although named .png: its content is a text file").waitFor();
    await page.getByText("12.4 MB, over the 10 MB limit").waitFor();
    await expectPreviews(page);
    assert.equal(await page.getByRole("list", { name: "Attached files" }).getByRole("listitem").count(), 4);
    await expectAccessible(page, "details with evidence and refusals");

    // Tags tick the checklist: the tracking file proves "Carrier tracking".
    await page.getByText("Attached: tracking-history.txt").waitFor();
    await page.getByLabel("What damaged-box.jpg proves").selectOption({ label: "Photo" });
    await page.getByText("Attached: damaged-box.jpg").waitFor();

    await page.getByLabel("Subject").fill("Mug arrived broken, order 112-4738291-5047863");
    await page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
    await page.getByLabel("Description").fill("The buyer sent the photo attached.");
    await page.getByRole("button", { name: "Continue to review" }).click();
    await page.getByRole("button", { name: "I've sent it: save the case" }).click();
    await page.getByRole("heading", { level: 1, name: "Mug arrived broken, order 112-4738291-5047863" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Mug arrived broken, order 112-4738291-5047863" }).waitFor();
    await expectPreviews(page);
    await expectAccessible(page, "case page with evidence");
    guards.check();
    await context.close();
  });

  it("a draft keeps its files across a reload, and a removed file is gone", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByLabel("choose files").setInputFiles(GOOD.slice(0, 2));
    await expectImagePreview(page, "damaged-box.jpg");
    await page.getByRole("button", { name: "Remove order-screenshot.png" }).click();
    await page.reload();
    await page.getByText("Step 4 of 5: Details").waitFor();
    await expectImagePreview(page, "damaged-box.jpg");
    assert.equal(await page.getByText("order-screenshot.png").count(), 0);
    guards.check();
    await context.close();
  });
});

describe("drag and drop, and paste", () => {
  it("takes a dropped photo and a pasted screenshot", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    const asFile = ({ name, mimeType, buffer }) => ({ name, type: mimeType, b64: buffer.toString("base64") });
    const zone = await page.getByText("Drop files here").elementHandle();
    // The zone shows it is a target while a file is dragged over it, and stops once it is dropped.
    await zone.evaluate((target) => target.dispatchEvent(new DragEvent("dragenter", { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true })));
    assert.ok(await zone.evaluate((target) => target.closest(".drop-zone").classList.contains("drop-zone-over")));
    await page.evaluate(([target, f]) => {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], f.name, { type: f.type }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, [zone, asFile(GOOD[1])]);
    await expectImagePreview(page, "damaged-box.jpg");
    assert.ok(!(await zone.evaluate((target) => target.closest(".drop-zone").classList.contains("drop-zone-over"))));

    // A screenshot on the clipboard arrives as an unnamed image.
    await page.evaluate((f) => {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], "image.png", { type: f.type }));
      document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, asFile(GOOD[0]));
    await expectImagePreview(page, "image.png");
    guards.check();
    await context.close();
  });
});

describe("the viewer", () => {
  it("opens from the keyboard, moves with the arrows, closes with Esc and gives focus back", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByLabel("choose files").setInputFiles(GOOD);
    await expectPreviews(page);
    const view = page.getByRole("button", { name: "View order-screenshot.png" });
    await view.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "order-screenshot.png" });
    await dialog.waitFor();
    await dialog.getByText("1 of 4").waitFor();
    await expectAccessible(page, "viewer open");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("dialog", { name: "damaged-box.jpg" }).getByText("2 of 4").waitFor();
    await page.keyboard.press("ArrowRight");
    // The PDF opens in Chromium's own viewer, inside a blob: frame the
    // Content-Security-Policy allows (frame-src blob:, and nothing else).
    await page.getByRole("dialog", { name: "supplier-invoice.pdf" }).getByTitle("supplier-invoice.pdf").waitFor();
    await until(() => page.frames().some((f) => f.url().startsWith("chrome-extension://")), "the PDF viewer loaded");
    assert.ok(page.frames().some((f) => f.url().startsWith("blob:")));
    await page.keyboard.press("ArrowRight");
    await page.getByRole("dialog", { name: "tracking-history.txt" }).getByText("Delivered, front door").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.getByRole("dialog", { name: "order-screenshot.png" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.getByRole("dialog", { name: "tracking-history.txt" }).waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.ok(await view.evaluate((el) => el === document.activeElement), "focus is back on the View button");
    guards.check();
    await context.close();
  });
});

describe("evidence on the case page", () => {
  it("adds files later as an event on the timeline", async () => {
    const { page, context, guards } = await openPage(suite);
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Evidence added later", description: "Photos will follow." });
    await page.getByLabel("choose files").setInputFiles([GOOD[1], GOOD[2]]);
    await page.getByText("2 files added as evidence").waitFor();
    await expectImagePreview(page, "damaged-box.jpg");
    // The same file again is refused, not stored twice.
    await page.getByLabel("choose files").setInputFiles([GOOD[1]]);
    await page.getByText("already attached to this case").waitFor();

    // Deleting the case (after confirming) removes the bodies no other case uses.
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete this case" }).click();
    await page.getByRole("heading", { name: "No cases yet" }).waitFor();
    await page.waitForFunction(async () => {
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open("case-desk-evidence");
        req.onsuccess = () => ok(req.result);
        req.onerror = fail;
      });
      const count = await new Promise((ok) => {
        const req = db.transaction("bodies").objectStore("bodies").count();
        req.onsuccess = () => ok(req.result);
      });
      db.close();
      return count === 0;
    });
    guards.check();
    await context.close();
  });
});

describe("files with replies", () => {
  it("attaches a file to Amazon's reply and shows it on that reply in the timeline", async () => {
    const { page, context, guards } = await openPage(suite);
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Reply with a file", description: "Waiting for Amazon's label." });
    await page.getByRole("button", { name: "Log Amazon's reply" }).click();
    await page.getByLabel("Amazon's reply", { exact: true }).fill("Here is the return label.");
    const replyFiles = page.getByRole("group", { name: "Files Amazon sent" });
    await replyFiles.getByLabel("choose files").setInputFiles([GOOD[0]]);
    await replyFiles.getByRole("img", { name: "Preview of order-screenshot.png" }).waitFor();
    await expectAccessible(page, "reply form with a file");
    await page.getByRole("button", { name: "Save Amazon's reply" }).click();
    const entry = page.getByRole("listitem").filter({ hasText: "Here is the return label." });
    await entry.getByRole("img", { name: "order-screenshot.png" }).waitFor();
    // The file also joins the case's evidence.
    await expectImagePreview(page, "order-screenshot.png");
    guards.check();
    await context.close();
  });
});

describe("a browser without IndexedDB", () => {
  it("says so plainly and keeps the files' details, marked not stored", async () => {
    const noIndexedDb = () => {
      Object.defineProperty(window, "indexedDB", { configurable: true, get: () => undefined });
    };
    const { page, context, guards } = await openPage(suite, { initScript: noIndexedDb });
    await toDetails(page);
    await page.getByLabel("choose files").setInputFiles([GOOD[0]]);
    await page.getByText("This browser would not store the files' contents").waitFor();
    await page.getByText("Not stored in this browser", { exact: true }).waitFor();
    await page.getByText("order-screenshot.png", { exact: true }).waitFor();
    await expectAccessible(page, "evidence not stored");
    guards.check();
    await context.close();
  });
});
