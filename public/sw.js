// Case Desk's service worker: after one visit the app opens without a network.
//
// scripts/post-build.mjs writes this file into each build, filling VERSION
// (derived from the contents of every file) and the build's file names:
// HASHED (content-hashed names, whose content never changes) and UNHASHED
// (index.html, the manifest, the icons). A new deployment therefore has a new
// sw.js; the browser installs it next to the running one, and it waits until
// the seller chooses "Reload now" in the app (the page then sends
// "skip-waiting").

const VERSION = "CASE_DESK_VERSION";
const HASHED = "CASE_DESK_HASHED";
const UNHASHED = "CASE_DESK_UNHASHED";

// Caches are per origin, and a GitHub Pages origin holds many sites: name
// ours by scope, and only ever delete our own.
const SCOPE = self.registration.scope;
const PREFIX = `case-desk ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const SHELL = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([
        // The page has just loaded these: the browser's HTTP cache may answer.
        ...HASHED.map((name) => new URL(name, SCOPE).href),
        // These keep their names across versions: skip the HTTP cache, so
        // they are this build's and not an older copy.
        ...UNHASHED.map((name) => new Request(new URL(name, SCOPE), { cache: "reload" })),
      ]),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every address in the app is the app: answer page loads with the shell.
      const hit = request.mode === "navigate" ? await cache.match(SHELL) : await cache.match(request);
      return hit ?? fetch(request);
    })(),
  );
});

// A reminder this worker showed (for a browser that lets only workers show
// notifications, as Chrome on Android): a click brings Case Desk forward and
// asks it to open the case (src/ui/reminders.rs), or opens Case Desk there.
// Only addresses inside the app are followed.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data = event.notification.data;
  let url = new URL(typeof data === "string" ? data : "", SCOPE).href;
  if (!url.startsWith(SCOPE)) url = SCOPE;
  event.waitUntil(
    (async () => {
      const open = (await self.clients.matchAll({ type: "window" })).find((client) => client.url.startsWith(SCOPE));
      if (!open) return self.clients.openWindow(url);
      await open.focus();
      // The page opens the case itself, like a link: a reload would lose what is being typed.
      open.postMessage({ open: new URL(url).pathname });
    })(),
  );
});
