import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { expectProblem, signInOverHttp } from "../support/http";

/** The import routes: uploads stream in, and every mistake is a 4xx problem+json. */

test("signed out: every import route answers 401 problem+json", async ({ request }) => {
  await expectProblem(await request.get("/api/imports/anything"), 401);
  await expectProblem(await request.get("/api/imports/anything/errors.csv"), 401);
  await expectProblem(await request.get("/api/imports/templates/sales"), 401);
  await expectProblem(
    await request.post("/api/imports?kind=sales&name=a.csv", { data: "sku\nA\n" }),
    401,
  );
});

test.describe("signed in", () => {
  let request: APIRequestContext;

  test.beforeAll(async ({ playwright, baseURL }) => {
    request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, DEMO_ACCOUNTS.manager.email, DEMO_ACCOUNTS.manager.password);
  });
  test.afterAll(async () => request.dispose());

  test("an upload without a kind or a name: 400 naming the fields", async () => {
    const problem = await expectProblem(
      await request.post("/api/imports", { data: "email\na@example.com\n" }),
      400,
    );
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(["kind", "name"]);
  });

  test("an unknown kind: 400 listing the kinds", async () => {
    const problem = await expectProblem(
      await request.post("/api/imports?kind=invoices&name=a.csv", { data: "x\n1\n" }),
      400,
    );
    expect(problem.errors?.kind?.[0]).toContain("inventory-counts");
  });

  test("an upload streams in and its progress can be polled", async () => {
    const csv = "Email,First name,Last name\nroute-test@example.com,Route,Test\n";
    const created = await request.post("/api/imports?kind=customers&name=route-test.csv", {
      headers: { "content-type": "text/csv" },
      data: csv,
    });
    expect(created.status()).toBe(201);
    const { id, number, status } = (await created.json()) as {
      id: string;
      number: number;
      status: string;
    };
    expect(status).toBe("UPLOADED");

    const progress = await request.get(`/api/imports/${id}`);
    expect(progress.status()).toBe(200);
    expect(await progress.json()).toMatchObject({
      id,
      number,
      status: "UPLOADED",
      bytesTotal: expect.any(Number),
      rowsProcessed: 0,
    });
    const errors = await request.get(`/api/imports/${id}/errors.csv`);
    expect(errors.status()).toBe(200);
    expect(errors.headers()["content-disposition"]).toContain(
      `import-${number}-customers-errors.csv`,
    );
    expect((await errors.text()).trim()).toBe("Email,First name,Last name,Errors");
  });

  test("an import that does not exist (or is another shop's): 404", async () => {
    const problem = await expectProblem(
      await request.get("/api/imports/cl0000000000000000000000"),
      404,
    );
    expect(problem.detail).toBe("Import not found.");
    await expectProblem(await request.get("/api/imports/cl0000000000000000000000/errors.csv"), 404);
  });

  test("templates and samples download as CSV; an unknown kind is a 400", async () => {
    for (const path of ["/api/imports/templates/sales", "/api/imports/samples/inventory-counts"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/csv");
      expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="backroom-/);
      expect((await response.text()).split("\n").length).toBeGreaterThan(1);
    }
    await expectProblem(await request.get("/api/imports/templates/invoices"), 400);
  });
});
