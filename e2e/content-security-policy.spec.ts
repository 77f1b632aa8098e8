import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";

// Public pages are static and CDN-cached, so their policy cannot carry a nonce; signed-in pages render per
// request and allow only the scripts stamped with that request's nonce. The fixture fails any test on a
// policy violation, so a page that loads and works here runs under its policy.

const scriptSrc = (policy: string | undefined) =>
  policy
    ?.split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

test("signed-in pages allow only the scripts carrying a fresh nonce; public pages keep the static policy", async ({ page, request, cspViolations }) => {
  const landing = await request.get("/");
  const publicPolicy = landing.headers()["content-security-policy"];
  expect(scriptSrc(publicPolicy)).toContain("'unsafe-inline'");
  expect(publicPolicy).not.toContain("nonce-");

  await signIn(page, await createUser());
  const nonces: string[] = [];
  for (const path of ["/dashboard", "/dashboard", "/settings/sessions"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    // One policy, not the static one stacked on top of the nonce one.
    const policies = res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(policies, path).toHaveLength(1);
    const scripts = scriptSrc(policies[0]!.value);
    expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(scripts, path).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!;
    // Next stamps its own inline scripts with the request's nonce.
    expect(await res.text(), path).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(nonces.length);

  // The page hydrates under the policy: client navigation works and nothing is refused.
  await page.goto("/dashboard");
  await page
    .getByRole("link", { name: /settings/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/settings/);

  // Markup injected into the page cannot run script: an inline event handler carries no nonce.
  await page.goto("/dashboard");
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = '<img alt="" src="/missing-image-for-csp-test.png" onerror="window.__injected = true">';
    document.body.appendChild(div);
  });
  // The refusal is the one violation this test expects.
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations.splice(0)[0]).toMatch(/inline event handler|script-src/i);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
