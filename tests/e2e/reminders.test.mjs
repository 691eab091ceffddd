// Reminders (issue 15): turned on in Settings, they ask the browser for
// permission and show its answer; on Playwright's clock a case turns at risk
// and then overdue, and each is told once (a notice at the top of the page
// and one system notification), never again after a reload or in a second
// tab, never for sample cases; blocked by the browser, the notices still
// appear; through the service worker where only it may notify (Chrome on
// Android); and in Chinese.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { openCaseThroughFlow } from "./flow.mjs";
import { expectNoEnglish } from "./english.mjs";

const suite = useSuite();

const START = new Date("2026-11-26T09:00:00Z");
const SWITCH = "Remind me when a case is at risk, overdue or due for a follow-up";

/**
 * Wraps `Notification` so the spec sees every notification shown (still shown
 * for real) and every time the page asks for permission.
 */
function countNotifications() {
  const Real = window.Notification;
  window.__notifications = [];
  window.__asked = 0;
  if (!Real) return;
  window.Notification = class extends Real {
    constructor(title, options = {}) {
      super(title, options);
      window.__notifications.push({ title, body: options.body, tag: options.tag });
    }
    static requestPermission(...args) {
      window.__asked += 1;
      return Real.requestPermission(...args);
    }
  };
}

/** The notifications a page has shown since it loaded. */
const shown = (page) => page.evaluate(() => window.__notifications);

/** A page on Playwright's clock, notifications counted, allowed unless `allow` is false. */
async function remindersPage({ allow = true, locale } = {}) {
  const opened = await openPage(suite, { initScript: countNotifications, locale });
  if (allow) await opened.context.grantPermissions(["notifications"], { origin: new URL(suite.baseUrl).origin });
  await opened.page.clock.install({ time: START });
  return opened;
}

/** Turns reminders on in Settings, as a seller does. */
async function turnOn(page, name = SWITCH) {
  await page.goto(`${suite.baseUrl}settings`);
  await waitForApp(page);
  const toggle = page.getByRole("switch", { name });
  assert.equal(await toggle.isChecked(), false);
  await toggle.check();
}

/** The notices at the top of the page. */
const notices = (page, name = "Reminders") => page.getByRole("status", { name, exact: true });

