"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js) once the page has loaded, so it never competes with the page
 * for the network: it makes the app installable, shows an offline page instead of the browser's error and
 * keeps the offline flashcards' shell. Its code loads only then. Production builds only: `next dev` serves
 * changing files under the same names, which the worker would keep serving from its cache.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    // The bundler's build mode, inlined at build ("development" under `next dev`), not configuration.
    // eslint-disable-next-line no-restricted-properties
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const start = () =>
      void import("@/lib/offline/register-service-worker").then(({ registerServiceWorker }) => registerServiceWorker()).catch(() => undefined);
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
    return () => window.removeEventListener("load", start);
  }, []);
  return null;
}
