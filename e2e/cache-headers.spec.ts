import { expect, signIn, test } from "./fixtures/test";
import { adminUser, createUser } from "./fixtures/users";

// What a CDN in front of the app is told, per class of route (README: Deploying). The production build
// serves these headers itself; CloudFront and Vercel honour them.

const PUBLIC_PAGE = /^s-maxage=\d+, stale-while-revalidate(=\d+)?$/;
const NEVER_STORED = /(private.*no-store|no-store.*private)|^private, no-cache, no-store/;

test("hashed assets are immutable, public pages and public APIs are shared-cacheable, all compressed", async ({ page, request }) => {
  const landing = await request.get("/", { headers: { "accept-encoding": "gzip, br" } });
  expect(landing.headers()["cache-control"]).toMatch(PUBLIC_PAGE);
  expect(landing.headers()["content-encoding"]).toMatch(/gzip|br/);

  for (const path of ["/courses", "/courses/math-aa-hl"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toMatch(PUBLIC_PAGE);
  }

  const api = await request.get("/api/v1/catalog", { headers: { "accept-encoding": "gzip" } });
  expect(api.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=3600");
  expect(api.headers()["content-encoding"]).toBe("gzip");

  await page.goto("/");
  const asset = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((s) => s.src).find((src) => src.includes("/_next/static/")),
  );
  expect(asset, "a hashed script on the landing page").toBeDefined();
  const assetRes = await request.get(asset!, { headers: { "accept-encoding": "gzip" } });
  expect(assetRes.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(assetRes.headers()["content-encoding"]).toBe("gzip");
});

test("the install manifest and its icons are served with their types and shared-cache headers, and every page links the manifest", async ({
  page,
  request,
}) => {
  const res = await request.get("/manifest.webmanifest");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  expect(res.headers()["cache-control"]).toBe("public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800");
  const manifest = (await res.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: "IB Revise", start_url: "/dashboard", display: "standalone" });
  // Installable needs a 192 and a 512 icon; the maskable one fills its square for launchers that crop.
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()["content-type"], icon.src).toBe("image/png");
    expect(png.headers()["cache-control"], icon.src).toBe("public, max-age=86400, stale-while-revalidate=604800");
    // A PNG's IHDR holds its width and height: the file is the size the manifest claims.
    const body = await png.body();
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }

  for (const path of ["/", "/sign-in"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]'), path).toHaveAttribute("href", "/manifest.webmanifest");
  }
});

test("signed-in pages and APIs are never stored by a shared cache", async ({ page }) => {
  const student = await createUser();
  await signIn(page, student);
  for (const path of ["/dashboard", "/api/v1/dashboard", "/practice/new", "/settings/sessions"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toMatch(NEVER_STORED);
  }
});

test("admin pages and APIs are never stored by a shared cache", async ({ page }) => {
  await signIn(page, adminUser(), /\/(dashboard|admin|onboarding)/);
  for (const path of ["/admin", "/admin/users", "/admin/jobs", "/api/v1/admin/users"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toMatch(NEVER_STORED);
  }
});

test("the service worker is checked for a new version on every visit, and the offline shells are shared-cacheable", async ({ request }) => {
  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/^application\/javascript/);
  expect(worker.headers()["cache-control"]).toBe("no-cache, max-age=0");
  // The shells it keeps hold no one's data: the same page for everyone.
  for (const path of ["/offline", "/offline/flashcards"]) {
    const shell = await request.get(path);
    expect(shell.status(), path).toBe(200);
    expect(shell.headers()["cache-control"], path).toMatch(/^s-maxage=\d+/);
    expect(shell.headers()["set-cookie"], path).toBeUndefined();
  }
});
