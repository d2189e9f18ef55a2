import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

const INSTALLED = Symbol.for("backroom.peer-address-hook");

/**
 * Appends each connection's socket address to X-Forwarded-For, before Next.js sees the request,
 * so lib/http/client-ip.ts can tell the real peer from what a client wrote. Next.js exposes no
 * socket address to the proxy or route handlers, and only fills X-Forwarded-For when it is absent.
 *
 * Node publishes `http.server.request.start` synchronously for every request, before the server's
 * `request` listeners run. Installed from instrumentation.ts, which runs once per server process;
 * requests that arrive while the server is still starting (before `register()`) are not seen.
 */
export function installPeerAddressHook() {
  const state = globalThis as { [INSTALLED]?: boolean };
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const peer = socket.remoteAddress;
    if (!peer) return;
    const forwarded = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  });
}
