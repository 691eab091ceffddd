// Benchmark: the case log with 1,000 and 5,000 cases stored. Prints the time
// from a keystroke in the search box to the updated list on screen. Not a test.
//   node scripts/bench-log.mjs [dist-dir=target/e2e-dist]

import { startSuite, openPage, waitForApp } from "../tests/e2e/harness.mjs";

const [dist = "target/e2e-dist"] = process.argv.slice(2);
process.env.CASE_DESK_DIST = dist;

const WORDS = ["lost", "units", "damaged", "refund", "listing", "suppressed", "payment", "held", "carton", "invoice"];
function record(i) {
  const at = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
  const w = (k) => WORDS[(i * 7 + k) % WORDS.length];
  return {
    schema: 1,
    case: {
      id: `bench${i}`, subject: `Case ${i}: ${w(0)} ${w(1)}`, problem_type: "fba_inventory",
      description: `The ${w(2)} ${w(3)} for shipment FBA${100000 + i}. ${"More detail. ".repeat(10)}`,
      status: i % 5 === 0 ? "answered" : "open", created_at: at, updated_at: at,
      identifiers: [{ kind: "order_id", value: `112-${String(1000000 + i)}-5047863` }],
      events: [
        { id: `b${i}e1`, at, kind: "submitted", method: "email" },
        { id: `b${i}e2`, at, kind: "amazon_replied", text: `Reply about ${w(4)} and ${w(5)}.` },
      ],
    },
  };
}

const suite = await startSuite();
for (const count of [1000, 5000]) {
  const { page, context } = await openPage(suite);
  await page.goto(suite.baseUrl);
  await waitForApp(page);
  await page.evaluate((records) => {
    for (const r of records) localStorage.setItem(`case-desk:case:${r.case.id}`, JSON.stringify(r));
  }, Array.from({ length: count }, (_, i) => record(i)));
  const loadStart = Date.now();
  await page.reload();
  await page.getByLabel("Search cases").waitFor();
  const loadMs = Date.now() - loadStart;
  const timings = [];
  for (const text of ["c", "ca", "car", "cart", "carton", "carton 12", "zzz", ""]) {
    const ms = await page.evaluate(async (value) => {
      const input = document.getElementById("case-search");
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      // The DOM is updated once the reactive work (microtasks) has run: a macrotask sees it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const work = performance.now() - t0;
      // And on screen at the next painted frame.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return [work, performance.now() - t0];
    }, text);
    timings.push(ms);
  }
  const stat = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms`;
  };
  console.log(`${count} cases: load ${loadMs} ms; keystroke to updated DOM ${stat(timings.map((t) => t[0]))}; to painted frame ${stat(timings.map((t) => t[1]))} (${timings.length} keystrokes)`);
  await context.close();
}
await suite.close();
