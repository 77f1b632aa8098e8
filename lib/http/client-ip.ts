import { isIP } from "node:net";

/**
 * The client's address, for per-IP rate limits. Only the left-most X-Forwarded-For value is read: that is
 * the client as our own load balancer / CDN saw it, which is true only because that proxy replaces (or
 * strips) whatever X-Forwarded-For the client sent before adding its own. Behind a proxy that merely
 * appends, the left-most value is whatever the client wrote; a deployment without a trusted proxy in
 * front must strip both headers, or anyone can pick the address they are limited as.
 * Anything that is not an IPv4/IPv6 address becomes "unknown", so a junk header cannot mint new keys.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const candidate = (forwarded !== null ? forwarded.split(",")[0] : headers.get("x-real-ip"))?.trim() ?? "";
  // Lower case so that one IPv6 address written in two cases is one key.
  return isIP(candidate) ? candidate.toLowerCase() : "unknown";
}
