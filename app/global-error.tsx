"use client";

// The last resort, when the root layout itself fails: it renders its own document, without the app's
// stylesheet, so it is styled inline.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#0f172a", background: "#fff" }}>
        <title>Something went wrong · IB Revise</title>
        <main style={{ maxWidth: 560, margin: "0 auto", padding: "64px 16px", textAlign: "center" }}>
          <p style={{ fontWeight: 700, color: "#174bb0" }}>IB Revise</p>
          <h1 style={{ fontSize: 28, margin: "16px 0 8px" }}>Something went wrong</h1>
          <p style={{ color: "#334155" }}>The site could not be shown just now. Your answers and progress are safe. Try again in a moment.</p>
          {error.digest && <p style={{ fontSize: 12, color: "#475569" }}>Reference: {error.digest}</p>}
          <p style={{ marginTop: 32 }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{
                background: "#1f5fd6",
                color: "#fff",
                border: 0,
                borderRadius: 6,
                padding: "10px 18px",
                fontWeight: 600,
                fontSize: 16,
                cursor: "pointer",
              }}
            >
              Try again
            </button>{" "}
            {/* A full page load: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ marginLeft: 12, color: "#174bb0", fontWeight: 600 }}>
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
