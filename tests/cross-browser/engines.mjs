// One small driving API over three engines, so the seller's journey is written
// once and run in each:
//   chromium  Debian's chromium through puppeteer-core (CDP)
//   firefox   Debian's firefox-esr through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK: selenium-webdriver -> WebKitWebDriver -> wkbrowser.py under Xvfb
// (recipes and the reasons behind them: ../shared/cross-browser/README.md).
//
// Every tab collects problems (console errors, page errors, requests to another
// origin); `expectNoProblems()` fails on any the test did not allow. WebKit's
// driver reports no requests: there the page's Content-Security-Policy
// (default-src 'self') refuses any other origin, and wkbrowser.py reports the
// refusal as a console error.

import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { ACTIVE_SOURCE, FIND_SOURCE, describe, serializable } from "./find.mjs";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/harness.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const which = (...names) => {
  for (const name of names) {
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`]).toString().trim();
    } catch {
      // try the next name
    }
  }
  throw new Error(`none of ${names.join(", ")} is installed: run scripts/setup.sh --browser`);
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** What every engine's tab offers on top of its few primitives. */
class Tab {
  constructor(engine, origin, server) {
    this.engine = engine;
    this.origin = origin;
    this.server = server;
    this.problems = [];
    this.allowed = [];
    this.downloadDir = mkdtempSync(join(tmpdir(), `case-desk-${engine}-downloads-`));
  }

  /** Lets console errors matching `pattern` pass (for a step that causes them on purpose). */
  allow(pattern) {
    this.allowed.push(pattern);
  }

  /** Records a console error unless it is allowed or is the 404 status of a deep-linked document. */
  consoleError(text, url = "") {
    // GitHub Pages answers a deep link with 404.html and status 404; engines log that status.
    const path = (() => {
      try {
        return new URL(url || "x:", this.origin).pathname;
      } catch {
        return "";
      }
    })();
    const deepLink = /404/.test(text) && this.server.notFoundDocuments().includes(path);
    if (deepLink || this.allowed.some((p) => p.test(text) || p.test(url))) return;
    this.problems.push(`console error: ${text}${url ? ` (${url})` : ""}`);
  }

  request(url) {
    const parsed = new URL(url);
    if (["http:", "https:", "ws:", "wss:"].includes(parsed.protocol) && parsed.origin !== this.origin) {
      this.problems.push(`request to another origin: ${url}`);
    }
  }

  /** Fails on any problem seen so far. */
  expectNoProblems() {
    assert.deepEqual(this.problems, [], `${this.engine} reported problems:\n${this.problems.join("\n")}`);
  }

  /** Waits for the element a query names (see find.mjs). */
  async find(query, { timeout = 20_000 } = {}) {
    const q = serializable(query);
    const started = Date.now();
    for (;;) {
      const found = await this.findOnce(q);
      if (found) return found;
      if (Date.now() - started > timeout) {
        const text = await this.eval("document.body.innerText.slice(0, 1500)").catch(() => "?");
        assert.fail(`${this.engine}: no ${describe(query)} within ${timeout} ms on ${await this.url()}\npage text:\n${text}`);
      }
      await sleep(100);
    }
  }

  waitFor(query, options) {
    return this.find(query, options).then(() => undefined);
  }

  /** Polls a page expression until it is truthy; returns its value. */
  async until(expression, what, { timeout = 20_000 } = {}) {
    const started = Date.now();
    for (;;) {
      const value = await this.eval(expression).catch(() => null);
      if (value) return value;
      assert.ok(Date.now() - started < timeout, `${this.engine}: timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  async click(query) {
    await this.clickElement(await this.find(query));
  }

  /** Checks a radio or checkbox by clicking its label, as a seller clicks the card. */
  async choose(query) {
    await this.clickElement(await this.find({ ...query, target: "label" }));
  }

  async fill(query, value) {
    await this.typeInto(await this.find(query), value);
  }

  async upload(query, paths) {
    await this.uploadTo(await this.find(query), paths);
  }

  /** The text of the element a query names, once it is there. */
  async text(query) {
    await this.find(query);
    return this.eval(`(${FIND_SOURCE})(${JSON.stringify(serializable(query))})?.textContent ?? ""`);
  }

  /** What has focus now: { tag, id, type, name, checked }. */
  active() {
    return this.eval(`(${ACTIVE_SOURCE})()`);
  }

  /** Files the browser saved, by name. */
  downloads() {
    return readdirSync(this.downloadDir).filter((n) => !n.endsWith(".part") && !n.startsWith("."));
  }
}

/** Chromium and Firefox through puppeteer-core. */
class PuppeteerTab extends Tab {
  static async launch(engine, { origin, server, profileDir }) {
    const { default: puppeteer } = await import("puppeteer-core");
    const tab = new PuppeteerTab(engine, origin, server);
    const common = { headless: true, userDataDir: profileDir, defaultViewport: { width: 1280, height: 800 } };
    tab.browser =
      engine === "firefox"
        ? await puppeteer.launch({
            ...common,
            browser: "firefox",
            protocol: "webDriverBiDi",
            executablePath: which("firefox-esr", "firefox"),
            // Only what a download needs: no permission is answered for the app.
            extraPrefsFirefox: {
              "browser.download.dir": tab.downloadDir,
              "browser.download.folderList": 2,
              "browser.download.useDownloadDir": true,
              "browser.download.always_ask_before_handling_new_types": false,
              "browser.helperApps.neverAsk.saveToDisk": "application/json,application/octet-stream,text/plain",
            },
          })
        : await puppeteer.launch({
            ...common,
            browser: "chrome",
            executablePath: chromiumPath(),
            args: CHROMIUM_ARGS,
          });
    const [first] = await tab.browser.pages();
    tab.page = first ?? (await tab.browser.newPage());
    const page = tab.page;
    if (engine === "chromium") {
      const cdp = await page.createCDPSession();
      await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: tab.downloadDir });
    }
    page.on("console", (msg) => {
      if (msg.type() === "error") tab.consoleError(msg.text(), msg.location()?.url);
    });
    page.on("pageerror", (err) => tab.problems.push(`page error: ${err.message ?? err}`));
    page.on("request", (req) => tab.request(req.url()));
    return tab;
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: "load" });
  }
  async reload() {
    await this.page.reload({ waitUntil: "load" });
  }
  async url() {
    return this.page.url();
  }
  eval(expression) {
    return this.page.evaluate(expression);
  }
  async findOnce(query) {
    const handle = await this.page.evaluateHandle(`(${FIND_SOURCE})(${JSON.stringify(query)})`);
    const element = handle.asElement();
    if (element) return element;
    await handle.dispose();
    return null;
  }
  async clickElement(el) {
    await el.scrollIntoView();
    await el.click();
  }
  async typeInto(el, value) {
    await el.focus();
    await el.evaluate((e) => e.select?.());
    await el.type(value);
  }
  async uploadTo(el, paths) {
    await el.uploadFile(...paths);
  }
  async press(key) {
    if (key === "Shift+Tab") {
      await this.page.keyboard.down("Shift");
      await this.page.keyboard.press("Tab");
      await this.page.keyboard.up("Shift");
      return;
    }
    await this.page.keyboard.press(key === "Space" ? " " : key);
  }
  async typeText(text) {
    await this.page.keyboard.type(text);
  }
  async pressOnButton() {
    if (this.engine !== "firefox") return this.press("Enter");
    // Firefox 153 over WebDriver BiDi delivers keydown/keypress/keyup for Enter
    // or Space to a focused <button> but never runs its activation (checked on
    // a bare page with an onclick button; links do follow Enter). So the
    // focused button (reached by Tab) gets a real pointer click instead.
    const focused = await this.page.evaluateHandle("document.activeElement");
    await focused.asElement().click();
  }
  async setWidth(width) {
    await this.page.setViewport({ width, height: 800 });
  }
  async close() {
    await this.browser.close().catch(() => {});
  }
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** One Xvfb for the process's WebKit tabs; started on first use. */
let xvfb = null;
async function display() {
  if (xvfb) return xvfb.display;
  const proc = spawn(which("Xvfb"), ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
    detached: true,
  });
  const number = await new Promise((ok, fail) => {
    let text = "";
    proc.stdio[3].on("data", (d) => {
      text += d;
      if (text.includes("\n")) ok(text.trim());
    });
    proc.once("exit", (code) => fail(new Error(`Xvfb exited (${code})`)));
    setTimeout(() => fail(new Error("Xvfb did not start within 10 s")), 10_000);
  });
  xvfb = { proc, display: `:${number}` };
  return xvfb.display;
}

