import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client's address, for per-IP rate limits, read from X-Forwarded-For as the trusted proxies in
 * front of the app wrote it. Each proxy appends the address that connected to it, so with `trustedHops`
 * proxies the client is the `trustedHops`-th entry from the right; everything left of it was written by
 * the client and is ignored (sending a forged X-Forwarded-For buys nothing). With no proxy (0), Next
 * itself sets the header to the socket's address, but only when the request did not bring one: the
 * right-most entry is then the best there is, which is why a production deployment puts a proxy in front
 * and sets TRUSTED_PROXY_HOPS (README, "Accounts and security"). Anything that is not an IPv4/IPv6
 * address becomes "unknown", so a junk header cannot mint new keys.
 */
export function clientIpFrom(headers: Headers, trustedHops: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  const candidate = entries[entries.length - Math.max(1, trustedHops)] ?? "";
  // Lower case so that one IPv6 address written in two cases is one key.
  return isIP(candidate) ? candidate.toLowerCase() : "unknown";
}

export function clientIp(headers: Headers): string {
  return clientIpFrom(headers, env.TRUSTED_PROXY_HOPS);
}
