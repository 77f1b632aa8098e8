/** A deploy changes the files the offline shells load; the worker fetches them again at most this often. */
const REFRESH_SHELLS_MS = 6 * 3_600_000;
const REFRESHED_AT = "ib-revise:offline-shells-refreshed-at";

/** Registers public/sw.js and, now and then, asks it to fetch the offline shells again (browser only). */
export async function registerServiceWorker(): Promise<void> {
  const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  const refreshedAt = Number(localStorage.getItem(REFRESHED_AT) ?? 0);
  if (registration.active && Date.now() - refreshedAt > REFRESH_SHELLS_MS) {
    registration.active.postMessage("refresh-offline-shells");
    localStorage.setItem(REFRESHED_AT, String(Date.now()));
  }
}
