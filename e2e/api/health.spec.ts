import { expect, test } from "@playwright/test";

test("GET /api/health reports ok, database included", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { status?: string };
  expect(body.status).toBe("ok");
});
