// Case Desk's service worker: after one visit the app opens without a network.
//
// scripts/post-build.mjs writes this file into each build, filling VERSION
// (derived from the contents of every file) and ASSETS (the build's file
// names). A new deployment therefore has a new sw.js; the
// browser installs it next to the running one, and it waits until the seller
// chooses "Reload" in the app (the page then sends "skip-waiting").

const VERSION = "CASE_DESK_VERSION";
const ASSETS = "CASE_DESK_ASSETS";

// Caches are per origin, and a GitHub Pages origin holds many sites: name
// ours by scope, and only ever delete our own.
const SCOPE = self.registration.scope;
const PREFIX = `case-desk ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const SHELL = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // cache: "reload" skips the HTTP cache, so the files are this build's.
      cache.addAll(ASSETS.map((name) => new Request(new URL(name, SCOPE), { cache: "reload" }))),
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
