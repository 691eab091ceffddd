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
  const keystrokes = ["c", "ca", "car", "cart", "carton", "carton 12", "zzz", ""];
  // 1. To the updated DOM: the app's own work for a keystroke.
  const work = [];
  for (const text of keystrokes) {
    work.push(await page.evaluate(async (value) => {
      const input = document.getElementById("case-search");
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      // The DOM is updated once the reactive work (microtasks) has run: a macrotask sees it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - t0;
    }, text));
  }
  // 2. To the painted frame: the same keystrokes again, each typed at the
  // start of a frame (in a requestAnimationFrame callback), timed to the task
  // after that frame is painted. A keystroke typed at a random moment also
  // waits 0-16.7 ms for the display's next frame, which no page can shorten;
  // starting at a frame leaves the app's work plus the browser's style,
  // layout and paint of what changed.
  const painted = [];
  for (const text of keystrokes) {
    painted.push(await page.evaluate(async (value) => {
      const input = document.getElementById("case-search");
      return new Promise((resolve) => requestAnimationFrame(() => {
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        setTimeout(() => resolve(performance.now() - t0));
      }));
    }, text));
  }
  const stat = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms`;
  };
  if (process.env.BENCH_VERBOSE) console.log(keystrokes.map((k, i) => `"${k}": ${work[i].toFixed(1)} / ${painted[i].toFixed(1)}`).join(", "));
  console.log(`${count} cases: load ${loadMs} ms; keystroke to updated DOM ${stat(work)}; from a frame's start to its paint ${stat(painted)} (${keystrokes.length} keystrokes each)`);
  await context.close();
}
await suite.close();
