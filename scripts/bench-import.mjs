// Benchmark: importing a 50 MB export file with evidence into an empty
// browser: the time from choosing the file to "Imported", and the renderer's
// peak memory (VmHWM of Chromium's renderer processes, Linux). Not a test.
//   node scripts/bench-import.mjs [dist-dir=target/e2e-dist] [megabytes=50]

import { randomBytes, createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSuite, openPage, waitForApp } from "../tests/e2e/harness.mjs";

const [dist = "target/e2e-dist", megabytes = "50"] = process.argv.slice(2);
process.env.CASE_DESK_DIST = dist;

/** Peak resident memory of every Chromium renderer now running, in MB. */
function rendererPeaks() {
  const pids = execFileSync("sh", ["-c", "pgrep -f -- '--type=renderer' || true"]).toString().split(/\s+/).filter(Boolean);
  return pids
    .map((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    })
    .filter((mb) => mb > 0);
}

const suite = await startSuite();

// An export to start from: the sample cases, exported by the app itself.
const source = await openPage(suite);
await source.page.goto(`${suite.baseUrl}data`);
await waitForApp(source.page);
await source.page.getByRole("button", { name: "Load sample cases" }).click();
await source.page.getByText("Loaded 8 sample cases.").waitFor();
const [download] = await Promise.all([
  source.page.waitForEvent("download"),
  source.page.getByRole("button", { name: "Export all cases" }).click(),
]);
const file = JSON.parse(readFileSync(await download.path(), "utf8"));
await source.context.close();

// Grow it with 1.4 MB evidence files (random bytes: they do not compress) until it weighs the target.
const holder = file.cases.find((c) => c.evidence?.length);
const template = holder.evidence[0];
let n = 0;
while (JSON.stringify(file).length < Number(megabytes) * 1e6) {
  const bytes = randomBytes(1_400_000);
  const hash = createHash("sha256").update(bytes).digest("hex");
  file.evidence.push({ hash, mime: "image/png", base64: bytes.toString("base64") });
  holder.evidence.push({ ...template, hash, name: `warehouse-photo-${++n}.png`, size: bytes.length });
}
const buffer = Buffer.from(JSON.stringify(file));
console.log(`export file: ${(buffer.length / 1e6).toFixed(1)} MB, ${file.cases.length} cases, ${file.evidence.length} evidence files`);
// On disk, as a seller's file would be: the browser reads it itself (no copy through the driver).
const dir = mkdtempSync(join(tmpdir(), "case-desk-bench-"));
const path = join(dir, "big-export.json");
writeFileSync(path, buffer);

const { page, context } = await openPage(suite);
await page.goto(`${suite.baseUrl}data`);
await waitForApp(page);
const before = Math.max(...rendererPeaks());
const t0 = Date.now();
await page.getByLabel("choose an export file").setInputFiles(path);
await page.getByRole("button", { name: "Merge into my cases" }).waitFor({ timeout: 120_000 });
const checked = Date.now();
await page.getByRole("button", { name: "Merge into my cases" }).click();
await page.getByText(/^Imported: \d+ cases added or updated\./).waitFor({ timeout: 300_000 });
const imported = Date.now();
const peak = Math.max(...rendererPeaks());
console.log(
  `read and checked in ${((checked - t0) / 1000).toFixed(1)} s, stored in ${((imported - checked) / 1000).toFixed(1)} s ` +
    `(${((imported - t0) / 1000).toFixed(1)} s in all); renderer peak memory ${peak.toFixed(0)} MB (${before.toFixed(0)} MB before)`,
);
await context.close();
await suite.close();
rmSync(dir, { recursive: true, force: true });
