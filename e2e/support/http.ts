import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/** Route answers: errors are problem+json a person can act on, never a stack trace. */

const STACK_FRAME = /\bat .+:\d+:\d+/;

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
};

export async function expectProblem(response: APIResponse, status: number): Promise<Problem> {
  const text = await response.text();
  expect(text).not.toMatch(STACK_FRAME);
  expect(text).not.toContain("node_modules");
  expect(response.status(), `status of ${response.url()}`).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = JSON.parse(text) as Problem;
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(5);
  return problem;
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form's action does. */
export async function signInOverHttp(request: APIRequestContext, email: string, password: string) {
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
