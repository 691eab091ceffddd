// Takes screenshots of the main screens of a build, for a person to look at.
//   node scripts/screenshots.mjs <dist-dir> [out-dir=target/screenshots]
// Widths 360 and 1280, light and dark. Not a test: it asserts nothing.

import { mkdir } from "node:fs/promises";
import { startSuite, openPage, waitForApp } from "../tests/e2e/harness.mjs";

const [dist = "target/e2e-dist", out = "target/screenshots"] = process.argv.slice(2);
process.env.CASE_DESK_DIST = dist;
await mkdir(out, { recursive: true });
const suite = await startSuite();

for (const width of [360, 1280]) {
  for (const scheme of ["light", "dark"]) {
    const { page, context } = await openPage(suite, { viewport: { width, height: 800 } });
    await page.emulateMedia({ colorScheme: scheme });
    const shot = (name) => page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await shot("log-empty");
    await page.getByRole("link", { name: "Open your first case" }).click();
    await page.getByRole("button", { name: "Save case" }).click();
    await page.getByText("Choose the type of problem").waitFor();
    await shot("new-errors");
    await page.getByLabel("Type of problem").selectOption({ label: "Reimbursements for lost or damaged stock" });
    await page.getByLabel("Subject").fill("FBA shipment FBA15ABCDE: 3 units lost at PHX7, reimbursement requested");
    await page.getByLabel("Description").fill("Shipment FBA15ABCDE was checked in with 47 of 50 units.\n\nThe carrier's proof of delivery shows 50 units in 5 cartons. Please reconcile and reimburse the 3 missing units.");
    await page.getByRole("button", { name: "Save case" }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await shot("case");
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Your cases" }).waitFor();
    await shot("log");
    await page.goto(`${suite.baseUrl}data`);
    await waitForApp(page);
    await shot("data");
    await context.close();
  }
}
await suite.close();
console.log(`screenshots in ${out}`);
