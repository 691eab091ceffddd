// The walking skeleton, driven the way a seller uses it: by visible labels and
// button names, on the release build served under /case-desk/ like GitHub Pages.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, expectLinksUnderBase, openPage, startSuite, waitForApp } from "./harness.mjs";

let suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.close();
});

describe("first visit", () => {
  it("starts under /case-desk/ and tells a new seller what to do first", async () => {
    const { page, context, guards } = await openPage(suite);
    const response = await page.goto(suite.baseUrl);
    assert.equal(response.status(), 200);
    await waitForApp(page);
    await page.getByRole("heading", { name: "No cases yet" }).waitFor();
    const start = page.getByRole("link", { name: "Open your first case" });
    assert.equal(await start.getAttribute("href"), "/case-desk/new");
    // The static loading shell is gone once the app runs.
    assert.equal(await page.getByText("Loading your cases…").count(), 0);
    assert.equal(await page.title(), "Your cases · Case Desk");
    await expectLinksUnderBase(page);
    await expectAccessible(page, "empty case log");
    guards.check();
    await context.close();
  });
});

describe("opening a case", () => {
  it("refuses an empty form with an error on every field and focus on the first", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await page.getByRole("link", { name: "Open your first case" }).click();
    await page.getByRole("heading", { name: "Open a new case" }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/case-desk/new");

    await page.getByRole("button", { name: "Save case" }).click();
    const problemType = page.getByLabel("Type of problem");
    await page.getByText("Choose the type of problem").waitFor();
    assert.ok(await problemType.evaluate((el) => el === document.activeElement), "focus is on the first field in error");
    assert.equal(await problemType.getAttribute("aria-invalid"), "true");
    // Each error is tied to its field for screen readers.
    const subjectDescribedBy = await page.getByLabel("Subject").getAttribute("aria-describedby");
    const subjectError = await page.locator("#subject-error").textContent();
    assert.match(subjectDescribedBy, /subject-error/);
    assert.match(subjectError, /Write a subject/);
    assert.match(await page.locator("#description-error").textContent(), /Describe the problem/);
    await expectAccessible(page, "new case form with errors");

    // Fixing a field clears its error as the seller types.
    await page.getByLabel("Subject").fill("Order 112-4738291-5047863 arrived damaged");
    await page.locator("#subject-error:empty").waitFor({ state: "attached" });
    assert.equal(await page.getByLabel("Subject").getAttribute("aria-invalid"), null);
    guards.check();
    await context.close();
  });

  it("creates a case that is on the log and still there after a reload", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}new`, { waitUntil: "load" });
    await page.getByRole("heading", { name: "Open a new case" }).waitFor();

    const subject = "Order 112-4738291-5047863 arrived damaged";
    await page.getByLabel("Type of problem").selectOption({ label: "Orders and returns" });
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel("Description").fill("The buyer sent photos of a crushed box.\nThey want a replacement.");
    await page.getByRole("button", { name: "Save case" }).click();

    // The case page shows what was saved, line breaks kept.
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/case-desk\/cases\/[0-9a-f]{24}$/);
    await page.getByText("Waiting for Amazon").waitFor();
    await page.getByText("Orders and returns").waitFor();
    const description = page.getByText("The buyer sent photos of a crushed box.");
    assert.equal(await description.evaluate((el) => el.innerText), "The buyer sent photos of a crushed box.\nThey want a replacement.");
    await page.getByText("Case opened in Case Desk").waitFor();
    await expectAccessible(page, "case page");
    const casePath = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Your cases" }).waitFor();
    await page.getByRole("link", { name: subject }).waitFor();
    await expectLinksUnderBase(page);
    await expectAccessible(page, "case log with one case");

    await page.reload();
    await page.getByRole("link", { name: subject }).click();
    await page.getByRole("heading", { level: 1, name: subject }).waitFor();
    assert.equal(new URL(page.url()).pathname, casePath);
    guards.check();
    await context.close();
  });
});

describe("deep links", () => {
  it("reloads a case page from its address (answered by 404.html, like GitHub Pages)", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}new`);
    await page.getByLabel("Type of problem").selectOption({ label: "Payments and disbursements" });
    await page.getByLabel("Subject").fill("Disbursement held for 14 days");
    await page.getByLabel("Description").fill("My payment has been on hold since the 12th.");
    await page.getByRole("button", { name: "Save case" }).click();
    await page.getByRole("heading", { level: 1, name: "Disbursement held for 14 days" }).waitFor();

    const response = await page.goto(page.url());
    assert.equal(response.status(), 404, "the static host has no file at this path");
    await page.getByRole("heading", { level: 1, name: "Disbursement held for 14 days" }).waitFor();
    guards.check();
    await context.close();
  });

  it("shows 'case not found' inside the app for an unknown case", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}cases/unknown`);
    await page.getByRole("heading", { name: "Case not found" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    await expectAccessible(page, "case not found");
    await page.getByRole("link", { name: "Go to your cases" }).click();
    await page.getByRole("heading", { name: "Your cases" }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/case-desk/");
    guards.check();
    await context.close();
  });

  it("shows 'page not found' inside the app for an unknown address", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}no/such/page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    assert.equal(await page.title(), "Page not found · Case Desk");
    await expectAccessible(page, "page not found");
    guards.check();
    await context.close();
  });
});

describe("storage trouble", () => {
  it("keeps an unreadable saved case, says so, and loads the others", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await page.evaluate(() => {
      localStorage.setItem("case-desk:case:damaged", "{this is not json");
      localStorage.setItem(
        "case-desk:case:good",
        JSON.stringify({
          schema: 1,
          case: {
            id: "good", subject: "Inbound shipment FBA15ABCDE missing 3 units", problem_type: "fba_inventory",
            description: "Received 47 of 50.", status: "open",
            created_at: "2026-11-20T09:00:00Z", updated_at: "2026-11-20T09:00:00Z",
            events: [{ id: "e1", at: "2026-11-20T09:00:00Z", kind: "submitted" }],
          },
        }),
      );
    });
    await page.reload();
    await page.getByText("1 saved case could not be read.").waitFor();
    await page.getByRole("link", { name: "Inbound shipment FBA15ABCDE missing 3 units" }).waitFor();
    await expectAccessible(page, "unreadable case banner");
    assert.equal(await page.evaluate(() => localStorage.getItem("case-desk:case:damaged")), "{this is not json");
    guards.check();
    await context.close();
  });

  it("keeps working in memory and says so when the browser refuses storage", async () => {
    const refuseStorage = () => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The user denied access to storage.", "SecurityError");
        },
      });
    };
    const { page, context, guards } = await openPage(suite, { initScript: refuseStorage });
    await page.goto(suite.baseUrl);
    await page.getByText("This browser is not letting Case Desk save anything").waitFor();
    await page.getByRole("link", { name: "Open your first case" }).click();
    await page.getByLabel("Type of problem").selectOption({ label: "Listings and catalog" });
    await page.getByLabel("Subject").fill("Listing B0C7XK2M9Q suppressed");
    await page.getByLabel("Description").fill("The listing was suppressed without a reason.");
    await page.getByRole("button", { name: "Save case" }).click();
    await page.getByRole("heading", { level: 1, name: "Listing B0C7XK2M9Q suppressed" }).waitFor();
    await page.getByText("This browser is not letting Case Desk save anything").waitFor();
    await expectAccessible(page, "storage refused");
    guards.check();
    await context.close();
  });
});
