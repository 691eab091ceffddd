// Case Desk in Simplified Chinese: the first visit follows the browser's
// languages, the switch in the header changes every text without losing what
// is typed and is remembered.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSuite, waitForApp } from "./harness.mjs";
import { toDetails } from "./flow.mjs";

const suite = useSuite();

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
