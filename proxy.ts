import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { isProtectedPath } from "@/lib/auth/protected-paths";
import { env } from "@/lib/env";
import { contentSecurityPolicy, cspOptionsFromEnv } from "@/lib/http/security-headers";

// Runs before requests to signed-in areas (Node.js runtime in Next 16): validates the session against
// Redis and sends signed-out visitors to sign in. Pages, handlers and actions still check the session and
// role themselves; the proxy is the first gate, not the only one. Public pages skip it entirely, so they
// stay static and CDN-cacheable.
const cspOptions = cspOptionsFromEnv(env);

export const proxy = auth((request) => {
  const { pathname } = request.nextUrl;
  // With a handler of its own, next-auth leaves the redirect of the signed-out to it.
  if (!request.auth?.user && isProtectedPath(pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    return NextResponse.redirect(signIn);
  }
  // Signed-in pages render per request, so each gets its own nonce: Next stamps its scripts with the
  // nonce it finds in the request's policy, and the browser runs no inline script without it.
  const policy = contentSecurityPolicy(cspOptions, crypto.randomUUID().replaceAll("-", ""));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

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
