// The guards every spec relies on must be able to fail: each case below breaks
// one rule on purpose and expects the guard to catch it.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, expectLinksUnderBase, openPage, useSuite, waitForApp } from "./harness.mjs";

const suite = useSuite();

async function appPage(options) {
  const opened = await openPage(suite, options);
  await opened.page.goto(suite.baseUrl);
  await waitForApp(opened.page);
  return opened;
}

describe("the spec guards", () => {
  it("catch a console error", async () => {
    const { page, context, guards } = await appPage();
    await page.evaluate(() => console.error("something broke"));
    assert.throws(() => guards.check(), /something broke/);
    await context.close();
  });

  it("catch an uncaught page error", async () => {
    const { page, context, guards } = await appPage();
    await page.evaluate(() => setTimeout(() => { throw new Error("uncaught on purpose"); }));
    await page.waitForTimeout(100);
    assert.throws(() => guards.check(), /uncaught on purpose/);
    await context.close();
  });

  it("catch anything the Content-Security-Policy blocks", async () => {
    const { page, context, guards } = await appPage();
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
    });
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.injected), undefined, "the policy runs no injected inline script");
    assert.throws(() => guards.check(), /CSP violation: script-src-elem blocked inline/);
    await context.close();
  });

  it("catch a request to another origin", async () => {
    // The policy would stop this request before it is made: turn it off to
    // prove the second line of defence.
    const { page, context, guards } = await appPage({ bypassCSP: true });
    // Another port on loopback is another origin; nothing listens there.
    await page.evaluate(() => fetch("http://127.0.0.1:9/leak").catch(() => {}));
    assert.throws(() => guards.check(), /request to another origin: http:\/\/127\.0\.0\.1:9\/leak/);
    await context.close();
  });

  it("allow a 404 only for a document, never for an asset", async () => {
    const { page, context, guards } = await appPage();
    await page.evaluate(async () => {
      const script = document.createElement("script");
      script.src = "/case-desk/missing-asset.js";
      const done = new Promise((resolve) => { script.onerror = resolve; });
      document.head.append(script);
      await done;
    });
    await page.waitForTimeout(100);
    assert.throws(() => guards.check(), /status of 404/);
    await context.close();
  });

  it("fail on an accessibility violation", async () => {
    const { page, context } = await appPage();
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      document.querySelector("main").append(img);
    });
    await assert.rejects(expectAccessible(page, "image without alt text"), /image-alt/);
    await context.close();
  });

  it("fail on a link outside the base path", async () => {
    const { page, context } = await appPage();
    await page.evaluate(() => {
      const a = document.createElement("a");
      a.href = "/elsewhere";
      a.textContent = "elsewhere";
      document.querySelector("main").append(a);
    });
    await assert.rejects(expectLinksUnderBase(page), /\/elsewhere/);
    await context.close();
  });
});
