import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";

/**
 * Malformed requests get a 4xx and a message a person can act on — never a 500, a stack trace or
 * a path into the server's files.
 */

const STACK_FRAME = /\bat .+:\d+:\d+/;

async function expectNoLeak(response: APIResponse): Promise<string> {
  const text = await response.text();
  expect(response.status(), `status of ${response.url()}`).toBeLessThan(500);
  expect(text).not.toMatch(STACK_FRAME);
  expect(text).not.toContain("node_modules");
  expect(text).not.toContain("/work/");
  return text;
}

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
};

async function expectProblem(response: APIResponse, status: number): Promise<Problem> {
  await expectNoLeak(response);
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(status);
  expect(problem.detail).toEqual(expect.any(String));
  expect(problem.detail.length).toBeGreaterThan(5);
  return problem;
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form's action does. */
async function signInOverHttp(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const { cookies } = await request.storageState();
  expect(cookies.map((c) => c.name)).toContain("authjs.session-token");
}

test.describe("the audit export, signed in", () => {
  let request: APIRequestContext;

  test.beforeAll(async ({ playwright, baseURL }) => {
    request = await playwright.request.newContext({ baseURL });
    // The demo manager holds audit.view; nothing else in the suite signs in as them.
    await signInOverHttp(request, DEMO_ACCOUNTS.manager.email, DEMO_ACCOUNTS.manager.password);
  });
  test.afterAll(async () => request.dispose());

  test("answers a valid query with CSV", async () => {
    const response = await request.get("/settings/audit/export?from=2020-01-01");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(await response.text()).toMatch(/^time,actor_type,actor,action,entity,entity_id/);
  });

  test("a date that is not a date: 400 problem+json naming the field", async () => {
    const problem = await expectProblem(
      await request.get("/settings/audit/export?from=not-a-date"),
      400,
    );
    expect(problem.title).toBe("Bad request");
    expect(problem.detail).toBe("The request has invalid fields.");
    expect(problem.errors?.from?.[0]).toBe("Use a real date like 2026-01-31.");
  });

  test("a date that does not exist on the calendar: 400", async () => {
    for (const to of ["2026-13-01", "2026-02-31"]) {
      const problem = await expectProblem(
        await request.get(`/settings/audit/export?to=${to}`),
        400,
      );
      expect(problem.errors?.to, to).toEqual(["Use a real date like 2026-01-31."]);
    }
  });

  test("an over-long filter: 400", async () => {
    const problem = await expectProblem(
      await request.get(`/settings/audit/export?entity=${"x".repeat(500)}`),
      400,
    );
    expect(Object.keys(problem.errors ?? {})).toEqual(["entity"]);
  });
});

test("the audit export, signed out: 401 problem+json", async ({ request }) => {
  const problem = await expectProblem(
    await request.get("/settings/audit/export?from=not-a-date"),
    401,
  );
  expect(problem.detail).toBe("Sign in to continue.");
});

test("a method a route does not have: 405, without a stack", async ({ request }) => {
  for (const response of [
    await request.post("/api/health", { data: { hello: "world" } }),
    await request.delete("/settings/audit/export"),
  ]) {
    await expectNoLeak(response);
    expect(response.status(), response.url()).toBe(405);
  }
});

test("a server action id that does not exist: 4xx, without a stack", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/settings/roles"]) {
    const response = await request.post(path, {
      headers: {
        "next-action": "7f".repeat(21),
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      data: '["anything"]',
      maxRedirects: 0,
    });
    const text = await expectNoLeak(response);
    // Next.js answers an unknown action id with 409 "Server Action unavailable." (version skew).
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(text.length, path).toBeLessThan(2_000);
  }
});

test("a server action with a body that is not what React sends: 4xx, without a stack", async ({
  request,
}) => {
  const response = await request.post("/sign-in", {
    headers: { "next-action": "7f".repeat(21), "content-type": "multipart/form-data; boundary=x" },
    data: "--x\r\nnonsense",
    maxRedirects: 0,
  });
  await expectNoLeak(response);
  expect(response.status()).toBeGreaterThanOrEqual(400);
});

test("garbage sent to the credentials callback: no 500, no stack", async ({ request }) => {
  const attempts: Parameters<APIRequestContext["post"]>[1][] = [
    { data: "%%%not a form%%%", headers: { "content-type": "application/x-www-form-urlencoded" } },
    { data: "{ not json", headers: { "content-type": "application/json" } },
    { form: { email: "x".repeat(5000), password: "" } },
    { form: { csrfToken: "forged", email: "nobody@e2e.backroom.test", password: "guess" } },
  ];
  for (const options of attempts) {
    const direct = await request.post("/api/auth/callback/credentials", {
      ...options,
      maxRedirects: 0,
    });
    await expectNoLeak(direct);
    // Auth.js answers with a redirect to the error page; follow it too.
    const followed = await request.post("/api/auth/callback/credentials", options);
    await expectNoLeak(followed);
  }
});

test("an unknown page: 404 page, without a stack", async ({ request }) => {
  const response = await request.get("/no/such/page");
  await expectNoLeak(response);
  expect(response.status()).toBe(404);
});
