// Claim windows for money cases, on Playwright's clock: the seller enters the
// date of the loss, the case shows the last day to claim and counts down to
// it, the log row too; five days later both warn that it closes soon; a date
// in the future is refused; a window changed in Settings moves the last day;
// a case that is not about money has no claim window; and the same in Chinese.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, openPage, useSuite } from "./harness.mjs";
import { openCaseThroughFlow } from "./flow.mjs";

const suite = useSuite();

// Noon UTC: the same calendar day in the time zone of any machine running this.
const START = new Date("2026-11-27T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
/** `2026-10-08`, as the date input takes it, `days` after START. */
const isoDay = (days) => new Date(START.getTime() + days * DAY).toISOString().slice(0, 10);

const LOST = {
  type: "Reimbursements for lost or damaged stock",
  problem: "Units lost in a fulfillment center",
  subject: "3 units of X001ABC2DE lost at PHX7",
  identifiers: { "FNSKU (required)": "X001ABC2DE" },
  description: "The Inventory Ledger shows 3 units lost on 8 October and no reimbursement yet. Could you please reimburse them?",
};

async function clockedPage(options) {
  const opened = await openPage(suite, options);
  await opened.page.clock.install({ time: START });
  return opened;
}

const claimSection = (page, name = "Claim window") => page.getByRole("region", { name });
const logRow = (page, subject) => page.locator(".case-row").filter({ has: page.getByRole("link", { name: subject }) });

/** Goes to the case log and back to the case by its link, as a seller does. */
async function toLog(page) {
  await page.getByRole("link", { name: "Cases", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
}

describe("claim windows", () => {
  it("counts down to the last day to claim on the case and the log, warns before it closes, and follows Settings", async () => {
    const { page, context, guards } = await clockedPage();
    const casePath = await openCaseThroughFlow(page, suite.baseUrl, LOST);
    const claim = claimSection(page);
    await claim.getByRole("heading", { name: "Claim window" }).waitFor();
    const date = claim.getByLabel("Date the units were lost or damaged");
    await claim.getByText("The date the Inventory Ledger reports the units as lost or damaged.").waitFor();
    // Nothing to count yet, but the rule and what it rests on are there.
    await claim.getByText(/^Amazon's rule for the United States, as checked on 27 Nov 2026: Amazon accepts this claim up to 60 days after the loss or damage\./).waitFor();
    await claim.getByText(/Amazon may change these windows/).waitFor();
    await claim.getByText("Not confirmed on Amazon's current help page.").waitFor();
    const source = claim.getByRole("link", { name: /Amazon's announcement of new reimbursement claim windows/ });
    assert.equal(await source.locator("[lang=en]").count(), 1, "the source's title is marked English");
    assert.match(await source.getAttribute("href"), /^https:\/\/sellercentral\.amazon\.com\//);

    // Tomorrow is refused, with what to do; nothing is recorded.
    await date.fill(isoDay(1));
    await claim.getByRole("button", { name: "Save the date" }).click();
    await claim.getByText("The date cannot be after today.").waitFor();
    assert.equal(await date.getAttribute("aria-invalid"), "true");
    await claim.getByRole("button", { name: "Save the date" }).waitFor();
    assert.equal(await page.getByText(/^Recorded the date/).count(), 0);
    // An empty date says what is missing.
    await date.fill("");
    await claim.getByRole("button", { name: "Save the date" }).click();
    await claim.getByText("Enter the full date: day, month and year.").waitFor();

    // Lost 50 days ago: 10 days left.
    await date.fill(isoDay(-50));
    await claim.getByRole("button", { name: "Save the date" }).click();
    await claim.getByText("Date saved.").waitFor();
    assert.equal(await claim.getByText("The date cannot be after today.").count(), 0);
    await claim.getByText("10 days left to claim", { exact: true }).waitFor();
    await claim.getByText("Last day to claim: 7 Dec 2026 (60 days after the loss or damage)", { exact: true }).waitFor();
    await claim.getByText("You can file this claim now, until 7 Dec 2026.", { exact: true }).waitFor();
    assert.equal(await claim.locator(".claim-status").getAttribute("class"), "claim-status", "no warning yet");
    await page.getByText("Recorded the date the units were lost or damaged: 8 Oct 2026", { exact: true }).waitFor();
    await expectAccessible(page, "case with a claim window");

    // Kept across a reload.
    await page.reload();
    await claim.getByText("10 days left to claim", { exact: true }).waitFor();
    assert.equal(await claim.getByLabel("Date the units were lost or damaged").inputValue(), isoDay(-50));

    await toLog(page);
    const row = logRow(page, LOST.subject);
    const countdown = row.locator(".row-claim");
    await row.getByText("10 days left to claim", { exact: true }).waitFor();
    assert.equal(await countdown.getAttribute("class"), "row-claim");

    // Five days later: closing soon, on the log (without a reload) and on the case.
    await page.clock.fastForward(5 * DAY);
    await row.getByText("5 days left to claim", { exact: true }).waitFor();
    assert.equal(await countdown.getAttribute("class"), "row-claim claim-closing");
    await expectAccessible(page, "log with a claim closing soon");
    // Readable on a phone: on screen, nothing wider than it.
    await page.setViewportSize({ width: 360, height: 740 });
    const box = await countdown.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `countdown on screen at 360 px: ${JSON.stringify(box)}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scroll at 360 px");
    await page.setViewportSize({ width: 1280, height: 800 });

    await row.getByRole("link", { name: LOST.subject }).click();
    await claim.getByText("5 days left to claim", { exact: true }).waitFor();
    assert.equal(await claim.locator(".claim-status").getAttribute("class"), "claim-status claim-closing");
    await claim.getByText("File this claim by 7 Dec 2026: after that day Amazon no longer accepts it.", { exact: true }).waitFor();
    await expectAccessible(page, "case with a claim closing soon");

    // Settings: Amazon's days with their source, and the seller's own.
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    const settings = page.getByRole("region", { name: "Claim windows" });
    await settings.getByText(/Amazon may change its windows at any time/).waitFor();
    const warehouse = settings.getByRole("group", { name: "Lost or damaged in a fulfillment center" });
    await warehouse.getByText("Amazon accepts this claim up to 60 days after the loss or damage. Checked on 27 Nov 2026.", { exact: true }).waitFor();
    await warehouse.getByText("Not confirmed on Amazon's current help page.").waitFor();
    const returns = settings.getByRole("group", { name: "Customer refunded, return not received" });
    await returns.getByText("Amazon accepts this claim from 60 to 120 days after the refund. Checked on 27 Nov 2026.", { exact: true }).waitFor();
    assert.equal(await returns.getByText("Not confirmed on Amazon's current help page.").count(), 0, "read on Amazon's help page");
    await returns.getByRole("link", { name: /FBA inventory reimbursement policy: Customer return claims/ }).waitFor();
    const earliest = warehouse.getByLabel("Earliest day (days after the date)");
    const last = warehouse.getByLabel("Last day (days after the date)");
    assert.equal(await earliest.inputValue(), "0");
    assert.equal(await last.inputValue(), "60");
    await expectAccessible(page, "settings with claim windows");

    // Nonsense is refused with what to do, the field named.
    await earliest.fill("95");
    await last.fill("90");
    await page.getByRole("button", { name: "Save settings" }).click();
    await warehouse.getByText("Lost or damaged in a fulfillment center, earliest day: The window must open before its last day: use fewer days than the last day.").waitFor();
    await returns.getByLabel("Last day (days after the date)").fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await returns.getByText("Customer refunded, return not received, last day: Enter a whole number of days, 0 or more.").waitFor();
    await expectAccessible(page, "settings with claim window errors");
    await returns.getByRole("button", { name: "Use Amazon's days for Customer refunded, return not received" }).click();
    assert.equal(await returns.getByLabel("Last day (days after the date)").inputValue(), "120");
    await earliest.fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();

    // 90 days instead of 60: the last day moves, and says where it comes from.
    await page.goto(`${suite.baseUrl}${casePath.replace("/case-desk/", "")}`);
    await claim.getByText("35 days left to claim", { exact: true }).waitFor();
    await claim.getByText("Last day to claim: 6 Jan 2027 (90 days after the loss or damage, from your Settings)", { exact: true }).waitFor();
    assert.equal(await claim.locator(".claim-status").getAttribute("class"), "claim-status");

    // "Use Amazon's" puts the 60 days back once saved.
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    assert.equal(await last.inputValue(), "90");
    await warehouse.getByRole("button", { name: "Use Amazon's days for Lost or damaged in a fulfillment center" }).click();
    await settings.getByText("Amazon's days for Lost or damaged in a fulfillment center are filled in: save the settings to use them.").waitFor();
    assert.equal(await last.inputValue(), "60");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    assert.equal(await settings.getByText(/are filled in/).count(), 0);
    await toLog(page);
    await row.getByText("5 days left to claim", { exact: true }).waitFor();

    // Removing the date removes the countdown, on the timeline too.
    await row.getByRole("link", { name: LOST.subject }).click();
    await claim.getByRole("button", { name: "Remove the date" }).click();
    await claim.getByText("Date removed.").waitFor();
    // The button went with the date: focus is on the empty field, not lost.
    await page.waitForFunction(() => document.activeElement?.id === "claim-date");
    assert.equal(await claim.getByLabel("Date the units were lost or damaged").inputValue(), "");
    assert.equal(await claim.locator(".claim-status").count(), 0);
    await page.getByText("Removed the claim date", { exact: true }).waitFor();
    guards.check();
    await context.close();
  });

  it("is not offered on a case that is not about money, and asks which window a removal order's claim is in", async () => {
    const { page, context, guards } = await clockedPage();
    await openCaseThroughFlow(page, suite.baseUrl);
    await page.getByRole("heading", { name: "Timeline" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "Claim window" }).count(), 0);
    assert.equal(await page.getByLabel(/^Date /).count(), 0);

    await openCaseThroughFlow(page, suite.baseUrl, {
      type: "FBA inventory and shipments",
      problem: "Removal order not received or incomplete",
      subject: "Removal order 2026-11 never arrived",
      identifiers: {},
    });
    const claim = claimSection(page);
    await claim.getByRole("group", { name: "Which claim?" }).waitFor();
    assert.ok(await claim.getByRole("radio", { name: "Removal shipment lost on the way" }).isChecked());
    // Created 5 days ago: Amazon takes the claim from day 15.
    await claim.getByLabel("Date the removal shipment was created").fill(isoDay(-5));
    await claim.getByRole("button", { name: "Save the date" }).click();
    await claim.getByText("Claims open in 10 days", { exact: true }).waitFor();
    await claim.getByText("Earliest day to claim: 7 Dec 2026 (15 days after the removal shipment was created)", { exact: true }).waitFor();
    await claim.getByText("Amazon refuses this claim before 7 Dec 2026: file it from that day until 5 Feb 2027.", { exact: true }).waitFor();
    // Delivered incomplete instead: the other window, its own date.
    await claim.getByRole("radio", { name: "Removal shipment delivered damaged or incomplete" }).check();
    await claim.getByText(/^Amazon's rule for the United States, as checked on 27 Nov 2026: Amazon accepts this claim up to 60 days after delivery to you\./).waitFor();
    await claim.getByLabel("Date the removal shipment was delivered").fill(isoDay(-10));
    await claim.getByRole("button", { name: "Save the date" }).click();
    await claim.getByText("50 days left to claim", { exact: true }).waitFor();
    await claim.getByText("Last day to claim: 16 Jan 2027 (60 days after delivery to you)", { exact: true }).waitFor();
    await page.getByText("Recorded the date the removal shipment was delivered: 17 Nov 2026", { exact: true }).waitFor();
    await expectAccessible(page, "removal order with two windows");
    guards.check();
    await context.close();
  });

  it("reads in Chinese on the case and the log", async () => {
    const { page, context, guards } = await clockedPage({ locale: "zh-CN" });
    await page.goto(suite.baseUrl);
    // The case is opened in English (the flow helper reads English names), then read in Chinese.
    await page.getByRole("combobox", { name: "语言" }).selectOption({ label: "English" });
    await openCaseThroughFlow(page, suite.baseUrl, LOST);
    await claimSection(page).getByLabel("Date the units were lost or damaged").fill(isoDay(-50));
    await claimSection(page).getByRole("button", { name: "Save the date" }).click();
    await claimSection(page).getByText("Date saved.").waitFor();

    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "简体中文" });
    const claim = claimSection(page, "索赔期限");
    await claim.getByRole("heading", { name: "索赔期限" }).waitFor();
    await claim.getByText("还剩 10 天可索赔", { exact: true }).waitFor();
    await claim.getByText("最后索赔日期：2026年12月7日（丢失或损坏后 60 天）", { exact: true }).waitFor();
    await claim.getByText("您现在即可提交此索赔，截止日期为 2026年12月7日。", { exact: true }).waitFor();
    assert.equal(await claim.getByLabel("商品丢失或损坏的日期").inputValue(), isoDay(-50));
    await claim.getByRole("button", { name: "保存日期" }).waitFor();
    await claim.getByText(/^亚马逊美国商城的规定（核对日期：2026年11月27日）/).waitFor();
    await claim.getByText(/亚马逊可能会更改这些期限/).waitFor();
    await claim.getByText("尚未在亚马逊当前的帮助页面上得到确认。").waitFor();
    await page.getByText("已记录商品丢失或损坏的日期：2026年10月8日", { exact: true }).waitFor();
    // No English in the section but the sources' own titles (marked lang="en").
    const words = await claim.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll("[lang=en]").forEach((e) => e.remove());
      return copy.textContent.match(/[A-Za-z]{2,}/g) ?? [];
    });
    assert.deepEqual(words, []);
    await expectAccessible(page, "case with a claim window, in Chinese");

    await page.getByRole("link", { name: "我的问题", exact: true }).click();
    await logRow(page, LOST.subject).getByText("还剩 10 天可索赔", { exact: true }).waitFor();
    await page.getByRole("link", { name: "设置", exact: true }).click();
    const settings = page.getByRole("region", { name: "索赔期限" });
    await settings.getByRole("group", { name: "在运营中心丢失或损坏" }).getByLabel("最后索赔日（日期后的天数）").waitFor();
    await settings.getByRole("button", { name: "对“在运营中心丢失或损坏”使用亚马逊的天数" }).waitFor();
    await expectAccessible(page, "settings in Chinese");
    guards.check();
    await context.close();
  });
});
