// The Overview page: four charts of the cases the log shows (by status,
// Amazon's answer time, answered in time or late, opened per week), each an
// SVG with an accessible name and a table with the same numbers; the log's
// filters carried both ways through the address; usable at 360 px, in the
// light and the dark, and in Chinese.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { expectNoEnglish } from "./english.mjs";

const suite = useSuite();

const CHARTS = ["Cases by status", "How long Amazon takes to answer", "Answered within the window, late, or waiting", "Cases opened per week"];

/** The log with the sample cases loaded; returns how many there are. */
async function withSamples(page, button = "Load sample cases", shown = /(\d+) sample cases are shown/) {
  await page.goto(suite.baseUrl);
  await waitForApp(page);
  await page.getByRole("button", { name: button }).click();
  const notice = await page.getByText(shown).textContent();
  return Number(notice.match(shown)[1]);
}

/** The log's status options as { label: count }, "All statuses" left out. */
async function logStatusCounts(page) {
  const options = await page.getByRole("combobox", { name: "Status" }).locator("option").allTextContents();
  return Object.fromEntries(options.filter((o) => /\(\d+\)$/.test(o)).map((o) => {
    const [, label, count] = o.match(/^(.*) \((\d+)\)$/);
    return [label, Number(count)];
  }));
}

/** "8 cases found" / "1 case found", as a number (the log says it to screen readers, the overview shows it). */
async function found(page) {
  const text = await page.getByText(/^\d+ cases? found$/).textContent();
  return Number(text.match(/\d+/)[0]);
}

/** Opens a chart's table and reads it: body rows as [name, cells…], and the foot's total if any. */
async function chartTable(page, chart, show = "Show as a table") {
  const region = page.getByRole("region", { name: chart, exact: true });
  if (!(await region.locator("details").evaluate((d) => d.open))) await region.locator("summary", { hasText: show }).click();
  const table = region.getByRole("table");
  await table.waitFor();
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  const foot = await table.locator("tfoot td").allTextContents();
  return { rows, total: foot.length ? Number(foot[0]) : undefined };
}

const sum = (rows) => rows.reduce((n, row) => n + Number(row[1]), 0);

async function fits(page, name) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= 360, `${name} is ${scroll}px wide at 360px`);
}