/** Lets the page's clock run a minute (a tick), then waits for the page to settle. */
async function aMinuteLater(page) {
  await page.clock.fastForward("01:00");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

describe("reminders", () => {
  it("tell once when a case turns at risk and once when it is overdue, across reloads and tabs", async () => {
    const { page, context, guards } = await remindersPage();
    await turnOn(page);
    await page.getByText("On: your browser shows a notification when a case needs you.").waitFor();
    await expectAccessible(page, "settings with reminders on");
    // Saved at once: a reload keeps it.
    await page.reload();
    assert.equal(await page.getByRole("switch", { name: SWITCH }).isChecked(), true);

    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Lamp arrived broken" });
    assert.deepEqual(await shown(page), []);
    assert.equal(await notices(page).getByRole("link").count(), 0);

    // 24-hour window, at risk 4 hours before the end.
    await page.clock.fastForward("20:01:00");
    await notices(page).getByText("Amazon's answer is due soon", { exact: true }).waitFor();
    await notices(page).getByRole("link", { name: "Lamp arrived broken" }).waitFor();
    await notices(page).getByText(/^3 h 5\d min left before Amazon's answer is due\.$/).waitFor();
    await page.waitForFunction(() => window.__notifications.length > 0);
    const [atRisk, ...more] = await shown(page);
    assert.deepEqual(more, []);
    assert.equal(atRisk.title, "Amazon's answer is due soon: Lamp arrived broken");
    assert.match(atRisk.body, /^3 h 5\d min left before Amazon's answer is due\.$/);
    assert.match(atRisk.tag, /^[0-9a-f]{24}\/at-risk\/\d{8}T\d{6}Z$/);
    await expectAccessible(page, "case page with a reminder");

    // A reload does not tell it again.
    await page.reload();
    await waitForApp(page);
    await aMinuteLater(page);
    assert.deepEqual(await shown(page), []);
    assert.equal(await notices(page).getByRole("link").count(), 0);

    // A second tab open when the answer goes overdue: told once, in one tab.
    const second = await context.newPage();
    await second.goto(suite.baseUrl);
    await waitForApp(second);
    await aMinuteLater(second);
    assert.deepEqual(await shown(second), []);
    // One tab checks for both (it holds the lock; the other waits to take over).
    const locks = await second.evaluate(async () => {
      const { held, pending } = await navigator.locks.query();
      return { held: held.map((l) => l.name), pending: pending.map((l) => l.name) };
    });
    assert.deepEqual(locks, { held: ["case-desk:reminders"], pending: ["case-desk:reminders"] });
    await page.clock.fastForward("04:00:00");
    await page.waitForFunction(() => /overdue/.test(document.querySelector(".reminders").textContent));
    await aMinuteLater(page);
    const told = [...(await shown(page)), ...(await shown(second))];
    assert.equal(told.length, 1, JSON.stringify(told));
    assert.equal(told[0].title, "Amazon's answer is overdue: Lamp arrived broken");
    assert.match(told[0].body, /^Overdue by \d+ min: send Amazon a follow-up from the case page\.$/);
    // Both tabs show the notice (one check for all tabs); the overdue notice replaced the at-risk one.
    for (const tab of [page, second]) {
      await notices(tab).getByText("Amazon's answer is overdue", { exact: true }).waitFor();
      assert.equal(await notices(tab).getByText("Amazon's answer is due soon").count(), 0);
    }

    // Its link opens the case; Dismiss takes the notice away.
    await notices(second).getByRole("link", { name: "Lamp arrived broken" }).click();
    await second.getByRole("heading", { level: 1, name: "Lamp arrived broken" }).waitFor();
    await notices(second).getByRole("button", { name: "Dismiss" }).click();
    assert.equal(await notices(second).getByRole("link").count(), 0);

    // Neither tab tells it again after a reload.
    for (const tab of [second, page]) {
      await tab.reload();
      await waitForApp(tab);
      await aMinuteLater(tab);
      assert.deepEqual(await shown(tab), []);
      assert.equal(await notices(tab).getByRole("link").count(), 0);
    }
    guards.check();
    await context.close();
  });

  it("never tell about sample cases", async () => {
    const { page, context, guards } = await remindersPage();
    await turnOn(page);
    await page.getByText(/^On: /).waitFor();
    await page.goto(suite.baseUrl);
    await page.getByRole("button", { name: "Load sample cases" }).click();
    await page.getByText("8 sample cases are shown.").waitFor();
    // Some samples are overdue from the start; two days on, all would be.
    await aMinuteLater(page);
    await page.clock.fastForward("48:00:00");
    await aMinuteLater(page);
    await page.reload();
    await waitForApp(page);
    await aMinuteLater(page);
    assert.deepEqual(await shown(page), []);
    assert.equal(await notices(page).getByRole("link").count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem("case-desk:notified")), null);
    guards.check();
    await context.close();
  });

  it("blocked by the browser, say so and still tell in the page", async () => {
    // Headless Chromium answers the request for permission with "denied", as a seller's "Block" would.
    const { page, context, guards } = await remindersPage({ allow: false });
    await page.goto(`${suite.baseUrl}settings`);
    await page.getByText("Off: reminders appear only inside Case Desk, while it is open.").waitFor();
    assert.equal(await page.evaluate(() => window.__asked), 0, "not asked before the seller turns reminders on");
    await turnOn(page);
    await page.getByText(
      "Blocked by the browser: allow notifications for this site in your browser's site settings (the icon beside the address), then reload the page. Reminders still appear inside Case Desk.",
    ).waitFor();
    assert.equal(await page.evaluate(() => window.__asked), 1);
    await expectAccessible(page, "settings with reminders blocked");

    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Parcel lost in transit" });
    await page.clock.fastForward("20:01:00");
    await notices(page).getByText("Amazon's answer is due soon", { exact: true }).waitFor();
    await notices(page).getByRole("link", { name: "Parcel lost in transit" }).waitFor();
    await aMinuteLater(page);
    assert.deepEqual(await shown(page), []);
    // Overdue, in the same page: its notice takes the place of "due soon".
    await page.clock.fastForward("04:00:00");
    await notices(page).getByText("Amazon's answer is overdue", { exact: true }).waitFor();
    assert.equal(await notices(page).getByText("Amazon's answer is due soon").count(), 0);
    assert.equal(await notices(page).getByRole("link", { name: "Parcel lost in transit" }).count(), 1);
    guards.check();
    await context.close();
  });

  it("are off until turned on: in-app notices only", async () => {
    const { page, context, guards } = await remindersPage();
    await page.goto(`${suite.baseUrl}settings`);
    await page.getByText("Off: reminders appear only inside Case Desk, while it is open.").waitFor();
    await openCaseThroughFlow(page, suite.baseUrl, { subject: "Label missing on shipment" });
    await page.clock.fastForward("24:01:00");
    await notices(page).getByText("Amazon's answer is overdue", { exact: true }).waitFor();
    await aMinuteLater(page);
    assert.deepEqual(await shown(page), []);
    guards.check();
    await context.close();
  });

  it("go through the service worker where the page may not show a notification itself, as in Chrome on Android", async () => {
    // Chrome on Android refuses `new Notification()` ("Illegal constructor") and
    // lets only a service worker show one; the rest of the API is as on a desktop.
    const { page, context, guards } = await openPage(suite, {
      initScript: () => {
        const Real = window.Notification;
        window.Notification = class extends Real {
          constructor() {
            throw new TypeError("Failed to construct 'Notification': Illegal constructor. Use ServiceWorkerRegistration.showNotification() instead.");
          }
        };
      },
    });
    await context.grantPermissions(["notifications"], { origin: new URL(suite.baseUrl).origin });
    await page.clock.install({ time: START });
    await turnOn(page);
    await page.getByText("On: your browser shows a notification when a case needs you.").waitFor();
    const casePath = await openCaseThroughFlow(page, suite.baseUrl, { subject: "Charger missing from the box" });
    await page.clock.fastForward("20:01:00");
    await notices(page).getByText("Amazon's answer is due soon", { exact: true }).waitFor();
    const fromWorker = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, data: n.data }));
      });
    let told = [];
    for (let i = 0; i < 50 && told.length === 0; i++) {
      told = await fromWorker();
      if (told.length === 0) await new Promise((done) => setTimeout(done, 100));
    }
    assert.equal(told.length, 1, JSON.stringify(told));
    assert.equal(told[0].title, "Amazon's answer is due soon: Charger missing from the box");
    assert.match(told[0].body, /^3 h 5\d min left before Amazon's answer is due\.$/);
    // What a click opens: the case's address, inside the app.
    const caseAddress = new URL(casePath, suite.baseUrl).pathname;
    assert.equal(told[0].data, caseAddress);
    // On a click the worker asks the open window to show the case: it does,
    // like a link, without reloading (what is typed elsewhere stays).
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Your cases" }).waitFor();
    await page.evaluate(() => (window.__sameDocument = true));
    const [worker] = context.serviceWorkers();
    assert.ok(worker, "the service worker runs");
    await worker.evaluate(async (open) => {
      for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage({ open });
    }, caseAddress);
    await page.getByRole("heading", { level: 1, name: "Charger missing from the box" }).waitFor();
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload");
    // An address outside the app is not followed.
    await worker.evaluate(async () => {
      for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage({ open: "/elsewhere/" });
    });
    await page.waitForTimeout(200);
    assert.equal(new URL(page.url()).pathname, caseAddress);
    guards.check();
    await context.close();
  });

  it("are in Chinese for a seller who reads Chinese", async () => {
    const { page, context, guards } = await remindersPage({ locale: "zh-CN" });
    await turnOn(page, "问题即将逾期、已逾期或需要跟进时提醒我");
    await page.getByText("已开启：问题需要您处理时，浏览器会显示通知。").waitFor();
    await page.getByRole("heading", { name: "提醒", exact: true }).waitFor();
    await expectNoEnglish(page, "settings with reminders");
    // A case waiting for Amazon since the clock started, stored as Case Desk writes it.
    const subject = "订单 112-4738291-5047863 的商品损坏";
    await page.evaluate(({ subject, at }) => {
      const record = {
        schema: 1,
        case: {
          id: "c1", subject, problem_type: "orders_and_returns", description: "买家发来了照片。", status: "open",
          created_at: at, updated_at: at, events: [{ id: "c1-e1", at, kind: "submitted", method: "email" }],
        },
      };
      localStorage.setItem("case-desk:case:c1", JSON.stringify(record));
    }, { subject, at: START.toISOString() });
    await page.reload();
    await waitForApp(page);
    await page.clock.fastForward("20:01:00");
    const zh = notices(page, "提醒");
    await zh.getByText("亚马逊的答复即将逾期", { exact: true }).waitFor();
    await zh.getByRole("link", { name: subject }).waitFor();
    await zh.getByText(/^距亚马逊答复截止还剩 3 小时 5\d 分。$/).waitFor();
    await zh.getByRole("button", { name: "关闭" }).waitFor();
    await page.waitForFunction(() => window.__notifications.length > 0);
    const [notification] = await shown(page);
    assert.equal(notification.title, `亚马逊的答复即将逾期：${subject}`);
    await expectNoEnglish(page, "settings with a reminder", { data: [subject] });
    guards.check();
    await context.close();
  });
});
