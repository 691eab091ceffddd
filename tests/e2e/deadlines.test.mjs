// Calendar files and the follow-up (issue 15), on Playwright's clock: "Add to
// calendar" on a case and "Export due dates" on the log download RFC 5545
// files (checked here line by line) whose events keep their UID when exported
// again; once Amazon is late, the follow-up is offered in the case's message
// language, copied, and recorded on the timeline across a reload.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow, toReview } from "./flow.mjs";
import { expectNoEnglish } from "./english.mjs";

const suite = useSuite();

const START = new Date("2026-11-26T09:00:00Z");
const SUBJECT = "Order 112-4738291-5047863 arrived damaged";
const DESCRIPTION = "The buyer sent photos of a crushed box on 20 November. Could you please advise?";

async function clockedPage(options = {}) {
  const opened = await openPage(suite, { clipboard: true, ...options });
  await opened.page.clock.install({ time: START });
  return opened;
}

/** The case's id, from its page's address. */
const caseId = (page) => new URL(page.url()).pathname.split("/").pop();

/** Clicks the button `name` and returns the file it downloads. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/**
 * Checks a calendar file against the rules the issue names (CRLF line ends,
 * lines of at most 75 octets, one VCALENDAR) and returns its events: each
 * event's own properties (unfolded, by name) and how many alarms it has.
 */
function calendarEvents(text) {
  assert.ok(text.endsWith("\r\n"), "the file ends with CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    assert.doesNotMatch(line, /[\r\n]/, "every line ends with CRLF, nothing else");
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `a line of ${Buffer.byteLength(line, "utf8")} octets: ${line}`);
  }
  const lines = [];
  for (const line of physical) {
    if (line.startsWith(" ")) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.equal(lines.at(-1), "END:VCALENDAR");
  assert.ok(lines.includes("VERSION:2.0"));
  const events = [];
  const open = [];
  for (const line of lines) {
    const [, name, value] = line.match(/^([A-Z-]+)[;:](.*)$/) ?? assert.fail(`not a content line: ${line}`);
    if (name === "BEGIN") {
      open.push(value);
      if (value === "VEVENT") events.push({ props: {}, alarms: 0 });
      if (value === "VALARM") events.at(-1).alarms += 1;
    } else if (name === "END") {
      assert.equal(open.pop(), value, "components are closed in order");
    } else if (open.at(-1) === "VEVENT") {
      events.at(-1).props[name] = line.slice(line.indexOf(":") + 1);
    }
  }
  assert.deepEqual(open, [], "every component is closed");
  return events;
}

/** A stored case record, as Case Desk writes it. */
function record(id, subject, { status = "open", at = "2026-11-26T08:00:00Z", events = [] } = {}) {
  return {
    schema: 1,
    case: {
      id, subject, problem_type: "orders_and_returns", description: `About ${subject}.`, status, created_at: at, updated_at: at,
      events: [{ id: `${id}-e1`, at, kind: "submitted", method: "email" }, ...events],
    },
  };
}

