import { UAParser } from "ua-parser-js";

/** "Chrome on macOS", from a User-Agent header; "Unknown device" when it says nothing useful. */
export function describeDevice(userAgent: string): string {
  const { browser, os, device } = new UAParser(userAgent).getResult();
  const app = browser.name ?? (device.model ? `${device.vendor ?? ""} ${device.model}`.trim() : undefined);
  if (!app && !os.name) return "Unknown device";
  return [app ?? "Browser", os.name ? `on ${os.name}` : ""].join(" ").trim();
}