/** Stops the shared Xvfb (call once when every WebKit tab is closed). */
export function stopDisplay() {
  if (!xvfb) return;
  try {
    process.kill(-xvfb.proc.pid);
  } catch {
    // already gone
  }
  xvfb = null;
}

// "[<url>:<line>:<col>: ]CONSOLE [<SOURCE> ]<LEVEL> <text>", WebKit's own console format.
const WEBKIT_CONSOLE = /^(?:(.*?):(\d+):(\d+): )?CONSOLE (?:(\w+) )?(LOG|WARN|ERROR|DEBUG|INFO) (.*)$/;

/** WebKitGTK through WebKitWebDriver and wkbrowser.py. */
class WebKitTab extends Tab {
  static async launch(engine, { origin, server, profileDir }) {
    const { Builder } = await import("selenium-webdriver");
    const tab = new WebKitTab(engine, origin, server);
    tab.log = [];
    const port = await freePort();
    tab.driverProc = spawn(which("WebKitWebDriver"), [`--port=${port}`], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DISPLAY: await display(),
        WKBROWSER_DATA_DIR: profileDir,
        WKBROWSER_DOWNLOAD_DIR: tab.downloadDir,
      },
    });
    let pending = "";
    tab.driverProc.stdout.on("data", (chunk) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const line of lines) tab.line(line);
    });
    tab.driverProc.stderr.on("data", () => {});
    // The driver needs a moment to listen.
    for (let i = 0; i < 50; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/status`).then(
        () => true,
        () => false,
      );
      if (up) break;
      await sleep(100);
    }
    tab.driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: "wkbrowser",
        "webkitgtk:browserOptions": { binary: join(HERE, "wkbrowser.py"), args: ["--automation"] },
      })
      .build();
    await tab.driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
    return tab;
  }

  line(line) {
    this.log.push(line);
    const m = WEBKIT_CONSOLE.exec(line);
    if (m && m[5] === "ERROR") this.consoleError(m[6], m[1]);
    if (line.startsWith("WKBROWSER-CRASH")) this.problems.push(line);
  }

  async goto(url) {
    await this.driver.get(url);
  }
  async reload() {
    await this.driver.navigate().refresh();
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  eval(expression) {
    return this.driver.executeScript(`return (${expression});`);
  }
  async findOnce(query) {
    return this.driver.executeScript(`return (${FIND_SOURCE})(arguments[0]);`, query);
  }
  async clickElement(el) {
    await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", el);
    await el.click();
  }
  async typeInto(el, value) {
    await el.clear();
    await el.sendKeys(value);
  }
  async uploadTo(el, paths) {
    await el.sendKeys(paths.join("\n"));
  }
  async press(key) {
    const { Key } = await import("selenium-webdriver");
    if (key === "Shift+Tab") {
      await this.driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      return;
    }
    const names = { Tab: Key.TAB, Enter: Key.ENTER, " ": Key.SPACE, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP };
    await this.driver.actions().sendKeys(names[key] ?? key).perform();
  }
  async typeText(text) {
    await this.driver.actions().sendKeys(text).perform();
  }
  pressOnButton() {
    return this.press("Enter");
  }
  async setWidth(width) {
    await this.driver.manage().window().setRect({ width, height: 800 });
  }
  async close() {
    await this.driver?.quit().catch(() => {});
    try {
      process.kill(-this.driverProc.pid);
    } catch {
      // already gone
    }
  }
}

/**
 * Opens a browser of `engine` with a fresh profile (or `profileDir`), on a
 * site served by `server` (tests/e2e/pages-server.mjs).
 */
export async function openTab(engine, server, { profileDir } = {}) {
  const origin = new URL(server.url).origin;
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), `case-desk-${engine}-profile-`));
  const launch = engine === "webkit" ? WebKitTab.launch.bind(WebKitTab) : PuppeteerTab.launch.bind(PuppeteerTab);
  const tab = await launch(engine, { origin, server, profileDir: dir });
  tab.profileDir = dir;
  const close = tab.close.bind(tab);
  tab.close = async () => {
    await close();
    if (!profileDir) rmSync(dir, { recursive: true, force: true });
    rmSync(tab.downloadDir, { recursive: true, force: true });
  };
  return tab;
}
