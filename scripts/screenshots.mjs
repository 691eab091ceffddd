// Takes screenshots of the main screens of a build, for a person to look at.
//   node scripts/screenshots.mjs <dist-dir> [out-dir=target/screenshots]
// Widths 360 and 1280, light and dark (the flow, a case, the log, the data page), and the case page as printed. Not a test: it asserts nothing.

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
    const next = (name = "Continue") => page.getByRole("button", { name }).click();
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await shot("log-empty");
    await page.getByRole("link", { name: "Open your first case" }).click();
    await next();
    await page.getByText("Choose the type of problem to continue.").waitFor();
    await shot("step1-error");
    await page.getByRole("radio", { name: "Reimbursements for lost or damaged stock" }).check();
    await next();
    await page.getByRole("radio", { name: "Units lost in a fulfilment centre" }).check();
    await shot("step2");
    await next();
    await page.getByRole("radio", { name: "Phone" }).check();
    await page.getByLabel("Country code").fill("44");
    await page.getByLabel("Phone number").fill("20 7946 0958");
    await shot("step3");
    await next();
    await next("Continue to review");
    await page.getByText("Write a subject").waitFor();
    await shot("step4-errors");
    await page.getByLabel("Subject").fill("3 units of X001ABC2DE lost at PHX7, not reimbursed");
    await page.getByLabel("FNSKU (required)").fill("X001ABC2DE");
    await page.getByLabel("Description").fill("The Inventory Ledger shows 3 units lost on 2 November. WHY IS THIS NOT FIXED!!!");
    await shot("step4-tone");
    await page.getByLabel("Description").fill("The Inventory Ledger shows 3 units lost at PHX7 on 2 November and no reimbursement after 30 days. I checked the ledger again this morning.");
    await next("Continue to review");
    await page.getByText("Step 5 of 5").waitFor();
    await shot("step5");
    await next("I've sent it: save the case");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await shot("case");
    if (scheme === "light") {
      // What "Print / Save as PDF" gives.
      await page.emulateMedia({ media: "print" });
      await shot("case-print");
      await page.emulateMedia({ media: null });
    }
    await toDraft(page);
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Your cases" }).waitFor();
    await shot("log");
    await page.getByRole("link", { name: "Your data" }).click();
    await page.getByRole("heading", { name: "Keep my cases from being cleared" }).waitFor();
    await shot("data");
    await context.close();
  }
}
await suite.close();
console.log(`screenshots in ${out}`);

/** Leaves a draft behind, so the log shows one. */
async function toDraft(page) {
  await page.getByRole("link", { name: "New case" }).click();
  await page.getByRole("radio", { name: "Tax" }).check();
  await page.waitForTimeout(400);
}
