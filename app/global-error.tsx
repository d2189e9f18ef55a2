"use client";

/** Last resort when the root layout itself fails; it must render its own <html>. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          display: "grid",
          placeItems: "center",
          minHeight: "100vh",
        }}
      >
        <div style={{ textAlign: "center" }}>
          <h1 style={{ fontSize: 18 }}>Backroom hit a problem</h1>
          <p style={{ color: "#666" }}>Please try again in a moment.</p>
          <button onClick={reset} style={{ marginTop: 12, padding: "6px 14px" }}>
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
