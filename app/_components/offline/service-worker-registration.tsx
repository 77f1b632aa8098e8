"use client";

import { useEffect } from "react";

/** A deploy changes the files the offline shells load; the worker fetches them again at most this often. */
const REFRESH_SHELLS_MS = 6 * 3_600_000;
const REFRESHED_AT = "ib-revise:offline-shells-refreshed-at";

/**
 * Registers the service worker (public/sw.js) once the page has loaded, so it never competes with the page
 * for the network: it makes the app installable, shows an offline page instead of the browser's error and
 * keeps the offline flashcards' shell. Production builds only: `next dev` serves changing files under the same
 * names, which the worker would keep serving from its cache.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    // The bundler's build mode, inlined at build ("development" under `next dev`), not configuration.
    // eslint-disable-next-line no-restricted-properties
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = async () => {
      const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      const refreshedAt = Number(localStorage.getItem(REFRESHED_AT) ?? 0);
      if (registration.active && Date.now() - refreshedAt > REFRESH_SHELLS_MS) {
        registration.active.postMessage("refresh-offline-shells");
        localStorage.setItem(REFRESHED_AT, String(Date.now()));
      }
    };
    const start = () => void register().catch(() => undefined);
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
    return () => window.removeEventListener("load", start);
  }, []);
  return null;
}
