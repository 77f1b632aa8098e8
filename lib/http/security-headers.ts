export type CspOptions = { production: boolean; googleSignIn: boolean };

/** What the policy depends on, read the same way by next.config.ts (build) and the proxy (requests). */
export function cspOptionsFromEnv(env: { NODE_ENV?: string; APP_URL?: string; AUTH_GOOGLE_ID?: string; AUTH_GOOGLE_SECRET?: string }): CspOptions {
  return {
    production: env.NODE_ENV === "production" && (env.APP_URL ?? "").startsWith("https://"),
    googleSignIn: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
  };
}

/**
 * The Content-Security-Policy. Signed-in pages are rendered per request, so the proxy gives each one a
 * nonce: only scripts carrying it (Next's own, which Next stamps with the nonce it reads from the request's
 * policy) and what they load run, and an injected inline script does not. Public pages are static (ISR) and
 * cached at the CDN, so they cannot carry a per-request nonce: their scripts are limited to this origin plus
 * Next's inline bootstrap scripts. Either way: no third-party scripts, no framing (clickjacking), no
 * plugins, forms that only post to us (and to Google when its sign-in is on). Styles stay 'unsafe-inline':
 * typeset maths and React's style attributes are inline styles, and a nonce would switch those off.
 */
export function contentSecurityPolicy({ production, googleSignIn }: CspOptions, nonce?: string): string {
  // React's dev tooling evaluates code; production never does.
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? "" : " ws: wss:"}`,
    "frame-src 'self'",
    // The service worker (public/sw.js); 'strict-dynamic' would otherwise leave no source allowed for it.
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${googleSignIn ? " https://accounts.google.com" : ""}`,
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Response headers for every route; the policy itself is added per route group (see next.config.ts). */
export function securityHeaders({ production }: CspOptions) {
  return [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain HTTP, so it is only sent where the app is served over HTTPS.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
  ];
}