describe("calendar files", () => {
  it("\"Add to calendar\" downloads the case's answer due as iCalendar, with the same UID every time", async () => {
    const { page, context, guards } = await clockedPage();
    await openCaseThroughFlow(page, suite.baseUrl, { subject: SUBJECT });
    const id = caseId(page);
    await page.getByText("A calendar file (.ics) with this case's dates ahead").waitFor();

    const first = await download(page, "Add to calendar");
    assert.equal(first.name, `case-desk-case-${id}.ics`);
    const [event, ...more] = calendarEvents(first.text);
    assert.equal(more.length, 0, "one event: Amazon's answer due");
    assert.equal(event.props.UID, `${id}-answer-due@case-desk`);
    assert.match(event.props.DTSTART, /^20261127T09\d{4}Z$/, "24 hours after sending, in UTC");
    assert.equal(event.alarms, 1, "a VALARM");
    assert.match(event.props.SUMMARY, /^Amazon's answer due: Order 112-4738291-5047863 arrived damaged$/);
    await page.getByText(`Downloaded case-desk-case-${id}.ics: open it to add the dates to your calendar.`).waitFor();

    await page.clock.fastForward("01:00:00");
    const again = calendarEvents((await download(page, "Add to calendar")).text);
    assert.equal(again.length, 1);
    assert.equal(again[0].props.UID, event.props.UID, "exporting again updates the same event");
    assert.equal(again[0].props.DTSTART, event.props.DTSTART);
    assert.ok(Number(again[0].props.SEQUENCE) > Number(event.props.SEQUENCE), "a newer sequence");
    guards.check();
    await context.close();
  });

  it("\"Export due dates\" on the log: one event per case with a date ahead, for the cases shown", async () => {
    const { page, context, guards } = await clockedPage();
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await page.evaluate((records) => {
      for (const r of records) localStorage.setItem(`case-desk:case:${r.case.id}`, JSON.stringify(r));
    }, [
      record("open1", "Missing units at PHX7"),
      record("open2", "Suppressed listing", { at: "2026-11-26T08:30:00Z" }),
      record("done3", "Refunded order", {
        status: "resolved",
        events: [
          { id: "done3-e2", at: "2026-11-26T08:20:00Z", kind: "amazon_replied", text: "We refunded the buyer." },
          { id: "done3-e3", at: "2026-11-26T08:40:00Z", kind: "resolved", solution: "refund", satisfied: true },
        ],
      }),
    ]);
    await page.reload();
    await page.getByRole("link", { name: "Refunded order" }).waitFor();

    const all = await download(page, "Export due dates");
    assert.equal(all.name, "case-desk-due-dates-2026-11-26.ics");
    const events = calendarEvents(all.text);
    assert.deepEqual(events.map((e) => e.props.UID), ["open1-answer-due@case-desk", "open2-answer-due@case-desk"], "earliest first, none for the resolved case");
    assert.deepEqual(events.map((e) => e.props.DTSTART), ["20261127T080000Z", "20261127T083000Z"]);
    assert.ok(events.every((e) => e.alarms === 1));

    // Only the cases shown: a search narrows the file.
    await page.getByLabel("Search cases").fill("PHX7");
    await page.getByRole("link", { name: "Suppressed listing" }).waitFor({ state: "detached" });
    const one = calendarEvents((await download(page, "Export due dates")).text);
    assert.deepEqual(one.map((e) => e.props.UID), ["open1-answer-due@case-desk"]);

    // Nothing ahead in the cases shown: disabled, saying why.
    await page.getByLabel("Search cases").fill("");
    await page.getByLabel("Status").selectOption({ label: "Resolved (1)" });
    const button = page.getByRole("button", { name: "Export due dates" });
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent === "Export due dates" && b.disabled));
    assert.equal(await button.getAttribute("aria-describedby"), "export-due-dates-hint");
    assert.equal(await page.locator("#export-due-dates-hint").textContent(), "No dates ahead in the cases shown: nothing to export.");
    await expectAccessible(page, "log with nothing to export");
    guards.check();
    await context.close();
  });
});

