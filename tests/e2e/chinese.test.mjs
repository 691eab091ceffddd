// Case Desk in Simplified Chinese: the first visit follows the browser's
// languages, the switch in the header changes every text without losing what
// is typed and is remembered; a seller's whole journey in Chinese, found by
// the Chinese names of the controls, with every screen checked for English
// left (visible text, titles and accessible names) and by axe.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { toDetails } from "./flow.mjs";
import { expectNoEnglish } from "./english.mjs";

const suite = useSuite();
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

describe("choosing the language", () => {
  for (const [locale, expected, menu] of [
    ["zh-CN", "zh-CN", "主菜单"],
    ["zh-SG", "zh-CN", "主菜单"],
    ["zh-TW", "en", "Main"],
    ["en-US", "en", "Main"],
    ["fr-FR", "en", "Main"],
  ]) {
    it(`a first visit from a browser in ${locale} is in ${expected}`, async () => {
      const { page, guards } = await openPage(suite, { locale });
      await page.goto(suite.baseUrl);
      await page.getByRole("navigation", { name: menu, exact: true }).waitFor();
      assert.equal(await htmlLang(page), expected);
      guards.check();
    });
  }

  it("switching keeps what is typed, changes every text and is remembered", async () => {
    const { page, guards } = await openPage(suite, { locale: "en-US" });
    await toDetails(page, suite.baseUrl);
    await page.getByLabel("Subject").fill("Crushed box, order 112-4738291-5047863");
    await page.getByLabel("Description").fill("Photos attached.");
    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "简体中文" });
    await page.getByRole("navigation", { name: "主菜单", exact: true }).waitFor();
    assert.equal(await htmlLang(page), "zh-CN");
    // The same page, the same fields, the same text.
    const values = await page.locator("input[type=text], textarea").evaluateAll((els) => els.map((e) => e.value));
    assert.ok(values.includes("Crushed box, order 112-4738291-5047863"), `subject kept: ${values}`);
    assert.ok(values.includes("Photos attached."), `description kept: ${values}`);

    await page.reload();
    await page.getByRole("navigation", { name: "主菜单", exact: true }).waitFor();
    assert.equal(await htmlLang(page), "zh-CN");
    await page.getByRole("combobox", { name: "语言" }).selectOption({ label: "English" });
    await page.getByRole("navigation", { name: "Main", exact: true }).waitFor();
    await page.getByLabel("Subject").waitFor();
    assert.equal(await page.getByLabel("Subject").inputValue(), "Crushed box, order 112-4738291-5047863");
    guards.check();
  });

  it("a seller who chose English keeps English in a Chinese browser", async () => {
    const { page, guards } = await openPage(suite, {
      locale: "zh-CN",
      initScript: () => localStorage.setItem("case-desk:lang", "en"),
    });
    await page.goto(suite.baseUrl);
    await waitForApp(page);
    await page.getByRole("navigation", { name: "Main", exact: true }).waitFor();
    assert.equal(await htmlLang(page), "en");
    guards.check();
  });
});

