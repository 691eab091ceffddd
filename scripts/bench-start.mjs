// Benchmark: start-up with 1,000 and 5,000 stored cases, CPU 4× slower, from
// navigation to the first painted frame with 20 case rows. Case Desk against a
// hand-written page from the same origin doing the same work
// (scripts/bench/vanilla-start.html), interleaved in one run; prints medians
// and their ratio. Warm HTTP cache for both, no service worker (start-up
// work, not the network).
// Not a test.
//   node scripts/bench-start.mjs [dist-dir=target/e2e-dist] [runs=7]

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSuite, openPage, waitForApp } from "../tests/e2e/harness.mjs";

const [dist = "target/e2e-dist", runs = "7"] = process.argv.slice(2);
// The build plus the yardstick page, served together (one origin, one storage).
const served = mkdtempSync(join(tmpdir(), "bench-start-"));
cpSync(dist, served, { recursive: true });
const css = readdirSync(dist).find((f) => f.endsWith(".css"));
writeFileSync(join(served, "vanilla-start.html"),
  readFileSync(new URL("bench/vanilla-start.html", import.meta.url), "utf8").replace("CASE_DESK_CSS", css));
process.env.CASE_DESK_DIST = served;

const WORDS = ["lost", "units", "damaged", "refund", "listing", "suppressed", "payment", "held", "carton", "invoice"];
const STATUSES = ["open", "open", "answered", "resolved", "closed", "reopened"];
function record(i, now) {
  const at = new Date(now - i * 17 * 60_000).toISOString();
  const w = (k) => WORDS[(i * 7 + k) % WORDS.length];
  return {
    schema: 1,
    case: {
      id: `start${String(i).padStart(5, "0")}`, subject: `Case ${i}: ${w(0)} ${w(1)}`, problem_type: "fba_inventory",
      description: `The ${w(2)} ${w(3)} for shipment FBA${100000 + i}. ${"More detail. ".repeat(10)}`,
      status: STATUSES[i % STATUSES.length], created_at: at, updated_at: at,
      identifiers: [{ kind: "order_id", value: `112-${String(1000000 + i)}-5047863` }],
      events: [
        { id: `s${i}e1`, at, kind: "submitted", method: "email" },
        { id: `s${i}e2`, at, kind: "amazon_replied", text: `Reply about ${w(4)} and ${w(5)}.` },
      ],
    },
  };
}

/** Milliseconds from navigation to the first frame showing 20 case rows. */
async function timeToRows(page, url) {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__rowsAt !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => window.__rowsAt);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const suite = await startSuite();
try {
  for (const count of [1000, 5000]) {
    // No service worker: it would answer the yardstick's address with the app.
    const { page, context } = await openPage(suite, { serviceWorkers: "block" });
    await context.addInitScript(() => {
      const check = () => {
        if (document.querySelectorAll("li.case-row").length >= 20) window.__rowsAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    const now = Date.now();
    await page.evaluate((records) => {
      for (const r of records) localStorage.setItem(`case-desk:case:${r.case.id}`, JSON.stringify(r));
    }, Array.from({ length: count }, (_, i) => record(i, now)));
    const vanillaUrl = `${suite.baseUrl}vanilla-start.html`;
    // Once each untimed: the app writes its index, both fill the HTTP cache.
    await timeToRows(page, suite.baseUrl);
    await timeToRows(page, vanillaUrl);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const app = [];
    const vanilla = [];
    for (let i = 0; i < Number(runs); i++) {
      app.push(await timeToRows(page, suite.baseUrl));
      vanilla.push(await timeToRows(page, vanillaUrl));
    }
    const [a, v] = [median(app), median(vanilla)];
    console.log(`${count} cases, CPU 4× slower: Case Desk ${a.toFixed(0)} ms, vanilla ${v.toFixed(0)} ms to 20 rows (medians of ${runs}): ${(a / v).toFixed(2)}×`);
    await context.close();
  }
} finally {
  await suite.close();
  rmSync(served, { recursive: true, force: true });
}
