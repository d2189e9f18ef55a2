import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env, mailMode } from "@/lib/env";
import { isLoopback, normalizeAddress, peerAddressFrom } from "@/lib/http/client-ip";

/**
 * Whether this request may open the development outbox at all. The outbox holds sign-in links, so
 * it opens only where the server is a developer's own: no email provider, a public URL on this
 * machine (a deployed server has a real one, or its emails' links would not work), and a request
 * from this machine that no proxy forwarded. `DEV_OUTBOX=1` under `next dev` drops the last two
 * (a dev server in a container or VM is reached from outside it).
 */
export function outboxOpenFor(
  headers: Headers,
  config: Pick<typeof env, "APP_URL" | "NODE_ENV" | "DEV_OUTBOX"> & { mailMode: string } = {
    ...env,
    mailMode,
  },
): boolean {
  if (config.mailMode !== "outbox") return false;
  if (config.NODE_ENV === "development" && config.DEV_OUTBOX === "1") return true;
  const appHost = new URL(config.APP_URL).hostname.replace(/^\[|\]$/g, "");
  const appIsLocal = appHost === "localhost" || isLoopback(normalizeAddress(appHost) ?? "");
  return appIsLocal && isLocalRequest(headers);
}

/**
 * From a loopback socket, and not relayed: X-Forwarded-For holds only the socket's own address
 * (lib/http/peer-address-hook.ts appends it; anything before it was written by a client or a
 * proxy), and no other forwarding header is present.
 */
function isLocalRequest(headers: Headers): boolean {
  const peer = peerAddressFrom(headers);
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").filter((e) => e.trim());
  return (
    peer !== null &&
    isLoopback(peer) &&
    entries.length === 1 &&
    !headers.has("forwarded") &&
    !headers.has("x-real-ip")
  );
}

/**
 * The address whose mail this request may read in the outbox, or null (the page answers 404).
 * Only a signed-in user's own mail: a signed-out visitor's sign-in link is in the server log.
 */
export async function outboxRecipientFor(headers: Headers): Promise<string | null> {
  if (!outboxOpenFor(headers)) return null;
  const user = await getCurrentUser();
  return user?.email ?? null;
}
