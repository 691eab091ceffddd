// Installable (a valid manifest with its icons), every screen usable at 360 px
// without sideways scrolling, and the case page printing as a clean case file.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSuite, waitForApp } from "./harness.mjs";
import { toDetails } from "./flow.mjs";

const suite = useSuite();

describe("installable", () => {
  it("links a valid manifest whose icons, start and scope stay under the base path", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    const href = await page.evaluate(() => document.querySelector("link[rel=manifest]").href);
    assert.equal(new URL(href).pathname, "/case-desk/manifest.webmanifest");
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-type"], /application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, "Case Desk");
    assert.ok(manifest.short_name && manifest.theme_color && manifest.display);
    assert.equal(new URL(manifest.start_url, href).pathname, "/case-desk/");
    assert.equal(new URL(manifest.scope, href).pathname, "/case-desk/");
    const sizes = [];
    for (const icon of manifest.icons) {
      const png = await page.request.get(new URL(icon.src, href).href);
      assert.equal(png.status(), 200, icon.src);
      const body = await png.body();
      // A PNG's width and height are in its header; they must match what the manifest says.
      const size = `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
      assert.equal(size, icon.sizes);
      sizes.push(size);
    }
    assert.deepEqual(sizes.sort(), ["192x192", "512x512"]);
    guards.check();
    await context.close();
  });
});

describe("at 360 px", () => {
  it("no screen scrolls sideways", async () => {
    const { page, context, guards } = await openPage(suite, { viewport: { width: 360, height: 740 } });
    const fits = async (name) => {
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      assert.ok(scroll <= width, `${name} is ${scroll}px wide at ${width}px`);
    };
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await fits("empty log");
    await page.getByRole("button", { name: "Load sample cases" }).click();
    await page.getByText("8 sample cases are shown.").waitFor();
    await fits("log with cases");
    await page.getByRole("link", { name: /authenticity warning/ }).click();
    await page.getByRole("timer").waitFor();
    await fits("case page");
    await page.getByRole("button", { name: "Escalate to an appeal" }).count();
    await toDetails(page, suite.baseUrl);
    await page.getByRole("button", { name: "Continue to review" }).click();
    await fits("details with errors");
    await page.goto(`${suite.baseUrl}data`);
    await waitForApp(page);
    await fits("data page");
    await page.goto(`${suite.baseUrl}settings`);
    await waitForApp(page);
    await fits("settings");
    guards.check();
    await context.close();
  });
});

describe("print", () => {
  it("prints a case as a case file: no navigation or buttons, the timeline kept", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(suite.baseUrl);
    await page.getByRole("button", { name: "Load sample cases" }).click();
    await page.getByRole("link", { name: /authenticity warning/ }).click();
    await page.getByRole("timer").waitFor();
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Delete this case" }).isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Log Amazon's reply" }).isVisible(), false);
    assert.ok(await page.getByRole("heading", { name: "Timeline" }).isVisible());
    assert.ok(await page.getByText("Appeal submitted with a Plan of Action").isVisible());
    guards.check();
    await context.close();
  });
});
