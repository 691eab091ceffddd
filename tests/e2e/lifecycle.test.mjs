// The case after it is opened, on Playwright's clock: the countdown ticks,
// Amazon's reply moves it to answered, a refund resolves it, a reopening
// restarts the window, 24 hours later it is overdue and on top of the log;
// an appeal with a full Plan of Action; search and filters in the address.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow } from "./flow.mjs";

const suite = useSuite();

const START = new Date("2026-11-26T09:00:00Z");

async function clockedPage() {
  const opened = await openPage(suite, { clipboard: true });
  await opened.page.clock.install({ time: START });
  return opened;
}

/** Opens the action's form, fills it with `fill`, and submits it with `submit`. */
async function act(page, action, fill, submit) {
  await page.getByRole("button", { name: action }).click();
  await fill();
  await page.getByRole("button", { name: submit }).click();
}

const timer = (page) => page.getByRole("timer");

describe("following a case", () => {
  it("ticks, moves through answered, resolved and reopened, and goes overdue to the top of the log", async () => {
    const { page, context, guards } = await clockedPage();
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Lamp arrived broken" });
    await page.getByText("Waiting for Amazon").waitFor();
    assert.match(await timer(page).textContent(), /^(24:00:00|23:59:5\d) left · due \w{3} \d\d:\d\d$/);
    await page.clock.fastForward(5000);
    await page.waitForFunction(() => /^23:59:5\d left/.test(document.querySelector("[role=timer]").textContent));
    await expectAccessible(page, "case waiting for Amazon");

    await act(page, "Log Amazon's reply", () => page.getByLabel("Amazon's reply", { exact: true }).fill("We have refunded the buyer.\nNo action needed from you."), "Save Amazon's reply");
    await page.getByText("Answered", { exact: true }).waitFor();
    await page.getByText("Amazon replied", { exact: true }).waitFor();
    const reply = page.getByText("We have refunded the buyer.");
    assert.equal(await reply.evaluate((el) => el.innerText), "We have refunded the buyer.\nNo action needed from you.");
    assert.equal(await timer(page).textContent(), "Amazon answered: your move");
    await expectAccessible(page, "answered");

    await act(page, "Mark resolved", async () => {
      await page.getByLabel("Solution", { exact: true }).selectOption({ label: "Refund" });
      await page.getByLabel("Amount (for a refund or reimbursement)").fill("$24.99");
      await page.getByLabel("I am satisfied with this solution").uncheck();
    }, "Save the resolution");
    await page.getByText("Resolved: refund of $24.99 (not satisfied)").waitFor();
    assert.equal(await timer(page).textContent(), "Finished");
    // Only what a resolved case allows is offered.
    assert.equal(await page.getByRole("button", { name: "Log my reply" }).count(), 0);

    await page.getByRole("button", { name: "Reopen" }).click();
    await page.getByRole("button", { name: "Reopen the case" }).click();
    await page.getByText("Write the reason for reopening first.").waitFor();
    await page.getByLabel("Why reopen?").fill("The buyer was refunded but my unit was never returned.");
    await page.getByRole("button", { name: "Reopen the case" }).click();
    await page.getByText("Reopened", { exact: true }).first().waitFor();
    assert.match(await timer(page).textContent(), /^(24:00:00|23:59:5\d) left/);

    await page.clock.fastForward("25:00:00");
    await page.waitForFunction(() => /^overdue by 1:00:0\d$/.test(document.querySelector("[role=timer]").textContent));
    await expectAccessible(page, "overdue case");

    await page.getByRole("link", { name: "Cases", exact: true }).click();
    const needsYou = page.getByRole("region", { name: /^Needs you/ });
    await needsYou.getByRole("link", { name: "Lamp arrived broken" }).waitFor();
    await needsYou.getByText("overdue by 1 h 00 min", { exact: true }).waitFor();
    await expectAccessible(page, "log with an overdue case");
    guards.check();
    await context.close();
  });

  it("escalates to an appeal with a full Plan of Action and its own 48-hour window", async () => {
    const { page, context, guards } = await clockedPage();
    await openCaseThroughFlow(page, suite.baseUrl, {
      type: "Account health and suspension",
      problem: "Policy warning on Account Health",
      subject: "Policy warning for ASIN B0C7XK2M9Q",
      identifiers: {},
      description: "I received a warning about product authenticity and have invoices.",
    });
    // An appeal is not offered before Amazon answers.
    assert.equal(await page.getByRole("button", { name: "Escalate to an appeal" }).count(), 0);
    await act(page, "Log Amazon's reply", async () => {
      await page.getByLabel("Amazon's reply", { exact: true }).fill("Please provide invoices and a Plan of Action.");
      await page.getByLabel("Amazon asks for more information").check();
    }, "Save Amazon's reply");
    await page.getByText("Needs your attention", { exact: true }).first().waitFor();

    await page.getByRole("button", { name: "Escalate to an appeal" }).click();
    await page.getByRole("button", { name: "Submit the appeal" }).click();
    await page.getByText("Write the root cause: Amazon rejects a plan with a part missing.").first().waitFor();
    await expectAccessible(page, "plan of action with errors");
    await page.getByLabel("Root cause").fill("Our supplier shipped units without brand labels.");
    await page.getByLabel("Corrective actions taken").fill("We removed the units and contacted every buyer.");
    await page.getByLabel("Preventive measures").fill("Every delivery is now inspected against the invoice.");
    await page.getByRole("button", { name: "Copy the whole plan" }).click();
    await page.getByText("Plan copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, "Root cause\nOur supplier shipped units without brand labels.\n\nCorrective actions taken\nWe removed the units and contacted every buyer.\n\nPreventive measures\nEvery delivery is now inspected against the invoice.");
    await page.getByRole("button", { name: "Submit the appeal" }).click();
    await page.getByText("Appeal in progress", { exact: true }).first().waitFor();
    await page.getByText("Appeal submitted with a Plan of Action").waitFor();
    assert.match(await timer(page).textContent(), /^(48:00:00|47:59:5\d) left/);
    await expectAccessible(page, "appeal in progress");
    guards.check();
    await context.close();
  });
});

/** A stored case record, as Case Desk writes it. */
function record(id, subject, { status = "open", at = "2026-11-26T08:00:00Z", events = [], problem_type = "orders_and_returns" } = {}) {
  return {
    schema: 1,
    case: {
      id, subject, problem_type, description: `About ${subject}.`, status, created_at: at, updated_at: at,
      events: [{ id: `${id}-e1`, at, kind: "submitted", method: "email" }, ...events],
    },
  };
}

/** Opens the app and stores these records as Case Desk would have (a reload shows them). */
async function storeCases(page, records) {
  await page.goto(suite.baseUrl);
  await waitForApp(page);
  await page.evaluate((records) => {
    for (const r of records) localStorage.setItem(`case-desk:case:${r.case.id}`, JSON.stringify(r));
  }, records);
}

describe("the case log", () => {
  it("finds a case by a word from a reply, keeps the search in the address, and finds nothing for nonsense", async () => {
    const { page, context, guards } = await clockedPage();
    await storeCases(page, [
      record("a1", "Missing units at PHX7", {
        status: "answered",
        events: [{ id: "a1-e2", at: "2026-11-26T08:30:00Z", kind: "amazon_replied", text: "The zebrafish carton was found." }],
      }),
      record("b2", "Suppressed listing", { problem_type: "listings_and_catalog" }),
      record("c3", "Held payment", { status: "closed", problem_type: "payments", events: [{ id: "c3-e2", at: "2026-11-26T08:40:00Z", kind: "closed" }] }),
    ]);
    await page.reload();
    await page.getByText("1 waiting for Amazon · 1 answered · 1 closed").waitFor();
    const search = page.getByLabel("Search cases");
    await search.fill("zebrafish");
    await page.getByRole("link", { name: "Missing units at PHX7" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Suppressed listing" }).count(), 0);
    assert.equal(new URL(page.url()).search, "?q=zebrafish");
    await page.reload();
    assert.equal(await page.getByLabel("Search cases").inputValue(), "zebrafish");
    await page.getByRole("link", { name: "Missing units at PHX7" }).waitFor();
    await expectAccessible(page, "log with a search");

    await page.getByLabel("Search cases").fill("qwxyz nonsense");
    await page.getByText("No case matches. Try fewer words, or clear the filters.").waitFor();

    await page.getByLabel("Search cases").fill("");
    await page.getByLabel("Status").selectOption({ label: "Closed (1)" });
    await page.getByRole("link", { name: "Held payment" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Suppressed listing" }).count(), 0);
    assert.equal(new URL(page.url()).search, "?status=closed");
    await page.goBack().catch(() => {});
    guards.check();
    await context.close();
  });
});

describe("the case log, long", () => {
  it("shows the first 100 cases of a group, counts them all, and shows the rest on request", async () => {
    const { page, context, guards } = await clockedPage();
    await storeCases(page, Array.from({ length: 130 }, (_, i) => record(`long${i}`, `Long log case ${i}`, { status: "closed" })));
    await page.reload();
    const others = page.getByRole("region", { name: "Other cases (130)" });
    await others.waitFor();
    assert.equal(await others.getByRole("link").count(), 100);
    await page.getByRole("button", { name: "Show all cases" }).click();
    await others.getByRole("link", { name: "Long log case 129", exact: true }).waitFor();
    assert.equal(await others.getByRole("link").count(), 130);
    assert.equal(await page.getByRole("button", { name: "Show all cases" }).count(), 0);
    // "12" is in long12, long112 and long120 to long129.
    await page.getByLabel("Search cases").fill("12");
    await page.getByRole("region", { name: "Other cases (12)" }).waitFor();
    assert.equal(await page.getByRole("region", { name: "Other cases (12)" }).getByRole("link").count(), 12);
    guards.check();
    await context.close();
  });
});

describe("settings", () => {
  it("change the default window, refuse nonsense, and apply at once", async () => {
    const { page, context, guards } = await clockedPage();
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Settings change the window" });
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Response window (hours)").fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("The response window must be between 1 and 720 hours.").waitFor();
    await expectAccessible(page, "settings with an error");
    await page.getByLabel("Response window (hours)").fill("48");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    await page.reload();
    assert.equal(await page.getByLabel("Response window (hours)").inputValue(), "48");
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("link", { name: "Settings change the window" }).click();
    assert.match(await timer(page).textContent(), /^(48:00:00|47:59:5\d) left/);
    guards.check();
    await context.close();
  });
});
