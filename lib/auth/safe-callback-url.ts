/**
 * Where to go after signing in: only a path on this site. next-auth's proxy redirect carries an absolute
 * URL, so absolute URLs are accepted but reduced to their path; the host is always discarded, so
 * ?callbackUrl= can never send anyone to another site.
 */
export function safeCallbackUrl(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value || value.length > 1000 || /[\\\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    if (!["http:", "https:"].includes(url.protocol)) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
  } catch {
    return fallback;
  }
}