describe("a seller who reads Chinese", () => {
  const SUBJECT = "订单 112-4738291-5047863 的商品送达时已损坏";
  const DESCRIPTION = "买家于 11 月 20 日发来照片，外箱被压坏，台灯灯罩破裂。我已经查看了退货请求，目前还没有退货。";
  // What the seller typed or attached is theirs, whatever its language.
  const DATA = ["order-screenshot.png", "supplier-invoice.pdf"];

  /** Checks a screen: no English left, and axe in the light and the dark. */
  async function screen(page, name, { axe = true, data = [] } = {}) {
    await expectNoEnglish(page, name, { data: [...DATA, ...data] });
    if (axe) await expectAccessible(page, `${name} (中文)`);
  }

  it("opens, follows, resolves, reopens and moves a case without meeting English", async () => {
    const { page, context, guards } = await openPage(suite, { locale: "zh-CN", clipboard: true });
    await page.goto(suite.baseUrl);
    await page.getByRole("heading", { name: "您还没有提交任何问题" }).waitFor();
    await screen(page, "empty log");

    await page.getByRole("link", { name: "提交您的第一个问题" }).click();
    await page.getByRole("heading", { name: "提交新问题" }).waitFor();
    await page.getByText("第 1 步，共 5 步：问题类型").waitFor();
    await page.getByRole("button", { name: "继续" }).click();
    await page.getByText("请选择问题类型，然后继续。").waitFor();
    await screen(page, "step 1 with its error");
    await page.getByRole("radio", { name: "订单和退货" }).check();
    await page.getByRole("button", { name: "继续" }).click();

    await page.getByText("第 2 步，共 5 步：具体问题").waitFor();
    await page.getByRole("radio", { name: "买家收到的商品已损坏" }).check();
    await screen(page, "step 2");
    await page.getByRole("button", { name: "继续" }).click();

    await page.getByText("第 3 步，共 5 步：联系方式").waitFor();
    await page.getByRole("radio", { name: "电子邮件" }).check();
    await page.getByRole("button", { name: "继续" }).click();
    await screen(page, "step 3 with its errors");
    await page.getByLabel("接收回复的电子邮件地址").fill("cases@shop.example");
    await page.getByRole("button", { name: "继续" }).click();

    await page.getByText("第 4 步，共 5 步：详细信息").waitFor();
    await page.getByRole("button", { name: "下一步：检查并发送" }).click();
    await screen(page, "step 4 with its errors");
    await page.getByLabel("主题").fill(SUBJECT);
    await page.getByLabel("订单编号（必填）").fill("112-4738291-5047863");
    // Rude Chinese wording is flagged, in Chinese.
    await page.getByLabel("描述").fill("你们是骗子！！！");
    await page.getByText("你们是骗子").first().waitFor();
    await screen(page, "step 4 with a tone warning");
    await page.getByLabel("描述").fill(DESCRIPTION);
    await page.getByLabel("选择文件").setInputFiles([FIXTURES + "order-screenshot.png", FIXTURES + "supplier-invoice.pdf"]);
    await page.getByRole("img", { name: "order-screenshot.png 的预览" }).waitFor();
    await page.getByText("PDF · 1 页 · 26 KB").waitFor();
    await screen(page, "step 4 with evidence");
    await page.getByRole("button", { name: "下一步：检查并发送" }).click();

    await page.getByText("第 5 步，共 5 步：检查并发送").waitFor();
    const message = page.locator("pre[lang]");
    // The message goes out in English unless the seller picks Chinese for it.
    await page.getByRole("group", { name: "消息语言" }).waitFor();
    assert.equal(await page.getByRole("radio", { name: "English" }).isChecked(), true);
    assert.equal(await message.getAttribute("lang"), "en");
    assert.match(await message.textContent(), /^Hello Selling Partner Support,/);
    await screen(page, "review, message in English", { axe: false });
    await page.getByRole("radio", { name: "简体中文" }).check();
    await page.waitForFunction(() => document.querySelector("pre[lang]")?.lang === "zh-CN");
    const chinese = await message.textContent();
    assert.match(chinese, /^销售伙伴支持团队，您好！/);
    assert.match(chinese, /112-4738291-5047863/);
    assert.doesNotMatch(chinese, /[{}]|（\s*）/);
    await screen(page, "review, message in Chinese");
    await page.getByRole("button", { name: "复制消息" }).click();
    await page.getByText("消息已复制").waitFor();
    await page.getByRole("button", { name: "我已发送，保存问题" }).click();

    await page.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
    await page.getByText("等待亚马逊回复").first().waitFor();
    assert.match(await page.getByRole("timer").textContent(), /^还剩 \d\d:\d\d:\d\d/);
    await screen(page, "case waiting for Amazon");

    await page.getByRole("button", { name: "记录亚马逊的回复" }).click();
    await page.getByLabel("亚马逊的回复", { exact: true }).fill("我们已为买家退款，您无需再做任何操作。");
    await page.getByRole("button", { name: "保存亚马逊的回复" }).click();
    await page.getByText("已回复", { exact: true }).first().waitFor();
    await screen(page, "case answered");

    await page.getByRole("button", { name: "标记为已解决" }).click();
    await page.getByLabel("解决方案", { exact: true }).selectOption({ label: "退款" });
    await page.getByRole("button", { name: "保存解决结果" }).click();
    await page.getByText("已解决", { exact: true }).first().waitFor();
    await screen(page, "case resolved");

    await page.getByRole("button", { name: "重新打开" }).click();
    await page.getByRole("button", { name: "重新打开问题" }).click();
    await screen(page, "reopen with its error", { axe: false });
    await page.getByLabel("为什么要重新打开？").fill("买家已退款，但退回的商品一直没有到达。");
    await page.getByRole("button", { name: "重新打开问题" }).click();
    await page.getByText("已重新打开", { exact: true }).first().waitFor();
    await screen(page, "case reopened");

    await page.getByRole("link", { name: "我的问题", exact: true }).first().click();
    await page.getByRole("link", { name: SUBJECT }).waitFor();
    await screen(page, "log with one case");

    await page.getByRole("link", { name: "您的数据" }).click();
    await page.getByRole("heading", { level: 1, name: "您的数据" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出所有问题" }).click(),
    ]);
    const text = readFileSync(await download.path(), "utf8");
    assert.equal(JSON.parse(text).cases[0].subject, SUBJECT);
    await page.getByText(/^已将 1 个问题导出到 case-desk-/).waitFor();
    await screen(page, "data page after an export", { data: [download.suggestedFilename()] });
    guards.check();
    await context.close();

    const second = await openPage(suite, { locale: "zh-CN" });
    await second.page.goto(`${suite.baseUrl}data`);
    await waitForApp(second.page);
    await second.page.getByLabel("选择已导出的文件").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(text) });
    await second.page.getByText("1 个新问题").waitFor();
    await screen(second.page, "import preview");
    await second.page.getByRole("button", { name: "合并到我的问题中" }).click();
    await second.page.getByText("已导入：添加或更新了 1 个问题。").waitFor();
    await second.page.getByRole("link", { name: "我的问题", exact: true }).first().click();
    await second.page.getByRole("link", { name: SUBJECT }).click();
    await second.page.getByRole("img", { name: "order-screenshot.png 的预览" }).waitFor();
    await second.page.getByText("已重新打开", { exact: true }).first().waitFor();
    second.guards.check();
    await second.context.close();
  });

  it("reads the sample cases, settings, a broken import and a missing page in Chinese", async () => {
    const { page, context, guards } = await openPage(suite, { locale: "zh-CN" });
    await page.goto(suite.baseUrl);
    await page.getByRole("button", { name: "加载示例问题" }).click();
    await page.getByText("当前显示 8 个示例问题。").waitFor();
    await screen(page, "log with sample cases");
    await page.getByRole("link").filter({ hasText: "PHX7" }).first().click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await screen(page, "a sample case");

    await page.getByRole("link", { name: "设置" }).click();
    await page.getByLabel("回复时限（小时）", { exact: true }).fill("0");
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByText("回复时限必须在 1 到 720 小时之间。").waitFor();
    await screen(page, "settings with an error");

    await page.getByRole("link", { name: "您的数据" }).click();
    await page.getByLabel("选择已导出的文件").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "case-desk",\n  "cases": [ oops ]\n}') });
    await page.getByRole("alert").getByText(/它不是有效的 JSON（第一处错误在第 2 行，第 14 列）/).waitFor();
    await screen(page, "data page with a refused import");

    await page.goto(`${suite.baseUrl}no-such-page`);
    await waitForApp(page);
    await screen(page, "page not found");
    await page.goto(`${suite.baseUrl}cases/ffffffffffffffffffffffff`);
    await waitForApp(page);
    await screen(page, "case not found");
    guards.check();
    await context.close();
  });
});
