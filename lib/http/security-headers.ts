/**
 * Response headers for every route. Public pages are static (ISR) and cached at the CDN, so they cannot
 * carry a per-request nonce: scripts are limited to this origin plus Next's inline bootstrap scripts.
 * What the CSP buys here: no third-party scripts, no framing (clickjacking), no plugins, forms that only
 * post to us (and to Google when its sign-in is on).
 */
export function securityHeaders({ production, googleSignIn }: { production: boolean; googleSignIn: boolean }) {
  const csp = [
    "default-src 'self'",
    // React's dev tooling evaluates code; production never does.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? "" : " ws: wss:"}`,
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${googleSignIn ? " https://accounts.google.com" : ""}`,
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so it is only sent where the app is served over HTTPS.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
  ];
}