describe("overview", () => {
  it("counts what the log counts: every status, and all the cases", async () => {
    const { page, context, guards } = await openPage(suite);
    const samples = await withSamples(page);
    const logCounts = await logStatusCounts(page);
    const logTotal = await found(page);
    assert.equal(logTotal, samples);
    assert.equal(Object.keys(logCounts).length, 7, "every status is offered");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/case-desk/overview");
    assert.equal(await page.getByRole("link", { name: "Overview", exact: true }).getAttribute("aria-current"), "page");
    assert.equal(await page.title(), "Overview · Case Desk");
    assert.equal(await found(page), logTotal);

    const status = await chartTable(page, "Cases by status");
    assert.deepEqual(Object.fromEntries(status.rows.map(([label, n]) => [label, Number(n)])), logCounts);
    assert.equal(sum(status.rows), logTotal);
    assert.equal(status.total, logTotal);
    // Every other chart accounts for every case too.
    const timeliness = await chartTable(page, "Answered within the window, late, or waiting");
    assert.equal(timeliness.rows.length, 5);
    assert.equal(sum(timeliness.rows), logTotal);
    assert.equal(timeliness.total, logTotal);
    const weeks = await chartTable(page, "Cases opened per week");
    assert.equal(sum(weeks.rows), logTotal);
    assert.ok(weeks.rows.every(([week]) => /^(Week \d+ \(from \d+ \w{3} \d{4}\)|Earlier)$/.test(week)), weeks.rows.join(" | "));
    // The answer times count the cases Amazon answered: those answered in time or late.
    const answers = await chartTable(page, "How long Amazon takes to answer");
    const answered = timeliness.rows.filter(([group]) => group.startsWith("Answered")).reduce((n, r) => n + Number(r[1]), 0);
    assert.equal(sum(answers.rows), answered);
    assert.ok(answered > 0, "some sample cases have Amazon's answer");
    for (const [, , median, middle, range] of answers.rows) {
      assert.match(median, /^\d+\s(h\s\d{2}\s)?min$/);
      assert.match(middle, /^.+\s–\s.+$/);
      assert.match(range, /^.+\s–\s.+$/);
    }
    guards.check();
    await context.close();
  });

  it("takes the log's filters and brings them back", async () => {
    const { page, context, guards } = await openPage(suite);
    await withSamples(page);
    await page.getByRole("combobox", { name: "Problem type" }).selectOption({ label: "Reimbursements for lost or damaged stock" });
    await page.waitForURL(/type=reimbursements/);
    const logFiltered = await found(page);
    assert.ok(logFiltered >= 1);

    await page.getByRole("link", { name: "See these cases as charts" }).click();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, "/case-desk/overview");
    assert.equal(url.searchParams.get("type"), "reimbursements");
    assert.equal(await page.getByRole("combobox", { name: "Problem type" }).inputValue(), "reimbursements");
    assert.equal(await found(page), logFiltered);
    const status = await chartTable(page, "Cases by status");
    assert.equal(status.total, logFiltered);
    assert.equal(sum(status.rows), logFiltered);
    const answers = await chartTable(page, "How long Amazon takes to answer");
    assert.ok(answers.rows.every(([type]) => type === "Reimbursements for lost or damaged stock"), answers.rows.join(" | "));

    // Changed here, the filters go back to the log with the link.
    await page.getByRole("combobox", { name: "Problem type" }).selectOption({ label: "All problem types" });
    await page.getByRole("searchbox", { name: "Search cases" }).fill("sample");
    await page.waitForURL(/overview\?q=sample$/);
    const overviewTotal = await found(page);
    // The charts are drawn again for the new filters; the tables opened stay open.
    assert.ok(await page.getByRole("region", { name: "Cases by status" }).getByRole("table").isVisible(), "the status table stays open");
    assert.equal((await chartTable(page, "Cases by status")).total, overviewTotal);
    await page.getByRole("link", { name: "Show these cases in the log" }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    assert.equal(new URL(page.url()).search, "?q=sample");
    assert.equal(await page.getByRole("searchbox", { name: "Search cases" }).inputValue(), "sample");
    assert.equal(await found(page), overviewTotal);

    // Nothing matches: said in words, no empty charts.
    await page.goto(`${suite.baseUrl}overview?q=zzzz-no-such-case`);
    await page.getByText("No case matches. Try fewer words, or clear the filters.").waitFor();
    assert.equal(await page.getByRole("img").count(), 0);
    guards.check();
    await context.close();
  });

  it("gives each chart an accessible name and a table, and passes axe in light and dark", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}overview`);
    await waitForApp(page);
    // No case yet: what the page is for, and the two ways to start.
    await page.getByRole("heading", { name: "Nothing to chart yet" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Open a case" }).getAttribute("href"), "/case-desk/new");
    await expectAccessible(page, "overview without cases");
    await page.getByRole("button", { name: "Load sample cases" }).click();
    await page.getByRole("heading", { name: "Cases by status" }).waitFor();

    const summaries = [/^Bar chart of \d+ cases by status\. .+: \d+/, /^Box plot of Amazon's answer time by problem type\. .+: median .+/,
      /^Bar chart of \d+ cases by how Amazon's first answer went\. .+: \d+/, /^Column chart of cases opened per week, from the week of .+/];
    for (const [i, chart] of CHARTS.entries()) {
      const region = page.getByRole("region", { name: chart, exact: true });
      const drawing = region.getByRole("img");
      assert.equal(await drawing.count(), 1, chart);
      const name = await drawing.getAttribute("aria-label");
      assert.match(name, summaries[i]);
      assert.equal(await drawing.evaluate((el) => el.tagName.toLowerCase()), "svg");
      // The table is right below, named by its chart for a screen reader.
      await region.getByRole("group").getByText("Show as a table").click();
      assert.ok(await region.getByRole("table").isVisible(), chart);
      assert.ok((await region.locator("summary").textContent()).includes(chart));
    }
    // The status chart says every number its table has.
    const statusName = await page.getByRole("region", { name: "Cases by status" }).getByRole("img").getAttribute("aria-label");
    const { rows } = await chartTable(page, "Cases by status", "Show as a table");
    for (const [label, n] of rows) assert.ok(statusName.includes(`${label}: ${n}`), `${label}: ${n} in "${statusName}"`);
    await expectAccessible(page, "overview with the sample cases, tables open");
    guards.check();
    await context.close();
  });

  it("charts the last twelve weeks up to this one; earlier cases are in the table", async () => {
    const { page, context, guards } = await openPage(suite);
    // Thursday 26 Nov 2026: the sample cases were opened in the weeks of 16 and 23 Nov.
    await page.clock.install({ time: new Date("2026-11-26T09:00:00Z") });
    const samples = await withSamples(page);
    // Eleven weeks later (the week of 8 Feb 2027): the twelve weeks shown start on 23 Nov.
    await page.clock.fastForward(77 * 24 * 3600 * 1000);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
    const region = page.getByRole("region", { name: "Cases opened per week" });
    await region.getByText(/^The chart shows the last 12 weeks; \d+ earlier cases are in the table only\.$/).waitFor();
    const { rows, total } = await chartTable(page, "Cases opened per week");
    assert.equal(rows.length, 13);
    assert.equal(rows[0][0], "Earlier");
    assert.equal(rows[1][0], "Week 48 (from 23 Nov 2026)");
    assert.equal(rows[12][0], "Week 6 (from 8 Feb 2027)");
    assert.equal(sum(rows), samples);
    assert.equal(total, samples);
    assert.ok(Number(rows[0][1]) > 0 && Number(rows[1][1]) > 0, rows.join(" | "));
    assert.ok(rows.slice(2).every(([, n]) => n === "0"), "no case since");
    // A label under each of the twelve columns on a wide screen; the name says them all.
    const labels = await region.getByRole("img").locator("text").allTextContents();
    assert.equal(labels.filter((t) => /^\d+ [A-Z][a-z]{2}$/.test(t)).length, 12, labels.join(" | "));
    assert.match(await region.getByRole("img").getAttribute("aria-label"), /from the week of 23 Nov to the week of 8 Feb\. 23 Nov: \d+; 30 Nov: 0; .*; 8 Feb: 0\.$/);
    guards.check();
    await context.close();
  });

  it("fits 360 px: the header with its five links, the log and the overview", async () => {
    const { page, context, guards } = await openPage(suite, { viewport: { width: 360, height: 740 } });
    await withSamples(page);
    await fits(page, "log");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    assert.equal(await links.count(), 5);
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `the links share one line: ${tops}`);
    await page.getByRole("link", { name: "See these cases as charts" }).click();
    await page.getByRole("heading", { name: "Cases by status" }).waitFor();
    await fits(page, "overview");
    for (const chart of CHARTS) await chartTable(page, chart);
    await fits(page, "overview with its tables");
    // The answer times' five columns scroll in their own box, reachable by keyboard.
    await expectAccessible(page, "overview at 360 px, tables open");
    guards.check();
    await context.close();
  });

  it("is in Chinese for a Chinese browser: headings, tables and names", async () => {
    const { page, context, guards } = await openPage(suite, { locale: "zh-CN" });
    await withSamples(page, "加载示例问题", /当前显示 (\d+) 个示例问题/);
    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "概览" }).click();
    await page.getByRole("heading", { level: 1, name: "概览" }).waitFor();
    const headings = await page.getByRole("heading").allTextContents();
    assert.deepEqual(headings, ["概览", "各状态的问题", "亚马逊的回复用时", "是否在回复时限内回复", "每周提交的问题"]);
    for (const chart of headings.slice(1)) {
      const { rows } = await chartTable(page, chart, "以表格显示");
      assert.ok(rows.length > 0, chart);
    }
    const headers = await page.locator("main th").allTextContents();
    assert.ok(headers.includes("状态") && headers.includes("问题数") && headers.includes("中位数") && headers.includes("全部问题"), headers.join(" | "));
    const latin = headers.filter((h) => /[A-Za-z]/.test(h));
    assert.deepEqual(latin, [], "table headers in Chinese");
    const names = await page.getByRole("img").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    assert.equal(names.length, 4);
    for (const name of names) assert.doesNotMatch(name, /[A-Za-z]/, name);
    await expectNoEnglish(page, "overview");
    await expectAccessible(page, "overview in Chinese");
    guards.check();
    await context.close();
  });
});
