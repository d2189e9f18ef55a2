/** localStorage key holding "light" | "dark" | "system" (absent means system). */
export const THEME_STORAGE_KEY = "backroom-theme";

// Runs before first paint, so a dark-mode user never sees a white flash. Keep it tiny and ES5.
const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light";}catch(_){}})();`;

/**
 * Render inside <head> of the root layout. <html> needs `suppressHydrationWarning`, because this
 * script changes its class before React hydrates. `nonce` is the request's CSP nonce: without it
 * the Content-Security-Policy blocks this inline script.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
