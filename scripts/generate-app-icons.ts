// Draws app/icon.svg into the PNG icons browsers and phones ask for (apple-icon.png for iOS home screens,
// icon.png as a fallback for browsers without SVG favicons). Run after changing the SVG:
//   npx tsx scripts/generate-app-icons.ts
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("app/icon.svg", "utf8");
const targets = [
  { file: "app/apple-icon.png", size: 180 },
  { file: "app/icon.png", size: 192 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
try {
  for (const { file, size } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: file, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
