// The walking skeleton, driven the way a seller uses it: by visible labels and
// button names, on the release build served under /case-desk/ like GitHub Pages.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { expectAccessible, expectLinksUnderBase, openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow } from "./flow.mjs";

const suite = useSuite();

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

describe("a case end to end", () => {
  it("is on the log and still there after a reload", async () => {
    const { page, context, guards } = await openPage(suite);
    const subject = "Order 112-4738291-5047863 arrived damaged";
    const casePath = await openCaseThroughFlow(page, suite.baseUrl, { subject });
    await page.getByText("Waiting for Amazon").waitFor();
    await page.getByText("Orders and returns → Buyer received a damaged item").waitFor();

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
    // Without the service worker, as on a first visit: the host answers.
    // (With it, the worker answers from its cache: see offline.test.mjs.)
    const { page, context, guards } = await openPage(suite, { serviceWorkers: "block" });
    await openCaseThroughFlow(page, suite.baseUrl, {
      type: "Payments and disbursements",
      problem: "Disbursement on hold",
      subject: "Disbursement held for 14 days",
      identifiers: {},
      description: "My payment has been on hold since the 12th.",
    });

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

describe("moving around", () => {
  // Case Desk routes in the page: a link or Back/Forward changes the page
  // without reloading it (a marker set on `window` survives).
  const current = (page) =>
    page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]').allTextContents();

  it("follows the header's links and Back/Forward inside the page, marking the current page", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await page.evaluate(() => { window.notReloaded = true; });
    assert.deepEqual(await current(page), ["Cases"]);

    await page.getByRole("link", { name: "Your data" }).click();
    await page.getByRole("heading", { level: 1, name: "Your data" }).waitFor();
    assert.deepEqual(await current(page), ["Your data"]);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    assert.equal(await page.title(), "Settings · Case Desk");
    // The page shown, clicked again: no second history entry.
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "New case" }).click();
    await page.getByRole("heading", { level: 1, name: "Open a new case" }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/case-desk\/new\/[0-9a-f]{24}\/[a-z-]+$/);
    assert.deepEqual(await current(page), ["New case"]);

    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Your data" }).waitFor();
    assert.deepEqual(await current(page), ["Your data"]);
    await page.goBack();
    await page.getByRole("heading", { name: "No cases yet" }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/case-desk/");
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: "Your data" }).waitFor();
    assert.equal(await page.evaluate(() => window.notReloaded), true);
    guards.check();
    await context.close();
  });

  it("skips to the content and stays on the page (under <base>, #main alone would be the log's address)", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}settings`);
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "main");
    assert.equal(new URL(page.url()).pathname, "/case-desk/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
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
    await page.locator("#main").getByRole("link", { name: "Inbound shipment FBA15ABCDE missing 3 units" }).waitFor();
    await expectAccessible(page, "unreadable case banner");
    // Kept, moved aside as one copy (a store full of them still has room for new work).
    assert.equal(await page.evaluate(() => localStorage.getItem("case-desk:case:damaged")), null);
    assert.equal(await page.evaluate(() => localStorage.getItem("case-desk:quarantine:case-desk:case:damaged")), "{this is not json");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the raw data" }).click(),
    ]);
    const raw = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.deepEqual(raw, { "case-desk:case:damaged": "{this is not json" });

    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Discard them" }).click();
    await page.getByText("1 saved case could not be read.").waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => localStorage.getItem("case-desk:quarantine:case-desk:case:damaged")), null);
    await page.locator("#main").getByRole("link", { name: "Inbound shipment FBA15ABCDE missing 3 units" }).waitFor();
    guards.check();
    await context.close();
  });

  it("shows a case saved by a newer version read-only and never changes it", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    const stored = JSON.stringify({
      schema: 2,
      case: {
        id: "future", subject: "Saved by Case Desk 2", problem_type: "tax", description: "From the future.",
        status: "open", created_at: "2026-11-20T09:00:00Z", updated_at: "2026-11-20T09:00:00Z",
        a_field_from_version_2: { anything: true },
        events: [{ id: "f1", at: "2026-11-20T09:00:00Z", kind: "submitted" }],
      },
    });
    await page.evaluate((text) => localStorage.setItem("case-desk:case:future", text), stored);
    await page.reload();
    await page.getByText("1 saved case was written by a newer version of Case Desk.").waitFor();
    await page.locator("#main").getByRole("link", { name: "Saved by Case Desk 2" }).click();
    await page.getByText("This case was saved by a newer version of Case Desk, so it is read-only here").waitFor();
    assert.equal(await page.getByRole("button", { name: "Log Amazon's reply" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Add note" }).count(), 0);
    await expectAccessible(page, "read-only case");
    assert.equal(await page.evaluate(() => localStorage.getItem("case-desk:case:future")), stored);
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
    await openCaseThroughFlow(page, suite.baseUrl, {
      type: "Listings and catalog",
      problem: "Listing suppressed or inactive",
      subject: "Listing B0C7XK2M9Q suppressed",
      identifiers: { "ASIN (required)": "B0C7XK2M9Q" },
      description: "The listing was suppressed without a reason.",
    });
    await page.getByText("This browser is not letting Case Desk save anything").waitFor();
    await expectAccessible(page, "storage refused");
    guards.check();
    await context.close();
  });
});
