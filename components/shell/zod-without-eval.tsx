// zod compiles object parsers with `new Function` when it can, and decides once, when the first
// object schema is built, by probing with a caught `Function("")`. Under the
// Content-Security-Policy (no 'unsafe-eval') the probe fails as intended, but the browser still
// reports it as a violation. zod keeps its settings on `globalThis.__zod_globalConfig` so every
// copy of it shares them; setting `jitless` there before any module runs skips the probe. Forms
// validate a handful of fields, where compiling makes no measurable difference.
const script = `(globalThis.__zod_globalConfig=globalThis.__zod_globalConfig||{}).jitless=true;`;

/** Render inside <head> of the root layout, before any script of the app, with the CSP nonce. */
export function ZodWithoutEval({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