describe("the follow-up when Amazon is late", () => {
  it("is a reply on the case in Case Log: names the date sent with its time zone and Amazon's case ID, copies, and is recorded across a reload", async () => {
    const { page, context, guards } = await clockedPage();
    await openCaseThroughFlow(page, suite.baseUrl, { subject: SUBJECT });
    assert.equal(await page.getByRole("heading", { name: "Amazon is late: follow up" }).count(), 0, "not before it is due");

    await page.clock.fastForward("25:00:00");
    const panel = page.getByRole("region", { name: "Amazon is late: follow up" });
    await panel.waitFor();
    const message = panel.locator("pre[aria-labelledby=follow-up-message]");
    assert.equal(await message.getAttribute("lang"), "en");
    // A reply on the case: no subject to copy, nothing that reads like a new case.
    assert.match(await message.textContent(), /^Hello Selling Partner Support,\n\nI am following up on this case, which I sent on Thu 26 Nov 2026, \d\d:\d\d UTC[+-]?[\d:]* \(1 day ago\)\./);
    assert.equal(await panel.locator("pre[aria-labelledby=follow-up-subject]").count(), 0);
    assert.equal(await panel.getByRole("button", { name: "Copy subject" }).count(), 0);
    // Without Amazon's case ID, how to find the case in Case Log (its search reads subjects).
    await panel.getByText("Send it as a reply on your case, not as a new case").waitFor();
    await panel.getByText("search for words of its subject, “Order 112-4738291-5047863 arrived damaged”").waitFor();
    // Overdue: no date ahead to put in a calendar.
    assert.equal(await page.getByRole("button", { name: "Add to calendar" }).isDisabled(), true);
    await page.getByText("Nothing to add: this case has no date ahead (Amazon's answer is not awaited, or already late).").waitFor();

    // With Amazon's case ID recorded, the follow-up names it.
    await page.getByLabel("Case ID from Amazon's confirmation").fill("12345678901");
    await page.getByRole("button", { name: "Save case ID" }).click();
    await panel.getByText("Send it as a reply on case 12345678901, not as a new case: in Seller Central's Case Log, search for 12345678901").waitFor();
    assert.match(await message.textContent(), /I am following up on case 12345678901, which I sent on Thu 26 Nov 2026, \d\d:\d\d UTC[+-]?[\d:]* \(1 day ago\)\. I have not received a reply yet\./);
    assert.equal(await panel.getByText("search for words of its subject").count(), 0);

    await panel.getByRole("button", { name: "Copy message" }).click();
    await panel.getByText("Message copied").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await message.textContent());
    await expectAccessible(page, "case with the follow-up offered");

    const sent = await message.textContent();
    await panel.getByRole("button", { name: "I've sent the follow-up" }).click();
    const done = page.getByRole("region", { name: "Follow-up sent" });
    await done.waitFor();
    await page.getByText("Followed up with Amazon", { exact: true }).waitFor();
    // Focus moves to what happened, once the panel saying so is on the page.
    await page.waitForFunction(() => document.activeElement?.id === "follow-up-title" && document.activeElement.closest(".follow-up-sent"), null, { timeout: 2000 });
    await done.getByText(/^You followed up with Amazon on Fri 27 Nov 2026, \d\d:\d\d\. If Amazon is still silent, Case Desk suggests another follow-up from Sat 28 Nov 2026, \d\d:\d\d\.$/).waitFor();
    // The timeline keeps the message as sent.
    await page.locator(".timeline-text", { hasText: "I am following up on case 12345678901" }).waitFor();
    assert.equal(await page.locator(".timeline-text").last().evaluate((el) => el.innerText), sent);
    await expectAccessible(page, "case followed up");

    // The next follow-up is a date ahead: the calendar has it.
    const [next] = calendarEvents((await download(page, "Add to calendar")).text);
    assert.equal(next.props.UID, `${caseId(page)}-follow-up@case-desk`);

    await page.reload();
    await page.getByRole("region", { name: "Follow-up sent" }).waitFor();
    await page.getByText("Followed up with Amazon", { exact: true }).waitFor();

    // A whole window later, still silent: offered again, mentioning the first.
    await page.clock.fastForward("24:00:00");
    await panel.waitFor();
    assert.match(await message.textContent(), /I already followed up on Fri 27 Nov 2026, \d\d:\d\d UTC[+-]?[\d:]*\./);
    guards.check();
    await context.close();
  });

  it("is written in Chinese for a case whose message language is Chinese", async () => {
    const { page, context, guards } = await clockedPage();
    await toReview(page, suite.baseUrl);
    await page.getByRole("group", { name: "Message language" }).getByRole("radio", { name: "简体中文" }).check();
    await page.waitForFunction(() => document.querySelector("pre[lang]")?.lang === "zh-CN");
    await page.getByRole("button", { name: "I've sent it: save the case" }).click();
    await page.getByRole("heading", { level: 1, name: "Mug arrived broken" }).waitFor();

    await page.clock.fastForward("25:00:00");
    const panel = page.getByRole("region", { name: "Amazon is late: follow up" });
    await panel.waitFor();
    await panel.getByText("Written in Chinese, like your first message.").waitFor();
    const message = panel.locator("pre[aria-labelledby=follow-up-message]");
    assert.equal(await message.getAttribute("lang"), "zh-CN");
    assert.match(await message.textContent(), /^销售伙伴支持团队，您好！\n\n我想跟进此问题。该问题于 2026年11月26日 周四 \d\d:\d\d（UTC[+-]?[\d:]*）发送（1 天前），至今尚未收到回复。/);
    await expectAccessible(page, "Chinese follow-up in the English interface");
    guards.check();
    await context.close();
  });

  it("shows its labels in Chinese in the Chinese interface", async () => {
    // The case is opened in English (the flow's labels), then the seller switches.
    const { page, context, guards } = await clockedPage({
      locale: "zh-CN",
      initScript: () => {
        if (!sessionStorage.getItem("started")) {
          sessionStorage.setItem("started", "1");
          localStorage.setItem("case-desk:lang", "en");
        }
      },
    });
    await openCaseThroughFlow(page, suite.baseUrl, { subject: SUBJECT, description: DESCRIPTION });
    await page.clock.fastForward("25:00:00");
    await page.getByRole("region", { name: "Amazon is late: follow up" }).waitFor();
    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "简体中文" });

    const panel = page.getByRole("region", { name: "亚马逊已逾期未回复：请跟进" });
    await panel.waitFor();
    for (const name of ["复制消息", "我已发送跟进消息"]) await panel.getByRole("button", { name }).waitFor();
    await panel.getByText("请将其作为原问题的回复发送，不要新建问题").waitFor();
    await panel.getByText("与您的第一条消息一样，使用英文撰写。").waitFor();
    // The message to Amazon stays in its own language, marked as such.
    assert.equal(await panel.locator("pre[aria-labelledby=follow-up-message]").getAttribute("lang"), "en");
    assert.equal(await page.getByRole("button", { name: "添加到日历" }).isDisabled(), true);
    await expectNoEnglish(page, "case with the follow-up offered", { data: [SUBJECT, DESCRIPTION] });
    await expectAccessible(page, "follow-up offered (中文)");
    guards.check();
    await context.close();
  });
});
