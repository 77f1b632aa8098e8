// IB Revise's service worker: an offline page instead of the browser's error, and flashcards that work
// with no connection. It stores only pages that are the same for everyone (the two offline shells and the
// hashed static files they load); it never stores a signed-in page or an API answer, so a shared device can
// never show one student's page to another. The cards themselves live in IndexedDB (lib/offline/).

const SHELL_CACHE = "ib-revise-offline-shells";
const SHELLS = ["/offline", "/offline/flashcards"];
const STATIC_FILE = /\/_next\/static\/[^"'\\\s)]+/g;
// Fonts a stylesheet names, relative to it (`url(../media/KaTeX_Main-Regular.….woff2)`); every browser with
// service workers reads woff2, so the older formats listed beside it are never fetched.
const STYLESHEET_FONT = /url\(\s*["']?([^"')\s]+\.woff2)["']?\s*\)/g;
// KaTeX's rarer faces (blackboard, script, large delimiters…): stored when a page first uses them, not up
// front, so installing the worker costs a phone ~150 kB of fonts rather than ~500 kB.
const FONT_ON_FIRST_USE = /KaTeX_(AMS|Caligraphic|Fraktur|Script|SansSerif|Typewriter|Size3|Size4)|BoldItalic/;

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
  const stylesheets = [...files].filter((file) => file.endsWith(".css"));
  const styles = await Promise.all(stylesheets.map((file) => fetch(file).then((r) => (r.ok ? r.text() : ""))));
  const laterFonts = new Set();
  styles.forEach((css, i) => {
    const base = new URL(stylesheets[i], self.location.origin);
    for (const [, font] of css.matchAll(STYLESHEET_FONT)) {
      const path = new URL(font, base).pathname;
      (FONT_ON_FIRST_USE.test(path) ? laterFonts : files).add(path);
    }
  });

  const cache = await caches.open(SHELL_CACHE);
  const wanted = new Set([...SHELLS, ...files, ...laterFonts].map((path) => new URL(path, self.location.origin).href));
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
    // Hashed, the same for everyone: a stored copy is the file. A font is stored on its first use, so the
    // maths a student has seen online draws offline too.
    event.respondWith(
      (async () => {
        const hit = await caches.match(request, { cacheName: SHELL_CACHE });
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok && url.pathname.endsWith(".woff2")) {
          const copy = response.clone();
          event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })(),
    );
  }
});
