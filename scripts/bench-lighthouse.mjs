// Benchmark: Lighthouse 12 (mobile: simulated slow 4G, 4× CPU) on the empty
// case log of a release build, served as GitHub Pages serves it. Prints the four
// category scores and LCP, TBT and TTI for each run. Not a test.
//   node scripts/bench-lighthouse.mjs [dist-dir=target/e2e-dist] [runs=3]
// Lighthouse is installed on first use into target/lighthouse (about 110 MB,
// kept out of package.json so `make test` does not download it).

import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { chromiumPath } from "../tests/e2e/harness.mjs";
import { startPagesServer } from "../tests/e2e/pages-server.mjs";

const VERSION = "12.2.3";
const [dist = "target/e2e-dist", runs = "3"] = process.argv.slice(2);
const prefix = "target/lighthouse";
const cli = `${prefix}/node_modules/lighthouse/cli/index.js`;
if (!existsSync(cli)) {
  console.log(`installing lighthouse@${VERSION} into ${prefix}…`);
  execFileSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", `lighthouse@${VERSION}`], { stdio: "inherit" });
}

const server = await startPagesServer({ dist, base: "/case-desk/" });
try {
  for (let i = 1; i <= Number(runs); i++) {
    // Not execFileSync: the server answering Lighthouse runs in this process.
    const { stdout } = await promisify(execFile)("node", [
      cli, server.url, "--quiet", "--output=json", "--output-path=stdout",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ], { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
    const report = JSON.parse(stdout);
    const score = (id) => Math.round(report.categories[id].score * 100);
    const ms = (id) => `${(report.audits[id].numericValue / 1000).toFixed(1)} s`;
    console.log(
      `run ${i}: performance ${score("performance")}, accessibility ${score("accessibility")}, ` +
        `best practices ${score("best-practices")}, SEO ${score("seo")}; ` +
        `LCP ${ms("largest-contentful-paint")}, TBT ${Math.round(report.audits["total-blocking-time"].numericValue)} ms, ` +
        `TTI ${ms("interactive")}, FCP ${ms("first-contentful-paint")}`,
    );
  }
} finally {
  await server.close();
}
