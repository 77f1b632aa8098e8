// IB Revise's service worker: an offline page instead of the browser's error, and flashcards that work
// with no connection. It stores only pages that are the same for everyone (the two offline shells and the
// hashed static files they load); it never stores a signed-in page or an API answer, so a shared device can
// never show one student's page to another. The cards themselves live in IndexedDB (lib/offline/).

const SHELL_CACHE = "ib-revise-offline-shells";
const SHELLS = ["/offline", "/offline/flashcards"];
const STATIC_FILE = /\/_next\/static\/[^"'\\\s)]+/g;

/** Fetches both shells and every hashed file they load (scripts, styles, and the fonts the styles name). */
async function cacheShells() {
  const pages = await Promise.all(
    SHELLS.map(async (path) => {
      const response = await fetch(path, { cache: "no-store", credentials: "omit" });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return { path, response, html: await response.clone().text() };
    }),
  );
  const files = new Set(pages.flatMap(({ html }) => html.match(STATIC_FILE) ?? []));
  const styles = await Promise.all(
    [...files].filter((file) => file.endsWith(".css")).map((file) => fetch(file).then((r) => (r.ok ? r.text() : ""))),
  );
  for (const css of styles) for (const file of css.match(STATIC_FILE) ?? []) files.add(file);

  const cache = await caches.open(SHELL_CACHE);
  const wanted = new Set([...SHELLS, ...files].map((path) => new URL(path, self.location.origin).href));
  const cached = new Set((await cache.keys()).map((request) => request.url));
  await cache.addAll([...files].filter((file) => !cached.has(new URL(file, self.location.origin).href)));
  for (const { path, response } of pages) await cache.put(path, response);
  // Files of an earlier build that no shell loads any more.
  await Promise.all([...cached].filter((url) => !wanted.has(url)).map((url) => cache.delete(url)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShells().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

// A page asks now and then (after a deploy, the shells load other files).
self.addEventListener("message", (event) => {
  if (event.data === "refresh-offline-shells") event.waitUntil(cacheShells().catch(() => undefined));
});

/** Offline, a shell is itself, a page of the flashcards opens the offline review, any other page the offline page. */
async function offlineFallback(url) {
  const flashcards = url.pathname === "/flashcards" || url.pathname.startsWith("/flashcards/");
  const shell = SHELLS.includes(url.pathname) ? url.pathname : flashcards ? "/offline/flashcards" : "/offline";
  return (await caches.match(shell, { cacheName: SHELL_CACHE })) ?? Response.error();
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // Always the network (never a stored copy of a page); the stored shells only when it cannot be reached.
    event.respondWith(
      (async () => {
        try {
          return (await event.preloadResponse) ?? (await fetch(request));
        } catch {
          return offlineFallback(url);
        }
      })(),
    );
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    // Hashed, the same for everyone: a stored copy is the file.
    event.respondWith(caches.match(request, { cacheName: SHELL_CACHE }).then((hit) => hit ?? fetch(request)));
  }
});
