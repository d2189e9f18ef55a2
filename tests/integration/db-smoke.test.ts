import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";

describe("integration harness", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("gives workers the freshly provisioned database", () => {
    expect(process.env.DATABASE_URL).toBeDefined();
    expect(process.env.DATABASE_URL).toBe(inject("databaseUrl"));
    expect(new URL(process.env.DATABASE_URL!).pathname).toMatch(/^\/backroom_integration_/);
  });

  it("connects through @/lib/db to a migrated database", async () => {
    const [row] = await db.$queryRaw<{ database: string; applied: number }[]>`
      select current_database() as database,
             (select count(*)::int from _prisma_migrations where finished_at is not null) as applied`;
    expect(row?.database).toMatch(/^backroom_integration_/);
    expect(row?.applied).toBeGreaterThan(0);
  });
});
