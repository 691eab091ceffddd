// Benchmark: the time to persist one edit (a note added to a case) with 100
// and with 5,000 cases stored. Goal: about 2 ms and no growth with the count,
// since one edit writes one key. Not a test.
//   node scripts/bench-persist.mjs [dist-dir=target/e2e-dist]

import { startSuite, openPage, waitForApp } from "../tests/e2e/harness.mjs";

const [dist = "target/e2e-dist"] = process.argv.slice(2);
process.env.CASE_DESK_DIST = dist;

function record(i) {
  const at = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
  return {
    schema: 1,
    case: {
      id: `p${i}`, subject: `Case ${i}`, problem_type: "payments", description: "Held payment. ".repeat(20),
      status: "open", created_at: at, updated_at: at,
      events: [{ id: `p${i}e1`, at, kind: "submitted", method: "email" }],
    },
  };
}

// Times every localStorage write of a case key, in the page itself.
const timeWrites = () => {
  window.__writes = [];
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const t0 = performance.now();
    const result = original.call(this, key, value);
    if (key.startsWith("case-desk:case:")) window.__writes.push({ key, ms: performance.now() - t0 });
    return result;
  };
};

const suite = await startSuite();
for (const count of [100, 5000]) {
  const { page, context } = await openPage(suite, { initScript: timeWrites });
  await page.goto(suite.baseUrl);
  await waitForApp(page);
  await page.evaluate((records) => {
    for (const r of records) localStorage.setItem(`case-desk:case:${r.case.id}`, JSON.stringify(r));
  }, Array.from({ length: count }, (_, i) => record(i)));
  await page.goto(`${suite.baseUrl}cases/p1`);
  await page.getByRole("heading", { level: 1, name: "Case 1" }).waitFor();
  const edits = [];
  for (let n = 0; n < 10; n += 1) {
    await page.evaluate(() => { window.__writes = []; });
    await page.getByLabel("Note", { exact: true }).fill(`Note ${n}`);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Add note" }).click();
    await page.waitForFunction(() => window.__writes.length > 0);
    const writes = await page.evaluate(() => window.__writes);
    edits.push({ writes: writes.length, ms: writes.reduce((a, w) => a + w.ms, 0), roundTrip: Date.now() - t0 });
  }
  const ms = edits.map((e) => e.ms).sort((a, b) => a - b);
  console.log(
    `${count} cases stored: one edit writes ${edits[0].writes} key; localStorage write median ${ms[5].toFixed(2)} ms, worst ${ms.at(-1).toFixed(2)} ms`,
  );
  await context.close();
}
await suite.close();
