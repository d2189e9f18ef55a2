import type { APIRequestContext, APIResponse, Page, Request } from "@playwright/test";

/**
 * A Next.js server-action call as the browser made it: a POST to the page's URL with a
 * `next-action` header naming the action and the serialised arguments as the body.
 */
export type CapturedAction = {
  url: string;
  headers: Record<string, string>;
  body: string;
};

/** The request headers that make a POST a server-action call; cookies stay with the replayer. */
const KEPT_HEADERS = ["next-action", "next-router-state-tree", "content-type", "accept"];

function toCaptured(request: Request): CapturedAction {
  const all = request.headers();
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) if (all[name]) headers[name] = all[name];
  return { url: request.url(), headers, body: request.postData() ?? "" };
}

/**
 * Starts listening for the next server-action request whose body matches `bodyMatches` (any, if
 * omitted). Start it *before* the click that triggers the action:
 *
 *   const captured = captureServerAction(page, /Probe role/);
 *   await page.getByRole("button", { name: "Create role" }).click();
 *   const action = await captured;
 */
export function captureServerAction(
  page: Page,
  bodyMatches?: RegExp,
  { timeout = 15_000 } = {},
): Promise<CapturedAction> {
  return new Promise((resolve, reject) => {
    const onRequest = (request: Request) => {
      if (request.method() !== "POST" || !request.headers()["next-action"]) return;
      if (bodyMatches && !bodyMatches.test(request.postData() ?? "")) return;
      cleanup();
      resolve(toCaptured(request));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `no server-action request${bodyMatches ? ` matching ${String(bodyMatches)}` : ""} within ${timeout} ms`,
        ),
      );
    }, timeout);
    const cleanup = () => {
      clearTimeout(timer);
      page.off("request", onRequest);
    };
    page.on("request", onRequest);
  });
}

/** Sends a captured action again, with the cookies of `request` (e.g. another user's context). */
export async function replayServerAction(
  request: APIRequestContext,
  action: CapturedAction,
  body: string = action.body,
): Promise<{ response: APIResponse; text: string }> {
  const response = await request.post(action.url, {
    headers: action.headers,
    data: body,
    maxRedirects: 0,
  });
  return { response, text: await response.text() };
}
