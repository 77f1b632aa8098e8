// Runs before requests to signed-in areas (Node.js runtime in Next 16): validates the session against
// Redis and sends signed-out visitors to sign in. Pages, handlers and actions still check the session and
// role themselves; the proxy is the first gate, not the only one. Public pages skip it entirely, so they
// stay static and CDN-cacheable.
export { auth as proxy } from "@/lib/auth/next-auth";

// Must be literals (read at build time); keep in step with lib/auth/protected-paths.ts.
export const config = {
  matcher: ["/dashboard/:path*", "/onboarding/:path*", "/practice/:path*", "/flashcards/:path*", "/mocks/:path*", "/settings/:path*", "/admin/:path*"],
};
