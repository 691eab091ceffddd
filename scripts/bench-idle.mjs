// Benchmark: main-thread work while nobody touches the app, with 100 open
// cases stored. Prints ms of task time per second (Chrome DevTools Protocol
// Performance.getMetrics TaskDuration, over 10 s) on the case log, on a case
// page (its countdown ticks every second), and with the tab hidden. Not a test.
//   node scripts/bench-idle.mjs [dist-dir=target/e2e-dist]

import { startSuite, openPage, waitForApp } from "../tests/e2e/harness.mjs";

const [dist = "target/e2e-dist"] = process.argv.slice(2);
process.env.CASE_DESK_DIST = dist;
const SECONDS = 10;

function record(i, now) {
  const at = new Date(now - (i + 1) * 5 * 60_000).toISOString();
  return {
    schema: 1,
    case: {
      id: `idle${i}`, subject: `Case ${i}: units lost at PHX7`, problem_type: "fba_inventory",
      description: "Three units are missing from the Inventory Ledger.", status: "open", created_at: at, updated_at: at,
      identifiers: [{ kind: "order_id", value: `112-${String(1000000 + i)}-5047863` }],
      events: [{ id: `i${i}e1`, at, kind: "submitted", method: "email" }],
    },
  };
}

/** Task time in ms per second over SECONDS, once the page has settled, and the timer callbacks run meanwhile while hidden. */
async function idleWork(page, cdp) {
  await page.waitForTimeout(5000); // settle: the work of getting there (and its garbage collection) is not idle work
  const task = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  const timers = () => page.evaluate(() => window.__timersWhileHidden);
  const [before, timersBefore] = [await task(), await timers()];
  await page.waitForTimeout(SECONDS * 1000);
  return [((await task()) - before) * 1000 / SECONDS, (await timers()) - timersBefore];
}

const suite = await startSuite();
const { page, context } = await openPage(suite);
// Counts the timer callbacks that run while the page is hidden (there should be none).
await page.addInitScript(() => {
  window.__timersWhileHidden = 0;
  for (const name of ["setTimeout", "setInterval", "requestAnimationFrame"]) {
    const original = window[name].bind(window);
    window[name] = (callback, ...rest) => original((...args) => {
      if (document.visibilityState === "hidden") window.__timersWhileHidden += 1;
      return typeof callback === "function" ? callback(...args) : undefined;
    }, ...rest);
  }
});
await page.goto(suite.baseUrl);
await waitForApp(page);
const now = Date.now();
await page.evaluate((records) => {
  for (const r of records) localStorage.setItem(`case-desk:case:${r.case.id}`, JSON.stringify(r));
}, Array.from({ length: 100 }, (_, i) => record(i, now)));
await page.reload();
await page.getByRole("link", { name: "Case 0: units lost at PHX7" }).waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");

const results = [];
results.push(["case log, 100 open cases", await idleWork(page, cdp)]);
await page.getByRole("link", { name: "Case 0: units lost at PHX7" }).click();
await page.getByRole("timer").waitFor();
results.push(["case page (countdown in seconds)", await idleWork(page, cdp)]);
// Headless Chromium keeps a page visible whatever tab or window is in front,
// so "hidden" is told to the page the way the browser would: visibilityState
// and a visibilitychange event. (Timers then run unthrottled: a strict test.)
const visibility = (state) => page.evaluate((state) => {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  Object.defineProperty(document, "hidden", { configurable: true, get: () => state === "hidden" });
  document.dispatchEvent(new Event("visibilitychange"));
}, state);
await visibility("hidden");
const state = await page.evaluate(() => document.visibilityState);
results.push([`case page, tab ${state}`, await idleWork(page, cdp)]);
await visibility("visible");
await page.getByRole("link", { name: "Cases", exact: true }).click();
await page.getByRole("link", { name: "Case 0: units lost at PHX7" }).waitFor();
await visibility("hidden");
results.push([`case log, tab ${await page.evaluate(() => document.visibilityState)}`, await idleWork(page, cdp)]);

for (const [what, [ms, timers]] of results) {
  const hidden = what.includes("hidden") ? `, ${timers} timer callbacks run while hidden` : "";
  console.log(`${what}: ${ms.toFixed(2)} ms of main-thread work per second${hidden}`);
}
await context.close();
await suite.close();
