import { Inngest } from "inngest";

/**
 * The Inngest client, used only when `jobMode` is "inngest" (lib/env.ts).
 *
 * SDK v4 reads its settings from the environment: INNGEST_EVENT_KEY to send events,
 * INNGEST_SIGNING_KEY (and INNGEST_SIGNING_KEY_FALLBACK while rotating) to verify calls to
 * /api/inngest. It runs in cloud mode, which requires the signing key, unless INNGEST_DEV=1
 * (or a Dev Server URL in INNGEST_DEV) selects dev mode.
 */
export const inngest = new Inngest({ id: "backroom" });
