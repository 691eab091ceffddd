#!/usr/bin/python3
"""wkbrowser.py: a minimal WebKitGTK browser for WebKitWebDriver, to test Case Desk in WebKit.

Debian's MiniBrowser drops console messages under automation, keeps website data in memory
(where IndexedDB refuses Blobs), saves no downloads and cannot get narrower than 447 px.
This one:
- writes every console message and uncaught error to stdout, in WebKit's own format
  "[<url>:<line>:<col>: ]CONSOLE [<SOURCE> ]<LEVEL> <text>". WebKit itself stays silent for
  views controlled by automation (checked with WebKitGTK 2.50.6: the same page logs without
  --automation and not with it), so a user script also reports console.error calls, uncaught
  errors, unhandled rejections, resources that failed to load and Content-Security-Policy
  violations through a script message handler, printed as "<url>:0:0: CONSOLE JS ERROR <text>";
- keeps website data on disk in $WKBROWSER_DATA_DIR (default: a new temporary directory);
- saves downloads to $WKBROWSER_DOWNLOAD_DIR (default: <data dir>/downloads), reported as
  "WKBROWSER-DOWNLOAD started|finished|failed ...";
- denies permission requests (WebKit's default), reported as "WKBROWSER-PERMISSION <type> (denied)";
- reports a crashed or killed web process as "WKBROWSER-CRASH web process terminated (<reason>)";
- calls itself $WKBROWSER_NAME (default "wkbrowser"): the session's browserName must match.
WebKitWebDriver starts it with the args of "webkitgtk:browserOptions": give ["--automation"].
Without --automation it opens the URL given as first argument. Needs Debian's python3 with
python3-gi, gir1.2-webkit2-4.1 and gir1.2-gtk-3.0, and an X display (Xvfb will do).
"""
import json
import os
import sys
import tempfile

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

AUTOMATION = "--automation" in sys.argv
NAME = os.environ.get("WKBROWSER_NAME") or "wkbrowser"
DATA = os.environ.get("WKBROWSER_DATA_DIR") or tempfile.mkdtemp(prefix="wkbrowser-")
DOWNLOADS = os.environ.get("WKBROWSER_DOWNLOAD_DIR") or os.path.join(DATA, "downloads")
os.makedirs(DOWNLOADS, exist_ok=True)


def say(*parts):
    print(*parts, flush=True)


manager = WebKit2.WebsiteDataManager(
    base_data_directory=os.path.join(DATA, "data"), base_cache_directory=os.path.join(DATA, "cache")
)
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
settings = WebKit2.Settings()
settings.set_enable_write_console_messages_to_stdout(True)
settings.set_enable_developer_extras(True)
windows = []

# Reports what a test must fail on, from inside every page (main world, every frame).
REPORTER = r"""
(() => {
  const post = (text, url) => {
    try { window.webkit.messageHandlers.wkbrowserConsole.postMessage(JSON.stringify({ text: String(text), url: url || location.href })); } catch (e) {}
  };
  const show = (v) => (v instanceof Error ? v.name + ": " + v.message : typeof v === "object" ? (() => { try { return JSON.stringify(v); } catch (e) { return String(v); } })() : String(v));
  const error = console.error;
  console.error = function (...args) { post(args.map(show).join(" ")); return error.apply(this, args); };
  addEventListener("error", (e) => {
    const el = e.target;
    if (el && el !== window && (el.src || el.href)) post("Failed to load resource: " + (el.src || el.href));
    else post((e.error ? show(e.error) : e.message) || "uncaught error", e.filename);
  }, true);
  addEventListener("unhandledrejection", (e) => post("Unhandled Promise Rejection: " + show(e.reason)));
  document.addEventListener("securitypolicyviolation", (e) =>
    post("Refused by the Content-Security-Policy (" + e.effectiveDirective + "): " + (e.blockedURI || "inline code"), e.sourceFile));
})();
"""
content = WebKit2.UserContentManager()
content.add_script(WebKit2.UserScript(REPORTER, WebKit2.UserContentInjectedFrames.ALL_FRAMES,
                                      WebKit2.UserScriptInjectionTime.START, None, None))


def on_report(_manager, result):
    value = result.get_js_value() if hasattr(result, "get_js_value") else result
    try:
        report = json.loads(value.to_string())
        say(f"{report['url']}:0:0: CONSOLE JS ERROR {report['text']}")
    except Exception as error:  # a report must never break the browser
        say(f"CONSOLE JS ERROR (unreadable report: {error})")


content.connect("script-message-received::wkbrowserConsole", on_report)
content.register_script_message_handler("wkbrowserConsole")


def on_download(_ctx, download):
    def decide(dl, suggested):
        path = os.path.join(DOWNLOADS, os.path.basename(suggested or "") or "download.bin")
        dl.set_allow_overwrite(True)
        dl.set_destination(GLib.filename_to_uri(path))
        say(f"WKBROWSER-DOWNLOAD started {suggested} -> {path}")
        return True

    download.connect("decide-destination", decide)
    download.connect("finished", lambda dl: say(f"WKBROWSER-DOWNLOAD finished {dl.get_destination()}"))
    download.connect("failed", lambda dl, err: say(f"WKBROWSER-DOWNLOAD failed {err.message}"))


context.connect("download-started", on_download)


def new_view(*_):
    view = WebKit2.WebView(web_context=context, settings=settings, user_content_manager=content,
                           is_controlled_by_automation=AUTOMATION)
    window = Gtk.Window()
    window.set_default_size(1280, 800)
    window.add(view)
    if not AUTOMATION:
        window.connect("destroy", Gtk.main_quit)
    window.show_all()
    windows.append(window)

    def on_permission(_view, request):
        say(f"WKBROWSER-PERMISSION {type(request).__name__} (denied)")
        request.deny()
        return True

    view.connect("permission-request", on_permission)
    view.connect("web-process-terminated", lambda _v, reason: say(f"WKBROWSER-CRASH web process terminated ({reason.value_nick})"))
    view.connect("close", lambda *_: window.destroy())
    return view


def on_automation_started(_ctx, session):
    info = WebKit2.ApplicationInfo()
    info.set_name(NAME)
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", new_view)
    version = f"{WebKit2.get_major_version()}.{WebKit2.get_minor_version()}.{WebKit2.get_micro_version()}"
    say(f"WKBROWSER-AUTOMATION session started ({NAME}, WebKitGTK {version})")


context.connect("automation-started", on_automation_started)
if not AUTOMATION:
    new_view().load_uri(sys.argv[1] if len(sys.argv) > 1 else "about:blank")
Gtk.main()
