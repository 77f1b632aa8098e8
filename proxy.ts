import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath } from "@/lib/auth/protected-paths";
import { proxySession } from "@/lib/auth/proxy-session";
import { env } from "@/lib/env";
import { contentSecurityPolicy, cspOptionsFromEnv } from "@/lib/http/security-headers";

// Runs before requests to signed-in areas (Node.js runtime in Next 16): validates the session against
// Redis and sends signed-out visitors to sign in. Pages, handlers and actions still check the session and
// role themselves; the proxy is the first gate, not the only one. Public pages skip it entirely, so they
// stay static and CDN-cacheable. It reads the session itself (lib/auth/proxy-session.ts) rather than
// through next-auth, which re-sealed the cookie on every request; next-auth still signs in and out.
const cspOptions = cspOptionsFromEnv(env);

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const session = await proxySession((name) => request.cookies.get(name)?.value);
  let response: NextResponse;
  if (!session.user && isProtectedPath(pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  } else {
    // Signed-in pages render per request, so each gets its own nonce: Next stamps its scripts with the
    // nonce it finds in the request's policy, and the browser runs no inline script without it.
    const policy = contentSecurityPolicy(cspOptions, crypto.randomUUID().replaceAll("-", ""));
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
  }
  // The attributes next-auth gives its session cookie; a __Secure- cookie is only set or deleted over HTTPS.
  const attributes = (name: string) => ({ httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-") }) as const;
  for (const name of session.clear) response.cookies.set(name, "", { ...attributes(name), maxAge: 0 });
  if (session.reissue) {
    const { name, value, maxAgeSeconds } = session.reissue;
    response.cookies.set(name, value, { ...attributes(name), maxAge: maxAgeSeconds });
  }
  return response;
}

// Must be literals (read at build time); keep in step with lib/auth/protected-paths.ts.
export const config = {
  matcher: [
    "/dashboard/:path*",
    "/onboarding/:path*",
    "/practice/:path*",
    "/questions/:path*",
    "/flashcards/:path*",
    "/mocks/:path*",
    "/assignments/:path*",
    "/settings/:path*",
    "/admin/:path*",
    "/teach/:path*",
    "/join/:path*",
  ],
};
