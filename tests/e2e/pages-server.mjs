// A static server that answers like GitHub Pages for a project site:
// files under the base path, `/base` redirected to `/base/`, and any unknown
// path answered by the site's 404.html with status 404.
//
//   node tests/e2e/pages-server.mjs <dist-dir> [base=/case-desk/] [port=8090]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileAt(join(path, "index.html"));
    return { body: await readFile(path), type: TYPES[extname(path)] ?? "application/octet-stream" };
  } catch {
    return null;
  }
}

/**
 * Starts the server; resolves to `{ url, port, close, served, notFoundDocuments }` once it
 * listens (port 0 picks a free one). `delay(path)` holds a file back that many ms (a slow line). `served(path)` counts the requests answered for a path;
 * `notFoundDocuments()` lists the paths answered with 404.html (deep links, like Pages).
 */
export function startPagesServer({ dist, base = "/case-desk/", port = 0, host = "127.0.0.1", delay = () => 0 }) {
  const root = resolve(dist);
  const counts = new Map();
  const notFound = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    const path = decodeURIComponent(url.pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    if (path === base.slice(0, -1)) {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    let found = null;
    if (path.startsWith(base)) {
      const local = normalize(join(root, path.slice(base.length)));
      if (local.startsWith(root)) found = await fileAt(local);
    }
    if (found) {
      const wait = delay(path);
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      // What GitHub Pages sends: browsers may keep any file ten minutes.
      res.writeHead(200, { "content-type": found.type, "cache-control": "max-age=600" }).end(found.body);
      return;
    }
    notFound.add(path);
    const page404 = await fileAt(join(root, "404.html"));
    res
      .writeHead(404, { "content-type": "text/html; charset=utf-8" })
      .end(page404?.body ?? "404: File not found");
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({
        url: `http://${host}:${actual}${base}`,
        port: actual,
        served: (path) => counts.get(path) ?? 0,
        notFoundDocuments: () => [...notFound],
        // Also ends kept-alive connections: after close, the site is really gone (offline tests).
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = "dist", base = "/case-desk/", port = "8090"] = process.argv.slice(2);
  const { url } = await startPagesServer({ dist, base, port: Number(port) });
  console.log(`Serving ${dist} like GitHub Pages at ${url}`);
}
